/**
 * Small combinators over the event bus's iterators. Hand-written iterators rather than async
 * generators: a generator's `return()` waits until its pending `next()` settles, so a client's
 * unsubscribe would hang until the next event; these pass `return()` straight to their sources.
 */
type Events<T> = AsyncIterableIterator<T>;

const DONE = { done: true, value: undefined } as const;

export function mapEvents<T, U>(source: AsyncIterator<T>, map: (event: T) => U | Promise<U>): Events<U> {
  const events: Events<U> = {
    next: async () => {
      const result = await source.next();
      return result.done ? DONE : { done: false, value: await map(result.value) };
    },
    return: async () => {
      await source.return?.();
      return DONE;
    },
    [Symbol.asyncIterator]: () => events,
  };
  return events;
}

export function filterEvents<T>(source: AsyncIterator<T>, keep: (event: T) => boolean): Events<T> {
  const events: Events<T> = {
    next: async () => {
      for (;;) {
        const result = await source.next();
        if (result.done) return DONE;
        if (keep(result.value)) return result;
      }
    },
    return: async () => {
      await source.return?.();
      return DONE;
    },
    [Symbol.asyncIterator]: () => events,
  };
  return events;
}

/** Events of all `sources` in the order they arrive; ends (and ends them all) when one ends. */
export function mergeEvents<T>(sources: AsyncIterator<T>[]): Events<T> {
  const pull = (index: number) => {
    const pulled = sources[index].next().then((result) => ({ result, index }));
    pulled.catch(() => undefined); // a source failing after the merge ended is nobody's to report
    return pulled;
  };
  const pending = sources.map((_source, index) => pull(index));
  const closeAll = async () => {
    await Promise.all(sources.map((source) => source.return?.()));
    return DONE;
  };
  const events: Events<T> = {
    next: async () => {
      const { result, index } = await Promise.race(pending);
      if (result.done) return closeAll();
      pending[index] = pull(index);
      return result;
    },
    return: closeAll,
    [Symbol.asyncIterator]: () => events,
  };
  return events;
}
