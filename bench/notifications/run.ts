// Notification delivery benchmark (issue 6, "Tests and measures"): 50,000 victims with a notification due in the same
// minute, delivered by the worker's own runtime through the outbox channel. See bench/RESULTS.md (current figures) and bench/HISTORY.md "Notifications".
import 'reflect-metadata';
import { Clock } from '../../apps/api/src/commands/clock';
import { withClient } from '../event-store/bench-database';
import { channelRatePerSecond } from '../../apps/worker/src/notifications/notification-settings';
import { Random } from '../read-side/rng';
import { log, uptime, withNotifyBench } from './notify-bench-session';
import { readOptions } from './options';
import { renderSection, writeSection } from './report';
import { runScenario, ScenarioResult } from './scenario';
import { seedVictims } from './seed';

async function main(): Promise<void> {
  const options = readOptions();
  await withNotifyBench(
    options.adminUrl,
    'notify',
    async ({ app, databaseUrl, machine, redisPrefix, date, uptimeBefore, elapsedSeconds }) => {
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
      await withClient(databaseUrl, (client) => client.query('VACUUM (ANALYZE)'));
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
        totalSeconds: elapsedSeconds(),
      });
      console.log(`\n${section}`);
      await writeSection(options.resultsFile, section);
      log(`wrote ${options.resultsFile}`);
    },
  );
}

function summarise(r: ScenarioResult): void {
  log(
    `[${r.label}] ${r.sent}/${r.notifications} sent, missed ${r.missed}, duplicates ${r.duplicates}; due→sent p50 ${r.latency.p50.toFixed(2)} s, ` +
      `p99 ${r.latency.p99.toFixed(2)} s, max ${r.latency.max.toFixed(2)} s; ${r.throughput.toFixed(1)} msg/s; enqueue ${r.enqueueSeconds.toFixed(1)} s`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
