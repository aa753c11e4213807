// Bench-only preload for the server under test (node --expose-gc --import <this file>): on SIGUSR2 it runs two full
// collections and prints one line, so the bench samples RSS with the garbage gone. Plain JavaScript on purpose: it
// must load before (and independently of) any TypeScript loader. Like test/kit/heap-probe.ts, but it reports RSS too.
const collect = globalThis.gc;
if (typeof collect !== 'function') throw new Error('bench gc-preload needs node --expose-gc');
process.on('SIGUSR2', () => {
  collect();
  collect();
  const { rss, heapUsed } = process.memoryUsage();
  process.stdout.write(`bench-gc: rss=${rss} heapUsed=${heapUsed}\n`);
});
