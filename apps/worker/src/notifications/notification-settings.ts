import { Environment } from '@vcs/config';

/** The notification worker's settings (from libs/config), in one place so tests can build them. */
export interface NotificationSettings {
  /** BullMQ key prefix: the configured REDIS_KEY_PREFIX plus ":bull" (tests use their own). */
  readonly queuePrefix: string;
  readonly queueName: string;
  readonly maxAttempts: number;
  readonly backoffMs: number;
  /**
   * The channel's limit (BullMQ limiter on the queue, across workers). BullMQ limits per queue; the worker sends through
   * one channel at a time (NOTIFICATION_CHANNEL), so the queue's limit is that channel's: the outbox's, or GOV.UK
   * Notify's 3,000 a minute (its send and status-check requests share the key's limit, and so share this queue).
   */
  readonly ratePerSecond: number;
  readonly undeliveredFallbackHours: number;
  readonly advanceNoticeWorkingDays: number;
  /** REOFFER_LEAD_WORKING_DAYS: the re-offer task's lead before a possible release (not a published figure). */
  readonly reofferLeadWorkingDays: number;
  readonly resyncIntervalMs: number;
  /** How often a sent email or SMS is asked about (GOV.UK Notify's delivery status). */
  readonly deliveryCheckIntervalMs: number;
  /** Delivery jobs this process runs at once. */
  readonly concurrency: number;
  /** Most outbox messages written in one statement (concurrent jobs' sends grouped); default 100. */
  readonly sendBatchSize?: number;
}

export const NOTIFICATION_QUEUE = 'victim-notifications';

export function notificationSettingsOf(env: Environment): NotificationSettings {
  return {
    queuePrefix: `${env.REDIS_KEY_PREFIX}:bull`,
    queueName: NOTIFICATION_QUEUE,
    maxAttempts: env.NOTIFICATION_MAX_ATTEMPTS,
    backoffMs: env.NOTIFICATION_BACKOFF_MS,
    ratePerSecond: channelRatePerSecond(env),
    undeliveredFallbackHours: env.NOTIFICATION_UNDELIVERED_FALLBACK_HOURS,
    advanceNoticeWorkingDays: env.NOTIFICATION_ADVANCE_NOTICE_WORKING_DAYS,
    reofferLeadWorkingDays: env.REOFFER_LEAD_WORKING_DAYS,
    resyncIntervalMs: env.NOTIFICATION_RESYNC_INTERVAL_MS,
    deliveryCheckIntervalMs: 15 * 60 * 1000,
    concurrency: env.NOTIFICATION_WORKER_CONCURRENCY,
    sendBatchSize: 100,
  };
}

/** Messages per second for the configured channel: the override if set, else the channel's own limit. */
export function channelRatePerSecond(
  env: Pick<
    Environment,
    | 'NOTIFICATION_CHANNEL'
    | 'NOTIFICATION_RATE_LIMIT_PER_SECOND'
    | 'NOTIFICATION_OUTBOX_RATE_LIMIT_PER_SECOND'
    | 'NOTIFICATION_NOTIFY_RATE_LIMIT_PER_MINUTE'
  >,
): number {
  if (env.NOTIFICATION_RATE_LIMIT_PER_SECOND !== undefined) return env.NOTIFICATION_RATE_LIMIT_PER_SECOND;
  if (env.NOTIFICATION_CHANNEL === 'govuk-notify')
    return Math.max(1, Math.floor(env.NOTIFICATION_NOTIFY_RATE_LIMIT_PER_MINUTE / 60));
  return env.NOTIFICATION_OUTBOX_RATE_LIMIT_PER_SECOND;
}

/** The notification worker's clock (tests move it; the domain never reads one). */
export interface WorkerClock {
  now(): Date;
}

export const SYSTEM_CLOCK: WorkerClock = { now: () => new Date() };

// One formatter for the process: building an Intl.DateTimeFormat costs far more than using one (8 % of a delivery's CPU).
const LONDON_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's civil date in England and Wales at `now`. */
export function londonToday(now: Date): string {
  return LONDON_DATE.format(now);
}
