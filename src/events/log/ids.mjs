// Event ids for both log engines, in plain JavaScript: the SQLite writer thread (sqlite-writer.mjs) runs without the
// parent's TypeScript loader and imports this file as it is; redis.ts imports it through ids.d.mts.
import { randomFillSync } from 'node:crypto';

// Time-ordered ids (UUIDv7, RFC 9562): 48-bit milliseconds, a 12-bit counter within the millisecond, 62 random bits.
// Ids made by one thread never repeat and sort in the order they were made.
const pool = Buffer.alloc(8 * 1024);
let poolAt = pool.length;
let idMs = 0;
let idCounter = 0;

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
  // RFC 9562 variant bits (10xx) in the first byte of the random part.
  pool[poolAt] = (Number(pool[poolAt]) & 0x3f) | 0x80;
  const random = pool.toString('hex', poolAt, poolAt + 8);
  poolAt += 8;
  const time = idMs.toString(16).padStart(12, '0');
  return `${time.slice(0, 8)}-${time.slice(8)}-7${idCounter.toString(16).padStart(3, '0')}-${random.slice(0, 4)}-${random.slice(4)}`;
}
