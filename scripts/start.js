// `npm start` (through scripts/run.js, which installs Node 24 and the dependencies first when needed): the whole
// service on the embedded default (PostgreSQL event store). Makes sure PostgreSQL and Redis run, creates the
// database, builds dist/ when the sources changed since the last build, then supervises the processes below
// (scripts/supervisor.js: restarts with backoff; Ctrl-C stops all; non-zero exit if a child was killed by a signal).
// Prints what it is doing while it prepares.
const { spawnSync } = require('node:child_process');
const { createHash } = require('node:crypto');
const { existsSync, readFileSync, readdirSync, statSync, writeFileSync } = require('node:fs');
const path = require('node:path');
const { SERVICES } = require('./image-services');
const { supervise } = require('./supervisor');

const root = path.join(__dirname, '..');

/** The supervised processes, one line each (`env`: settings of that process only, e.g. its metrics port). */
/** The entry points are the production image's (scripts/image-services.js): one list of what each process runs. */
const CHILDREN = [
  { name: 'api', script: SERVICES.api.main, env: { METRICS_PORT: '9464' } },
  { name: 'worker', script: SERVICES.worker.main, env: { METRICS_PORT: '9465' } },
  // The caseworker web service on :3002, signing people in with the development identity provider on :3003.
  { name: 'web', script: SERVICES.web.main },
  { name: 'dev-identity', script: SERVICES['dev-identity'].main },
];

const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const progress = (line) => process.stderr.write(`[start] ${line} (${seconds()})\n`);

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function createDatabaseIfMissing(databaseUrl) {
  const { Client } = require('pg');
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  const admin = new Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount === 0) await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }
}

/** A fingerprint of everything the build reads: sources, tsconfig files and the lock file. */
function sourceFingerprint() {
  const hash = createHash('sha256');
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.name.endsWith('.ts') || entry.name.endsWith('.json'))
        hash.update(`${path.relative(root, full)}:${statSync(full).size}:${statSync(full).mtimeMs}\n`);
    }
  };
  visit(path.join(root, 'apps'));
  visit(path.join(root, 'libs'));
  for (const file of ['tsconfig.json', '.swcrc', 'package-lock.json', 'scripts/build.js'])
    hash.update(readFileSync(path.join(root, file)));
  return hash.digest('hex');
}

function buildIfChanged() {
  const stamp = path.join(root, 'dist', '.vcs-source-hash');
  const fingerprint = sourceFingerprint();
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint) {
    progress('dist/ is up to date with the sources; not rebuilding');
    return;
  }
  progress('building dist/ from the sources');
  run(process.execPath, ['scripts/build.js']);
  writeFileSync(stamp, fingerprint);
}

async function main() {
  progress('checking PostgreSQL and Redis');
  run('bash', ['scripts/ensure-services.sh']);
  await createDatabaseIfMissing(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/vcs');
  buildIfChanged();
  progress(`starting ${CHILDREN.map((c) => c.name).join(', ')}`);

  process.exit(await supervise(CHILDREN, { cwd: root }));
}

module.exports = { CHILDREN, buildIfChanged };

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`start failed: ${error.message}\n`);
    process.exit(1);
  });
}
