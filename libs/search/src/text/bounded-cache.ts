/**
 * Results worked out once per key for texts that repeat across listings (keywords, titles, names),
 * emptied when full: simpler than least-recently-used, and the texts that do repeat are back after
 * a few listings.
 */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly size: number) {}

  get(key: K, compute: (key: K) => V): V {
    let value = this.entries.get(key);
    if (value === undefined) {
      if (this.entries.size >= this.size) this.entries.clear();
      value = compute(key);
      this.entries.set(key, value);
    }
    return value;
  }
}
