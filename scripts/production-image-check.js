// The production image's steps without Docker, so the image cannot silently stop starting again (run by .ci/run):
// reads the Dockerfile's runtime stage and repeats it: build dist/ (scripts/build.js, as the build stage does), a
// production-only `npm ci --omit=dev` into an empty folder (as the production-dependencies stage does), the runtime
// stage's COPY lines into that folder, its ENV, then starts the worker, the API and the web service from there (the runtime
// stage's command, with VCS_SERVICE naming each) against a fresh database of the test PostgreSQL, with
// NODE_ENV=production and throwaway keys, waits until each answers GET /health with 200, fetches the web's pages and
// assets, then runs the stage's HEALTHCHECK command for each service while all run (healthy) and after stopping them
// one by one (the stopped one unhealthy while the others' ports still answer, the others still healthy).
// Exit code 0 only if all of that happened. Cleans up its folder, database and processes.
const { spawn, spawnSync } = require('node:child_process');
const {
  chmodSync,
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} = require('node:fs');
const { generateKeyPairSync, randomBytes } = require('node:crypto');
const { createServer } = require('node:net');
const { tmpdir } = require('node:os');
const path = require('node:path');
const { projectEnv, projectNodePath } = require('./project-node');

const root = path.join(__dirname, '..');
const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const READY_TIMEOUT_MS = 180_000;
/** The conventional unprivileged user and group id. */
const NOBODY = 65534;
const say = (line) => process.stdout.write(`[image-check] ${line}\n`);

/** The runtime stage of the Dockerfile: its COPY lines, ENV settings, HEALTHCHECK command and CMD. */
function runtimeStage() {
  const lines = readFileSync(path.join(root, 'Dockerfile'), 'utf8').split('\n');
  const start = lines.findIndex((line) => /^FROM\s+\S+\s+AS\s+runtime\s*$/i.test(line));
  if (start < 0) throw new Error('the Dockerfile has no "FROM … AS runtime" stage');
  const stage = { copies: [], env: {}, cmd: undefined, healthcheck: undefined, user: undefined };
  for (const line of lines.slice(start + 1)) {
    if (/^FROM\s/i.test(line)) break;
    const copy = /^COPY\s+(.*)$/i.exec(line);
    if (copy) {
      const words = copy[1].split(/\s+/).filter(Boolean);
      const from = words.find((word) => word.startsWith('--from='))?.slice('--from='.length);
      const [source, destination] = words.filter((word) => !word.startsWith('--'));
      stage.copies.push({ from, source, destination });
    }
    const env = /^ENV\s+(\w+)=(\S*)\s*$/i.exec(line);
    if (env) stage.env[env[1]] = env[2];
    const healthcheck = /^HEALTHCHECK\s.*?\bCMD\s+(\[.*\])\s*$/i.exec(line);
    if (healthcheck) stage.healthcheck = JSON.parse(healthcheck[1]);
    const cmd = /^CMD\s+(\[.*\])\s*$/i.exec(line);
    if (cmd) stage.cmd = JSON.parse(cmd[1]);
    const user = /^USER\s+(\S+)/i.exec(line);
    if (user) stage.user = user[1];
  }
  if (!stage.cmd) throw new Error('the Dockerfile runtime stage has no CMD');
  if (!stage.healthcheck) throw new Error('the Dockerfile runtime stage has no HEALTHCHECK … CMD [...]');
  if (!stage.env.VCS_SERVICE) throw new Error('the Dockerfile runtime stage sets no default VCS_SERVICE');
  return stage;
}

function run(command, args, options) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: projectEnv(), ...options });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function admin(sql) {
  const { Client } = require('pg');
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function getStatus(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
    return { status: response.status, body: await response.text() };
  } catch (error) {
    return { status: 0, body: error.message };
  }
}

async function untilHealthy(name, url, child) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let last = { status: 0, body: '' };
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`${name} exited (${child.exitCode ?? child.signalCode}) before it was healthy`);
    last = await getStatus(url);
    if (last.status === 200) return last;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(
    `${name} did not answer ${url} with 200 within ${READY_TIMEOUT_MS / 1000} s (last: ${last.status} ${last.body.slice(0, 300)})`,
  );
}

function stop(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

async function main() {
  const started = Date.now();
  const stage = runtimeStage();
  const folder = mkdtempSync(path.join(tmpdir(), 'vcs-image-'));
  const id = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const database = `vcs_image_check_${id}`;
  const children = [];
  const output = [];
  try {
    say('build stage: node scripts/build.js');
    run(process.execPath, ['scripts/build.js'], { cwd: root });

    say(`production-dependencies stage: npm ci --omit=dev into an empty folder (${folder})`);
    const dependencies = path.join(folder, 'production-dependencies');
    mkdirSync(dependencies);
    for (const file of ['package.json', 'package-lock.json'])
      cpSync(path.join(root, file), path.join(dependencies, file));
    run('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dependencies });

    say('runtime stage: its COPY lines');
    const app = path.join(folder, 'app');
    mkdirSync(app);
    const stages = { build: root, 'production-dependencies': dependencies };
    for (const { from, source, destination } of stage.copies) {
      const base = from ? stages[from] : root;
      if (!base) throw new Error(`the runtime stage copies from an unknown stage ${from}`);
      const relativeSource = from ? source.replace(/^\/app\/?/, '') : source;
      const target = path.join(app, destination.replace(/^\.\/?/, '') || '.');
      cpSync(
        path.join(base, relativeSource),
        destination.endsWith('/') ? path.join(target, path.basename(relativeSource)) : target,
        { recursive: true },
      );
      say(`  COPY ${from ? `--from=${from} ` : ''}${source} ${destination}`);
    }

    // Production configuration: throwaway keys, since NODE_ENV=production refuses the committed development ones.
    const keys = path.join(folder, 'keys');
    mkdirSync(keys);
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const publicKeyFile = path.join(keys, 'jwt-public.pem');
    writeFileSync(publicKeyFile, publicKey.export({ type: 'spki', format: 'pem' }));
    await admin(`CREATE DATABASE "${database}"`);
    const [apiPort, workerPort, webPort] = [await freePort(), await freePort(), await freePort()];
    const databaseUrl = new URL(adminUrl);
    databaseUrl.pathname = `/${database}`;
    const env = {
      PATH: projectEnv().PATH,
      ...stage.env,
      HOST: '127.0.0.1', // the image listens on 0.0.0.0 inside its container; here, loopback only
      DATABASE_URL: databaseUrl.toString(),
      REDIS_URL: redisUrl,
      REDIS_KEY_PREFIX: `vcs-image-check-${id}`,
      PORT: String(apiPort),
      WORKER_PORT: String(workerPort),
      METRICS_PORT: '0', // each process its own free port here (in the image, each container has 9464)
      AUTH_JWT_PUBLIC_KEY_FILE: publicKeyFile,
      PERSONAL_DATA_MASTER_KEYS: `image-check=${randomBytes(32).toString('base64')}`,
      PERSONAL_DATA_MASTER_KEY_ID: 'image-check',
      PSEUDONYM_KEY: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'warn',
      // The web service: production refuses the development secrets and plain http. Its identity provider is never
      // reached here (discovery happens at the first sign-in), so an https address that answers nothing will do.
      WEB_PORT: String(webPort),
      WEB_BASE_URL: 'https://vcs.image-check.invalid',
      OIDC_ISSUER_URL: 'https://auth.image-check.invalid/auth/issuer',
      OIDC_CLIENT_SECRET: randomBytes(24).toString('hex'),
      SESSION_SECRET: randomBytes(32).toString('hex'),
      API_URL: `http://127.0.0.1:${apiPort}`,
    };
    // USER: the image runs as an unprivileged user over files it cannot write; as root here, run as 'nobody' likewise.
    const unprivileged = process.getuid?.() === 0 ? { uid: NOBODY, gid: NOBODY } : {};
    if (process.getuid?.() === 0) {
      for (const dir of [folder, app, keys]) chmodSync(dir, 0o755);
      chmodSync(publicKeyFile, 0o644);
    }
    say(
      `ENV ${Object.entries(stage.env)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ')}; USER ${stage.user ?? '(root)'} → here uid ${unprivileged.uid ?? process.getuid?.()}`,
    );

    // The image has its own node; here the project's may sit under a folder only root can enter (a clone inside
    // `mktemp -d`, mode 700), so the unprivileged user gets its own copy beside the app.
    const nodeBinary = unprivileged.uid === undefined ? projectNodePath() : path.join(folder, 'node');
    if (unprivileged.uid !== undefined) {
      copyFileSync(projectNodePath(), nodeBinary);
      chmodSync(nodeBinary, 0o755);
    }
    // One command for every container (the stage's CMD); VCS_SERVICE chooses the process, as in docker-compose.yml.
    const command = stage.cmd;
    if (command[0] !== 'node') throw new Error(`the image's command does not start with node: ${command.join(' ')}`);
    // The development identity provider too, as docker-compose.yml runs it from this image for local use: in
    // development mode, with the committed signing key mounted where the image's code looks for it.
    const identityPort = await freePort();
    const identity = {
      NODE_ENV: 'development',
      DEV_IDENTITY_PROVIDER: 'true',
      DEV_IDENTITY_PROVIDER_URL: `http://127.0.0.1:${identityPort}`,
    };
    copyFileSync(path.join(root, 'config/dev/jwt-dev-private.pem'), path.join(app, 'config/dev/jwt-dev-private.pem'));
    if (unprivileged.uid !== undefined) chmodSync(path.join(app, 'config/dev/jwt-dev-private.pem'), 0o644);
    const running = new Map();
    for (const [name, url, settings] of [
      ['worker', `http://127.0.0.1:${workerPort}/health`, {}],
      ['api', `http://127.0.0.1:${apiPort}/health`, {}],
      ['web', `http://127.0.0.1:${webPort}/health`, {}],
      ['dev-identity', `http://127.0.0.1:${identityPort}/.well-known/openid-configuration`, identity],
    ]) {
      say(`starting the ${name}: VCS_SERVICE=${name} ${command.join(' ')} (from ${app})`);
      const child = spawn(nodeBinary, command.slice(1), {
        cwd: app,
        env: { ...env, ...settings, VCS_SERVICE: name },
        stdio: ['ignore', 'pipe', 'pipe'],
        ...unprivileged,
      });
      child.stdout.on('data', (chunk) => output.push(`${name}: ${chunk}`));
      child.stderr.on('data', (chunk) => output.push(`${name}: ${chunk}`));
      children.push(child);
      running.set(name, child);
      const answer = await untilHealthy(name, url, child);
      say(`${name} GET ${new URL(url).pathname} → 200 ${answer.body.slice(0, 400)}`);
    }

    await checkWebPages(`http://127.0.0.1:${webPort}`);

    await checkHealthchecks({ stage, app, env: { ...env, ...identity }, nodeBinary, unprivileged, running });
    say(`passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return 0;
  } catch (error) {
    process.stdout.write(output.join(''));
    say(`FAILED: ${error.message}`);
    return 1;
  } finally {
    const cleaning = Date.now();
    await Promise.all(children.map(stop));
    await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(() => undefined);
    rmSync(folder, { recursive: true, force: true });
    say(`stopped the processes and cleaned up in ${((Date.now() - cleaning) / 1000).toFixed(0)} s`);
  }
}

/**
 * The image's HEALTHCHECK command, as each container runs it (VCS_SERVICE set, every port setting the same): healthy
 * for every service while all run; then each service stopped in turn is unhealthy while the ports of those still
 * running answer (a check that took any answering port would pass), and those still running stay healthy.
 */
async function checkHealthchecks({ stage, app, env, nodeBinary, unprivileged, running }) {
  const [program, ...args] = stage.healthcheck;
  if (program !== 'node') throw new Error(`the HEALTHCHECK does not start with node: ${stage.healthcheck.join(' ')}`);
  const healthcheck = (service) =>
    spawnSync(nodeBinary, args, {
      cwd: app,
      env: { ...env, VCS_SERVICE: service },
      encoding: 'utf8',
      timeout: 30_000,
      ...unprivileged,
    }).status;
  const expectHealth = (service, expected, when) => {
    const status = healthcheck(service);
    const healthy = status === 0;
    if (healthy !== expected)
      throw new Error(`HEALTHCHECK for ${service} ${when}: exit ${status}, expected ${expected ? 0 : 'non-zero'}`);
    say(`HEALTHCHECK VCS_SERVICE=${service} ${when} → exit ${status} (${healthy ? 'healthy' : 'unhealthy'})`);
  };
  const names = [...running.keys()];
  for (const name of names) expectHealth(name, true, 'while it runs');
  // Stop them one at a time: the worker first, while the API's and the web's ports still answer, and so on.
  for (const [index, name] of names.entries()) {
    await stop(running.get(name));
    expectHealth(name, false, 'after it stopped');
    for (const other of names.slice(index + 1)) expectHealth(other, true, `while ${name} is stopped`);
  }
}

/**
 * The web service from the image renders its GOV.UK pages (templates and govuk-frontend from the image's own files),
 * serves its assets and sends a visitor who is not signed in to sign in (its session store, Redis, answers).
 */
async function checkWebPages(webUrl) {
  const get = (pathname) => fetch(`${webUrl}${pathname}`, { redirect: 'manual', signal: AbortSignal.timeout(10_000) });
  const start = await get('/');
  if (start.status !== 302 || !start.headers.get('location')?.startsWith('/sign-in'))
    throw new Error(`web GET / answered ${start.status} ${start.headers.get('location')}, not a redirect to /sign-in`);
  say(`web GET / → 302 ${start.headers.get('location')}`);
  const page = await get('/signed-out');
  const html = await page.text();
  if (page.status !== 200 || !html.includes('govuk-template') || !html.includes('You have signed out'))
    throw new Error(`web GET /signed-out answered ${page.status} without the GOV.UK page: ${html.slice(0, 300)}`);
  say('web GET /signed-out → 200, the GOV.UK page');
  for (const asset of [
    '/assets/govuk-frontend.min.css',
    '/assets/govuk-frontend.min.js',
    '/assets/moj-frontend.min.css',
    '/assets/web.css',
    '/assets/web.js',
  ]) {
    const response = await get(asset);
    if (response.status !== 200) throw new Error(`web GET ${asset} answered ${response.status}`);
  }
  say('web assets → 200');
}

main().then((code) => process.exit(code));
