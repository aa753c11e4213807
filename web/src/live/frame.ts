/**
 * Runs `flush` once before the next paint. Hidden tabs get no animation frames, so a timer stands in after
 * `fallbackMs`: events still fold in (bounded) instead of piling up unapplied.
 */
export function scheduleFrame(flush: () => void, fallbackMs = 250): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    flush();
  };
  const frame = requestAnimationFrame(run);
  const timer = setTimeout(run, fallbackMs);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
