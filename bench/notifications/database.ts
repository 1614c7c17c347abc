import { randomBytes } from 'node:crypto';
import { createDataSource, migrate } from '@vcs/read-models';
import { withClient } from '../event-store/bench-database';

/** The run's own database `vcs_bench_notify_<random>`, migrated like production; dropped at the end. */
export interface NotifyBenchDatabase {
  readonly name: string;
  readonly url: string;
  drop(): Promise<void>;
}

export async function createNotifyBenchDatabase(adminUrl: string): Promise<NotifyBenchDatabase> {
  const name = `vcs_bench_notify_${randomBytes(4).toString('hex')}`;
  await withClient(adminUrl, (admin) => admin.query(`CREATE DATABASE ${name}`));
  const parsed = new URL(adminUrl);
  parsed.pathname = `/${name}`;
  let dropped = false;
  const database: NotifyBenchDatabase = {
    name,
    url: parsed.toString(),
    drop: async () => {
      if (dropped) return;
      dropped = true;
      await withClient(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
  try {
    const dataSource = createDataSource(database.url, { poolSize: 2 });
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
