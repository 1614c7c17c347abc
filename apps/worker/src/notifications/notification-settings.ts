import { Environment } from '@vcs/config';

/** The notification worker's settings (from libs/config), in one place so tests can build them. */
export interface NotificationSettings {
  /** BullMQ key prefix: the configured REDIS_KEY_PREFIX plus ":bull" (tests use their own). */
  readonly queuePrefix: string;
  readonly queueName: string;
  readonly maxAttempts: number;
  readonly backoffMs: number;
  readonly ratePerSecond: number;
  readonly undeliveredFallbackHours: number;
  readonly advanceNoticeWorkingDays: number;
  readonly resyncIntervalMs: number;
  /** How often a sent email or SMS is asked about (GOV.UK Notify's delivery status). */
  readonly deliveryCheckIntervalMs: number;
  readonly concurrency: number;
}

export const NOTIFICATION_QUEUE = 'victim-notifications';

export function notificationSettingsOf(env: Environment): NotificationSettings {
  return {
    queuePrefix: `${env.REDIS_KEY_PREFIX}:bull`,
    queueName: NOTIFICATION_QUEUE,
    maxAttempts: env.NOTIFICATION_MAX_ATTEMPTS,
    backoffMs: env.NOTIFICATION_BACKOFF_MS,
    ratePerSecond: env.NOTIFICATION_RATE_LIMIT_PER_SECOND,
    undeliveredFallbackHours: env.NOTIFICATION_UNDELIVERED_FALLBACK_HOURS,
    advanceNoticeWorkingDays: env.NOTIFICATION_ADVANCE_NOTICE_WORKING_DAYS,
    resyncIntervalMs: env.NOTIFICATION_RESYNC_INTERVAL_MS,
    deliveryCheckIntervalMs: 15 * 60 * 1000,
    concurrency: 8,
  };
}

/** The notification worker's clock (tests move it; the domain never reads one). */
export interface WorkerClock {
  now(): Date;
}

export const SYSTEM_CLOCK: WorkerClock = { now: () => new Date() };

/** Today's civil date in England and Wales at `now`. */
export function londonToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
