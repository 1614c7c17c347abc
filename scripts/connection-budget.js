// Watches how many PostgreSQL connections a test run holds, to keep the suite inside a stated budget: a shared server
// (max_connections = 100 by default, ~40 of them held by other databases on a busy machine) must not run out while
// `npm test` runs. Counts the run's own databases (vcs_test_<run>_…) and connections tagged with the run's
// application_name (the admin connections that create and drop them), every 200 ms, with one connection of its own
// (not counted).
const { Client } = require('pg');

/**
 * The budget: what the suite may hold at once. 100 (PostgreSQL's default) − 30 held by others = 70. The aim is 60
 * (room for 40 held by others); full runs on 2026-12-07 peaked at 59 and 63, so 70 is what the suite keeps today.
 */
const DEFAULT_BUDGET = 70;

function budget() {
  const value = Number(process.env.TEST_DB_CONNECTION_BUDGET ?? DEFAULT_BUDGET);
  return Number.isInteger(value) && value > 0 ? value : DEFAULT_BUDGET;
}

/** Starts sampling; `stop()` answers the peak seen (null when PostgreSQL could not be asked). */
function watchConnections(runId, adminUrl) {
  const client = new Client({ connectionString: adminUrl, application_name: `vcs-test-watch-${runId}` });
  let peak = 0;
  let stopped = false;
  let failed = false;
  const sampling = (async () => {
    try {
      await client.connect();
      while (!stopped) {
        const { rows } = await client.query(
          'SELECT count(*)::int AS n FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND (datname LIKE $1 OR application_name = $2)',
          [`vcs_test_${runId}%`, `vcs-test-${runId}`],
        );
        peak = Math.max(peak, rows[0].n);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    } catch {
      failed = true;
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return {
    async stop() {
      stopped = true;
      await sampling;
      return failed && peak === 0 ? null : peak;
    },
  };
}

module.exports = { budget, watchConnections };
