// Notification delivery benchmark (issue 6, "Tests and measures"): 50,000 victims with a notification due in the same
// minute, delivered by the worker's own runtime through the outbox channel. See bench/RESULTS.md (current figures) and bench/HISTORY.md "Notifications".
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { deleteRedisKeysWithPrefix } from '@vcs/infrastructure';
import { Clock } from '../../apps/api/src/commands/clock';
import { withClient } from '../event-store/bench-database';
import { describeMachine } from '../event-store/machine';
import { channelRatePerSecond } from '../../apps/worker/src/notifications/notification-settings';
import { AppContext, openAppContext } from '../read-side/context';
import { Random } from '../read-side/rng';
import { createNotifyBenchDatabase } from './database';
import { readOptions } from './options';
import { renderSection, writeSection } from './report';
import { runScenario, ScenarioResult } from './scenario';
import { seedVictims } from './seed';

async function main(): Promise<void> {
  const options = readOptions();
  const started = performance.now();
  const date = new Date().toISOString();
  const uptimeBefore = uptime();
  log(`uptime before: ${uptimeBefore}`);
  const database = await createNotifyBenchDatabase(options.adminUrl);
  const redisPrefix = `vcs-bench-notify-${randomBytes(4).toString('hex')}`;
  log(`created and migrated ${database.name}; Redis prefix ${redisPrefix}`);
  const cleanUp = async (): Promise<void> => {
    await deleteRedisKeysWithPrefix(redisUrlOf(), redisPrefix).then(
      (n) => log(`deleted ${n} Redis keys of ${redisPrefix}`),
      (e: unknown) => log(`could not delete Redis keys: ${String(e)}`),
    );
    await database.drop().then(() => log(`dropped ${database.name}`));
  };
  const onSignal = (): void => {
    void cleanUp().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let app: AppContext | undefined;
  try {
    const machine = await describeMachine(database.url);
    // The worker's pool size (DATABASE_POOL_SIZE default 10); seeding uses up to `writers` of it.
    app = await openAppContext(database.url, 10);
    const env = app.env;
    const today = new Clock().today();
    const random = new Random(options.seed);
    const total = options.victims + options.limitedVictims;
    log(
      `seeding ${total} victims (${Math.ceil(total / options.victimsPerSentence)} sentences) through the event store`,
    );
    const { victims, seed } = await seedVictims(
      app.store,
      random,
      total,
      options.victimsPerSentence,
      today,
      options.writers,
      (events, ms) => log(`  seeded ${events} events, ${Math.round((events * 1000) / ms)} events/s`),
    );
    log(
      `seeded ${seed.events} events in ${(seed.elapsedMs / 1000).toFixed(0)} s (${Math.round(seed.appendsPerSecond)} appends/s)`,
    );
    await withClient(database.url, (client) => client.query('VACUUM (ANALYZE)'));
    const scheduleRateEstimate = Math.max(50, seed.appendsPerSecond * 0.5);
    // The production settings: the outbox's own limit and the configured concurrency (unless the options override them).
    const productionRate = channelRatePerSecond({ ...env, NOTIFICATION_CHANNEL: 'outbox' });
    const notifyRate = channelRatePerSecond({ ...env, NOTIFICATION_CHANNEL: 'govuk-notify' });
    const concurrency = options.concurrency ?? env.NOTIFICATION_WORKER_CONCURRENCY;

    const main = await runScenario(
      app,
      env,
      {
        label: 'raised',
        victims: victims.slice(0, options.victims),
        ratePerSecond: options.raisedRatePerSecond ?? productionRate,
        concurrency,
        queuePrefix: `${redisPrefix}:raised:bull`,
        dueSpreadSeconds: options.dueSpreadSeconds,
        scheduleRateEstimate,
        writers: options.writers,
        timeoutSeconds: options.timeoutSeconds,
        deliveryProcesses: options.deliveryProcesses,
      },
      log,
    );
    summarise(main);
    let limited: ScenarioResult | undefined;
    if (options.limitedVictims > 0) {
      limited = await runScenario(
        app,
        env,
        {
          label: 'notify-limit',
          victims: victims.slice(options.victims),
          ratePerSecond: notifyRate,
          concurrency,
          queuePrefix: `${redisPrefix}:configured:bull`,
          // The same density of due times as A (so the limiter, not the arrival rate, sets the pace).
          dueSpreadSeconds: (options.dueSpreadSeconds * options.limitedVictims) / options.victims,
          scheduleRateEstimate: main.schedulePerSecond,
          writers: options.writers,
          timeoutSeconds: options.timeoutSeconds,
          deliveryProcesses: 1,
        },
        log,
      );
      summarise(limited);
    }
    const uptimeAfter = uptime();
    log(`uptime after: ${uptimeAfter}`);
    const section = renderSection({
      date,
      machine,
      uptimeBefore,
      uptimeAfter,
      victims: options.victims,
      sentences: Math.ceil(total / options.victimsPerSentence),
      seed,
      configuredRate: notifyRate,
      scale: options.scale,
      dueSpreadSeconds: options.dueSpreadSeconds,
      configuredConcurrency: env.NOTIFICATION_WORKER_CONCURRENCY,
      main,
      limited,
      totalSeconds: (performance.now() - started) / 1000,
    });
    console.log(`\n${section}`);
    await writeSection(options.resultsFile, section);
    log(`wrote ${options.resultsFile}`);
  } finally {
    await app?.close().catch(() => undefined);
    await cleanUp();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

function summarise(r: ScenarioResult): void {
  log(
    `[${r.label}] ${r.sent}/${r.notifications} sent, missed ${r.missed}, duplicates ${r.duplicates}; due→sent p50 ${r.latency.p50.toFixed(2)} s, ` +
      `p99 ${r.latency.p99.toFixed(2)} s, max ${r.latency.max.toFixed(2)} s; ${r.throughput.toFixed(1)} msg/s; enqueue ${r.enqueueSeconds.toFixed(1)} s`,
  );
}

function redisUrlOf(): string {
  return process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
}

function uptime(): string {
  try {
    return execFileSync('uptime', { encoding: 'utf8' }).trim();
  } catch {
    return 'uptime unavailable';
  }
}

function log(line: string): void {
  console.log(`${new Date().toISOString().slice(11, 19)} ${line}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
