import { randomBytes } from 'node:crypto';
import { migrateSchema, withClient } from '../event-store/bench-database';

/** The run's own database, migrated like production; dropped at the end. */
export interface ReadBenchDatabase {
  readonly name: string;
  readonly url: string;
  drop(): Promise<void>;
}

/**
 * An already seeded database kept by an earlier run (BENCH_KEEP_DATABASE=1): the seeding phase is skipped and the
 * database is kept at the end, so the rebuild, lag and query phases can be measured again without 20 minutes of seeding.
 * Migrations added since it was seeded are applied first, so the code is measured on its own schema.
 */
export async function reuseReadBenchDatabase(adminUrl: string, name: string): Promise<ReadBenchDatabase> {
  if (!/^vcs_bench_read_[a-z0-9_]+$/.test(name))
    throw new Error(`BENCH_REUSE_DATABASE must name a vcs_bench_read_* database, got "${name}"`);
  const parsed = new URL(adminUrl);
  parsed.pathname = `/${name}`;
  await migrateSchema(parsed.toString());
  return { name, url: parsed.toString(), drop: async () => undefined };
}

export async function createReadBenchDatabase(adminUrl: string, keep = false): Promise<ReadBenchDatabase> {
  const name = `vcs_bench_read_${randomBytes(4).toString('hex')}`;
  await withClient(adminUrl, (admin) => admin.query(`CREATE DATABASE ${name}`));
  const parsed = new URL(adminUrl);
  parsed.pathname = `/${name}`;
  const url = parsed.toString();
  let dropped = false;
  const database: ReadBenchDatabase = {
    name,
    url,
    drop: async () => {
      if (dropped || keep) return;
      dropped = true;
      await withClient(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
  try {
    await migrateSchema(url);
  } catch (error) {
    await database.drop();
    throw error;
  }
  return database;
}
