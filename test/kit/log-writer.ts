// Appends chat batches to a SQLite event log from several writers at once until it is killed, printing every
// acknowledged batch as one line: `acked [[id, seq, dedupKey], ...]`. Run: node --import tsx test/kit/log-writer.ts <db>
import type { EventDraft } from '../../src/events/envelope.ts';
import { SqliteEventLog } from '../../src/events/log/sqlite.ts';

const [path, writers = '8', size = '50'] = process.argv.slice(2);
if (!path) throw new Error('usage: log-writer.ts <database path> [writers] [batch size]');
const log = new SqliteEventLog(path);

function batch(writer: number, n: number): EventDraft<'chat'>[] {
  return Array.from({ length: Number(size) }, (_, i) => {
    const dedupKey = `w${writer}/${n}/${i}`;
    return {
      stream: 'chat',
      type: 'chat.message',
      serverId: `crash-${writer}`,
      key: 'crash',
      occurredAt: new Date(),
      priority: 'NORMAL',
      dedupKey,
      payload: { kind: 'MESSAGE', channel: 'crash', playerId: 'p-1', playerName: 'Crash', recipientId: null, text: dedupKey },
    };
  });
}

console.log('writing');
await Promise.all(
  Array.from({ length: Number(writers) }, async (_, writer) => {
    for (let n = 0; ; n++) {
      const outcomes = await log.append(batch(writer, n));
      // Pipes are written synchronously: once printed, the acknowledgement is out of the process.
      console.log(`acked ${JSON.stringify(outcomes.map(({ event }) => [event.id, event.seq, event.dedupKey]))}`);
    }
  }),
);
