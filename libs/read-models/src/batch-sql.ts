import { EntityManager } from 'typeorm';

/**
 * SQL for projections that apply a batch of events at once: write many rows in one statement. Rows travel as one
 * JSON parameter (`json_to_recordset`), so a statement has a handful of parameters however many rows it writes —
 * far from PostgreSQL's 65,535 — and a value is typed by its column (a JSON null is SQL NULL, a JSON array fills an
 * array column, a JSON object a jsonb column).
 */

/** A column of a batch write: its name and SQL type (`text`, `date`, `timestamptz`, `jsonb`, `uuid[]`, …). */
export type BatchColumn = readonly [name: string, sqlType: string];

export interface BatchWrite {
  readonly table: string;
  readonly columns: readonly BatchColumn[];
  /** One array per row, values in the order of `columns`; Dates go as ISO instants. */
  readonly rows: readonly (readonly unknown[])[];
  /**
   * What a row whose key exists already does: `{ nothing: key }` keeps the stored row (`[]`: whatever unique key conflicts), `{ update: key, set }` sets
   * the listed columns (default: every column not in the key) from the new row — an entry with `=` is taken as it
   * is (`n = t.n + EXCLUDED.n`, the stored row is `t`); omitted: plain INSERT.
   */
  readonly onConflict?:
    { readonly nothing: readonly string[] } | { readonly update: readonly string[]; readonly set?: readonly string[] };
}

/** Writes the rows in one statement (nothing when there are none). The rows must not repeat a key when updating. */
export async function writeRows(manager: EntityManager, write: BatchWrite): Promise<void> {
  if (write.rows.length === 0) return;
  await manager.query(batchInsertSql(write), [rowsJson(write)]);
}

export function batchInsertSql(write: BatchWrite): string {
  const names = write.columns.map(([name]) => name);
  const record = write.columns.map(([name, type]) => `${name} ${type}`).join(', ');
  let sql = `INSERT INTO ${write.table} AS t (${names.join(', ')}) SELECT ${names.join(', ')} FROM json_to_recordset($1::json) AS r(${record})`;
  const conflict = write.onConflict;
  if (conflict && 'nothing' in conflict)
    sql +=
      conflict.nothing.length > 0
        ? ` ON CONFLICT (${conflict.nothing.join(', ')}) DO NOTHING`
        : ' ON CONFLICT DO NOTHING';
  if (conflict && 'update' in conflict) {
    const set = conflict.set ?? names.filter((name) => !conflict.update.includes(name));
    sql += ` ON CONFLICT (${conflict.update.join(', ')}) DO UPDATE SET ${set.map((name) => (name.includes('=') ? name : `${name} = EXCLUDED.${name}`)).join(', ')}`;
  }
  return sql;
}

/**
 * The rows as a JSON array of objects keyed by column, the same text `JSON.stringify` gives for those objects (an
 * undefined value is null), written value by value: no object per row (rebuilds write millions of rows).
 */
export function rowsJson(write: BatchWrite): string {
  const keys = write.columns.map(([name], i) => `${i === 0 ? '{' : ','}${JSON.stringify(name)}:`);
  const rows: string[] = new Array<string>(write.rows.length);
  for (let r = 0; r < write.rows.length; r++) {
    const row = write.rows[r];
    let text = '';
    for (let i = 0; i < keys.length; i++) {
      const value = row[i];
      text += keys[i] + (value === undefined || value === null ? 'null' : JSON.stringify(value));
    }
    rows[r] = `${text}}`;
  }
  return `[${rows.join(',')}]`;
}

/** The distinct values, for `= ANY($1)` loads. */
export function distinct<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}
