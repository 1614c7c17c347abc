import {
  EventStore,
  GlobalPosition,
  ReadAllOptions,
  RecordedEvent,
  comparePositions,
  formatPosition,
  isSealedHistoryReader,
} from '@vcs/event-store';
import { DataSource } from 'typeorm';

/**
 * Where one consumer of the history (a projector, the notification planner, erasure completion …) has got to.
 * Ids and counts only: never anything from an event's content.
 */
export interface ConsumerFigures {
  readonly name: string;
  /** Some worker holds this consumer's lease and is applying events now. */
  readonly active: boolean;
  /** The position of the last event it has applied, `commit/prepare` (null: none yet). */
  readonly position: string | null;
  /** Events after its position, counted up to LAG_COUNT_LIMIT (then `lagEventsAtLeast` is true). */
  readonly lagEvents: number;
  readonly lagEventsAtLeast: boolean;
  /** How long the oldest event it has not applied has been waiting, in seconds (0 when it is caught up). */
  readonly lagSeconds: number;
  /** Events of failing streams it has set aside (parked), waiting for a retry. */
  readonly parked: number;
}

/**
 * The figures health and metrics show for each consumer. One small interface so that whoever owns consumer status
 * (checkpoints, parking) supplies it, and health and metrics only read it.
 */
export interface ConsumerStatusProvider {
  consumers(): Promise<ConsumerFigures[]>;
}

export const CONSUMER_STATUS = Symbol('CONSUMER_STATUS');

/** Most events counted per consumer when working out its lag: enough to tell "behind" from "far behind" cheaply. */
export const LAG_COUNT_LIMIT = 1_000;

interface CheckpointRow {
  projection: string;
  commit_position: string | null;
  prepare_position: string | null;
  active: boolean;
}

/**
 * Consumer figures from what every process can see: the checkpoints table, the parked-work table, the advisory locks
 * that mark the active instance of each consumer (`projector:<name>`, or `reactor:<name>` for the planner and dispatcher) (held by whichever worker runs it), and the history after each
 * checkpoint. Answers the same in the API and in the worker.
 */
export class CheckpointConsumerStatus implements ConsumerStatusProvider {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: EventStore,
    private readonly now: () => number = Date.now,
  ) {}

  async consumers(): Promise<ConsumerFigures[]> {
    const rows: CheckpointRow[] = await this.dataSource.query(
      `SELECT c.projection, c.commit_position::text, c.prepare_position::text,
              EXISTS (
                SELECT 1 FROM pg_locks l
                 WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
                   AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
                   AND ((l.classid::bigint << 32) | l.objid::bigint) IN (hashtextextended('projector:' || c.projection, 0), hashtextextended('reactor:' || c.projection, 0))
              ) AS active
         FROM projection_checkpoints c
        ORDER BY c.projection`,
    );
    const parked = await this.parkedCounts();
    const head = await this.store.headPosition();
    return Promise.all(
      rows.map(async (row) => {
        const position = toPosition(row);
        const lag = await this.lagAfter(position, head);
        return {
          name: row.projection,
          active: row.active,
          position: position ? formatPosition(position) : null,
          lagEvents: lag.events,
          lagEventsAtLeast: lag.events >= LAG_COUNT_LIMIT,
          lagSeconds: lag.seconds,
          parked: parked.get(row.projection) ?? 0,
        };
      }),
    );
  }

  private async lagAfter(
    position: GlobalPosition | undefined,
    head: GlobalPosition | undefined,
  ): Promise<{ events: number; seconds: number }> {
    if (!head || (position && comparePositions(position, head) >= 0)) return { events: 0, seconds: 0 };
    const waiting = await this.readAll({ after: position, maxCount: LAG_COUNT_LIMIT });
    if (waiting.length === 0) return { events: 0, seconds: 0 };
    const seconds = Math.max(0, (this.now() - waiting[0].recordedAt.getTime()) / 1000);
    return { events: waiting.length, seconds };
  }

  /** Reads without opening encrypted personal data when the store can: only positions and times are needed. */
  private readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    return isSealedHistoryReader(this.store) ? this.store.readAllSealed(options) : this.store.readAll(options);
  }

  private async parkedCounts(): Promise<Map<string, number>> {
    const exists: { present: boolean }[] = await this.dataSource.query(
      `SELECT to_regclass('parked_events') IS NOT NULL AS present`,
    );
    if (!exists[0]?.present) return new Map();
    const rows: { consumer: string; parked: string }[] = await this.dataSource.query(
      'SELECT consumer, count(*)::text AS parked FROM parked_events GROUP BY consumer',
    );
    return new Map(rows.map((row) => [row.consumer, Number(row.parked)]));
  }
}

function toPosition(row: CheckpointRow): GlobalPosition | undefined {
  if (row.commit_position === null || row.prepare_position === null) return undefined;
  return { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) };
}
