import { triggerDrift } from '@chainmatch/database';
import { DataSource } from 'typeorm';
import { triggers } from '../../apps/api/src/database/data-source-options.js';
import { prepareDatabase } from '../../apps/api/src/database/prepare-database.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const NONE = { missing: [], undeclared: [], different: [] };

describe('every trigger in the database is declared, as declared', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase();
    await prepareDatabase(database.url, { log: () => undefined });
    dataSource = await new DataSource({ type: 'postgres', url: database.url }).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('finds the migrated database and the declarations (search.triggers.ts, match-refresh.triggers.ts) the same', async () => {
    expect(await triggerDrift(dataSource.manager, triggers)).toEqual(NONE);
    expect(triggers.length).toBeGreaterThanOrEqual(10);
  });

  it('prints what a write to each table sets off, as a reviewable table', () => {
    const rows = triggers.map((t) => `${`${t.table} ${t.event}${t.columns ? ` OF ${t.columns.join(', ')}` : ''}`.padEnd(48)} ${t.name.padEnd(36)} → ${t.feeds}`);
    console.log(`triggers:\n${[...rows].sort().join('\n')}`);
    expect(new Set(triggers.map((t) => t.name)).size).toBe(triggers.length);
  });

  it('names a trigger left out, one nobody declared, and one whose definition or function changed', async () => {
    const [first, second, third] = triggers.filter((t) => t.table === 'listing');
    await dataSource.query(`DROP TRIGGER ${first.name} ON listing`);
    await dataSource.query(`CREATE TRIGGER stray_trigger AFTER DELETE ON enterprise FOR EACH ROW EXECUTE FUNCTION ${second.function.name}()`);
    await dataSource.query(`CREATE OR REPLACE TRIGGER ${second.name} AFTER ${second.event} ON listing FOR EACH ROW EXECUTE FUNCTION ${second.function.name}()`);
    await dataSource.query(`CREATE OR REPLACE FUNCTION ${third.function.name}() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$`);
    expect(await triggerDrift(dataSource.manager, triggers)).toEqual({
      missing: [`listing.${first.name}`],
      undeclared: ['enterprise.stray_trigger'],
      different: expect.arrayContaining([`listing.${second.name}`, `function ${third.function.name}`]),
    });
  });
});
