import type { Logger } from 'pino';

/** A rebuild's progress callback that logs a line at most every `everyMs` milliseconds, and always the last. */
export function rebuildProgress(logger: Logger, everyMs: number): (done: number, total: number) => void {
  let lastLine = 0;
  return (done, total) => {
    if (done < total && Date.now() - lastLine < everyMs) return;
    lastLine = Date.now();
    logger.info(`rebuild: ${done.toLocaleString('en')}/${total.toLocaleString('en')} listings (${total ? Math.floor((done / total) * 100) : 100}%)`);
  };
}
