import { randomBytes } from 'node:crypto';
import { createDataSource, migrate } from '@vcs/read-models';
import { withClient } from '../event-store/bench-database';

/** The run's own database, migrated like production; dropped at the end. */
export interface ReadBenchDatabase {
  readonly name: string;
  readonly url: string;
  drop(): Promise<void>;
}

export async function createReadBenchDatabase(adminUrl: string): Promise<ReadBenchDatabase> {
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
      if (dropped) return;
      dropped = true;
      await withClient(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
  try {
    const dataSource = createDataSource(url, { poolSize: 2 });
    await dataSource.initialize();
    try {
      await migrate(dataSource);
    } finally {
      await dataSource.destroy();
    }
  } catch (error) {
    await database.drop();
    throw error;
  }
  return database;
}
