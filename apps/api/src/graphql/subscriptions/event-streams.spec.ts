import { EventEmitter, on } from 'node:events';
import { filterEvents, mapEvents, mergeEvents } from './event-streams.js';

/** A source like the event bus's: events emitted after subscribing, ended by `return()`. */
function source<T>() {
  const emitter = new EventEmitter();
  const iterator = on(emitter, 'event') as AsyncIterableIterator<[T]>;
  const events = mapEvents(iterator, ([value]) => value);
  return { events, emit: (value: T) => emitter.emit('event', value), listeners: () => emitter.listenerCount('event') };
}

describe('event streams', () => {
  it('maps and filters events in order', async () => {
    const { events, emit } = source<number>();
    const evens = mapEvents(filterEvents(events, (n) => n % 2 === 0), (n) => `#${n}`);
    [1, 2, 3, 4].forEach(emit);
    expect(await evens.next()).toEqual({ done: false, value: '#2' });
    expect(await evens.next()).toEqual({ done: false, value: '#4' });
  });

  it('ends a pending next() at once on return(), and lets go of the source', async () => {
    const { events, listeners } = source<number>();
    const filtered = filterEvents(events, () => true);
    const pending = filtered.next();
    await filtered.return?.();
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(listeners()).toBe(0);
  });

  it('merges sources in arrival order and closes them all together', async () => {
    const a = source<string>();
    const b = source<string>();
    const merged = mergeEvents([a.events, b.events]);
    b.emit('b1');
    expect(await merged.next()).toEqual({ done: false, value: 'b1' });
    a.emit('a1');
    b.emit('b2');
    expect(await merged.next()).toEqual({ done: false, value: 'a1' });
    expect(await merged.next()).toEqual({ done: false, value: 'b2' });
    await merged.return?.();
    expect([a.listeners(), b.listeners()]).toEqual([0, 0]);
  });
});
