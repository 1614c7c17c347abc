// Installs the dependencies pinned by package-lock.json when node_modules is missing or older than the lock
// file, so `npm start` and `npm test` work straight after cloning. Uses only Node's built-ins.
// `npm install` rather than `npm ci`: the registry mirror this project builds from does not serve the macOS and
// Windows builds of an optional native package (msgpackr-extract), so npm leaves them out of the lock file and
// `npm ci` then refuses the lock as out of sync. `npm install` installs the same locked versions.
const { createHash } = require('node:crypto');
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.join(__dirname, '..');
const stamp = path.join(root, 'node_modules', '.vcs-lock-hash');
const lockHash = createHash('sha256').update(readFileSync(path.join(root, 'package-lock.json'))).digest('hex');

if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lockHash) process.exit(0);

process.stderr.write('[deps] installing dependencies pinned by package-lock.json\n');
const result = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
if (result.status !== 0) process.exit(result.status ?? 1);
writeFileSync(stamp, lockHash);
