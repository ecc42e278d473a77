import type { EntityManager } from 'typeorm';

/**
 * The database's clock as of the current transaction (`now()` is its start): the one clock every
 * process shares, so deadlines, validity windows and expiry never mix it with a server's own.
 */
export async function databaseNow(manager: EntityManager): Promise<Date> {
  const [{ now }] = (await manager.query(`SELECT now() AS now`)) as { now: Date }[];
  return now;
}
