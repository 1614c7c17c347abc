import { Injectable, OnModuleInit } from '@nestjs/common';
import { ConsumerStatusReader, MetricsServer } from '@vcs/infrastructure';
import { NotificationsService } from '../notifications/notifications.module';
import { RetentionService } from '../retention/retention.service';
import { ProjectorService } from './projector.service';

/** Where the detailed consumer status is served: the worker's internal operations port (METRICS_PORT), never WORKER_PORT. */
export const CONSUMER_STATUS_PATH = '/health/projectors';

/**
 * Every consumer of the history this worker runs — one per projection, the notification planner and dispatcher, the
 * erasure completion — as `/health` shows it (ConsumerStatusReader: position, when it last advanced, lag in events and
 * seconds, parked count, stalled, whether some process holds its lease), and whether this replica holds it
 * (`activeHere`). Everything but `activeHere` comes from the database, so any replica tells the same story. Served
 * beside /metrics on the operations port, which no deployment publishes: the public port says only whether the worker
 * is live and ready.
 */
@Injectable()
export class ConsumerStatusReport implements OnModuleInit {
  constructor(
    private readonly projectors: ProjectorService,
    private readonly notifications: NotificationsService,
    private readonly retention: RetentionService,
    private readonly consumers: ConsumerStatusReader,
    private readonly operationsPort: MetricsServer,
  ) {}

  onModuleInit(): void {
    this.operationsPort.serveJson(CONSUMER_STATUS_PATH, () => this.status());
  }

  async status() {
    const activeHere = new Map<string, boolean>([
      ...this.projectors.status().map((s) => [s.projection, s.active] as const),
      ...[this.notifications.runtime.planner.status(), this.notifications.runtime.dispatcher.status()].map(
        (s) => [s.name, s.active] as const,
      ),
      [this.retention.completionStatus().projection, this.retention.completionStatus().active] as const,
    ]);
    return (await this.consumers.statuses()).map((s) => ({
      ...s,
      projection: s.name,
      activeHere: activeHere.get(s.name) ?? false,
    }));
  }
}
