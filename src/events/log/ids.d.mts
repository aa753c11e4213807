/** A time-ordered event id (UUIDv7, RFC 9562) for `now` (milliseconds): unique within this thread, in creation order. */
export function uuidv7(now: number): string;
