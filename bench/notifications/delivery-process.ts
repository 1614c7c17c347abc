// One more worker replica for the notifications benchmark (BENCH_DELIVERY_PROCESSES > 1): a process of its own that
// runs only the BullMQ delivery worker of the notification runtime, on the run's database, Redis prefix and settings,
// as a second replica of apps/worker would (its planner and dispatcher would be standbys). Stops gracefully on SIGTERM.
import 'reflect-metadata';
import { createVictimDataKeyStore } from '@vcs/infrastructure';
import { OutboxChannel } from '@vcs/notifications';
import { NotificationRuntime } from '../../apps/worker/src/notifications/notification-runtime';
import { NotificationSettings, SYSTEM_CLOCK } from '../../apps/worker/src/notifications/notification-settings';
import { openAppContext } from '../read-side/context';

async function main(): Promise<void> {
  const [url, settingsJson] = process.argv.slice(2);
  const settings = JSON.parse(settingsJson) as NotificationSettings;
  const app = await openAppContext(url, 10);
  const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
  const runtime = new NotificationRuntime({
    dataSource: app.dataSource,
    store: app.store,
    redisUrl: app.env.REDIS_URL,
    settings,
    channel: new OutboxChannel(app.dataSource, createVictimDataKeyStore(app.env, app.dataSource)),
    clock: SYSTEM_CLOCK,
    log: quiet,
  });
  runtime.startWorker();
  process.send?.('ready');
  process.once('SIGTERM', () => {
    void runtime
      .stop()
      .then(() => app.close())
      .finally(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
