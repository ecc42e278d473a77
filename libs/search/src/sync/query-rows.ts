/**
 * The rows of a statement run through TypeORM's `query()`, which answers an UPDATE or DELETE (even
 * one with RETURNING, or a WITH … UPDATE) as `[rows, affectedCount]` and anything else as rows.
 */
export async function queryRows<T>(runner: { query(sql: string, parameters?: unknown[]): Promise<unknown> }, sql: string, parameters?: unknown[]): Promise<T[]> {
  const result = await runner.query(sql, parameters);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}
