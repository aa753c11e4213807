/**
 * A cursor names a position in one log: its epoch (a wiped log gets a new one) and a sequence number.
 * It is opaque to clients: base64url of "v1:<epoch>:<seq>".
 */
export interface LogPosition {
  epoch: string;
  seq: number;
}

/**
 * Every cursor of an epoch starts with the same text, so its base64url starts with the same characters up to the
 * last whole group of three bytes: encoded once per epoch, only the rest is encoded per event.
 */
const prefixes = new Map<string, { encoded: string; rest: string; ascii: boolean }>();

function prefixOf(epoch: string): { encoded: string; rest: string; ascii: boolean } {
  let prefix = prefixes.get(epoch);
  if (!prefix) {
    const text = `v1:${epoch}:`;
    // By bytes: an epoch that is not ASCII (never minted so, but Redis holds whatever it is given) is encoded whole.
    const ascii = Buffer.byteLength(text) === text.length;
    const whole = ascii ? text.length - (text.length % 3) : 0;
    prefix = { encoded: Buffer.from(text.slice(0, whole)).toString('base64url'), rest: text.slice(whole), ascii };
    if (prefixes.size > 64) prefixes.clear();
    prefixes.set(epoch, prefix);
  }
  return prefix;
}

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** The two base64url characters of every 12 bits. */
const pairs = Array.from({ length: 4096 }, (_, bits) => alphabet[bits >> 6]! + alphabet[bits & 63]!);

/**
 * base64url (no padding) of a text that is all ASCII, as Buffer gives it: a cursor's tail is a few characters, and a
 * Buffer per event costs twice as much as this.
 */
function asciiBase64url(text: string): string {
  let out = '';
  let at = 0;
  for (; at + 3 <= text.length; at += 3) {
    const bits = (text.charCodeAt(at) << 16) | (text.charCodeAt(at + 1) << 8) | text.charCodeAt(at + 2);
    out += pairs[bits >> 12]! + pairs[bits & 4095]!;
  }
  if (text.length - at === 2) {
    const bits = (text.charCodeAt(at) << 16) | (text.charCodeAt(at + 1) << 8);
    out += pairs[bits >> 12]! + alphabet[(bits >> 6) & 63]!;
  } else if (text.length - at === 1) {
    out += pairs[text.charCodeAt(at) << 4]!;
  }
  return out;
}

export function encodeCursor({ epoch, seq }: LogPosition): string {
  const { encoded, rest, ascii } = prefixOf(epoch);
  const tail = `${rest}${seq}`;
  return encoded + (ascii ? asciiBase64url(tail) : Buffer.from(tail).toString('base64url'));
}

export class CursorFormatError extends Error {
  override name = 'CursorFormatError';
}

export function decodeCursor(cursor: string): LogPosition {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^v1:([A-Za-z0-9_-]{1,64}):(\d{1,16})$/.exec(text);
  if (!match) throw new CursorFormatError(`"${cursor}" is not a Vigil cursor`);
  return { epoch: match[1]!, seq: Number(match[2]) };
}
