// Runs jest (every project, or the arguments given) and ends with one plain summary line,
// "tests: N passed, N failed, N skipped", that CI and people can read at a glance. Exits with jest's code, or 1 when
// the run held more PostgreSQL connections at once than its budget (scripts/connection-budget.js; the peak is printed).
const { spawn } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const { mkdtempSync, readFileSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');
const { budget, watchConnections } = require('./connection-budget');

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'vcs-jest-'));
  const results = path.join(dir, 'results.json');
  const args = process.argv.slice(2);
  // The run id is chosen here so that the connections of the run can be told from everyone else's.
  const runId = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const env = { ...process.env, VCS_TEST_RUN_ID: runId, PGAPPNAME: `vcs-test-${runId}` };
  const watch = watchConnections(runId, process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const status = await new Promise((resolve) => {
    const jest = spawn(
      process.execPath,
      [require.resolve('jest/bin/jest'), '--maxWorkers=2', '--json', `--outputFile=${results}`, ...args],
      {
        cwd: path.join(__dirname, '..'),
        stdio: 'inherit',
        env,
      },
    );
    for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => jest.kill(signal));
    jest.on('exit', (code) => resolve(code ?? 1));
  });
  const peak = await watch.stop();
  const limit = budget();
  const overBudget = peak !== null && peak > limit;
  process.stdout.write(
    peak === null
      ? '\nPostgreSQL connections: not measured (could not ask the server)\n'
      : `\nPostgreSQL connections: peak ${peak} held at once by this run (budget ${limit}${overBudget ? ': OVER BUDGET' : ''})\n`,
  );
  try {
    const summary = JSON.parse(readFileSync(results, 'utf8'));
    const skipped = summary.numPendingTests + summary.numTodoTests;
    // A file that fails outside any test (e.g. an unhandled error at teardown) counts no failed test but fails the run.
    const brokenFiles = summary.numRuntimeErrorTestSuites ?? 0;
    const broken = brokenFiles > 0 ? `; ${brokenFiles} test file(s) failed to run` : '';
    process.stdout.write(
      `\ntests: ${summary.numPassedTests} passed, ${summary.numFailedTests} failed, ${skipped} skipped${broken}\n`,
    );
  } catch {
    process.stdout.write('\ntests: 0 passed, 1 failed\n'); // jest did not finish its report
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  process.exit(status !== 0 ? status : overBudget ? 1 : 0);
}

void main();
