import { randomBytes } from 'node:crypto';
import { ADMIN_DATABASE_URL } from '@vcs/test-support';
import { Client } from 'pg';

// `npm test` prints the most PostgreSQL connections the run held at once and fails over its budget
// (scripts/run-tests.js). The watcher counts the run's connections, and only the run's.

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { budget, watchConnections } = require('../../scripts/connection-budget') as {
  budget(): number;
  watchConnections(runId: string, adminUrl: string): { stop(): Promise<number | null> };
};

describe("the test run's PostgreSQL connection budget", () => {
  it("counts the peak of the run's own connections, not other connections on the server", async () => {
    const runId = `budget_${randomBytes(3).toString('hex')}`;
    const connect = async (applicationName: string) => {
      const client = new Client({ connectionString: ADMIN_DATABASE_URL, application_name: applicationName });
      await client.connect();
      return client;
    };
    const watch = watchConnections(runId, ADMIN_DATABASE_URL);
    const others = await Promise.all([connect('someone-else'), connect('vcs-test-another-run')]);
    const ours = await Promise.all([1, 2, 3].map(() => connect(`vcs-test-${runId}`)));
    // Held long enough for a sample or two (it samples every 200 ms).
    await new Promise((resolve) => setTimeout(resolve, 600));
    await Promise.all([...ours, ...others].map((client) => client.end()));
    expect(await watch.stop()).toBe(3);
  });

  it('has a budget that leaves room on a server of 100 connections with 30 held by others', () => {
    expect(budget()).toBeLessThanOrEqual(70);
  });
});
