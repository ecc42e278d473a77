type Sql = (text: string, params?: unknown[]) => Promise<Record<string, any>[]>;

/**
 * Tables a refused request may write by design: the audit log records every attempt and the rate
 * limit counts them (both outside the request's transaction).
 */
const WRITTEN_ON_REFUSAL = ['audit_log', 'rate_limit_counter'];

/**
 * Counts every row inserted, updated or deleted in the test database's other tables, with a row
 * trigger on each: a count that moves across a refused mutation is a partial write. The counter
 * is a table, so a rolled-back transaction leaves it as it was.
 */
export async function installWriteCounter(sql: Sql): Promise<() => Promise<number>> {
  await sql(`CREATE TABLE fuzz_write_count (n bigint NOT NULL); INSERT INTO fuzz_write_count VALUES (0)`);
  await sql(`CREATE FUNCTION fuzz_count_write() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN UPDATE fuzz_write_count SET n = n + 1; RETURN NULL; END $$`);
  const tables = await sql(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND NOT (tablename = ANY($1))`,
    [[...WRITTEN_ON_REFUSAL, 'fuzz_write_count']],
  );
  for (const { tablename } of tables) {
    await sql(`CREATE TRIGGER fuzz_count_write AFTER INSERT OR UPDATE OR DELETE ON "${tablename}" FOR EACH ROW EXECUTE FUNCTION fuzz_count_write()`);
  }
  return async () => Number((await sql(`SELECT n FROM fuzz_write_count`))[0].n);
}
