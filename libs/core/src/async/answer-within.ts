/**
 * `work`'s outcome, or `fallback()`'s when `work` takes longer than `ms` — for answers that must
 * come in time (health checks) whatever they wait on. The work itself goes on, unawaited.
 */
export function answerWithin<T>(work: Promise<T>, ms: number, fallback: () => T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback()), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
