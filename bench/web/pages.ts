// Page benchmark (issue 15, "Performance"): server time per page for the caseload and case pages at national scale,
// 50 simulated people signed in through the real OIDC sign-in, against the real API and web service as `npm start`
// runs them. See bench/RESULTS.md ("How to run") and bench/HISTORY.md ("Web pages").
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import Redis from 'ioredis';
import { loadEnvironment } from '@vcs/config';
import { SEEDED_PASSWORD } from '../../apps/dev-identity/src/seeded-users';
import { withClient } from '../event-store/bench-database';
import { describeMachine } from '../event-store/machine';
import { loadAverages } from '../event-store/stats';
import { reuseReadBenchDatabase } from '../read-side/database';
import { Random } from '../read-side/rng';
import { log, publish } from '../shared/bench-run';
import { chooseOfficers, readOfficers } from './officers';
import { readOptions } from './options';
import { figuresByKind, renderMarkdown } from './report';
import { simulate } from './simulation';
import { startPageStack } from './stack';
import { TraceCollector } from './traces';

const ROOT = join(__dirname, '../..');

async function main(): Promise<void> {
  const options = readOptions();
  const started = performance.now();
  const date = new Date().toISOString();
  const name = options.reuseDatabase ?? (await seedSmallDatabase(options.scale));
  const reused = options.reuseDatabase !== undefined;
  try {
    // Applies migrations added since the seed (as bench/read-side does when it reuses a database); data untouched.
    const database = await reuseReadBenchDatabase(options.adminUrl, name);
    const machine = await describeMachine(database.url);
    const { rows, shape } = await readOfficers(database.url);
    const officers = chooseOfficers(
      rows,
      options.users - options.managers,
      options.managers,
      (() => {
        const random = new Random(options.seed);
        return () => random.next();
      })(),
    );
    log(
      `${name}: ${shape.units} units, ${shape.officers} officers with cases (median ${shape.openCasesPerOfficer.p50} open cases, ${shape.openTasksPerOfficer.p50} open tasks each)`,
    );
    const traces = new TraceCollector();
    const stack = await startPageStack(
      database.url,
      officers,
      (service, line) => traces.add(service, line),
      options.cpuProfileDir,
    );
    const loadBefore = loadAverages();
    log(`load average before: ${loadBefore}`);
    let result;
    try {
      result = await simulate(officers, stack.webUrl, SEEDED_PASSWORD, options);
    } finally {
      await stack.close();
      await forgetSessions(stack.redisPrefix);
    }
    const loadAfter = loadAverages();
    const report = renderMarkdown({
      date,
      machine,
      loadBefore,
      loadAfter,
      database: name,
      reused,
      shape,
      officers,
      options,
      result,
      traces,
      durationSeconds: (performance.now() - started) / 1000,
    });
    for (const f of figuresByKind(result))
      log(
        `  ${f.kind}: ${f.pages} pages, p50 ${f.p50.toFixed(1)} ms, p99 ${f.p99.toFixed(1)} ms, max ${f.max.toFixed(1)} ms, ${f.errors} not 200`,
      );
    await publish(report, options.outputFile);
  } finally {
    if (!reused) {
      await withClient(options.adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      log(`dropped ${name}`);
    }
  }
}

/**
 * Without BENCH_REUSE_DATABASE, a small history of the same shape: bench/read-side seeds it and rebuilds the read
 * models (`BENCH_SCALE`, `BENCH_KEEP_DATABASE=1`, `BENCH_PHASES=rebuild`); this run drops it at the end.
 */
async function seedSmallDatabase(scale: number): Promise<string> {
  log(`seeding a scale-${scale} history with bench/read-side (rebuild phase only)`);
  const output: string[] = [];
  const child = spawn(
    process.execPath,
    [
      require.resolve('ts-node/dist/bin.js'),
      '-r',
      'tsconfig-paths/register',
      '--transpile-only',
      'bench/read-side/run.ts',
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        BENCH_SCALE: String(scale),
        BENCH_KEEP_DATABASE: '1',
        BENCH_PHASES: 'rebuild',
        BENCH_OUTPUT: 'bench/web/out/seed.md',
        BENCH_REUSE_DATABASE: '',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const text = output.join('');
  const name = /created and migrated (vcs_bench_read_[a-z0-9_]+)/.exec(text)?.[1];
  if (code !== 0 || !name) throw new Error(`seeding failed (exit ${code}):\n${text.slice(-3000)}`);
  log(`seeded and rebuilt ${name}`);
  return name;
}

/** The run's web sessions and rate-limit counters in Redis (they would expire by themselves; no need to keep them). */
async function forgetSessions(prefix: string): Promise<void> {
  const redis = new Redis(loadEnvironment({}).REDIS_URL, { maxRetriesPerRequest: 3 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
