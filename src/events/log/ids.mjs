// Event ids for both log engines, in plain JavaScript: the SQLite writer thread (sqlite-writer.mjs) runs without the
// parent's TypeScript loader and imports this file as it is; redis.ts imports it through ids.d.mts.
import { randomFillSync } from 'node:crypto';

// Time-ordered ids (UUIDv7, RFC 9562): 48-bit milliseconds, a 12-bit counter within the millisecond, 62 random bits.
// Ids made by one thread never repeat and sort in the order they were made.
const pool = Buffer.alloc(8 * 1024);
let poolAt = pool.length;
let idMs = 0;
let idCounter = 0;

/** Two lowercase hex digits of every byte. */
const hex = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** @param {number} now milliseconds since the epoch @returns {string} */
export function uuidv7(now) {
  if (now > idMs) {
    idMs = now;
    idCounter = 0;
  } else if (++idCounter > 0xfff) {
    idMs++;
    idCounter = 0;
  }
  if (poolAt === pool.length) {
    randomFillSync(pool);
    poolAt = 0;
  }
  const r = poolAt;
  poolAt += 8;
  // 48 bits of milliseconds as their high 16 and low 32 bits (exact: idMs < 2^48).
  const high = Math.floor(idMs / 0x100000000);
  const low = idMs >>> 0;
  return (
    `${hex[high >>> 8]}${hex[high & 0xff]}${hex[low >>> 24]}${hex[(low >>> 16) & 0xff]}-${hex[(low >>> 8) & 0xff]}${hex[low & 0xff]}` +
    // Version 7, then the counter's 12 bits.
    `-7${(idCounter >>> 8).toString(16)}${hex[idCounter & 0xff]}` +
    // RFC 9562 variant bits (10xx) in the first byte of the random part.
    `-${hex[(Number(pool[r]) & 0x3f) | 0x80]}${hex[Number(pool[r + 1])]}` +
    `-${hex[Number(pool[r + 2])]}${hex[Number(pool[r + 3])]}${hex[Number(pool[r + 4])]}${hex[Number(pool[r + 5])]}${hex[Number(pool[r + 6])]}${hex[Number(pool[r + 7])]}`
  );
}
