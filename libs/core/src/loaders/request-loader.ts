import DataLoader from 'dataloader';

const LOADERS = Symbol('request loaders');

interface WithLoaders {
  [LOADERS]?: Map<string, DataLoader<unknown, unknown>>;
}

/**
 * The DataLoader named `key` for the current request, created on first use and kept on the
 * GraphQL context, so field resolvers batch their reads per request (no N+1) without a cache that
 * outlives the request.
 */
export function requestLoader<K, V>(
  context: object,
  key: string,
  batch: (keys: readonly K[]) => Promise<(V | Error)[]>,
): DataLoader<K, V> {
  const holder = context as WithLoaders;
  holder[LOADERS] ??= new Map();
  let loader = holder[LOADERS].get(key);
  if (!loader) {
    loader = new DataLoader<K, V>(batch) as DataLoader<unknown, unknown>;
    holder[LOADERS].set(key, loader);
  }
  return loader as DataLoader<K, V>;
}

/** Orders `rows` to match `keys` for a DataLoader batch; a missing row yields `undefined`. */
export function alignToKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | undefined)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key));
}

/**
 * The row of `id` for the current request, read in one batch with every other id the request asks
 * `key` for (`findByIds` reads a batch); a row that does not exist fails its field.
 */
export function loadById<T extends { id: string }>(
  context: object,
  key: string,
  findByIds: (ids: readonly string[]) => Promise<T[]>,
  id: string,
): Promise<T> {
  return requestLoader<string, T>(context, key, async (ids) =>
    alignToKeys(ids, await findByIds(ids), (row) => row.id).map((row, i) => row ?? new Error(`${key}: no row ${ids[i]}`)),
  ).load(id);
}
