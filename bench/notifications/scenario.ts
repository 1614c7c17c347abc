import { ChildProcess, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Environment } from '@vcs/config';
import { createVictimDataKeyStore } from '@vcs/infrastructure';
import { OutboxChannel } from '@vcs/notifications';
import { NotificationScheduleProjection } from '@vcs/read-models';
import { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { Clock } from '../../apps/api/src/commands/clock';
import { NotificationRuntime } from '../../apps/worker/src/notifications/notification-runtime';
import {
  NotificationSettings,
  notificationSettingsOf,
  SYSTEM_CLOCK,
} from '../../apps/worker/src/notifications/notification-settings';
import { WorkerCommands } from '../../apps/worker/src/notifications/worker-commands';
import { readCheckpoint, writeCheckpoint } from '../../apps/worker/src/projector/checkpoint-store';
import { Projector } from '../../apps/worker/src/projector/projector';
import { percentile } from '../event-store/stats';
import { AppContext } from '../read-side/context';
import { CpuProfile } from './cpu-profile';
import { busyShare, cpuTicks, TimedChannel, TimedEventStore } from './probe';
import { BenchVictim, scheduleNotifications, ScheduledNotification } from './seed';

export interface ScenarioSpec {
  readonly label: string;
  readonly victims: readonly BenchVictim[];
  /** BullMQ limiter (messages per second across workers). */
  readonly ratePerSecond: number;
  readonly concurrency: number;
  readonly queuePrefix: string;
  readonly dueSpreadSeconds: number;
  /** Expected rate of ScheduleNotification commands, to put the due minute after the jobs are enqueued. */
  readonly scheduleRateEstimate: number;
  readonly writers: number;
  readonly timeoutSeconds: number;
  /** Worker replicas delivering (1 = this process only; more are forked, each a delivery worker of its own). */
  readonly deliveryProcesses: number;
}

export interface Distribution {
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly max: number;
  readonly mean: number;
}

export interface ScenarioResult {
  readonly label: string;
  readonly notifications: number;
  readonly ratePerSecond: number;
  readonly concurrency: number;
  readonly deliveryProcesses: number;
  readonly scheduleSeconds: number;
  readonly schedulePerSecond: number;
  readonly enqueueSeconds: number;
  readonly enqueuePerSecond: number;
  /** Seconds between the last job enqueued and the first due time (negative: the enqueue ran late). */
  readonly enqueueHeadroomSeconds: number;
  readonly sent: number;
  readonly missed: number;
  readonly duplicates: number;
  readonly sentNotRecorded: number;
  readonly failedEvents: number;
  /** From each notification's due time to its outbox row, seconds. */
  readonly latency: Distribution;
  /** Outbox rows per second from the first to the last row. */
  readonly throughput: number;
  /** From the first due time to the last outbox row, seconds. */
  readonly drainSeconds: number;
  /** Per job, ms: waiting in the queue after its due time, and being processed. */
  readonly queueWaitMs: Distribution;
  readonly processMs: Distribution;
  readonly profile: readonly {
    readonly step: string;
    readonly calls: number;
    readonly meanMs: number;
    readonly perJobMs: number;
  }[];
  readonly machineBusy: number;
  /** The 1-minute load average sampled while delivering (2 cores: above 2 means others were waiting for CPU too). */
  readonly loadDuring: { readonly min: number; readonly max: number } | undefined;
  readonly nodeCpuShare: number;
  readonly warnings: Readonly<Record<string, number>>;
}

/**
 * One delivery run: schedules a notification for each victim (due times spread over `dueSpreadSeconds`, starting
 * after the jobs can be enqueued), starts the notification runtime as the worker does (dispatcher, BullMQ worker on
 * the outbox channel, the notification-schedule projector beside it), measures the enqueue, waits until every
 * notification is in the outbox (or the timeout), and reads the outcome from PostgreSQL.
 */
export async function runScenario(
  app: AppContext,
  env: Environment,
  spec: ScenarioSpec,
  log: (line: string) => void,
): Promise<ScenarioResult> {
  const n = spec.victims.length;
  const today = new Clock().today();
  const timedStore = new TimedEventStore(app.store);
  const channel = new TimedChannel(
    new OutboxChannel(app.dataSource, createVictimDataKeyStore(app.env, app.dataSource)),
  );
  const warnings: Record<string, number> = {};
  const count = (details: object, message: string): void => {
    const err = (details as { err?: unknown }).err;
    const key = typeof err === 'string' ? `${message} (${err.slice(0, 120)})` : message;
    warnings[key] = (warnings[key] ?? 0) + 1;
  };
  const runtimeLog = { info: () => undefined, warn: count, error: count };
  const settings: NotificationSettings = {
    ...notificationSettingsOf(env),
    queuePrefix: spec.queuePrefix,
    ratePerSecond: spec.ratePerSecond,
    concurrency: spec.concurrency,
  };
  const scheduleProjector = new Projector(app.dataSource, app.store, new NotificationScheduleProjection(), {
    batchSize: env.PROJECTOR_BATCH_SIZE,
    retryMs: 1000,
    log: runtimeLog,
  });
  scheduleProjector.start();

  // The due minute starts once scheduling and enqueueing should be over (with a margin), so the figure is delivery alone.
  const estimateMs = (n / spec.scheduleRateEstimate) * 1000 * 1.3 + (n / 700) * 1000 + 10_000;
  const firstDue = Math.ceil((Date.now() + estimateMs) / 1000) * 1000;
  const spreadMs = spec.dueSpreadSeconds * 1000;
  const dueAt = (index: number): string => new Date(firstDue + Math.floor((index * spreadMs) / n)).toISOString();
  log(
    `[${spec.label}] scheduling ${n} notifications, due from ${new Date(firstDue).toISOString()} over ${spec.dueSpreadSeconds} s`,
  );
  const commands = new WorkerCommands(app.store, SYSTEM_CLOCK);
  // As in production, the dispatcher is live when the burst is scheduled: it starts from the head of the history
  // (not from the seeded cases), so the enqueue figure is the NotificationScheduled events alone.
  await startFromHead(app, 'notification-dispatcher');
  const { scheduled, elapsedMs: scheduleMs } = await scheduleNotifications(
    commands,
    spec.victims,
    dueAt,
    today,
    spec.writers,
  );
  // The planner's work on these milestones is what scheduleNotifications just did in its place (same ids, same
  // commands): it starts after them, instead of re-deciding every seeded milestone during the due minute.
  await startFromHead(app, 'notification-planner');
  log(`[${spec.label}] scheduled in ${(scheduleMs / 1000).toFixed(1)} s (${Math.round((n * 1000) / scheduleMs)}/s)`);

  const [{ count: outboxBefore }] = (await app.dataSource.query(
    'SELECT count(*)::int AS count FROM notification_outbox',
  )) as { count: number }[];
  const runtime = new NotificationRuntime({
    dataSource: app.dataSource,
    store: timedStore,
    redisUrl: env.REDIS_URL,
    settings,
    channel,
    clock: SYSTEM_CLOCK,
    log: runtimeLog,
  });
  const profile = new CpuProfile(
    process.env.BENCH_CPU_PROFILE ? `${process.env.BENCH_CPU_PROFILE}.${spec.label}.cpuprofile` : undefined,
  );
  const loads: number[] = [];
  const replicas: ChildProcess[] = [];
  const jobWaits: number[] = [];
  const jobProcess: number[] = [];
  const dueOf = new Map(scheduled.map((s) => [s.notificationId, Date.parse(s.dueAt)]));
  let cpuBefore = cpuTicks();
  let nodeBefore = process.cpuUsage();
  let deliveryStarted = performance.now();
  try {
    const enqueueStarted = performance.now();
    await runtime.start({ deliver: false, resync: false });
    for (;;) {
      const counts = await runtime.queue.queue.getJobCounts('delayed', 'waiting', 'active', 'prioritized');
      if (counts.delayed + counts.waiting + counts.active + counts.prioritized >= n) break;
      if (performance.now() - enqueueStarted > spec.timeoutSeconds * 1000)
        throw new Error(`only ${JSON.stringify(counts)} of ${n} jobs enqueued`);
      await sleep(20);
    }
    const enqueueMs = performance.now() - enqueueStarted;
    const enqueueEnd = Date.now();
    log(
      `[${spec.label}] ${n} jobs enqueued in ${(enqueueMs / 1000).toFixed(1)} s; first due in ${((firstDue - enqueueEnd) / 1000).toFixed(1)} s`,
    );

    for (let i = 1; i < spec.deliveryProcesses; i++) replicas.push(await startReplica(env.DATABASE_URL, settings));
    if (replicas.length > 0) log(`[${spec.label}] ${replicas.length} more delivery process(es) started`);
    if (firstDue - Date.now() > 2000) await sleep(firstDue - Date.now() - 2000);
    timedStore.timings.readVictim.reset();
    timedStore.timings.readSentence.reset();
    timedStore.timings.append.reset();
    timedStore.timings.readMany.reset();
    timedStore.timings.readSentences.reset();
    timedStore.sentencesRead = 0;
    timedStore.timings.appendMany.reset();
    timedStore.streamsRead = 0;
    timedStore.streamsAppended = 0;
    channel.send_.reset();
    channel.sendRecorded_.reset();
    channel.recordedMessages = 0;
    cpuBefore = cpuTicks();
    nodeBefore = process.cpuUsage();
    deliveryStarted = performance.now();
    await profile.start();
    const worker = runtime.startWorker();
    worker.on('completed', (job: Job) => {
      const due = dueOf.get((job.data as { notificationId: string }).notificationId);
      if (due !== undefined && job.processedOn !== undefined) jobWaits.push(job.processedOn - due);
      if (job.processedOn !== undefined && job.finishedOn !== undefined)
        jobProcess.push(job.finishedOn - job.processedOn);
    });

    const deadline = firstDue + spreadMs + spec.timeoutSeconds * 1000;
    let lastReport = Date.now();
    for (;;) {
      const [{ outbox, sent }] = (await app.dataSource.query(
        `SELECT (SELECT count(*)::int FROM notification_outbox) - $1::int AS outbox, (SELECT count(*)::int FROM events WHERE type = 'NotificationSent' AND recorded_at >= $2) AS sent`,
        [outboxBefore, new Date(firstDue - 1000)],
      )) as { outbox: number; sent: number }[];
      const counts = await runtime.queue.queue.getJobCounts('delayed', 'waiting', 'active', 'prioritized');
      const queued = counts.delayed + counts.waiting + counts.active + counts.prioritized;
      if (outbox >= n && sent >= n && queued === 0) break;
      if (Date.now() > deadline) {
        log(`[${spec.label}] timeout: ${outbox} outbox rows, ${sent} NotificationSent, ${queued} jobs left`);
        break;
      }
      if (Date.now() - lastReport > 5_000) loads.push(loadAverage());
      if (Date.now() - lastReport > 10_000) {
        lastReport = Date.now();
        log(`[${spec.label}]   ${outbox}/${n} in the outbox, ${sent} recorded sent, ${queued} jobs queued`);
      }
      await sleep(200);
    }
    const elapsedSeconds = (performance.now() - deliveryStarted) / 1000;
    const machineBusy = busyShare(cpuBefore, cpuTicks());
    const nodeCpu = process.cpuUsage(nodeBefore);
    for (const line of await profile.stop()) log(`[${spec.label}]   cpu ${line}`);
    await Promise.all(replicas.map(stopReplica));
    await runtime.stop();
    await scheduleProjector.stop();
    const outcome = await readOutcome(app.dataSource, scheduled);
    const perJob = (total: number): number => (outcome.sent > 0 ? total / outcome.sent : 0);
    const t = timedStore.timings;
    return {
      label: spec.label,
      notifications: n,
      ratePerSecond: spec.ratePerSecond,
      concurrency: spec.concurrency,
      deliveryProcesses: spec.deliveryProcesses,
      scheduleSeconds: scheduleMs / 1000,
      schedulePerSecond: (n * 1000) / scheduleMs,
      enqueueSeconds: enqueueMs / 1000,
      enqueuePerSecond: (n * 1000) / enqueueMs,
      enqueueHeadroomSeconds: (firstDue - enqueueEnd) / 1000,
      ...outcome,
      queueWaitMs: distribution(jobWaits),
      processMs: distribution(jobProcess),
      profile: [
        {
          step: `read victim streams (decrypt), many jobs per query (${t.readMany.calls > 0 ? (timedStore.streamsRead / t.readMany.calls).toFixed(1) : 'n/a'} streams per query)`,
          calls: t.readMany.calls,
          meanMs: t.readMany.meanMs,
          perJobMs: perJob(t.readMany.totalMs),
        },
        {
          step: 'read one victim stream (decrypt; after a conflict, or a batch that failed)',
          calls: t.readVictim.calls,
          meanMs: t.readVictim.meanMs,
          perJobMs: perJob(t.readVictim.totalMs),
        },
        {
          step: `read sentence streams (stage facts, cached per milestone), many per query (${t.readSentences.calls > 0 ? (timedStore.sentencesRead / t.readSentences.calls).toFixed(1) : 'n/a'} per query)`,
          calls: t.readSentences.calls + t.readSentence.calls,
          meanMs:
            (t.readSentences.totalMs + t.readSentence.totalMs) /
            Math.max(1, t.readSentences.calls + t.readSentence.calls),
          perJobMs: perJob(t.readSentences.totalMs + t.readSentence.totalMs),
        },
        {
          step: `outbox rows + attempts accepted, grouped statement (${channel.sendRecorded_.calls > 0 ? (channel.recordedMessages / channel.sendRecorded_.calls).toFixed(1) : 'n/a'} messages per statement)`,
          calls: channel.sendRecorded_.calls,
          meanMs: channel.sendRecorded_.meanMs,
          perJobMs: perJob(channel.sendRecorded_.totalMs),
        },
        {
          step: 'outbox INSERT, one by one (channel.send; not used by the grouped path)',
          calls: channel.send_.calls,
          meanMs: channel.send_.meanMs,
          perJobMs: perJob(channel.send_.totalMs),
        },
        {
          step: `append NotificationSent to many victim streams, one transaction (${t.appendMany.calls > 0 ? (timedStore.streamsAppended / t.appendMany.calls).toFixed(1) : 'n/a'} streams per call)`,
          calls: t.appendMany.calls,
          meanMs: t.appendMany.meanMs,
          perJobMs: perJob(t.appendMany.totalMs),
        },
        {
          step: 'append to one stream (a re-decided NotificationSent, a cancellation or failure)',
          calls: t.append.calls,
          meanMs: t.append.meanMs,
          perJobMs: perJob(t.append.totalMs),
        },
      ],
      machineBusy,
      loadDuring: loads.length > 0 ? { min: Math.min(...loads), max: Math.max(...loads) } : undefined,
      nodeCpuShare: (nodeCpu.user + nodeCpu.system) / 1e6 / elapsedSeconds,
      warnings,
    };
  } finally {
    for (const replica of replicas) replica.kill('SIGKILL');
    await runtime.stop().catch(() => undefined);
    await scheduleProjector.stop().catch(() => undefined);
  }
}

export async function readOutcome(
  dataSource: DataSource,
  scheduled: readonly ScheduledNotification[],
): Promise<
  Pick<
    ScenarioResult,
    'sent' | 'missed' | 'duplicates' | 'sentNotRecorded' | 'failedEvents' | 'latency' | 'throughput' | 'drainSeconds'
  >
> {
  const ids = scheduled.map((s) => s.notificationId);
  const outbox = (await dataSource.query(
    `SELECT notification_id::text AS id, count(*)::int AS rows, (extract(epoch FROM min(created_at)) * 1000)::float8 AS at
       FROM notification_outbox WHERE notification_id = ANY($1::uuid[]) GROUP BY notification_id`,
    [ids],
  )) as { id: string; rows: number; at: number }[];
  const events = (await dataSource.query(
    `SELECT data->>'notificationId' AS id, type, count(*)::int AS n FROM events
      WHERE type IN ('NotificationSent', 'NotificationFailed') AND data->>'notificationId' = ANY($1::text[]) GROUP BY 1, 2`,
    [ids],
  )) as { id: string; type: string; n: number }[];
  const sentEvents = new Map<string, number>();
  let failedEvents = 0;
  for (const row of events) {
    if (row.type === 'NotificationSent') sentEvents.set(row.id, row.n);
    else failedEvents += row.n;
  }
  const byId = new Map(outbox.map((row) => [row.id, row]));
  const latencies: number[] = [];
  let missed = 0;
  let duplicates = 0;
  let sentNotRecorded = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  let firstDue = Number.POSITIVE_INFINITY;
  for (const s of scheduled) {
    const due = Date.parse(s.dueAt);
    firstDue = Math.min(firstDue, due);
    const row = byId.get(s.notificationId);
    const recorded = sentEvents.get(s.notificationId) ?? 0;
    if (!row) {
      missed += 1;
      continue;
    }
    if (row.rows > 1 || recorded > 1) duplicates += 1;
    if (recorded === 0) sentNotRecorded += 1;
    latencies.push((row.at - due) / 1000);
    first = Math.min(first, row.at);
    last = Math.max(last, row.at);
  }
  const sent = latencies.length;
  return {
    sent,
    missed,
    duplicates,
    sentNotRecorded,
    failedEvents,
    latency: distribution(latencies),
    throughput: sent > 1 && last > first ? ((sent - 1) * 1000) / (last - first) : Number.NaN,
    drainSeconds: sent > 0 ? (last - firstDue) / 1000 : Number.NaN,
  };
}

export function distribution(samples: readonly number[]): Distribution {
  const mean = samples.length > 0 ? samples.reduce((sum, v) => sum + v, 0) / samples.length : Number.NaN;
  return {
    p50: percentile(samples, 50),
    p90: percentile(samples, 90),
    p99: percentile(samples, 99),
    max: percentile(samples, 100),
    mean,
  };
}

/** Forks a delivery-only worker replica (bench/notifications/delivery-process.ts) and waits until its worker runs. */
export function startReplica(databaseUrl: string, settings: NotificationSettings): Promise<ChildProcess> {
  const child = fork(join(__dirname, 'delivery-process.ts'), [databaseUrl, JSON.stringify(settings)], {
    execArgv: ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`delivery replica exited with ${code}`)));
  });
}

/** SIGTERM: the replica finishes its in-flight jobs and exits. */
export function stopReplica(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export function loadAverage(): number {
  try {
    return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
  } catch {
    return Number.NaN;
  }
}

export async function startFromHead(app: AppContext, reactor: string): Promise<void> {
  const head = await app.store.headPosition();
  await readCheckpoint(app.dataSource.manager, reactor); // creates the row
  if (head) await writeCheckpoint(app.dataSource.manager, reactor, head, 0);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
