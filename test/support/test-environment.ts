import { randomBytes } from 'node:crypto';

/** Where tests find PostgreSQL and Redis; each run gets its own databases and Redis key prefix. */
export const ADMIN_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export function newRunId(): string {
  return `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
}

export function databaseUrl(databaseName: string): string {
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${databaseName}`;
  return url.toString();
}

/** Set by the global setup for every test worker of the run. */
export function currentRun(): { runId: string; templateDatabase: string; redisPrefix: string } {
  const runId = process.env.VCS_TEST_RUN_ID;
  const templateDatabase = process.env.VCS_TEST_TEMPLATE_DATABASE;
  if (!runId || !templateDatabase)
    throw new Error(
      'integration tests need the jest global setup (run them through `npm test` or `jest --selectProjects int`)',
    );
  return { runId, templateDatabase, redisPrefix: `vcs-test-${runId}` };
}

/**
 * The event store the end-to-end suite runs on: PostgreSQL (the run's database) unless `TEST_EVENT_STORE=kurrentdb`,
 * then the KurrentDB server at `EVENTSTORE_CONNECTION_STRING` (the CI workflow's service container, see
 * docs/OPERATIONS.md). Spread into the environment a harness starts the apps with.
 */
export function eventStoreUnderTest(): Record<string, string> {
  const chosen = process.env.TEST_EVENT_STORE ?? 'postgres';
  if (chosen === 'postgres') return {};
  if (chosen !== 'kurrentdb') throw new Error(`TEST_EVENT_STORE must be postgres or kurrentdb, got ${chosen}`);
  const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;
  if (!connectionString)
    throw new Error(
      'TEST_EVENT_STORE=kurrentdb needs EVENTSTORE_CONNECTION_STRING (e.g. kurrentdb://127.0.0.1:2113?tls=false)',
    );
  return { EVENT_STORE: 'kurrentdb', EVENTSTORE_CONNECTION_STRING: connectionString };
}
