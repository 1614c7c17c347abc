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
  if (!runId || !templateDatabase) throw new Error('integration tests need the jest global setup (run them through `npm test` or `jest --selectProjects int`)');
  return { runId, templateDatabase, redisPrefix: `vcs-test-${runId}` };
}
