/**
 * Runs `task` every `intervalMs` in the background — never keeping the process alive, logging a
 * failure instead of crashing — and returns the function that stops it (call it at shutdown).
 */
export function runEvery(intervalMs: number, task: () => Promise<unknown>, logger: { error(error: unknown): void }): () => void {
  const timer = setInterval(() => void task().catch((error) => logger.error(error)), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
