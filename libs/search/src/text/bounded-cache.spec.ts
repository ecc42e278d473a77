import { BoundedCache } from './bounded-cache.js';

describe('BoundedCache', () => {
  it('works a value out once per key, and starts again when full', () => {
    const cache = new BoundedCache<string, number>(2);
    let computed = 0;
    const length = (text: string) => { computed += 1; return text.length; };
    expect([cache.get('ab', length), cache.get('ab', length), cache.get('abc', length)]).toEqual([2, 2, 3]);
    expect(computed).toBe(2);
    cache.get('abcd', length);
    cache.get('ab', length);
    expect(computed).toBe(4);
  });
});
