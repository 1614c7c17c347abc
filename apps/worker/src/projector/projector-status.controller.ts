import { Controller, Get } from '@nestjs/common';
import { ConsumerStatusReader } from '@vcs/infrastructure';
import { Public } from '@vcs/security';
import { NotificationsService } from '../notifications/notifications.module';
import { RetentionService } from '../retention/retention.service';
import { ProjectorService } from './projector.service';

/**
 * Every consumer of the history this worker runs — one per projection, the notification planner and dispatcher, the
 * erasure completion — as `/health` shows it (ConsumerStatusReader: position, when it last advanced, lag in events and
 * seconds, parked count, stalled, whether some process holds its lease), and whether this replica holds it
 * (`activeHere`). Everything but `activeHere` comes from the database, so any replica tells the same story.
 */
@Public()
@Controller('health/projectors')
export class ProjectorStatusController {
  constructor(
    private readonly projectors: ProjectorService,
    private readonly notifications: NotificationsService,
    private readonly retention: RetentionService,
    private readonly consumers: ConsumerStatusReader,
  ) {}

  @Get()
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
