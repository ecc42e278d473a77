import type { DataSource } from 'typeorm';

/**
 * Runs `deleteSql` — a DELETE of at most `$1` rows, its other parameters from `$2` on — until a
 * statement deletes fewer than `batchSize`; returns the total. Each batch commits on its own, so a
 * large purge never holds many row locks or one long transaction.
 */
export async function deleteInBatches(dataSource: DataSource, deleteSql: string, params: unknown[], batchSize = 5000): Promise<number> {
  let total = 0;
  for (;;) {
    const [, deleted] = (await dataSource.query(deleteSql, [batchSize, ...params])) as [unknown, number];
    total += deleted;
    if (deleted < batchSize) return total;
  }
}
