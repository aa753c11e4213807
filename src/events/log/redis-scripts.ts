// The Lua side of the Redis engine (redis.ts). Every script gets the log's key (`{vigil:<prefix>}:log`) as KEYS[1]
// and derives the other names from its hash tag, so every key a script touches is in the log's cluster slot.
import { priorityRank } from '../envelope.ts';
import { utf8Length } from './redis-command.ts';

/** Values per draft in the append script's ARGV. */
export const appendStride = 5;

/**
 * A log entry is `r` (received, ms) and `e`, plus `z` on a batch's last event. `e` is the event's meta and body in
 * one value, so that an entry is two fields (Redis stores, logs and replies fewer items, the tail decodes fewer):
 * `<rank digit><stream>|<serverId length in bytes>|<serverId><key length in bytes>|<key>{"i":id,"t":type,"o":occurredAt,"d":dedupKey,"b":payload}`.
 * Entries of the first layout (s, k, v, p, r, e fields, e without the meta) stay readable: the read script and
 * the node tell them apart by their number of fields.
 *
 * Beside the log, each stream, each partition key and each server has an index of runs (`i:<stream>`,
 * `i:<stream>:k:<key>`, `i:<stream>:v:<serverId>` when it is not the key): one entry per append call, its id the
 * last seq it added there, field r listing its seqs as `a-b` ranges and single seqs, e.g. `7-9,12,15-40` (a batch
 * of a hundred events of one channel is one entry, not a hundred), field t the call's received time (ms, for
 * retention). HIGH and CRITICAL events have an entry each in `i:n` (field s: the stream). The hash `held` counts the
 * events each stream holds (for retention by count). Indexes written before hold an entry per event (field t, v or
 * k): the scripts take both, and a log written before counts were kept gets them when a node opens it (`countScript`).
 */
export function entryValue(rank: number, stream: string, serverId: string, key: string, body: string): string {
  return `${rank}${stream}|${utf8Length(serverId)}|${serverId}${utf8Length(key)}|${key}${body}`;
}

/** Derived key names: `base` is `{vigil:<prefix>}:`. */
const prelude = `
local base = string.sub(KEYS[1], 1, -4)
local logKey = KEYS[1]
local function seqOf(id) return tonumber(string.sub(id, 1, -3)) end
local function tagged(kind, server, name) return base .. kind .. ':' .. #server .. ':' .. server .. ':' .. name end
`;

/**
 * Appends a group of batches, each all or nothing. ARGV: epoch, dedup window (ms), number of batches, then per
 * batch its number of drafts and per draft `appendStride` values: stream, serverId, key, dedup ('' for none, else
 * `fingerprint|id|occurredAt (ms)|dedupBatch size|dedupKey length|dedupKey dedupBatch key`, either key may be
 * empty), entry value (see `entryValue`: its first character is the priority rank).
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
local nowText = tostring(now)
local seq = tonumber(redis.call('GET', base .. 'seq') or '0')
local stride = ${appendStride}
local at = 4
local results = {}
-- Index names by stream, then server, then key: { by stream, by key, by server or false }, each registered once.
local indexes = {}
-- Each index gets one entry per call, listing the seqs it appended there as runs (see entryValue).
local runs, runNames = {}, {}
-- Fresh events of this call per stream, for the counts in \`held\`.
local added, addedStreams = {}, {}
local function closeRun(run)
  table.insert(run.parts, run.first == run.last and tostring(run.first) or (run.first .. '-' .. run.last))
end
local function addToRun(name, s)
  local run = runs[name]
  if not run then
    runs[name] = { parts = {}, first = s, last = s }
    table.insert(runNames, name)
  elseif s == run.last + 1 then
    run.last = s
  else
    closeRun(run)
    run.first, run.last = s, s
  end
end
local function indexesOf(stream, server, key)
  local byServer = indexes[stream]
  if not byServer then byServer = {} indexes[stream] = byServer end
  local byKey = byServer[server]
  if not byKey then byKey = {} byServer[server] = byKey end
  local names = byKey[key]
  if names then return names end
  local keyIndex = 'i:' .. stream .. ':k:' .. key
  redis.call('SADD', base .. 'x:' .. stream, keyIndex)
  names = { base .. 'i:' .. stream, base .. keyIndex, false }
  if server ~= key then
    local serverIndex = 'i:' .. stream .. ':v:' .. server
    redis.call('SADD', base .. 'x:' .. stream, serverIndex)
    names[3] = base .. serverIndex
  end
  byKey[key] = names
  return names
end
for b = 1, tonumber(ARGV[3]) do
  local n = tonumber(ARGV[at])
  at = at + 1
  -- First decide the whole batch (keys it claims are visible to its own later drafts), then write it.
  local claimed, batches, fresh, duplicates = {}, {}, {}, {}
  local nextSeq = seq
  local conflict = nil
  for i = 0, n - 1 do
    local o = at + i * stride
    local spec = ARGV[o + 3]
    local duplicate = false
    if spec ~= '' then
      local server = ARGV[o + 1]
      local print, id, occurred, size, length, rest = string.match(spec, '^([^|]*)|([^|]*)|(%-?%d+)|(%d+)|(%d+)|(.*)$')
      local dedup = string.sub(rest, 1, tonumber(length))
      local batchKey = string.sub(rest, tonumber(length) + 1)
      if batchKey ~= '' then
        local name = tagged('b', server, batchKey)
        local record = batches[name] or redis.call('GET', name)
        if record then
          local existingSize, existingSeq, existingId = string.match(record, '^(%d+)|(%d+)|(.*)$')
          if existingSize ~= size then conflict = { 1, server, batchKey, existingId, tonumber(existingSeq) } break end
        end
      end
      if dedup ~= '' then
        local name = tagged('d', server, dedup)
        local record = claimed[name] or redis.call('GET', name)
        if record then
          local existingSeq, existingId, occurredAt, receivedAt, existingPrint = string.match(record, '^(%d+)|([^|]*)|(%-?%d+)|(%d+)|(.*)$')
          if existingPrint ~= print then conflict = { 1, server, dedup, existingId, tonumber(existingSeq) } break end
          table.insert(duplicates, i)
          table.insert(duplicates, tonumber(existingSeq))
          table.insert(duplicates, existingId)
          table.insert(duplicates, occurredAt)
          table.insert(duplicates, receivedAt)
          duplicate = true
        end
      end
      if not duplicate then
        if dedup ~= '' then
          claimed[tagged('d', server, dedup)] = (nextSeq + 1) .. '|' .. id .. '|' .. occurred .. '|' .. nowText .. '|' .. print
        end
        if batchKey ~= '' then
          local name = tagged('b', server, batchKey)
          if not batches[name] and redis.call('EXISTS', name) == 0 then batches[name] = size .. '|' .. (nextSeq + 1) .. '|' .. id end
        end
      end
    end
    if not duplicate then
      nextSeq = nextSeq + 1
      table.insert(fresh, o)
    end
  end
  if conflict then
    results[b] = conflict
  else
    local first = seq + 1
    local count = #fresh
    for j, o in ipairs(fresh) do
      seq = seq + 1
      local id = seq .. '-0'
      local server, key, value = ARGV[o + 1], ARGV[o + 2], ARGV[o + 4]
      if j == count then
        redis.call('XADD', logKey, id, 'r', nowText, 'e', value, 'z', '1')
      else
        redis.call('XADD', logKey, id, 'r', nowText, 'e', value)
      end
      local stream = ARGV[o]
      local names = indexesOf(stream, server, key)
      if not added[stream] then
        added[stream] = 0
        table.insert(addedStreams, stream)
      end
      added[stream] = added[stream] + 1
      addToRun(names[1], seq)
      addToRun(names[2], seq)
      if names[3] then addToRun(names[3], seq) end
      if string.byte(value, 1) - 48 >= ${priorityRank.HIGH} then redis.call('XADD', base .. 'i:n', id, 's', stream) end
    end
    for name, record in pairs(claimed) do redis.call('SET', name, record, 'PX', window) end
    for name, record in pairs(batches) do redis.call('SET', name, record, 'PX', window) end
    local result = { 0, first, count }
    for _, value in ipairs(duplicates) do table.insert(result, value) end
    results[b] = result
  end
  at = at + n * stride
end
-- Every node counts its streams when it opens the log (countScript), before its first append.
for _, stream in ipairs(addedStreams) do redis.call('HINCRBY', base .. 'held', stream, added[stream]) end
for _, name in ipairs(runNames) do
  local run = runs[name]
  closeRun(run)
  redis.call('XADD', name, run.last .. '-0', 'r', table.concat(run.parts, ','), 't', nowText)
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
local filtered = streams ~= '' or key ~= '' or server ~= '' or minRank
-- Both entry layouts: r, e (and z) with the meta at the front of e (see entryValue), or s, k, v, p, r, e (and z).
local function matches(f)
  if not filtered then return true end
  local stream, entryKey, entryServer, rank
  if #f <= 6 then
    local e = f[4]
    rank = string.byte(e, 1) - 48
    local bar = string.find(e, '|', 2, true)
    stream = string.sub(e, 2, bar - 1)
    local bar2 = string.find(e, '|', bar + 1, true)
    local serverEnd = bar2 + tonumber(string.sub(e, bar + 1, bar2 - 1))
    entryServer = string.sub(e, bar2 + 1, serverEnd)
    local bar3 = string.find(e, '|', serverEnd + 1, true)
    entryKey = string.sub(e, bar3 + 1, bar3 + tonumber(string.sub(e, serverEnd + 1, bar3 - 1)))
  else
    stream, entryKey, entryServer, rank = f[2], f[4], f[6], tonumber(f[8])
  end
  if streams ~= '' and not string.find(streams, ',' .. stream .. ',', 1, true) then return false end
  if key ~= '' and '=' .. entryKey ~= key then return false end
  if server ~= '' and '=' .. entryServer ~= server then return false end
  if minRank and rank < minRank then return false end
  return true
end
local rows = {}
local scanned = 0
local exhausted = 0
-- Looks one seq up (unless its fields are at hand) and keeps it if it passes; true once the read is full.
local function take(seq, fields)
  scanned = scanned + 1
  if ascending then low = seq else high = seq - 1 end
  if not fields then
    local id = seq .. '-0'
    local body = redis.call('XRANGE', logKey, id, id)
    fields = body[1] and body[1][2]
  end
  if fields and matches(fields) then table.insert(rows, { seq, fields }) end
  return #rows >= limit or scanned >= budget
end
-- The seqs an index entry stands for, in the read's direction: a run entry (field r, 'a-b,c,...') those one append
-- call added to its index; any other entry its own.
local function seqsOf(entry)
  local fields = entry[2]
  if fields[1] ~= 'r' then return { seqOf(entry[1]) } end
  local out = {}
  for part in string.gmatch(fields[2], '[^,]+') do
    local first, last = string.match(part, '^(%d+)-(%d+)$')
    if first then
      for s = tonumber(first), tonumber(last) do out[#out + 1] = s end
    else
      out[#out + 1] = tonumber(part)
    end
  end
  if not ascending then
    local n = #out
    for i = 1, math.floor(n / 2) do out[i], out[n - i + 1] = out[n - i + 1], out[i] end
  end
  return out
end
-- Walks one entry within (low, high]; true once the read is full or, newest first, past its lower bound.
local function walk(entry)
  if index == logKey then return take(seqOf(entry[1]), entry[2]) end
  for _, seq in ipairs(seqsOf(entry)) do
    if seq > low and seq <= high then
      if take(seq, nil) then return true end
    elseif not ascending and seq <= low then
      high = low
      return true
    end
  end
  return false
end
-- Newest first, the run entry just above the bound (ids are a run's last seq) may hold seqs at or below it.
if not ascending and index ~= logKey and low < high then
  local above = redis.call('XRANGE', index, '(' .. high .. '-0', '+', 'COUNT', 1)
  if above[1] then walk(above[1]) end
end
while #rows < limit and scanned < budget and low < high do
  local count = math.min(budget - scanned, math.max(limit - #rows, 100))
  local page
  if ascending then page = redis.call('XRANGE', index, '(' .. low .. '-0', high .. '-0', 'COUNT', count)
  else page = redis.call('XREVRANGE', index, high .. '-0', '(' .. low .. '-0', 'COUNT', count) end
  if #page == 0 then exhausted = 1 break end
  local stop = false
  for _, entry in ipairs(page) do
    if walk(entry) then stop = true break end
  end
  if stop then break end
end
if low >= high then exhausted = 1 end
return { head, ascending and low or high, exhausted, rows }
`;

/**
 * Removes the oldest events of one stream, at most a chunk: those beyond the count and those received before the
 * cutoff (both are a prefix of the stream, received times never decrease along seq). ARGV: stream, cutoff (ms),
 * max count, chunk. Returns { removed, last removed seq }.
 *
 * The stream's index entries that lose all their seqs go; one that keeps some stays whole, and its seqs at or below
 * the stream's mark in `trimmed` (everything of the stream up to it is gone) are skipped.
 */
export const trimScript = `${prelude}
local stream, cutoff, maxCount, chunk = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local byStream = base .. 'i:' .. stream
local held = tonumber(redis.call('HGET', base .. 'held', stream) or redis.call('XLEN', byStream))
local excess = held - maxCount
local mark = tonumber(redis.call('HGET', base .. 'trimmed', stream) or '0')
local page = redis.call('XRANGE', byStream, '-', '+', 'COUNT', chunk)
local ids = {}
-- Takes one seq of an entry received at \`received\` (ms); false once nothing more is to go.
local function take(seq, received)
  if seq <= mark then return true end
  if #ids >= chunk or not (#ids < excess or received < cutoff) then return false end
  table.insert(ids, seq .. '-0')
  return true
end
for _, entry in ipairs(page) do
  local fields = entry[2]
  -- Either layout ends with field t.
  local received = tonumber(fields[#fields])
  local more = true
  if fields[1] == 'r' then
    for part in string.gmatch(fields[2], '[^,]+') do
      local first, last = string.match(part, '^(%d+)-(%d+)$')
      for seq = tonumber(first or part), tonumber(last or part) do
        more = take(seq, received)
        if not more then break end
      end
      if not more then break end
    end
  else
    more = take(seqOf(entry[1]), received)
  end
  if not more then break end
end
if #ids == 0 then return { 0, 0 } end
redis.call('HSET', base .. 'held', stream, held - #ids)
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

/**
 * Counts the events of each stream in ARGV that has no count yet in `held`: a log written before counts were kept,
 * whose stream indexes then hold one entry per event (their length is the count), or a new log (zero). Every node
 * runs it when it opens the log, before it appends, so every count exists before the first append adds to it.
 */
export const countScript = `${prelude}
for _, stream in ipairs(ARGV) do redis.call('HSETNX', base .. 'held', stream, redis.call('XLEN', base .. 'i:' .. stream)) end
return 0
`;

/** The epoch and where the log stands: { epoch ('' if none), last seq assigned, seq of the newest event still held }. */
export const positionScript = `${prelude}
local newest = redis.call('XREVRANGE', logKey, '+', '-', 'COUNT', 1)
return { redis.call('GET', base .. 'epoch') or '', tonumber(redis.call('GET', base .. 'seq') or '0'), newest[1] and seqOf(newest[1][1]) or 0 }
`;
