import { BeforeApplicationShutdown, Inject, Injectable, Module, OnApplicationBootstrap } from '@nestjs/common';
import { Environment } from '@vcs/config';
import { EVENT_STORE, EventStore } from '@vcs/event-store';
import { ENVIRONMENT, LOGGER, ServiceMetrics } from '@vcs/infrastructure';
import {
  createNotifyApi,
  GovUkNotifyChannel,
  NotificationChannelPort,
  NotifyTemplates,
  OutboxChannel,
} from '@vcs/notifications';
import { DataKeySource, VictimDataKeyStore } from '@vcs/security';
import { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { notificationSettingsOf, SYSTEM_CLOCK } from './notification-settings';
import { NotificationRuntime } from './notification-runtime';
import { parkingPolicyOf } from '../consumers/parking';

/** The channel configuration selects: the local outbox (default) or GOV.UK Notify. */
export function channelFor(env: Environment, dataSource: DataSource, keys: DataKeySource): NotificationChannelPort {
  if (env.NOTIFICATION_CHANNEL === 'govuk-notify') {
    return new GovUkNotifyChannel(
      createNotifyApi(env.NOTIFY_API_KEY as string, env.NOTIFY_BASE_URL),
      NotifyTemplates.fromJson(env.NOTIFY_TEMPLATE_IDS),
    );
  }
  return new OutboxChannel(dataSource, keys);
}

/** Runs the notification planner, dispatcher, BullMQ processor and resync for the life of the worker process. */
@Injectable()
export class NotificationsService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly runtime: NotificationRuntime;

  constructor(
    dataSource: DataSource,
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(ENVIRONMENT) env: Environment,
    @Inject(LOGGER) log: Logger,
    private readonly metrics: ServiceMetrics,
    keys: VictimDataKeyStore,
  ) {
    this.runtime = new NotificationRuntime({
      dataSource,
      store,
      redisUrl: env.REDIS_URL,
      settings: notificationSettingsOf(env),
      channel: channelFor(env, dataSource, keys),
      clock: SYSTEM_CLOCK,
      log,
      parking: parkingPolicyOf(env),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.runtime.start();
    const queue = this.runtime.queue.queue;
    this.metrics.watchQueue(queue.name, () => queue.getJobCounts());
    this.metrics.watchNotifications(this.runtime.dataSource);
    const worker = this.runtime.deliveryWorker;
    worker?.on('completed', (job) =>
      this.metrics.queueJobs.inc({ queue: queue.name, job: job.name, outcome: 'completed' }),
    );
    worker?.on('failed', (job) =>
      this.metrics.queueJobs.inc({ queue: queue.name, job: job?.name ?? 'unknown', outcome: 'failed' }),
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.runtime.stop();
  }
}

@Module({ providers: [NotificationsService], exports: [NotificationsService] })
export class NotificationsModule {}
