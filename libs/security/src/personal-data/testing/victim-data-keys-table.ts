import { CREATE_VICTIM_DATA_KEYS_SQL } from '../../../../read-models/src/migrations/1763900003000-create-victim-data-keys';
import { queryRows, SqlQueryable } from '../sql-client';

/**
 * For integration tests: creates `victim_data_keys` with the migration's own SQL when the test database
 * does not have it yet (before the migration is registered in MIGRATIONS); does nothing once it is.
 */
export async function ensureVictimDataKeysTable(db: SqlQueryable): Promise<void> {
  const [{ exists }] = await queryRows<{ exists: boolean }>(
    db,
    "SELECT to_regclass('victim_data_keys') IS NOT NULL AS exists",
    [],
  );
  if (exists) return;
  await db.query(`BEGIN; ${CREATE_VICTIM_DATA_KEYS_SQL}; COMMIT;`);
}
