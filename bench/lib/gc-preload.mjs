// Bench-only preload for the server under test (node --import <this file>): on SIGUSR2 it runs two full collections
// and prints one line, so the bench samples RSS with the garbage gone. It enables gc() itself (V8 flag at run time, the
// function taken from a fresh context) rather than asking for node --expose-gc: that flag is refused in worker threads,
// which inherit the process's execArgv, and Vigil may start workers. Plain JavaScript on purpose: it must not depend on
// a TypeScript loader. Like test/kit/heap-probe.ts, but it reports RSS too.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { isMainThread } from 'node:worker_threads';

if (isMainThread) {
  let collect = globalThis.gc;
  if (typeof collect !== 'function') {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc');
  }
  process.on('SIGUSR2', () => {
    collect();
    collect();
    const { rss, heapUsed } = process.memoryUsage();
    process.stdout.write(`bench-gc: rss=${rss} heapUsed=${heapUsed}\n`);
  });
}
