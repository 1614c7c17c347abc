// `npm start` (through scripts/run.js, which installs Node 24 and the dependencies first when needed): the whole
// service on the embedded default (PostgreSQL event store). Makes sure PostgreSQL and Redis run, creates the
// database, builds dist/ when the sources changed since the last build, then supervises the processes below:
// a child that exits is logged and restarted with backoff (1 s doubling to 30 s; back to 1 s once it has run a
// minute), never a reason to stop the others. Ctrl-C (SIGINT) or SIGTERM stops every child; the exit code is then 0,
// or 1 if any child was killed by a signal along the way (an OOM kill, say), or 78 straight away if a child says its
// configuration is wrong (restarting cannot fix that). Prints what it is doing while it prepares.
const { spawn, spawnSync } = require('node:child_process');
const { createHash } = require('node:crypto');
const { existsSync, readFileSync, readdirSync, statSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');

/** The supervised processes, one line each. */
const CHILDREN = [
  { name: 'api', script: 'dist/apps/api/src/main.js' },
  { name: 'worker', script: 'dist/apps/worker/src/main.js' },
];

const BACKOFF_INITIAL_MS = 1000;
const BACKOFF_MAX_MS = 30_000;
const STABLE_AFTER_MS = 60_000;
const STOP_GRACE_MS = 15_000;
const CONFIGURATION_ERROR = 78;

const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const progress = (line) => process.stderr.write(`[start] ${line} (${seconds()})\n`);

/** Supervision events, as JSON lines like the services' own logs. */
function log(level, fields, msg) {
  process.stderr.write(`${JSON.stringify({ level, time: new Date().toISOString(), service: 'supervisor', ...fields, msg })}\n`);
}

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
      else if (entry.name.endsWith('.ts')) hash.update(`${path.relative(root, full)}:${statSync(full).size}:${statSync(full).mtimeMs}\n`);
    }
  };
  visit(path.join(root, 'apps'));
  visit(path.join(root, 'libs'));
  for (const file of ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json', 'scripts/build.js']) hash.update(readFileSync(path.join(root, file)));
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

/** One supervised child: started, restarted with backoff when it exits, stopped on request. */
class Supervised {
  constructor(spec, onFatal) {
    this.spec = spec;
    this.onFatal = onFatal;
    this.child = undefined;
    this.backoffMs = BACKOFF_INITIAL_MS;
    this.restartTimer = undefined;
    this.stopping = false;
    this.killedBySignal = [];
  }

  start() {
    const startedAt = Date.now();
    const child = spawn(process.execPath, [this.spec.script], { cwd: root, stdio: 'inherit', env: process.env });
    this.child = child;
    log('info', { child: this.spec.name, pid: child.pid }, 'child started');
    child.on('exit', (code, signal) => {
      this.child = undefined;
      if (this.stopping) {
        log('info', { child: this.spec.name, code, signal }, 'child stopped');
        this.resolveStopped?.();
        return;
      }
      if (signal) this.killedBySignal.push(signal);
      if (code === CONFIGURATION_ERROR) {
        log('error', { child: this.spec.name, code }, 'child refused its configuration; stopping everything');
        this.onFatal(CONFIGURATION_ERROR);
        return;
      }
      if (Date.now() - startedAt >= STABLE_AFTER_MS) this.backoffMs = BACKOFF_INITIAL_MS;
      const delay = this.backoffMs;
      this.backoffMs = Math.min(this.backoffMs * 2, BACKOFF_MAX_MS);
      log('error', { child: this.spec.name, code, signal, restartInMs: delay }, 'child exited unexpectedly; restarting');
      this.restartTimer = setTimeout(() => this.start(), delay);
    });
  }

  stop() {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    const child = this.child;
    if (!child) return Promise.resolve();
    return new Promise((resolve) => {
      const force = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      this.resolveStopped = () => {
        clearTimeout(force);
        resolve();
      };
      child.kill('SIGTERM');
    });
  }
}

async function main() {
  progress('checking PostgreSQL and Redis');
  run('bash', ['scripts/ensure-services.sh']);
  await createDatabaseIfMissing(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/vcs');
  buildIfChanged();
  progress(`starting ${CHILDREN.map((c) => c.name).join(', ')}`);

  let finishing;
  const finished = new Promise((resolve) => (finishing = resolve));
  let fatalCode;
  const supervised = CHILDREN.map((spec) => new Supervised(spec, (code) => stopAll(code)));
  let stopRequested = false;
  async function stopAll(code) {
    if (stopRequested) return;
    stopRequested = true;
    fatalCode = code;
    await Promise.all(supervised.map((s) => s.stop()));
    finishing();
  }
  process.on('SIGINT', () => void stopAll());
  process.on('SIGTERM', () => void stopAll());
  supervised.forEach((s) => s.start());
  await finished;

  const killed = supervised.flatMap((s) => s.killedBySignal.map((signal) => `${s.spec.name} by ${signal}`));
  if (fatalCode !== undefined) process.exit(fatalCode);
  if (killed.length > 0) {
    log('error', { killed }, 'stopped; a child was killed by a signal while running');
    process.exit(1);
  }
  log('info', {}, 'stopped');
  process.exit(0);
}

module.exports = { CHILDREN };

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`start failed: ${error.message}\n`);
    process.exit(1);
  });
}
