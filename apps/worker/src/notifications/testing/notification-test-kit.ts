import { DEV_PERSONAL_DATA_MASTER_KEYS, Environment } from '@vcs/config';
import { EVENT_STORE, EventStore } from '@vcs/event-store';
import { OutboxChannel, NotificationChannelPort, openOutboxWords } from '@vcs/notifications';
import { MasterKeyRing, VictimDataKeyStore } from '@vcs/security';
import { currentRun, TEST_REDIS_URL } from '@vcs/test-support';
import { deleteRedisKeysWithPrefix } from '@vcs/infrastructure';
import { DataSource } from 'typeorm';
import { INestApplication } from '@nestjs/common';
import { Projector } from '../../projector/projector';
import { registeredProjections } from '../../projector/projections';
import { CreateNotificationSchedule1763906100000 } from '../../../../../libs/read-models/src/notification-schedule/migrations/1763906100000-create-notification-schedule';
import { CreateNotificationDelivery1763906101000 } from '../../../../../libs/read-models/src/notification-schedule/migrations/1763906101000-create-notification-delivery';
import { NotificationScheduleProjection } from '../../../../../libs/read-models/src/notification-schedule/notification-schedule.projection';
import { NOTIFICATION_QUEUE, NotificationSettings, WorkerClock } from '../notification-settings';
import { NotificationRuntime } from '../notification-runtime';
import { ParkingPolicy } from '../../consumers/parking';

/**
 * Test support for the notification worker: its tables and schedule projector on the harness's database (whether or
 * not the area is registered yet), a runtime on a Redis prefix of its own, and a clock that runs ahead of the API's.
 */
export async function ensureNotificationTables(dataSource: DataSource): Promise<void> {
  const [{ exists }] = await dataSource.query(`SELECT to_regclass('notification_schedule') IS NOT NULL AS exists`);
  if (exists) return;
  const runner = dataSource.createQueryRunner();
  try {
    await new CreateNotificationSchedule1763906100000().up(runner);
    await new CreateNotificationDelivery1763906101000().up(runner);
  } finally {
    await runner.release();
  }
}

/** The schedule projector, unless the harness already runs it (once the area is registered). */
export function startScheduleProjector(
  app: INestApplication,
  env: Pick<Environment, 'PSEUDONYM_KEY'>,
): Projector | undefined {
  if (
    registeredProjections(env, app.get(VictimDataKeyStore)).some((p) => p.name === NotificationScheduleProjection.NAME)
  )
    return undefined;
  const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
  const projector = new Projector(
    app.get(DataSource),
    app.get<EventStore>(EVENT_STORE),
    new NotificationScheduleProjection(),
    { batchSize: 200, retryMs: 100, log: quiet },
  );
  projector.start();
  return projector;
}

export function testSettings(prefix: string, overrides: Partial<NotificationSettings> = {}): NotificationSettings {
  return {
    queuePrefix: prefix,
    queueName: NOTIFICATION_QUEUE,
    maxAttempts: 3,
    backoffMs: 100,
    ratePerSecond: 1000,
    undeliveredFallbackHours: 48,
    advanceNoticeWorkingDays: 10,
    reofferLeadWorkingDays: 40,
    resyncIntervalMs: 3_600_000,
    deliveryCheckIntervalMs: 60_000,
    concurrency: 4,
    ...overrides,
  };
}

/** A BullMQ prefix of this run and this test file. */
export function queuePrefixFor(file: string): string {
  return `${currentRun().redisPrefix}:${file}`;
}

/** The worker's clock a day ahead of the API's: every notification due "today" (from 09:00) is due for it. */
export const DAY_AHEAD: WorkerClock = { now: () => new Date(Date.now() + 24 * 3_600_000) };

export interface CapturedLog {
  readonly lines: string[];
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export function capturedLog(): CapturedLog {
  const lines: string[] = [];
  const write = (level: string) => (details: object, message: string) =>
    lines.push(JSON.stringify({ level, ...details, message }));
  return { lines, info: write('info'), warn: write('warn'), error: write('error') };
}

export function runtimeFor(
  app: INestApplication,
  options: {
    prefix: string;
    channel?: NotificationChannelPort;
    clock?: WorkerClock;
    log: CapturedLog;
    settings?: Partial<NotificationSettings>;
    parking?: ParkingPolicy;
  },
): NotificationRuntime {
  const dataSource = app.get(DataSource);
  return new NotificationRuntime({
    dataSource,
    store: app.get<EventStore>(EVENT_STORE),
    redisUrl: TEST_REDIS_URL,
    settings: testSettings(options.prefix, options.settings),
    channel: options.channel ?? new OutboxChannel(dataSource, app.get(VictimDataKeyStore)),
    clock: options.clock ?? DAY_AHEAD,
    log: options.log,
    retryMs: 100,
    ...(options.parking ? { parking: options.parking } : {}),
  });
}

/** Deletes this prefix's keys only (FLUSHALL is not ours to run on a shared Redis). */
export function deleteKeysWithPrefix(prefix: string): Promise<number> {
  return deleteRedisKeysWithPrefix(TEST_REDIS_URL, prefix);
}

/**
 * Waits for `probe` to answer, for as long as the work is getting somewhere: it fails only when `mark` (a snapshot of
 * progress: counts, queue sizes, a process's CPU time) has not changed for `stallMs`. A busy machine (tests in
 * parallel on two shared cores) makes the work slower, not stuck, and a slow wait is not a failure; a stuck one is.
 */
export async function eventuallyWhileProgressing<T>(
  probe: () => Promise<T | undefined | false>,
  mark: () => Promise<unknown>,
  what: string,
  stallMs = 60_000,
): Promise<T> {
  let last = JSON.stringify(await mark());
  let movedAt = Date.now();
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    const now = JSON.stringify(await mark());
    if (now !== last) [last, movedAt] = [now, Date.now()];
    else if (Date.now() - movedAt > stallMs)
      throw new Error(`waiting for ${what}: no progress for ${stallMs} ms (stuck at ${now})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function eventually<T>(
  probe: () => Promise<T | undefined | false>,
  what: string,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * A victim's outbox rows, their words opened as GET /outbox opens them (sealed at rest under the victim's key; the
 * test apps run with the development master keys, the configuration's default).
 */
export async function outboxRows(
  dataSource: DataSource,
  victimId: string,
): Promise<{ reference: string; channel: string; stage: string; body: string | null; recipient: unknown }[]> {
  const rows: {
    reference: string;
    channel: string;
    stage: string;
    victim_id: string;
    subject: string | null;
    body: string | null;
    recipient: unknown;
  }[] = await dataSource.query(
    'SELECT reference, channel, stage, victim_id::text, subject, body, recipient FROM notification_outbox WHERE victim_id = $1 ORDER BY created_at',
    [victimId],
  );
  const keys = new VictimDataKeyStore(
    dataSource,
    MasterKeyRing.fromConfiguration({ currentKeyId: 'dev-1', keys: DEV_PERSONAL_DATA_MASTER_KEYS }),
  );
  const open = await openOutboxWords(keys, rows);
  return rows.map((row) => {
    const { body, recipient } = open(row);
    return { reference: row.reference, channel: row.channel, stage: row.stage, body, recipient };
  });
}
