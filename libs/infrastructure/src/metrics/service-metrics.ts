import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { DataSource } from 'typeorm';
import type { ConsumerStatus } from '../consumers/consumer-status';

/** Job counts of one BullMQ queue, by state (BullMQ's getJobCounts). */
export type QueueCounts = Record<string, number>;

/**
 * The Prometheus metrics of one process (prom-client, its own registry). Labels are route patterns, status codes,
 * consumer, queue, channel and stage names, outcomes: never an id, a path, a name, an address or any value a caller
 * sent. Figures that live elsewhere (consumer lag, queue depths, notification totals) are read when scraped.
 */
export class ServiceMetrics {
  readonly registry = new Registry();

  readonly httpRequestDuration = new Histogram({
    name: 'vcs_http_request_duration_seconds',
    help: 'HTTP requests by method, route pattern and status code',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly eventStoreAppendDuration = new Histogram({
    name: 'vcs_event_store_append_duration_seconds',
    help: 'Event store appends by operation (appendToStream, appendToStreams) and outcome (ok, conflict, error)',
    labelNames: ['operation', 'outcome'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  readonly queueJobs = new Counter({
    name: 'vcs_queue_jobs_finished_total',
    help: 'BullMQ jobs finished by this process, by queue, job name and outcome (completed, failed)',
    labelNames: ['queue', 'job', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly rebuildEventsRead = new Gauge({
    name: 'vcs_rebuild_events_read',
    help: 'History events read by the running projection rebuild',
    registers: [this.registry],
  });
  readonly rebuildEventsTotal = new Gauge({
    name: 'vcs_rebuild_events_total',
    help: 'History events the running projection rebuild will read (0 when unknown)',
    registers: [this.registry],
  });
  readonly rebuildProjections = new Gauge({
    name: 'vcs_rebuild_projections',
    help: 'Projections of the running rebuild by phase',
    labelNames: ['phase'] as const,
    registers: [this.registry],
  });

  private readonly queues = new Map<string, () => Promise<QueueCounts>>();

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'vcs_process_' });
    const queues = this.queues;
    new Gauge({
      name: 'vcs_queue_jobs',
      help: 'BullMQ jobs waiting in each queue, by state (waiting, delayed, active, prioritized, failed, …)',
      labelNames: ['queue', 'state'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const [queue, counts] of queues) {
          const byState = await counts().catch(() => undefined);
          for (const [state, count] of Object.entries(byState ?? {})) this.set({ queue, state }, count);
        }
      },
    });
  }

  /** Consumer lag and parked work, read from the consumer status at each scrape. */
  watchConsumers(consumers: { statuses(): Promise<ConsumerStatus[]> }): void {
    let figures: Promise<ConsumerStatus[]> | undefined;
    // One read serves the gauges of one scrape.
    const read = () =>
      (figures ??= consumers.statuses().finally(() => setTimeout(() => (figures = undefined), 1000).unref()));
    const gauge = (name: string, help: string, pick: (status: ConsumerStatus) => number) =>
      new Gauge({
        name,
        help,
        labelNames: ['consumer'] as const,
        registers: [this.registry],
        async collect() {
          this.reset();
          for (const consumer of await read().catch(() => [])) this.set({ consumer: consumer.name }, pick(consumer));
        },
      });
    gauge(
      'vcs_consumer_lag_events',
      "Events after each consumer's checkpoint (counted up to 1,000)",
      (c) => c.lagEvents,
    );
    gauge(
      'vcs_consumer_lag_seconds',
      'How long the oldest event each consumer has not applied has waited',
      (c) => c.lagSeconds,
    );
    gauge('vcs_consumer_parked_events', 'Events of failing streams each consumer has set aside', (c) => c.parked);
    gauge('vcs_consumer_active', "1 when some worker holds the consumer's lease", (c) => (c.active ? 1 : 0));
  }

  /** A projection rebuild's progress (`npm run projections:rebuild` with METRICS_PORT): events read, of how many, phases. */
  recordRebuildProgress(progress: {
    readonly eventsRead: number;
    readonly eventsTotal?: number;
    readonly projections: readonly { readonly phase: string }[];
  }): void {
    this.rebuildEventsRead.set(progress.eventsRead);
    this.rebuildEventsTotal.set(progress.eventsTotal ?? 0);
    this.rebuildProjections.reset();
    for (const { phase } of progress.projections) this.rebuildProjections.inc({ phase });
  }

  /** A BullMQ queue whose depth is read at each scrape. */
  watchQueue(name: string, counts: () => Promise<QueueCounts>): void {
    this.queues.set(name, counts);
  }

  /**
   * Notifications by channel, stage and outcome, from the notification schedule read model: sent, failed
   * (dead-lettered) and fallen back (an email or text reported undelivered, replaced by a letter).
   */
  watchNotifications(dataSource: DataSource): void {
    new Gauge({
      name: 'vcs_notifications',
      help: 'Notifications in the schedule read model by channel, stage and outcome (sent, failed, fallen_back)',
      labelNames: ['channel', 'stage', 'outcome'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        const rows: { channel: string; stage: string; outcome: string; count: string }[] = await dataSource
          .query(
            `SELECT channel, stage, outcome, count(*)::text AS count FROM (
               SELECT channel, stage, CASE WHEN delivery_status IS NOT NULL AND delivery_status <> 'delivered' THEN 'fallen_back' ELSE status END AS outcome
                 FROM notification_schedule WHERE status IN ('sent', 'failed')) counted
              GROUP BY channel, stage, outcome`,
          )
          .catch(() => []);
        for (const row of rows)
          this.set({ channel: row.channel, stage: row.stage, outcome: row.outcome }, Number(row.count));
      },
    });
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }
}
