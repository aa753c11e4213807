/**
 * CLOCK_MONOTONIC in milliseconds (process.hrtime, i.e. libuv's uv_hrtime). Every process on the box reads the same
 * clock, so a publish time taken in the bench process and a receipt time taken in a receiver process compare directly,
 * and V8's .cpuprofile timestamps (microseconds of the same clock) line up with it too.
 */
export function monoMs(): number {
  const [s, ns] = process.hrtime();
  return s * 1_000 + ns / 1_000_000;
}

/**
 * What every published event carries in its chat `text`: "<phase>:<seq>:<publish time, monoMs>", e.g. "m:42:123456.789".
 * Phases: w = warm-up, m = measured, r = replay, s = start marker, i = ingest (never counted by receivers).
 */
export function encodeText(phase: string, seq: number, publishedAt: number): string {
  return `${phase}:${seq}:${publishedAt.toFixed(3)}`;
}

export interface DecodedText {
  phase: string;
  seq: number;
  publishedAt: number;
}

export function decodeText(text: string): DecodedText | null {
  const a = text.indexOf(':');
  const b = a < 0 ? -1 : text.indexOf(':', a + 1);
  if (a !== 1 || b < 0) return null;
  const seq = Number(text.slice(a + 1, b));
  const publishedAt = Number(text.slice(b + 1));
  if (!Number.isFinite(seq) || !Number.isFinite(publishedAt)) return null;
  return { phase: text[0]!, seq, publishedAt };
}
