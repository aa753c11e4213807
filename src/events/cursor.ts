/**
 * A cursor names a position in one log: its epoch (a wiped log gets a new one) and a sequence number.
 * It is opaque to clients: base64url of "v1:<epoch>:<seq>".
 */
export interface LogPosition {
  epoch: string;
  seq: number;
}

export function encodeCursor({ epoch, seq }: LogPosition): string {
  return Buffer.from(`v1:${epoch}:${seq}`).toString('base64url');
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
