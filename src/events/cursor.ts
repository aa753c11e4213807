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
const prefixes = new Map<string, { encoded: string; rest: string }>();

function prefixOf(epoch: string): { encoded: string; rest: string } {
  let prefix = prefixes.get(epoch);
  if (!prefix) {
    const text = `v1:${epoch}:`;
    // By bytes: an epoch that is not ASCII (never minted so, but Redis holds whatever it is given) is encoded whole.
    const whole = Buffer.byteLength(text) === text.length ? text.length - (text.length % 3) : 0;
    prefix = { encoded: Buffer.from(text.slice(0, whole)).toString('base64url'), rest: text.slice(whole) };
    if (prefixes.size > 64) prefixes.clear();
    prefixes.set(epoch, prefix);
  }
  return prefix;
}

export function encodeCursor({ epoch, seq }: LogPosition): string {
  const { encoded, rest } = prefixOf(epoch);
  return encoded + Buffer.from(`${rest}${seq}`).toString('base64url');
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
