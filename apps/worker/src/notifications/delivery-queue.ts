import { Urgency, urgencyRank } from '@vcs/domain';
import { deliveryCheckJobId, deliveryJobId } from '@vcs/notifications';
import { JobsOptions, Queue } from 'bullmq';
import Redis from 'ioredis';
import { NotificationSettings, WorkerClock } from './notification-settings';

export interface DeliveryJob {
  readonly victimId: string;
  readonly notificationId: string;
  readonly dueAt: string;
  /** The stage's urgency (the domain's STAGE_URGENCY): the job's place among the due jobs of its channel. */
  readonly urgency: Urgency;
}

export interface DeliveryCheckJob {
  readonly victimId: string;
  readonly notificationId: string;
  readonly providerReference: string;
  readonly sentAt: string;
  /** The checked notification's urgency: a failed urgent SMS reaches its letter fallback before routine work. */
  readonly urgency: Urgency;
}

export const DELIVER = 'deliver';
export const CHECK_DELIVERY = 'check-delivery';

/**
 * BullMQ priority of an urgency: urgent 1, normal 2, routine 3 (lower goes first; same priority first in, first out).
 * Every job gets one: BullMQ takes a job without a priority (0) before all prioritized ones.
 */
export function priorityOf(urgency: Urgency): number {
  return urgencyRank(urgency) + 1;
}

/**
 * The BullMQ queue of deliveries: one delayed job per (notification, due time), id derived from both, so adding it
 * again is a no-op and a new due time is a new job. Jobs are removed when done (completed or failed for good):
 * the history, not Redis, is the record, and a later re-add (after a safety check, or by the resync) must work.
 * Each job carries the priority of its stage's urgency: when a due job becomes ready it joins the queue's
 * prioritized set, from which the (rate-limited) workers always take the most urgent first. A job moved back to its
 * due time, or retried after a backoff, keeps its priority.
 */
export class DeliveryQueue {
  readonly queue: Queue;

  constructor(
    private readonly connection: Redis,
    private readonly settings: NotificationSettings,
    private readonly clock: WorkerClock,
  ) {
    this.queue = new Queue(settings.queueName, { connection, prefix: settings.queuePrefix });
  }

  /** Throws when Redis does not answer (an outage: the dispatcher then parks nothing). */
  async ping(): Promise<void> {
    await this.connection.ping();
  }

  async add(job: DeliveryJob): Promise<void> {
    await this.queue.add(DELIVER, job, this.optionsFor(job));
  }

  /**
   * Many jobs in one round trip (BullMQ addBulk: one MULTI of the same add script per job). Each keeps its derived
   * id, so a job already in the queue stays as it is, exactly as with `add`.
   */
  async addMany(jobs: readonly DeliveryJob[]): Promise<void> {
    if (jobs.length === 0) return;
    await this.queue.addBulk(jobs.map((job) => ({ name: DELIVER, data: job, opts: this.optionsFor(job) })));
  }

  private optionsFor(job: DeliveryJob): JobsOptions {
    return {
      jobId: deliveryJobId(job.notificationId, job.dueAt),
      delay: Math.max(0, Date.parse(job.dueAt) - this.clock.now().getTime()),
      priority: priorityOf(job.urgency),
      attempts: this.settings.maxAttempts,
      backoff: { type: 'exponential', delay: this.settings.backoffMs },
      removeOnComplete: true,
      removeOnFail: true,
    };
  }

  /** Removes the job of a due time that no longer holds. A job being processed right now stays (it re-checks the stream). */
  async remove(notificationId: string, dueAt: string): Promise<void> {
    await this.queue.remove(deliveryJobId(notificationId, dueAt));
  }

  async addDeliveryCheck(job: DeliveryCheckJob, delayMs = this.settings.deliveryCheckIntervalMs): Promise<void> {
    await this.queue.add(CHECK_DELIVERY, job, {
      jobId: deliveryCheckJobId(job.notificationId),
      delay: delayMs,
      priority: priorityOf(job.urgency),
      attempts: this.settings.maxAttempts,
      backoff: { type: 'exponential', delay: this.settings.backoffMs },
      removeOnComplete: true,
      removeOnFail: true,
    });
  }

  async close(): Promise<void> {
    await this.queue.close();
  }
}
