/**
 * Begins several resources side by side — connections holding a transaction, worker threads, a
 * rebuild's fresh tables — all or none: when one cannot begin, those that did are released with
 * `release` (each, whatever the others do) before the first failure is thrown. A job that fails as
 * it starts leaves no connection checked out, no transaction open and no thread running: a
 * checked-out connection is never given back, and its pool waits for it forever when it closes.
 */
export async function beginAll<const P extends readonly Promise<unknown>[]>(
  beginning: P,
  release: (began: Awaited<P[number]>) => Promise<unknown>,
): Promise<{ -readonly [K in keyof P]: Awaited<P[K]> }> {
  const outcomes = await Promise.allSettled(beginning);
  const failure = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
  const began = outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value as Awaited<P[number]>] : []));
  if (!failure) return began as { -readonly [K in keyof P]: Awaited<P[K]> };
  await Promise.allSettled(began.map(release));
  throw failure.reason;
}
