// Runs jest (every project, or the arguments given) and ends with one plain summary line,
// "tests: N passed, N failed, N skipped", that CI and people can read at a glance. Exits with jest's code.
const { spawnSync } = require('node:child_process');
const { mkdtempSync, readFileSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');

const dir = mkdtempSync(path.join(tmpdir(), 'vcs-jest-'));
const results = path.join(dir, 'results.json');
const args = process.argv.slice(2);
const jest = spawnSync(process.execPath, [require.resolve('jest/bin/jest'), '--maxWorkers=2', '--json', `--outputFile=${results}`, ...args], {
  cwd: path.join(__dirname, '..'),
  stdio: 'inherit',
});
try {
  const summary = JSON.parse(readFileSync(results, 'utf8'));
  const skipped = summary.numPendingTests + summary.numTodoTests;
  // A file that fails outside any test (e.g. an unhandled error at teardown) counts no failed test but fails the run.
  const brokenFiles = summary.numRuntimeErrorTestSuites ?? 0;
  const broken = brokenFiles > 0 ? `; ${brokenFiles} test file(s) failed to run` : '';
  process.stdout.write(`\ntests: ${summary.numPassedTests} passed, ${summary.numFailedTests} failed, ${skipped} skipped${broken}\n`);
} catch {
  process.stdout.write('\ntests: 0 passed, 1 failed\n'); // jest did not finish its report
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(jest.status ?? 1);
