import { DEFAULT_NOTIFICATION_POLICY, WorkingDayCalendar } from '@vcs/domain';
import { comparePositions, EventStore } from '@vcs/event-store';
import { NOTIFICATION_SCHEDULE_PROJECTION } from '@vcs/read-models';
import { NotificationAttempts, NotificationChannelPort } from '@vcs/notifications';
import { DelayedError, Job, UnrecoverableError, Worker } from 'bullmq';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { readCheckpoint } from '../projector/checkpoint-store';
import { ProjectorLog } from '../projector/projector';
import { CHECK_DELIVERY, DELIVER, DeliveryCheckJob, DeliveryJob, DeliveryQueue } from './delivery-queue';
import { NotificationDispatcher, resyncSchedule } from './notification-dispatcher';
import { DeliveryFailed, NotificationProcessor } from './notification-processor';
import { NotificationSettings, WorkerClock } from './notification-settings';
import { NotificationPlanner } from './planner/notification-planner';
import { ProcessManager } from './process-manager';
import { ParkingPolicy } from '../consumers/parking';
import { WorkerCommands } from './worker-commands';

export interface NotificationRuntimeOptions {
  readonly dataSource: DataSource;
  readonly store: EventStore;
  readonly redisUrl: string;
  readonly settings: NotificationSettings;
  readonly channel: NotificationChannelPort;
  readonly clock: WorkerClock;
  readonly log: ProjectorLog;
  /** Pause between retries of a failing planner or dispatcher event. */
  readonly retryMs?: number;
  /** Longest a resync waits for the schedule read model to catch up with the dispatcher (default 30 s). */
  readonly resyncCatchUpTimeoutMs?: number;
  /** Attempts before the planner or dispatcher parks an event (default DEFAULT_PARKING_POLICY). */
  readonly parking?: ParkingPolicy;
  /** The working-day calendar (default: the domain's England and Wales calendar). */
  readonly calendar?: WorkingDayCalendar;
}

/**
 * Everything the worker runs for notifications: the planner and the dispatcher (each a checkpointed process manager),
 * the BullMQ queue and worker (the processor), and the periodic resync. Framework-free so tests can run it on their
 * own database, Redis prefix, clock and channel; NotificationsModule runs it in the worker process.
 */
export class NotificationRuntime {
  readonly queue: DeliveryQueue;
  readonly processor: NotificationProcessor;
  readonly planner: ProcessManager;
  readonly dispatcher: ProcessManager;
  /** The planner itself (its re-plan after a newer bank holiday list runs at start-up). */
  readonly planning: NotificationPlanner;
  private worker: Worker | undefined;
  /** The start-up re-plan after a calendar change (awaited by stop, and by tests). */
  replanning: Promise<number | undefined> = Promise.resolve(undefined);
  private resyncTimer: NodeJS.Timeout | undefined;
  private readonly queueConnection: Redis;
  private readonly workerConnection: Redis;

  constructor(private readonly options: NotificationRuntimeOptions) {
    const { dataSource, store, settings, channel, clock, log } = options;
    // BullMQ's own connections: its blocking commands need maxRetriesPerRequest null (not the platform's fail-fast client).
    this.queueConnection = new Redis(options.redisUrl, { maxRetriesPerRequest: null, lazyConnect: false });
    this.workerConnection = new Redis(options.redisUrl, { maxRetriesPerRequest: null, lazyConnect: false });
    this.queueConnection.on('error', (error: Error) =>
      log.warn({ err: error.message }, 'notification queue redis error'),
    );
    this.workerConnection.on('error', (error: Error) =>
      log.warn({ err: error.message }, 'notification worker redis error'),
    );
    this.queue = new DeliveryQueue(this.queueConnection, settings, clock);
    const commands = new WorkerCommands(store, clock);
    this.processor = new NotificationProcessor(
      store,
      channel,
      new NotificationAttempts(dataSource),
      commands,
      this.queue,
      settings,
      log,
    );
    const reactorOptions = { batchSize: 100, retryMs: options.retryMs ?? 2000, log, parking: options.parking };
    this.planning = new NotificationPlanner(
      dataSource,
      store,
      commands,
      clock,
      log,
      { ...DEFAULT_NOTIFICATION_POLICY, advanceNoticeWorkingDays: settings.advanceNoticeWorkingDays },
      options.calendar,
      { reofferLeadWorkingDays: settings.reofferLeadWorkingDays },
    );
    this.planner = new ProcessManager(dataSource, store, this.planning, reactorOptions);
    this.dispatcher = new ProcessManager(
      dataSource,
      store,
      new NotificationDispatcher(store, this.queue),
      reactorOptions,
    );
  }

  /** Starts planning, dispatching and delivering; `deliver: false` leaves the queue without a worker (tests). */
  async start(parts: { deliver?: boolean; resync?: boolean } = {}): Promise<void> {
    this.planner.start();
    this.dispatcher.start();
    // A newer published bank holiday list: what was planned on projected days is planned again (once per version).
    this.replanning = this.planning.replanAfterCalendarChange().catch((error: unknown) => {
      this.options.log.error(
        { err: error instanceof Error ? error.name : 'error' },
        'calendar re-plan failed; it runs again at the next start',
      );
      return undefined;
    });
    if (parts.resync !== false) {
      await this.resync().catch((error: unknown) =>
        this.options.log.warn({ err: String(error) }, 'notification resync failed; will retry'),
      );
      this.resyncTimer = setInterval(() => {
        void this.resync().catch((error: unknown) =>
          this.options.log.warn({ err: String(error) }, 'notification resync failed; will retry'),
        );
      }, this.options.settings.resyncIntervalMs);
      this.resyncTimer.unref();
    }
    if (parts.deliver !== false) this.startWorker();
  }

  /** The BullMQ worker delivering notifications, once started (for metrics). */
  get deliveryWorker(): Worker | undefined {
    return this.worker;
  }

  /** The read-side database the runtime works on. */
  get dataSource(): DataSource {
    return this.options.dataSource;
  }

  startWorker(): Worker {
    const { settings } = this.options;
    this.worker ??= new Worker(settings.queueName, (job, token) => this.process(job, token), {
      connection: this.workerConnection,
      prefix: settings.queuePrefix,
      concurrency: settings.concurrency,
      limiter: { max: settings.ratePerSecond, duration: 1000 },
    });
    this.worker.on('error', (error: Error) =>
      this.options.log.warn({ err: error.message }, 'notification worker error'),
    );
    return this.worker;
  }

  async resync(): Promise<number> {
    await this.scheduleCaughtUpWithDispatcher();
    return resyncSchedule(this.options.dataSource, this.queue, {
      withDeliveryChecks: this.options.channel.name === 'govuk-notify',
    });
  }

  /**
   * The resync rebuilds Redis from the schedule read model. A notification the dispatcher already queued but the
   * schedule projector has not reached yet (it can lag after a crash) is in neither once Redis has lost its data, and
   * the dispatcher will not queue it again: so wait until the schedule has seen everything the dispatcher has (found
   * by the worker-killed-mid-job fault test). Bounded: past the timeout the next periodic resync covers the rest.
   */
  private async scheduleCaughtUpWithDispatcher(): Promise<void> {
    const manager = this.options.dataSource.manager;
    const dispatched = (await readCheckpoint(manager, NotificationDispatcher.NAME)).position;
    if (!dispatched) return;
    const deadline = Date.now() + (this.options.resyncCatchUpTimeoutMs ?? 30_000);
    for (;;) {
      const scheduled = (await readCheckpoint(manager, NOTIFICATION_SCHEDULE_PROJECTION)).position;
      if (scheduled && comparePositions(scheduled, dispatched) >= 0) return;
      if (Date.now() > deadline) {
        this.options.log.warn(
          { projection: NOTIFICATION_SCHEDULE_PROJECTION },
          'notification schedule still behind the dispatcher; resyncing what it has, the next resync covers the rest',
        );
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Graceful: the worker finishes its in-flight jobs (BullMQ returns any it cannot to the queue), then everything closes. */
  async stop(): Promise<void> {
    if (this.resyncTimer) clearInterval(this.resyncTimer);
    await this.worker?.close();
    await this.replanning;
    await Promise.all([this.planner.stop(), this.dispatcher.stop()]);
    await this.queue.close();
    this.queueConnection.disconnect();
    this.workerConnection.disconnect();
  }

  private async process(job: Job, token: string | undefined): Promise<unknown> {
    try {
      if (job.name === DELIVER) {
        const result = await this.processor.deliver(job.data as DeliveryJob, job.attemptsMade);
        if (result.outcome === 'not-yet-due') {
          await job.moveToDelayed(Date.parse(result.dueAt), token);
          throw new DelayedError();
        }
        return result;
      }
      if (job.name === CHECK_DELIVERY) {
        const result = await this.processor.checkDelivery(job.data as DeliveryCheckJob);
        if (result === 'pending') {
          await job.moveToDelayed(Date.now() + this.options.settings.deliveryCheckIntervalMs, token);
          throw new DelayedError();
        }
        return result;
      }
      return undefined;
    } catch (error) {
      if (error instanceof DeliveryFailed && error.final) throw new UnrecoverableError(error.code);
      throw error;
    }
  }
}
