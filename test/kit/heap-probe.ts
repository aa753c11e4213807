// Preloaded into a Vigil process under test (with --expose-gc): SIGUSR2 runs full collections, then prints the heap
// left, so a test reads retained memory without the garbage that RSS and incidental GC traces include.
const collect = (globalThis as { gc?: () => void }).gc;
if (!collect) throw new Error('heap-probe needs node --expose-gc');
process.on('SIGUSR2', () => {
  collect();
  collect();
  console.log(`heap-probe: ${process.memoryUsage().heapUsed} bytes used after full GC`);
});
