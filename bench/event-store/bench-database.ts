import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createDataSource, migrate } from '@vcs/read-models';

/** A throw-away database for one benchmark run. */
export interface BenchDatabase {
  readonly name: string;
  readonly url: string;
  drop(): Promise<void>;
}

/** The baseline table: the same columns as `events`, but a plain bigserial key and no constraints, triggers or functions. */
const CREATE_RAW_TABLE_SQL = `
  CREATE TABLE bench_raw_events (
    id bigserial PRIMARY KEY,
    event_id uuid NOT NULL,
    stream_id text NOT NULL,
    revision bigint NOT NULL,
    type text NOT NULL,
    data jsonb NOT NULL,
    metadata jsonb NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT clock_timestamp()
  )`;

export async function createBenchDatabase(adminUrl: string): Promise<BenchDatabase> {
  const name = `vcs_bench_${randomBytes(4).toString('hex')}`;
  await withClient(adminUrl, (admin) => admin.query(`CREATE DATABASE ${name}`));
  const url = withDatabase(adminUrl, name);
  let dropped = false;
  const database: BenchDatabase = {
    name,
    url,
    drop: async () => {
      if (dropped) return;
      dropped = true;
      await withClient(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
  try {
    await migrateSchema(url);
    await withClient(url, (client) => client.query(CREATE_RAW_TABLE_SQL));
  } catch (error) {
    await database.drop();
    throw error;
  }
  return database;
}

/** Applies every migration, as the service does at start-up. */
export async function migrateSchema(url: string): Promise<void> {
  const dataSource = createDataSource(url, { poolSize: 2 });
  await dataSource.initialize();
  try {
    await migrate(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
