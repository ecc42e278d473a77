import { seedChains } from '@chainmatch/chains';
import { seedRegions } from '@chainmatch/regions';
import { seedUnits } from '@chainmatch/units';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options.js';

export interface PrepareOptions {
  log: (message: string) => void;
  connectTimeoutMs?: number;
}

/**
 * Brings a database up to date before the API serves it: pending migrations, then the reference
 * data (regions, chains, units). Both steps are idempotent, so running it on every start is safe.
 */
export async function prepareDatabase(url: string, options: PrepareOptions): Promise<void> {
  const dataSource = await new DataSource(dataSourceOptions(url, options.connectTimeoutMs)).initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    for (const migration of applied) options.log(`migration applied: ${migration.name}`);
    await dataSource.transaction(async (manager) => {
      await seedRegions(manager);
      await seedChains(manager);
      await seedUnits(manager);
    });
  } finally {
    await dataSource.destroy();
  }
}
