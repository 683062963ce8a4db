import DataLoader from 'dataloader';

export type { DataLoader };

/** Per-request DataLoaders, created lazily by key, so batching never crosses requests or callers. */
export class LoaderRegistry {
  readonly #loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(
    key: string,
    batch: (keys: readonly K[]) => Promise<(V | Error | null)[]>,
  ): DataLoader<K, V | null> {
    let loader = this.#loaders.get(key);
    if (!loader) {
      loader = new DataLoader<K, V | null>(batch as never, { maxBatchSize: 500 }) as DataLoader<
        unknown,
        unknown
      >;
      this.#loaders.set(key, loader);
    }
    return loader as DataLoader<K, V | null>;
  }
}

/** Orders batch results to match the keys DataLoader asked for; missing ones become null. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map<K, V>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((k) => map.get(k) ?? null);
}

/** Groups rows by key for one-to-many loaders; keys with no rows get an empty list. */
export function groupByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return keys.map((k) => map.get(k) ?? []);
}
