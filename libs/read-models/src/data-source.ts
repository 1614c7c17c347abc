import { DataSource } from 'typeorm';
import { READ_MODEL_AREAS } from './areas';
import { MIGRATIONS } from './migrations';

export const ENTITIES = READ_MODEL_AREAS.flatMap((area) => area.entities);

/** The read side's TypeORM data source. Schema changes come only from migrations; never synchronize. */
export function createDataSource(databaseUrl: string, options: { poolSize?: number } = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: [...MIGRATIONS, ...READ_MODEL_AREAS.flatMap((area) => area.migrations)],
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    // JIT off for every session: the read side answers short, index-driven queries, and PostgreSQL's JIT (on by
    // default above jit_above_cost) compiled the scope checks of pessimistically costed plans on each request, about
    // 12 ms a time on the national bench (bench/HISTORY.md, 2026-12-08) for plans that run in under a millisecond.
    extra: { max: options.poolSize ?? 10, options: '-c jit=off' },
  });
}

/** Applies pending migrations, one process at a time (an advisory lock guards against two replicas racing). */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', ['vcs-migrations']);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', ['vcs-migrations']).catch(() => undefined);
    await runner.release();
  }
}
