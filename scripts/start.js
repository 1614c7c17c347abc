// `npm start` (through scripts/run.js, which installs Node 24 and the dependencies when needed): the whole service
// on the embedded default (PostgreSQL event store): makes sure PostgreSQL and Redis run, creates the database, builds, then runs the API, the worker (projector, notification workers),
// the caseworker web service and the development identity provider side by side, stopping them all if one stops.
const { spawn, spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.join(__dirname, '..');
const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/vcs';

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function createDatabaseIfMissing() {
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

async function main() {
  run('bash', ['scripts/ensure-services.sh']);
  await createDatabaseIfMissing();
  run('tsc', ['-p', 'tsconfig.build.json']);
  // The caseworker web service on :3002 signs people in with the development identity provider on :3003.
  const children = ['api', 'worker', 'web', 'dev-identity'].map((app) =>
    spawn(process.execPath, ['-r', './scripts/register-paths.js', `dist/apps/${app}/src/main.js`], { cwd: root, stdio: 'inherit', env: process.env }),
  );
  let stopping = false;
  const stopAll = (signal) => {
    if (stopping) return;
    stopping = true;
    children.forEach((child) => child.exitCode === null && child.kill(signal));
  };
  process.on('SIGINT', () => stopAll('SIGTERM'));
  process.on('SIGTERM', () => stopAll('SIGTERM'));
  let exitCode = 0;
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) =>
          child.on('exit', (code) => {
            if (code) exitCode = code;
            stopAll('SIGTERM');
            resolve();
          }),
        ),
    ),
  );
  process.exit(exitCode);
}

main().catch((error) => {
  process.stderr.write(`start failed: ${error.message}\n`);
  process.exit(1);
});
