import { PostgresEventStore } from '@vcs/event-store';
import { allProjections, createDataSource } from '@vcs/read-models';
import { createTestDatabase, dataKeysOn, TestDatabase } from '@vcs/test-support';
import { DataSource } from 'typeorm';
import { rebuildProjections } from './rebuild';

const INDEXES_SQL = `
  SELECT tablename, indexname, indexdef FROM pg_indexes
  WHERE schemaname = 'public' AND tablename = ANY($1::text[]) ORDER BY tablename, indexname`;

const CONSTRAINTS_SQL = `
  SELECT t.relname AS table_name, c.conname, c.contype, pg_get_constraintdef(c.oid) AS definition
  FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
  WHERE n.nspname = 'public' AND t.relname = ANY($1::text[]) ORDER BY t.relname, c.conname`;

describe('the tables a rebuild swaps in', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let store: PostgresEventStore;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource(database.url, { poolSize: 6 });
    await dataSource.initialize();
    store = new PostgresEventStore({ connectionString: database.url, pollIntervalMs: 100 });
  });

  afterAll(async () => {
    await store.close();
    await dataSource.destroy();
    await database.drop();
  });

  it('have exactly the indexes and constraints the migrations created, under the same names, and are vacuumed', async () => {
    const projections = allProjections({ pseudonymKey: 'k'.repeat(40), dataKeys: dataKeysOn(dataSource) });
    const tables = projections.flatMap((projection) => projection.tables);
    const oids = async () =>
      (await dataSource.query(
        "SELECT oid::int FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relname = ANY($1)",
        [tables],
      )) as { oid: number }[];
    const indexesBefore = await dataSource.query(INDEXES_SQL, [tables]);
    const constraintsBefore = await dataSource.query(CONSTRAINTS_SQL, [tables]);
    const tablesBefore = await oids();
    expect(indexesBefore.length).toBeGreaterThan(tables.length); // secondary indexes exist to be compared

    await rebuildProjections(dataSource, store, projections, { batchSize: 100 });

    expect(await dataSource.query(INDEXES_SQL, [tables])).toEqual(indexesBefore);
    expect(await dataSource.query(CONSTRAINTS_SQL, [tables])).toEqual(constraintsBefore);
    const tablesAfter = await oids();
    expect(tablesAfter).toHaveLength(tables.length);
    expect(tablesAfter.filter((t) => tablesBefore.some((b) => b.oid === t.oid))).toEqual([]); // all swapped
    const notVacuumed = await dataSource.query(
      "SELECT relname FROM pg_stat_user_tables WHERE schemaname = 'public' AND relname = ANY($1) AND (last_vacuum IS NULL OR last_analyze IS NULL)",
      [tables],
    );
    expect(notVacuumed).toEqual([]);
    expect(
      await dataSource.query(
        "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'rebuild_%' OR nspname LIKE 'retired_%'",
      ),
    ).toEqual([]);
  });
});
