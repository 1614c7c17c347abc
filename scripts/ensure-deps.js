// Makes this checkout ready to run: Node 24 (installed into .node/ from the npm registry when the machine's Node is
// older, see scripts/project-node.js), then the dependencies exactly as package-lock.json pins them, with `npm ci`,
// when node_modules is missing or was installed from another lock file or for another Node. Never writes a tracked
// file: `npm ci` refuses a lock file that is out of step with package.json rather than rewriting it (the lock holds
// every platform's optional builds, e.g. msgpackr-extract's, so it is complete on any machine).
// Uses only Node's built-ins, so the machine's Node 20 can run it.
const { createHash } = require('node:crypto');
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const { ensureProjectNode, projectEnv, projectNodeVersion } = require('./project-node');

const root = path.join(__dirname, '..');
const stamp = path.join(root, 'node_modules', '.vcs-lock-hash');

function main() {
  ensureProjectNode();
  const wanted = createHash('sha256')
    .update(readFileSync(path.join(root, 'package-lock.json')))
    .update(`node ${projectNodeVersion()}`)
    .digest('hex');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) return 0;
  process.stderr.write(
    `[deps] installing the dependencies pinned by package-lock.json (npm ci, on Node ${projectNodeVersion()})\n`,
  );
  // PATH finds Node 24 first, so npm itself and every install script run on the Node the project runs on.
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: root,
    stdio: 'inherit',
    env: projectEnv(),
  });
  if (result.status !== 0) return result.status ?? 1;
  writeFileSync(stamp, wanted);
  return 0;
}

if (require.main === module) {
  try {
    process.exitCode = main();
  } catch (error) {
    process.stderr.write(`[deps] ${error.message}\n`);
    process.exitCode = 1;
  }
}

module.exports = { ensureDeps: main };
