// `npm run test:unit|test:int|test:e2e [-- <file or pattern>… [jest options]]`: one kind of test (a jest project), all
// of its files or just those named. The project goes after the files: jest's --selectProjects takes every word after
// it as a project name, so `jest --selectProjects int some.int.spec.ts` looked for a project called the file and ran
// every integration test.
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const KINDS = ['unit', 'int', 'e2e'];
const [kind, ...rest] = process.argv.slice(2);
if (!KINDS.includes(kind)) {
  process.stderr.write(`usage: node scripts/test-kind.js <${KINDS.join('|')}> [file or pattern…] [jest options]\n`);
  process.exit(64);
}
const jest = spawnSync(process.execPath, [require.resolve('jest/bin/jest'), ...rest, '--selectProjects', kind], {
  cwd: path.join(__dirname, '..'),
  stdio: 'inherit',
});
process.exit(jest.status ?? 1);
