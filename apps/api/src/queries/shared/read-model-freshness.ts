import { BadRequestException, HttpException, Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { Environment } from '@vcs/config';
import {
  comparePositions,
  EVENT_STORE,
  EventStore,
  EventWakeUps,
  GlobalPosition,
  parsePosition,
} from '@vcs/event-store';
import { ENVIRONMENT } from '@vcs/infrastructure';
import { DataSource } from 'typeorm';

const WAIT_MS = 5000;
/** Checked again this often even without a notification (a lost LISTEN connection only slows a wait down). */
const FALLBACK_MS = 500;
/** A position just answered by a command may sit beyond the readers' horizon for a moment (a commit still in flight). */
const HEAD_GRACE_MS = [20, 100, 250];

/**
 * Read-your-writes: a command answers with the position of its last event; a query that passes it as
 * `minPosition` waits until the read models it reads have passed that position, so a VLO never sees a page
 * without what they just recorded. A position beyond the newest event in the history is refused at once (400); a
 * wait is woken by a notification when a projection's checkpoint moves (NOTIFY 'vcs_checkpoints'), not by polling.
 * If the read models have not caught up within 5 s, the answer is 503 with Retry-After.
 */
@Injectable()
export class ReadModelFreshness implements OnModuleDestroy {
  private readonly wakeUps: EventWakeUps;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ENVIRONMENT) environment: Environment,
  ) {
    this.wakeUps = new EventWakeUps(environment.DATABASE_URL, 'vcs_checkpoints');
  }

  async waitFor(projections: readonly string[], minPosition: string | undefined): Promise<void> {
    if (!minPosition) return;
    const wanted = parsePosition(minPosition);
    if (await this.allPassed(projections, wanted)) return;
    await this.refuseBeyondHead(wanted);
    await this.waitForCheckpoints(projections, wanted);
  }

  onModuleDestroy(): Promise<void> {
    return this.wakeUps.close();
  }

  private async refuseBeyondHead(wanted: GlobalPosition): Promise<void> {
    for (const graceMs of [0, ...HEAD_GRACE_MS]) {
      if (graceMs > 0) await new Promise((resolve) => setTimeout(resolve, graceMs));
      const head = await this.store.headPosition();
      if (head && comparePositions(wanted, head) <= 0) return;
    }
    throw new BadRequestException({
      statusCode: 400,
      error: 'Bad Request',
      message: 'the request is not valid',
      problems: [
        {
          field: 'minPosition',
          rule: 'beyond-history',
          message: 'minPosition is beyond the newest change recorded: use a position a command answered with',
        },
      ],
    });
  }

  private waitForCheckpoints(projections: readonly string[], wanted: GlobalPosition): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      let checking = false;
      let again = false;
      const finish = (error?: unknown) => {
        clearInterval(fallback);
        clearTimeout(deadline);
        remove();
        if (error) reject(error);
        else resolve();
      };
      const check = () => {
        if (checking) {
          again = true;
          return;
        }
        checking = true;
        this.allPassed(projections, wanted)
          .then((passed) => {
            checking = false;
            if (passed) finish();
            else if (again) {
              again = false;
              check();
            }
          })
          .catch((error: unknown) => finish(error));
      };
      const remove = this.wakeUps.add(check);
      const fallback = setInterval(check, FALLBACK_MS);
      const deadline = setTimeout(
        () =>
          finish(
            new HttpException(
              {
                statusCode: 503,
                error: 'Service Unavailable',
                message: 'the read model has not caught up with your change yet; retry in a moment',
              },
              503,
            ),
          ),
        WAIT_MS,
      );
      check();
    });
  }

  private async allPassed(projections: readonly string[], wanted: GlobalPosition): Promise<boolean> {
    const rows: { commit_position: string | null; prepare_position: string | null }[] = await this.dataSource.query(
      'SELECT commit_position::text, prepare_position::text FROM projection_checkpoints WHERE projection = ANY($1)',
      [projections],
    );
    if (rows.length < projections.length) return false;
    return rows.every(
      (row) =>
        row.commit_position !== null &&
        comparePositions(
          { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position as string) },
          wanted,
        ) >= 0,
    );
  }
}
