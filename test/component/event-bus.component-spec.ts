import { Transactions } from '@chainmatch/core';
import { PostgresEventBus } from '@chainmatch/events';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const EVENT = { matchId: 'm1', demandEnterpriseId: 'd', supplyEnterpriseId: 's', chainId: 'ic', provinceAdcodes: ['320000'] };
const nextWithin = <T>(iterator: AsyncIterator<T>, ms: number) =>
  Promise.race([iterator.next(), new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms))]);

describe('PostgreSQL event bus across processes', () => {
  let database: TestDatabase;
  const dataSources: DataSource[] = [];
  const buses: PostgresEventBus[] = [];
  /** The first process's unit of work, to publish inside its transactions. */
  let transactions: Transactions;

  beforeAll(async () => {
    database = await createTestDatabase();
    for (let i = 0; i < 2; i++) {
      const dataSource = await new DataSource({ type: 'postgres', url: database.url }).initialize();
      dataSources.push(dataSource);
      const processTransactions = new Transactions(dataSource);
      transactions ??= processTransactions;
      buses.push(new PostgresEventBus(dataSource, processTransactions));
    }
  });
  afterAll(async () => {
    for (const bus of buses) await bus.onApplicationShutdown();
    for (const dataSource of dataSources) await dataSource.destroy();
    await database.drop();
  });

  it('delivers an event published by one process to a subscriber of another', async () => {
    const events = await buses[1].subscribe('match.suggested');
    await buses[0].publish('match.suggested', EVENT);
    expect(await nextWithin(events, 2000)).toEqual({ done: false, value: EVENT });
    await events.return?.();
  });

  it('delivers an event published in a transaction only if it commits', async () => {
    const events = await buses[1].subscribe('match.changed');
    const changed = { ...EVENT, status: 'SHORTLISTED' };
    await transactions.run(async () => {
      await buses[0].publish('match.changed', { ...changed, status: 'ROLLED_BACK' });
      throw new Error('roll back');
    }).catch(() => undefined);
    await transactions.run(() => buses[0].publish('match.changed', changed));
    expect(await nextWithin(events, 2000)).toEqual({ done: false, value: changed });
    expect(await nextWithin(events, 300)).toBe('timeout');
    await events.return?.();
  });
});
