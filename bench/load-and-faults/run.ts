/**
 * Load and faults (issue #4): the real API and worker as separate processes on loopback, a sustained mixed load
 * (VLO commands, partner queries, case reads, notifications made due), and faults injected under it: PostgreSQL
 * restarted, Redis data lost (our prefix's keys deleted, our connections killed), the worker and the API killed with
 * SIGKILL and restarted. Afterwards: every 2xx command in the history, read models caught up, every due notification
 * sent exactly once, 5xx only inside fault windows, memory roughly flat.
 *
 *   LOAD_SECONDS=600 (default) VUS=6 THINK_MS=20 MAX_REQUESTS=400000
 *   FAULTS=redis-data-loss,postgres-restart,worker-kill,api-kill (default: all; "none" for a clean run)
 *   FAULT_AT=0.15,0.35,0.55,0.75 (fractions of the run, in FAULTS order)
 *   ADMIN_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres  REDIS_URL=redis://127.0.0.1:6379  KEEP_DATABASE=1
 *
 * The postgres-restart fault restarts the whole PostgreSQL server (every database on it): run it on a dev machine only.
 */
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { deleteRedisKeysWithPrefix } from '@vcs/infrastructure';
import { loadEnvironment } from '@vcs/config';
import { VLO_UNITS } from '@vcs/domain';
import { mintToken, NATIONAL_UNIT } from '@vcs/security';
import { describeMachine } from '../event-store/machine';
import { LoadClient } from './client';
import { FaultName, FaultRecord, injectFault } from './faults';
import { PERSONAL_MARKERS, runLoad, Tokens } from './load';
import { AppProcess, freePort, ROOT, sleep } from './processes';
import { Report, writeReport } from './report';
import { checkCommandsInHistory, checkNotifications, orphanOutboxRows, waitForCatchUp, withClient } from './verify';

const ALL_FAULTS: FaultName[] = ['redis-data-loss', 'postgres-restart', 'worker-kill', 'api-kill'];
const OUT = join(__dirname, 'out');

function option(name: string, fallback: string): string {
  return process.env[name] ?? fallback;
}

async function main(): Promise<void> {
  const loadSeconds = Number(option('LOAD_SECONDS', '600'));
  const virtualUsers = Number(option('VUS', '6'));
  const thinkMs = Number(option('THINK_MS', '20'));
  const maxRequests = Number(option('MAX_REQUESTS', '400000'));
  const faults =
    option('FAULTS', ALL_FAULTS.join(',')) === 'none'
      ? []
      : (option('FAULTS', ALL_FAULTS.join(',')).split(',') as FaultName[]);
  for (const fault of faults)
    if (!ALL_FAULTS.includes(fault)) throw new Error(`unknown fault ${fault}; one of ${ALL_FAULTS.join(', ')}`);
  const faultAt = option('FAULT_AT', '0.15,0.35,0.55,0.75').split(',').map(Number);
  const adminUrl = option('ADMIN_DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/postgres');
  const redisUrl = option('REDIS_URL', 'redis://127.0.0.1:6379');
  mkdirSync(OUT, { recursive: true });

  const runId = randomBytes(4).toString('hex');
  const databaseName = `vcs_bench_faults_${runId}`;
  const redisPrefix = `vcs-bench-faults-${runId}`;
  const databaseUrl = withDatabase(adminUrl, databaseName);
  const log = (line: string) => process.stdout.write(`[${new Date().toISOString().slice(11, 19)}] ${line}\n`);

  log(`uptime: ${uptime()}`);
  log('building (scripts/build.js)');
  const build = spawnSync(process.execPath, ['scripts/build.js'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('build failed');

  await withClient(adminUrl, (admin) => admin.query(`CREATE DATABASE ${databaseName}`));
  log(`database ${databaseName}, Redis prefix ${redisPrefix}`);
  const machine = await describeMachine(adminUrl);
  const postgresMajor = machine.postgres.split('.')[0];
  const [apiPort, workerPort, workerOperationsPort] = [await freePort(), await freePort(), await freePort()];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    REDIS_KEY_PREFIX: redisPrefix,
    PORT: String(apiPort),
    WORKER_PORT: String(workerPort),
    RATE_LIMIT_PER_TOKEN: '1000000',
    // The bench's tokens outlive the ten-minute run (people's tokens are capped at an hour by default).
    AUTH_MAX_TOKEN_LIFETIME_SECONDS: '86400',
    LOG_LEVEL: 'warn',
  };
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const workerUrl = `http://127.0.0.1:${workerPort}`;
  // The worker's detailed consumer status is on its internal operations port, not its public one.
  const workerOperationsUrl = `http://127.0.0.1:${workerOperationsPort}`;
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const api = new AppProcess('api', env, `${apiUrl}/health/ready`, join(OUT, `api-${stamp}.log`));
  const worker = new AppProcess(
    'worker',
    { ...env, METRICS_PORT: String(workerOperationsPort) },
    `${workerUrl}/health`,
    join(OUT, `worker-${stamp}.log`),
  );
  const unexpectedExits: string[] = [];
  let sampler: NodeJS.Timeout | undefined;
  try {
    // The worker first: both migrate at start (advisory lock), the API then finds the schema ready.
    log(
      `worker ready in ${await worker.start()} ms; api ready in ${await api.start()} ms (ports ${apiPort}, ${workerPort})`,
    );

    const environment = loadEnvironment({});
    const privateKeyPem = readFileSync(join(ROOT, 'config/dev/jwt-dev-private.pem'), 'utf8');
    const ttlSeconds = loadSeconds + 3600;
    const mint = (userId: string, role: 'VLO' | 'VLO_MANAGER' | 'PAROLE_BOARD') =>
      mintToken({
        privateKeyPem,
        issuer: environment.AUTH_ISSUER,
        audience: environment.AUTH_AUDIENCE,
        userId,
        roles: [role],
        units: [...VLO_UNITS, NATIONAL_UNIT],
        ttlSeconds,
      });
    const vloIds = Array.from({ length: 6 }, (_, i) => `vlo-load-${i + 1}`);
    const tokens: Tokens = {
      vlos: await Promise.all(vloIds.map(async (userId) => ({ userId, token: await mint(userId, 'VLO') }))),
      manager: { userId: 'vlu-manager-load', token: await mint('vlu-manager-load', 'VLO_MANAGER') },
      paroleBoard: await mint('pb-clerk-load', 'PAROLE_BOARD'),
    };

    const startedAt = Date.now();
    const endsAt = startedAt + loadSeconds * 1000;
    const client = new LoadClient({
      baseUrl: apiUrl,
      attemptTimeoutMs: 30_000,
      retryForMs: 120_000,
      stopAt: () => Date.now() >= endsAt,
    });
    const sample = () => {
      api.sampleRss();
      worker.sampleRss();
      for (const current of [...api.incarnations, ...worker.incarnations]) {
        if (current.endedAt && !current.killedByBench) {
          const note = `${current.app} pid ${current.pid} exited (${current.exit}) at +${Math.round((current.endedAt - startedAt) / 1000)} s without being killed`;
          if (!unexpectedExits.includes(note)) unexpectedExits.push(note);
        }
      }
    };
    const faultRecords: FaultRecord[] = [];
    sample();
    sampler = setInterval(sample, 5000);

    log(`load: ${virtualUsers} virtual users for ${loadSeconds} s; faults: ${faults.join(', ') || 'none'}`);
    const progress = setInterval(() => {
      const attempts = client.attempts.length;
      log(
        `+${Math.round((Date.now() - startedAt) / 1000)} s: ${attempts} requests, ${client.accepted.length} commands accepted, api ${api.current?.rssMiB.at(-1)?.mib.toFixed(0)} MiB, worker ${worker.current?.rssMiB.at(-1)?.mib.toFixed(0)} MiB`,
      );
    }, 30_000);
    const faultRun = (async () => {
      for (const [index, fault] of faults.entries()) {
        const at = startedAt + (faultAt[index] ?? (index + 1) / (faults.length + 1)) * loadSeconds * 1000;
        await sleep(Math.max(0, at - Date.now()));
        if (Date.now() >= endsAt) break;
        log(`fault: ${fault}`);
        const record = await injectFault(fault, { api, worker, redisUrl, redisPrefix, postgresMajor });
        faultRecords.push(record);
        log(
          `  ${record.tried.join('; ')}${record.error ? `; ERROR ${record.error}` : ''}; recovered in ${record.recoveredAt ? record.recoveredAt - record.at : '?'} ms`,
        );
      }
    })();
    const tally = await runLoad(client, tokens, {
      virtualUsers,
      endsAt,
      maxRequests,
      thinkMs,
      today: new Date().toISOString().slice(0, 10),
    });
    const loadEndedAt = Date.now();
    await faultRun;
    clearInterval(progress);
    log(`load stopped after ${((loadEndedAt - startedAt) / 1000).toFixed(0)} s: ${client.attempts.length} requests`);

    log('waiting for the read models and process managers to reach the head');
    const catchUp = await waitForCatchUp(databaseUrl, workerOperationsUrl, 300_000);
    log(`caught up: ${catchUp.caughtUp} after ${catchUp.waitedMs} ms (head ${catchUp.head})`);
    log('waiting for due notifications to be sent');
    const notifications = await checkNotifications(databaseUrl, new Date(loadEndedAt), 300_000);
    const catchUpAfter = await waitForCatchUp(databaseUrl, workerOperationsUrl, 120_000);
    const commands = await checkCommandsInHistory(databaseUrl, client.accepted);
    const orphans = await orphanOutboxRows(databaseUrl);
    sample();
    clearInterval(sampler);
    sampler = undefined;
    const leftRedisKeys = await countRedisKeys(redisUrl, redisPrefix);

    const logs = [api, worker].map((app) => app.incarnations).flat();
    const logText = ['api', 'worker'].map((name) => readFileSync(join(OUT, `${name}-${stamp}.log`), 'utf8')).join('\n');
    const personalInLogs = PERSONAL_MARKERS.filter((marker) => logText.includes(marker));
    const report: Report = {
      machine,
      host: hostname(),
      uptimeBefore: uptimeAtStart,
      uptimeAfter: uptime(),
      date: new Date(startedAt).toISOString(),
      loadSeconds,
      actualSeconds: (loadEndedAt - startedAt) / 1000,
      virtualUsers,
      thinkMs,
      startedAt,
      loadEndedAt,
      attempts: client.attempts,
      accepted: client.accepted,
      gaveUp: client.gaveUp,
      tally,
      faults: faultRecords,
      catchUp: catchUpAfter,
      firstCatchUpMs: catchUp.waitedMs,
      notifications,
      orphanOutboxRows: orphans,
      commands,
      incarnations: logs,
      unexpectedExits,
      personalInLogs,
      logWarnings: countLogLevels(logText),
      redisKeysAtEnd: leftRedisKeys,
      databaseName,
      redisPrefix,
    };
    const markdown = writeReport(report, join(OUT, 'latest.md'));
    writeFileSync(join(OUT, `latest.json`), JSON.stringify({ ...report, accepted: undefined }));
    process.stdout.write(`\n${markdown}\n`);
  } finally {
    if (sampler) clearInterval(sampler);
    await Promise.all([api.stop(), worker.stop()]);
    api.closeLog();
    worker.closeLog();
    if (process.env.KEEP_DATABASE !== '1') {
      await withClient(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`)).catch(
        () => undefined,
      );
      await deleteRedisKeysWithPrefix(redisUrl, redisPrefix).catch(() => undefined);
    }
  }
}

const uptimeAtStart = uptime();

function uptime(): string {
  return (spawnSync('uptime', [], { encoding: 'utf8' }).stdout ?? '').trim();
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

function countLogLevels(text: string): Record<string, number> {
  const counts: Record<string, number> = {};
  const messages: Record<string, number> = {};
  for (const line of text.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      const entry = JSON.parse(line) as { level?: number | string; msg?: string; service?: string };
      const level = String(entry.level);
      counts[level] = (counts[level] ?? 0) + 1;
      const key = `${entry.service ?? '?'} L${level}: ${entry.msg ?? ''}`.slice(0, 120);
      messages[key] = (messages[key] ?? 0) + 1;
    } catch {
      // not JSON
    }
  }
  return { ...Object.fromEntries(Object.entries(counts).map(([k, v]) => [`level ${k}`, v])), ...messages };
}

async function countRedisKeys(url: string, prefix: string): Promise<number> {
  const redis = new Redis(url);
  try {
    let count = 0;
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      count += keys.length;
    } while (cursor !== '0');
    return count;
  } finally {
    redis.disconnect();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `load-and-faults failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
