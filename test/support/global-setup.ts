import 'tsconfig-paths/register';
import { Client } from 'pg';
import { createDataSource, migrate } from '@vcs/read-models';
import { ADMIN_DATABASE_URL, databaseUrl, newRunId } from './test-environment';

/** Creates this run's template database with every migration applied; each test file copies it. */
export default async function globalSetup(): Promise<void> {
  if (process.env.VCS_TEST_TEMPLATE_DATABASE) return; // a second project in the same run shares the template
  // npm test (scripts/run-tests.js) chooses the run id, so it can count the run's own PostgreSQL connections.
  const runId = process.env.VCS_TEST_RUN_ID ?? newRunId();
  const templateDatabase = `vcs_test_${runId}_template`;
  const admin = new Client({ connectionString: ADMIN_DATABASE_URL });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `integration tests need PostgreSQL at ${ADMIN_DATABASE_URL} (set TEST_DATABASE_URL, or run \`npm test\`, which starts it): ${String(error)}`,
    );
  }
  try {
    await admin.query(`CREATE DATABASE ${templateDatabase}`);
  } finally {
    await admin.end();
  }
  const dataSource = createDataSource(databaseUrl(templateDatabase), { poolSize: 2 });
  await dataSource.initialize();
  try {
    await migrate(dataSource);
  } finally {
    await dataSource.destroy();
  }
  process.env.VCS_TEST_RUN_ID = runId;
  process.env.VCS_TEST_TEMPLATE_DATABASE = templateDatabase;
}
