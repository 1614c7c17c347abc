/**
 * What the key store needs from a database: a TypeORM `DataSource` (its `query` resolves to the rows) or a
 * `pg` `Pool`/`Client` (its `query` resolves to `{ rows }`). Every statement the key store runs is a
 * SELECT or an INSERT … RETURNING (updates are wrapped in a CTE), so both shapes return plain rows.
 */
export interface SqlQueryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

export async function queryRows<T>(client: SqlQueryable, sql: string, parameters: unknown[]): Promise<T[]> {
  const result = await client.query(sql, parameters);
  if (Array.isArray(result)) return result as T[];
  if (result !== null && typeof result === 'object' && Array.isArray((result as { rows?: unknown }).rows))
    return (result as { rows: T[] }).rows;
  throw new TypeError('the SQL client returned neither rows nor { rows }');
}
