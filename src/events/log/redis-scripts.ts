// The Lua side of the Redis engine (redis.ts). Every script gets the log's key (`{vigil:<prefix>}:log`) as KEYS[1]
// and derives the other names from its hash tag, so every key a script touches is in the log's cluster slot.
import { priorityRank } from '../envelope.ts';

/** Values per draft in the append script's ARGV. */
export const appendStride = 11;

/** Derived key names: `base` is `{vigil:<prefix>}:`. */
const prelude = `
local base = string.sub(KEYS[1], 1, -4)
local logKey = KEYS[1]
local function seqOf(id) return tonumber(string.sub(id, 1, -3)) end
local function tagged(kind, server, name) return base .. kind .. ':' .. #server .. ':' .. server .. ':' .. name end
`;

/**
 * Appends a group of batches, each all or nothing. ARGV: epoch, dedup window (ms), number of batches, then per
 * batch its number of drafts and per draft `appendStride` values: stream, serverId, key, priority rank, dedupKey
 * ('' for none), dedupBatch key ('' for none), dedupBatch size, fingerprint, id, occurredAt (ms), body JSON.
 * Returns { receivedAt, per batch: { 0, first seq, fresh count, [draft index, seq, id, occurredAt, receivedAt]... }
 * or { 1, serverId, dedupKey, existing id, existing seq } }.
 */
export const appendScript = `${prelude}
if redis.call('GET', base .. 'epoch') ~= ARGV[1] then
  return redis.error_reply('VIGILEPOCH the log was reset')
end
local window = ARGV[2]
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
-- receivedAt never decreases along seq: retention by age relies on it.
local last = tonumber(redis.call('GET', base .. 'received') or '0')
if now < last then now = last end
local seq = tonumber(redis.call('GET', base .. 'seq') or '0')
local stride = ${appendStride}
local at = 4
local results = {}
for b = 1, tonumber(ARGV[3]) do
  local n = tonumber(ARGV[at])
  at = at + 1
  -- First decide the whole batch (keys it claims are visible to its own later drafts), then write it.
  local claimed, batches, fresh, duplicates = {}, {}, {}, {}
  local nextSeq = seq
  local conflict = nil
  for i = 0, n - 1 do
    local o = at + i * stride
    local server, dedup, batchKey = ARGV[o + 1], ARGV[o + 4], ARGV[o + 5]
    if batchKey ~= '' then
      local name = tagged('b', server, batchKey)
      local record = batches[name] or redis.call('GET', name)
      if record then
        local size, existingSeq, existingId = string.match(record, '^(%d+)|(%d+)|(.*)$')
        if size ~= ARGV[o + 6] then conflict = { 1, server, batchKey, existingId, tonumber(existingSeq) } break end
      end
    end
    local duplicate = false
    if dedup ~= '' then
      local name = tagged('d', server, dedup)
      local record = claimed[name] or redis.call('GET', name)
      if record then
        local existingSeq, existingId, occurredAt, receivedAt, print = string.match(record, '^(%d+)|([^|]*)|(%-?%d+)|(%d+)|(.*)$')
        if print ~= ARGV[o + 7] then conflict = { 1, server, dedup, existingId, tonumber(existingSeq) } break end
        table.insert(duplicates, i)
        table.insert(duplicates, tonumber(existingSeq))
        table.insert(duplicates, existingId)
        table.insert(duplicates, occurredAt)
        table.insert(duplicates, receivedAt)
        duplicate = true
      end
    end
    if not duplicate then
      nextSeq = nextSeq + 1
      table.insert(fresh, o)
      if dedup ~= '' then
        claimed[tagged('d', server, dedup)] = nextSeq .. '|' .. ARGV[o + 8] .. '|' .. ARGV[o + 9] .. '|' .. now .. '|' .. ARGV[o + 7]
      end
      if batchKey ~= '' then
        local name = tagged('b', server, batchKey)
        if not batches[name] and redis.call('EXISTS', name) == 0 then batches[name] = ARGV[o + 6] .. '|' .. nextSeq .. '|' .. ARGV[o + 8] end
      end
    end
  end
  if conflict then
    results[b] = conflict
  else
    local first = seq + 1
    for j, o in ipairs(fresh) do
      seq = seq + 1
      local id = seq .. '-0'
      local stream, server, key, rank = ARGV[o], ARGV[o + 1], ARGV[o + 2], ARGV[o + 3]
      if j == #fresh then
        redis.call('XADD', logKey, id, 's', stream, 'k', key, 'v', server, 'p', rank, 'r', now, 'e', ARGV[o + 10], 'z', '1')
      else
        redis.call('XADD', logKey, id, 's', stream, 'k', key, 'v', server, 'p', rank, 'r', now, 'e', ARGV[o + 10])
      end
      redis.call('XADD', base .. 'i:' .. stream, id, 't', now)
      local byKey = 'i:' .. stream .. ':k:' .. key
      redis.call('XADD', base .. byKey, id, 'v', server)
      redis.call('SADD', base .. 'x:' .. stream, byKey)
      if server ~= key then
        local byServer = 'i:' .. stream .. ':v:' .. server
        redis.call('XADD', base .. byServer, id, 'k', key)
        redis.call('SADD', base .. 'x:' .. stream, byServer)
      end
      if tonumber(rank) >= ${priorityRank.HIGH} then redis.call('XADD', base .. 'i:n', id, 's', stream) end
    end
    for name, record in pairs(claimed) do redis.call('SET', name, record, 'PX', window) end
    for name, record in pairs(batches) do redis.call('SET', name, record, 'PX', window) end
    local result = { 0, first, #fresh }
    for _, value in ipairs(duplicates) do table.insert(result, value) end
    results[b] = result
  end
  at = at + n * stride
end
if seq > tonumber(redis.call('GET', base .. 'seq') or '0') then
  redis.call('SET', base .. 'seq', seq)
  redis.call('SET', base .. 'received', now)
end
return { now, results }
`;

/**
 * Walks one index (`log` itself, or an id-only index stream) in seq order from a bound, looks every candidate up
 * in the log and keeps those that pass the filters. ARGV: index ('log' or a name under the tag), direction ('a' or
 * 'd'), exclusive lower seq, inclusive upper seq ('' for the head), limit, scan budget, streams (',a,b,' or ''),
 * key, serverId ('' or '=' followed by the value), minimum priority rank ('' for any).
 * Returns { head, position reached, exhausted (0/1), { seq, fields }... }.
 */
export const readScript = `${prelude}
local head = tonumber(redis.call('GET', base .. 'seq') or '0')
local index = ARGV[1] == 'log' and logKey or base .. ARGV[1]
local ascending = ARGV[2] == 'a'
local low = tonumber(ARGV[3])
local high = ARGV[4] == '' and head or tonumber(ARGV[4])
local limit, budget = tonumber(ARGV[5]), tonumber(ARGV[6])
local streams, key, server = ARGV[7], ARGV[8], ARGV[9]
local minRank = ARGV[10] ~= '' and tonumber(ARGV[10]) or nil
local function matches(f)
  if streams ~= '' and not string.find(streams, ',' .. f[2] .. ',', 1, true) then return false end
  if key ~= '' and '=' .. f[4] ~= key then return false end
  if server ~= '' and '=' .. f[6] ~= server then return false end
  if minRank and tonumber(f[8]) < minRank then return false end
  return true
end
local rows = {}
local scanned = 0
local exhausted = 0
while #rows < limit do
  if low >= high then exhausted = 1 break end
  if scanned >= budget then break end
  local count = math.min(budget - scanned, math.max(limit - #rows, 100))
  local page
  if ascending then page = redis.call('XRANGE', index, '(' .. low .. '-0', high .. '-0', 'COUNT', count)
  else page = redis.call('XREVRANGE', index, high .. '-0', '(' .. low .. '-0', 'COUNT', count) end
  if #page == 0 then exhausted = 1 break end
  for _, entry in ipairs(page) do
    local seq = seqOf(entry[1])
    scanned = scanned + 1
    if ascending then low = seq else high = seq - 1 end
    local fields = entry[2]
    if index ~= logKey then
      local body = redis.call('XRANGE', logKey, entry[1], entry[1])
      fields = body[1] and body[1][2]
    end
    if fields and matches(fields) then
      table.insert(rows, { seq, fields })
      if #rows >= limit then break end
    end
  end
end
return { head, ascending and low or high, exhausted, rows }
`;

/**
 * Removes the oldest events of one stream, at most a chunk: those beyond the count and those received before the
 * cutoff (both are a prefix of the stream, received times never decrease along seq). ARGV: stream, cutoff (ms),
 * max count, chunk. Returns { removed, last removed seq }.
 */
export const trimScript = `${prelude}
local stream, cutoff, maxCount, chunk = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local byStream = base .. 'i:' .. stream
local excess = redis.call('XLEN', byStream) - maxCount
local page = redis.call('XRANGE', byStream, '-', '+', 'COUNT', chunk)
local ids = {}
for j, entry in ipairs(page) do
  if j <= excess or tonumber(entry[2][2]) < cutoff then table.insert(ids, entry[1]) else break end
end
if #ids == 0 then return { 0, 0 } end
local last = seqOf(ids[#ids])
redis.call('XDEL', logKey, unpack(ids))
redis.call('XDEL', base .. 'i:n', unpack(ids))
local floor = (last + 1) .. '-0'
redis.call('XTRIM', byStream, 'MINID', floor)
local names = base .. 'x:' .. stream
for _, name in ipairs(redis.call('SMEMBERS', names)) do
  redis.call('XTRIM', base .. name, 'MINID', floor)
  if redis.call('XLEN', base .. name) == 0 then
    redis.call('DEL', base .. name)
    redis.call('SREM', names, name)
  end
end
-- Marks only grow.
local mark = tonumber(redis.call('HGET', base .. 'trimmed', stream) or '0')
if last > mark then redis.call('HSET', base .. 'trimmed', stream, last) end
return { #ids, last }
`;

/** The epoch and where the log stands: { epoch ('' if none), last seq assigned, seq of the newest event still held }. */
export const positionScript = `${prelude}
local newest = redis.call('XREVRANGE', logKey, '+', '-', 'COUNT', 1)
return { redis.call('GET', base .. 'epoch') or '', tonumber(redis.call('GET', base .. 'seq') or '0'), newest[1] and seqOf(newest[1][1]) or 0 }
`;
