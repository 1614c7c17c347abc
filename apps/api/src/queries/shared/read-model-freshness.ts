import { HttpException, Injectable } from '@nestjs/common';
import { comparePositions, GlobalPosition, parsePosition } from '@vcs/event-store';
import { DataSource } from 'typeorm';

const WAIT_MS = 5000;
const POLL_MS = 15;

/**
 * Read-your-writes: a command answers with the position of its last event; a query that passes it as
 * `minPosition` waits until the read models it reads have passed that position, so a VLO never sees a page
 * without what they just recorded. If they have not within 5 s, the answer is 503 with Retry-After.
 */
@Injectable()
export class ReadModelFreshness {
  constructor(private readonly dataSource: DataSource) {}

  async waitFor(projections: readonly string[], minPosition: string | undefined): Promise<void> {
    if (!minPosition) return;
    const wanted = parsePosition(minPosition);
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      if (await this.allPassed(projections, wanted)) return;
      if (Date.now() > deadline) {
        throw new HttpException(
          { statusCode: 503, error: 'Service Unavailable', message: 'the read model has not caught up with your change yet; retry in a moment' },
          503,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  private async allPassed(projections: readonly string[], wanted: GlobalPosition): Promise<boolean> {
    const rows: { commit_position: string | null; prepare_position: string | null }[] = await this.dataSource.query(
      'SELECT commit_position::text, prepare_position::text FROM projection_checkpoints WHERE projection = ANY($1)',
      [projections],
    );
    if (rows.length < projections.length) return false;
    return rows.every(
      (row) => row.commit_position !== null && comparePositions({ commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position as string) }, wanted) >= 0,
    );
  }
}
