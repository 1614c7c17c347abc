// Urgent before routine under a channel limit (issue 18): 50,000 routine notifications (yearly letters) due at once
// behind a 50-a-second channel limit, with 200 urgent ones (releases) becoming due at random moments during the drain.
// Prints and writes both due → sent distributions. See bench/RESULTS.md and bench/HISTORY.md "Notifications — urgent before routine".
import 'reflect-metadata';
import { ChildProcess } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createVictimDataKeyStore } from '@vcs/infrastructure';
import { OutboxChannel } from '@vcs/notifications';
import { Job } from 'bullmq';
import { NotificationScheduleProjection } from '@vcs/read-models';
import { Clock } from '../../apps/api/src/commands/clock';
import { DELIVER } from '../../apps/worker/src/notifications/delivery-queue';
import { NotificationRuntime } from '../../apps/worker/src/notifications/notification-runtime';
import {
  NotificationSettings,
  notificationSettingsOf,
  SYSTEM_CLOCK,
} from '../../apps/worker/src/notifications/notification-settings';
import { WorkerCommands } from '../../apps/worker/src/notifications/worker-commands';
import { Projector } from '../../apps/worker/src/projector/projector';
import { withClient } from '../event-store/bench-database';
import { MachineInfo } from '../event-store/machine';
import { AppContext } from '../read-side/context';
import { Random } from '../read-side/rng';
import { log, uptime, withNotifyBench } from './notify-bench-session';
import { Distribution, loadAverage, readOutcome, startFromHead, startReplica, stopReplica } from './scenario';
import {
  ANNUAL_LETTER_NOTICE,
  RELEASE_NOTICE,
  scheduleNotifications,
  ScheduledNotification,
  seedVictims,
} from './seed';

interface UrgentBenchOptions {
  readonly adminUrl: string;
  /** Routine notifications (yearly letters by email/SMS), all due at the same moment. BENCH_URGENT_ROUTINE × BENCH_SCALE. */
  readonly routine: number;
  /** Urgent notifications (releases), each due at a random moment of the drain. BENCH_URGENT_NOTICES. */
  readonly urgent: number;
  /** The channel's limit, messages a second (BENCH_URGENT_RATE; GOV.UK Notify's 3,000 a minute = 50). */
  readonly ratePerSecond: number;
  readonly concurrency: number | undefined;
  readonly writers: number;
  readonly seed: number;
  /** Seconds allowed beyond the ideal drain (routine + urgent) / rate. */
  readonly graceSeconds: number;
  readonly resultsFile: string;
  readonly scale: number;
  /** BENCH_DELIVERY_PROCESSES: worker processes delivering (default 1; more are forked, sharing the queue and its limit). */
  readonly deliveryProcesses: number;
}

function readOptions(env: NodeJS.ProcessEnv = process.env): UrgentBenchOptions {
  const number = (name: string, fallback: number): number => {
    const text = env[name];
    if (text === undefined || text === '') return fallback;
    const value = Number(text);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a number > 0, got "${text}"`);
    return value;
  };
  const scale = number('BENCH_SCALE', 1);
  return {
    adminUrl: env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    routine: Math.round(number('BENCH_URGENT_ROUTINE', 50_000) * scale),
    urgent: Math.round(number('BENCH_URGENT_NOTICES', 200)),
    ratePerSecond: Math.round(number('BENCH_URGENT_RATE', 50)),
    concurrency: env.BENCH_CONCURRENCY ? Math.round(number('BENCH_CONCURRENCY', 1)) : undefined,
    writers: Math.round(number('BENCH_WRITERS', 8)),
    seed: Math.round(number('BENCH_SEED', 20261207)),
    graceSeconds: number('BENCH_GRACE_SECONDS', 600),
    resultsFile: env.BENCH_RESULTS ?? 'bench/notifications/out/urgent-latest.md',
    scale,
    deliveryProcesses: Math.round(number('BENCH_DELIVERY_PROCESSES', 1)),
  };
}

interface UrgentResult {
  readonly routine: Awaited<ReturnType<typeof readOutcome>>;
  readonly urgent: Awaited<ReturnType<typeof readOutcome>>;
  /** Seconds from the first due time to the last message (all of them). */
  readonly drainSeconds: number;
  /** Messages a second over the drain, and the most in any one second (outbox rows by created_at). */
  readonly meanRate: number;
  readonly busiestSecond: number;
  /** Most delivery jobs started (BullMQ processedOn: what the limiter counts) in any sliding 1 s. */
  readonly mostStartsInOneSecond: number;
  /** Urgent due → sent, counts per band. */
  readonly urgentBands: readonly { readonly band: string; readonly count: number }[];
  readonly scheduleSeconds: number;
  readonly enqueueSeconds: number;
  readonly loadDuring: { readonly min: number; readonly max: number } | undefined;
  readonly warnings: Readonly<Record<string, number>>;
  readonly concurrency: number;
}

async function main(): Promise<void> {
  const options = readOptions();
  await withNotifyBench(
    options.adminUrl,
    'urgent',
    async ({ app, databaseUrl, machine, redisPrefix, date, uptimeBefore, elapsedSeconds }) => {
      const today = new Clock().today();
      const random = new Random(options.seed);
      log(
        `seeding ${options.routine} victims who chose the yearly letter and ${options.urgent} who chose every key stage`,
      );
      const progress = (events: number, ms: number): void =>
        log(`  seeded ${events} events, ${Math.round((events * 1000) / ms)} events/s`);
      const routineSeed = await seedVictims(
        app.store,
        random,
        options.routine,
        5,
        today,
        options.writers,
        progress,
        'annual-letter',
      );
      const urgentSeed = await seedVictims(
        app.store,
        random,
        options.urgent,
        5,
        today,
        options.writers,
        progress,
        'all-key-stages',
      );
      await withClient(databaseUrl, (client) => client.query('VACUUM (ANALYZE)'));
      const result = await run(
        app,
        options,
        routineSeed.victims,
        urgentSeed.victims,
        Math.max(50, routineSeed.seed.appendsPerSecond * 0.5),
        random,
        redisPrefix,
      );
      const uptimeAfter = uptime();
      log(`uptime after: ${uptimeAfter}`);
      const section = render({
        date,
        machine,
        options,
        result,
        uptimeBefore,
        uptimeAfter,
        seededEvents: routineSeed.seed.events + urgentSeed.seed.events,
        totalSeconds: elapsedSeconds(),
      });
      console.log(`\n${section}`);
      await mkdir(dirname(options.resultsFile), { recursive: true });
      await writeFile(options.resultsFile, `${section}\n`);
      log(`wrote ${options.resultsFile}`);
    },
  );
}

async function run(
  app: AppContext,
  options: UrgentBenchOptions,
  routineVictims: Parameters<typeof scheduleNotifications>[1],
  urgentVictims: Parameters<typeof scheduleNotifications>[1],
  scheduleRateEstimate: number,
  random: Random,
  redisPrefix: string,
): Promise<UrgentResult> {
  const env = app.env;
  const today = new Clock().today();
  const warnings: Record<string, number> = {};
  const count = (details: object, message: string): void => {
    const err = (details as { err?: unknown }).err;
    const key = typeof err === 'string' ? `${message} (${err.slice(0, 120)})` : message;
    warnings[key] = (warnings[key] ?? 0) + 1;
  };
  const runtimeLog = { info: () => undefined, warn: count, error: count };
  const concurrency = options.concurrency ?? env.NOTIFICATION_WORKER_CONCURRENCY;
  const settings: NotificationSettings = {
    ...notificationSettingsOf(env),
    queuePrefix: `${redisPrefix}:bull`,
    ratePerSecond: options.ratePerSecond,
    concurrency,
  };
  const scheduleProjector = new Projector(app.dataSource, app.store, new NotificationScheduleProjection(), {
    batchSize: env.PROJECTOR_BATCH_SIZE,
    retryMs: 1000,
    log: runtimeLog,
  });
  scheduleProjector.start();

  const n = options.routine + options.urgent;
  const estimateMs = (n / scheduleRateEstimate) * 1000 * 1.3 + (n / 700) * 1000 + 10_000;
  const firstDue = Math.ceil((Date.now() + estimateMs) / 1000) * 1000;
  const idealDrainMs = (n / options.ratePerSecond) * 1000;
  // Urgent notices fall due at random moments while the routine ones drain (from 5 s in to 95 % of the drain).
  const urgentDue = Array.from(
    { length: options.urgent },
    () => firstDue + 5_000 + Math.floor(random.next() * (0.95 * idealDrainMs - 5_000)),
  ).sort((a, b) => a - b);
  log(
    `scheduling ${options.routine} routine notices due at ${new Date(firstDue).toISOString()} and ${options.urgent} urgent ones due between ${new Date(urgentDue[0]).toISOString()} and ${new Date(urgentDue[urgentDue.length - 1]).toISOString()}`,
  );
  const commands = new WorkerCommands(app.store, SYSTEM_CLOCK);
  await startFromHead(app, 'notification-dispatcher');
  const scheduleStarted = performance.now();
  const routine = await scheduleNotifications(
    commands,
    routineVictims,
    () => new Date(firstDue).toISOString(),
    today,
    options.writers,
    ANNUAL_LETTER_NOTICE,
  );
  const urgent = await scheduleNotifications(
    commands,
    urgentVictims,
    (i) => new Date(urgentDue[i]).toISOString(),
    today,
    options.writers,
    RELEASE_NOTICE,
  );
  const scheduleSeconds = (performance.now() - scheduleStarted) / 1000;
  await startFromHead(app, 'notification-planner');
  log(`scheduled in ${scheduleSeconds.toFixed(1)} s`);

  const [{ count: outboxBefore }] = (await app.dataSource.query(
    'SELECT count(*)::int AS count FROM notification_outbox',
  )) as { count: number }[];
  const runtime = new NotificationRuntime({
    dataSource: app.dataSource,
    store: app.store,
    redisUrl: env.REDIS_URL,
    settings,
    channel: new OutboxChannel(app.dataSource, createVictimDataKeyStore(app.env, app.dataSource)),
    clock: SYSTEM_CLOCK,
    log: runtimeLog,
  });
  const loads: number[] = [];
  const replicas: ChildProcess[] = [];
  try {
    const enqueueStarted = performance.now();
    await runtime.start({ deliver: false, resync: false });
    for (;;) {
      const counts = await runtime.queue.queue.getJobCounts('delayed', 'waiting', 'prioritized');
      if (counts.delayed + counts.waiting + counts.prioritized >= n) break;
      if (performance.now() - enqueueStarted > options.graceSeconds * 1000)
        throw new Error(`only ${JSON.stringify(counts)} of ${n} jobs enqueued`);
      await sleep(50);
    }
    const enqueueSeconds = (performance.now() - enqueueStarted) / 1000;
    log(
      `${n} jobs enqueued in ${enqueueSeconds.toFixed(1)} s; first due in ${((firstDue - Date.now()) / 1000).toFixed(1)} s`,
    );
    for (let i = 1; i < options.deliveryProcesses; i++) replicas.push(await startReplica(env.DATABASE_URL, settings));
    if (replicas.length > 0) log(`${replicas.length} more delivery process(es) started`);
    if (firstDue - Date.now() > 1000) await sleep(firstDue - Date.now() - 1000);
    const jobStarts: number[] = [];
    runtime.startWorker().on('completed', (job: Job) => {
      if (job.name === DELIVER && job.processedOn !== undefined) jobStarts.push(job.processedOn);
    });
    const deadline = firstDue + idealDrainMs + options.graceSeconds * 1000;
    const urgentIds = urgent.scheduled.map((s) => s.notificationId);
    let lastReport = Date.now();
    for (;;) {
      const [{ outbox, sent, urgentSent }] = (await app.dataSource.query(
        `SELECT (SELECT count(*)::int FROM notification_outbox) - $1::int AS outbox,
                (SELECT count(*)::int FROM events WHERE type = 'NotificationSent' AND recorded_at >= $2) AS sent,
                (SELECT count(*)::int FROM notification_outbox WHERE notification_id = ANY($3::uuid[])) AS "urgentSent"`,
        [outboxBefore, new Date(firstDue - 1000), urgentIds],
      )) as { outbox: number; sent: number; urgentSent: number }[];
      if (outbox >= n && sent >= n) break;
      if (Date.now() > deadline) {
        log(`timeout: ${outbox} outbox rows, ${sent} NotificationSent`);
        break;
      }
      if (Date.now() - lastReport > 30_000) {
        lastReport = Date.now();
        loads.push(loadAverage());
        log(
          `  ${outbox}/${n} in the outbox (${urgentSent}/${options.urgent} urgent), ${sent} recorded sent; load ${loads[loads.length - 1]}`,
        );
      }
      await sleep(500);
    }
    await Promise.all(replicas.map(stopReplica));
    await runtime.stop();
    await scheduleProjector.stop();
    const routineOutcome = await readOutcome(app.dataSource, routine.scheduled);
    const urgentOutcome = await readOutcome(app.dataSource, urgent.scheduled);
    const rates = await sendRates(app, [...routine.scheduled, ...urgent.scheduled]);
    const urgentLatencies = await latencies(app, urgent.scheduled);
    const bands: [string, number, number][] = [
      ['< 1 s', -Infinity, 1],
      ['1–2 s', 1, 2],
      ['2–5 s', 2, 5],
      ['5–30 s', 5, 30],
      ['≥ 30 s', 30, Infinity],
    ];
    return {
      routine: routineOutcome,
      urgent: urgentOutcome,
      drainSeconds: rates.drainSeconds,
      meanRate: rates.meanRate,
      busiestSecond: rates.busiestSecond,
      mostStartsInOneSecond: mostInAnySecond(jobStarts),
      urgentBands: bands.map(([band, from, to]) => ({
        band,
        count: urgentLatencies.filter((l) => l >= from && l < to).length,
      })),
      scheduleSeconds,
      enqueueSeconds,
      loadDuring: loads.length > 0 ? { min: Math.min(...loads), max: Math.max(...loads) } : undefined,
      warnings,
      concurrency,
    };
  } finally {
    for (const replica of replicas) replica.kill('SIGKILL');
    await runtime.stop().catch(() => undefined);
    await scheduleProjector.stop().catch(() => undefined);
  }
}

function mostInAnySecond(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i] - sorted[j] >= 1000) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

async function latencies(app: AppContext, scheduled: readonly ScheduledNotification[]): Promise<number[]> {
  const rows = (await app.dataSource.query(
    `SELECT notification_id::text AS id, (extract(epoch FROM min(created_at)) * 1000)::float8 AS at FROM notification_outbox WHERE notification_id = ANY($1::uuid[]) GROUP BY 1`,
    [scheduled.map((s) => s.notificationId)],
  )) as { id: string; at: number }[];
  const due = new Map(scheduled.map((s) => [s.notificationId, Date.parse(s.dueAt)]));
  return rows.map((row) => (row.at - (due.get(row.id) ?? row.at)) / 1000);
}

/** Messages a second over the drain and in the busiest second (outbox rows, by created_at). */
async function sendRates(
  app: AppContext,
  scheduled: readonly ScheduledNotification[],
): Promise<{ drainSeconds: number; meanRate: number; busiestSecond: number }> {
  const [row] = (await app.dataSource.query(
    `WITH sent AS (SELECT created_at FROM notification_outbox WHERE notification_id = ANY($1::uuid[]))
     SELECT count(*)::int AS n, extract(epoch FROM max(created_at) - min(created_at))::float8 AS span,
            (SELECT max(c)::int FROM (SELECT count(*) AS c FROM sent GROUP BY date_trunc('second', created_at)) AS per_second) AS busiest
       FROM sent`,
    [scheduled.map((s) => s.notificationId)],
  )) as { n: number; span: number; busiest: number }[];
  const firstDue = Math.min(...scheduled.map((s) => Date.parse(s.dueAt)));
  const [{ last }] = (await app.dataSource.query(
    `SELECT (extract(epoch FROM max(created_at)) * 1000)::float8 AS last FROM notification_outbox WHERE notification_id = ANY($1::uuid[])`,
    [scheduled.map((s) => s.notificationId)],
  )) as { last: number }[];
  return {
    drainSeconds: (last - firstDue) / 1000,
    meanRate: row.span > 0 ? (row.n - 1) / row.span : Number.NaN,
    busiestSecond: row.busiest,
  };
}

const s = (value: number, digits = 2): string => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const int = (value: number): string => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-GB') : 'n/a');
const dist = (d: Distribution): string =>
  `${s(d.p50)} / ${s(d.p90)} / ${s(d.p99)} / ${s(d.max)} s (mean ${s(d.mean)} s)`;

function render(report: {
  date: string;
  machine: MachineInfo;
  options: UrgentBenchOptions;
  result: UrgentResult;
  uptimeBefore: string;
  uptimeAfter: string;
  seededEvents: number;
  totalSeconds: number;
}): string {
  const { options, result: r, machine } = report;
  const met =
    r.urgent.latency.p99 < 5 &&
    r.urgent.missed === 0 &&
    r.routine.missed === 0 &&
    r.urgent.duplicates === 0 &&
    r.routine.duplicates === 0;
  return [
    `### Urgent before routine — ${report.date.slice(0, 16).replace('T', ' ')} UTC, ${machine.cpus} × ${machine.cpuModel}, PostgreSQL ${machine.postgres}, Node ${machine.node}`,
    '',
    `\`npm run bench:notifications:urgent\`${options.scale === 1 ? '' : ` with BENCH_SCALE=${options.scale} (**a scaled run**)`}: ${int(options.routine)} routine notices (yearly letters by email/SMS, victims who chose`,
    `the yearly letter) all due at one moment, and ${int(options.urgent)} urgent ones (releases) due at random moments from 5 s into the drain to 95 % of it;`,
    `channel limit ${options.ratePerSecond}/s (GOV.UK Notify's 3,000 a minute), ${options.deliveryProcesses === 1 ? 'one worker process' : `**${options.deliveryProcesses} worker processes** (the bench process and ${options.deliveryProcesses - 1} forked delivery replica(s) on one queue; job starts counted in the bench process only)`}, concurrency ${r.concurrency} each, outbox channel, the worker's`,
    `\`NotificationRuntime\` (planner, dispatcher, BullMQ worker; the planner plans next year's letter after each one sent).`,
    `${int(report.seededEvents)} events seeded. Load before: \`${report.uptimeBefore}\`; after: \`${report.uptimeAfter}\`; sampled while delivering:`,
    `${r.loadDuring ? `${s(r.loadDuring.min)}–${s(r.loadDuring.max)}` : 'n/a'}. Whole run ${s(report.totalSeconds / 60, 1)} min.`,
    '',
    '| Measure | Urgent (releases) | Routine (yearly letters) |',
    '|---|---|---|',
    `| Due → sent, p50 / p90 / p99 / max | ${dist(r.urgent.latency)} | ${dist(r.routine.latency)} |`,
    `| Sent / missed / duplicates | ${int(r.urgent.sent)} / ${int(r.urgent.missed)} / ${int(r.urgent.duplicates)} | ${int(r.routine.sent)} / ${int(r.routine.missed)} / ${int(r.routine.duplicates)} |`,
    `| In the outbox but no NotificationSent / NotificationFailed events | ${int(r.urgent.sentNotRecorded)} / ${int(r.urgent.failedEvents)} | ${int(r.routine.sentNotRecorded)} / ${int(r.routine.failedEvents)} |`,
    '',
    `Urgent due → sent by band: ${r.urgentBands.map((b) => `${b.band}: ${b.count}`).join('; ')}.`,
    `Drain: first due → last message ${s(r.drainSeconds, 1)} s (ideal ${s((options.routine + options.urgent) / options.ratePerSecond, 1)} s at the limit); ${s(r.meanRate, 1)} messages/s on average,`,
    `jobs started (what the limiter counts, BullMQ processedOn) in any sliding 1 s at most ${int(r.mostStartsInOneSecond)} (fixed 1 s windows of ${options.ratePerSecond}: up to`,
    `${2 * options.ratePerSecond} across a window boundary); outbox rows in the busiest calendar second ${int(r.busiestSecond)} (a grouped statement gives all its rows one`,
    `timestamp, so jobs slowed by the load land together). Scheduled in ${s(r.scheduleSeconds, 1)} s, enqueued in ${s(r.enqueueSeconds, 1)} s.`,
    `Worker warnings: ${
      Object.keys(r.warnings).length === 0
        ? 'none'
        : Object.entries(r.warnings)
            .map(([k, v]) => `${k}: ${v}`)
            .join('; ')
    }.`,
    '',
    `Target (urgent due → sent p99 < 5 s; routine all sent, none missed or duplicated): **${met ? 'met' : 'missed'}**.`,
  ].join('\n');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
