import { Environment } from '@vcs/config';
import {
  comparePositions,
  EventStore,
  formatPosition,
  GlobalPosition,
  isSealedHistoryReader,
  ReadAllOptions,
  RecordedEvent,
} from '@vcs/event-store';
import { parkedWork, projectionNames, SqlRunner } from '@vcs/read-models';
import { HealthCheck } from '../health/health-check';

/** The process managers and the erasure completion, beside the projectors: every consumer of the history. */
export const NOTIFICATION_PLANNER = 'notification-planner';
export const NOTIFICATION_DISPATCHER = 'notification-dispatcher';
export const ERASURE_COMPLETION_CONSUMER = 'erasure-completion';

/** Every consumer the worker runs, by the name that keys its checkpoint: one per projection, then the others. */
export function consumerNames(env: Pick<Environment, 'PSEUDONYM_KEY'>): string[] {
  void env; // the names do not depend on the configuration
  return [...projectionNames(), NOTIFICATION_PLANNER, NOTIFICATION_DISPATCHER, ERASURE_COMPLETION_CONSUMER];
}

/** Most events counted as waiting for one consumer (a health read must stay cheap): then `lagEventsAtLeast`. */
export const LAG_COUNT_LIMIT = 1_000;

/**
 * Where one consumer of the history (a projector, the notification planner or dispatcher, erasure completion) has got
 * to, from what every process can see, so any replica answers the same. Ids, positions and counts only: never anything
 * from an event's content.
 */
export interface ConsumerStatus {
  readonly name: string;
  /** Some process holds this consumer's lease (`projector:<name>` or `reactor:<name>`) and is applying events now. */
  readonly active: boolean;
  /** Its checkpoint (`commit/prepare`), null before its first event. */
  readonly position: string | null;
  /** When its checkpoint last moved (null: no checkpoint row yet). */
  readonly lastAdvancedAt: string | null;
  /** Events in the history after its checkpoint, counted up to LAG_COUNT_LIMIT (then `lagEventsAtLeast` is true). */
  readonly lagEvents: number;
  readonly lagEventsAtLeast: boolean;
  /** How long the oldest event it has not applied has waited, in seconds (0 when caught up). */
  readonly lagSeconds: number;
  /** Events parked (failed, or waiting behind a failed one of their stream), waiting for a retry. */
  readonly parked: number;
  /**
   * One of the consumers this service runs, with events waiting and a checkpoint that has not moved for
   * `CONSUMER_STALL_AFTER_MS`. (A checkpoint row of a consumer no longer run, e.g. a renamed projection, is listed but
   * never judged stalled.)
   */
  readonly stalled: boolean;
}

interface CheckpointRow {
  name: string;
  commit_position: string | null;
  prepare_position: string | null;
  updated_at: Date | null;
  age_ms: number | null;
  active: boolean;
}

/**
 * The one reader of consumer status, for both processes: `/health` (each consumer's figures), readiness (the
 * `consumerHealth` component: DEGRADED while any consumer has parked work or is stalled), `/info` (the active
 * projections), the worker's `/health/projectors` and the Prometheus gauges. Lists the consumers this service runs, in
 * their order, then any other consumer with a checkpoint row or parked work (the retention job, which reads no
 * history, shows only its parked count). Three queries (checkpoints with their leases, parked
 * counts, the head), plus one capped read of the history for each consumer behind the head.
 */
export class ConsumerStatusReader {
  constructor(
    private readonly db: SqlRunner,
    private readonly store: EventStore,
    readonly names: readonly string[],
    readonly stallAfterMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async statuses(): Promise<ConsumerStatus[]> {
    const [rows, parked, head] = await Promise.all([
      this.checkpoints(),
      parkedWork.counts(this.db),
      this.store.headPosition(),
    ]);
    const known = new Set(this.names);
    const byName = new Map(rows.map((row) => [row.name, row]));
    // Rows of other consumers: a checkpoint left by one no longer run, or parked work of a job that reads no history.
    const others = [...new Set([...rows.map((row) => row.name), ...parked.keys()])]
      .filter((name) => !known.has(name))
      .sort();
    return Promise.all(
      [...this.names, ...others].map(async (name): Promise<ConsumerStatus> => {
        const row = byName.get(name);
        const position = positionOf(row);
        const readsHistory = known.has(name) || row !== undefined;
        const behind =
          readsHistory && head !== undefined && (position === undefined || comparePositions(position, head) < 0);
        const lag = behind ? await this.lagAfter(position) : { events: 0, seconds: 0 };
        return {
          name,
          active: row?.active ?? false,
          position: position ? formatPosition(position) : null,
          lastAdvancedAt: row?.updated_at ? new Date(row.updated_at).toISOString() : null,
          lagEvents: lag.events,
          lagEventsAtLeast: lag.events >= LAG_COUNT_LIMIT,
          lagSeconds: lag.seconds,
          parked: parked.get(name) ?? 0,
          stalled: known.has(name) && lag.events > 0 && (row?.age_ms ?? Infinity) > this.stallAfterMs,
        };
      }),
    );
  }

  /** Parked events across every consumer (a gauge for metrics). */
  async parkedTotal(): Promise<number> {
    let total = 0;
    for (const count of (await parkedWork.counts(this.db)).values()) total += count;
    return total;
  }

  /**
   * The readiness component for the consumers: degraded (not down: the process still serves) while any consumer has
   * parked work or is stalled with events waiting for it.
   */
  healthCheck(): HealthCheck {
    return {
      name: 'consumerHealth',
      degradesOnly: true,
      check: async () => {
        const problems = consumerProblems(await this.statuses(), this.stallAfterMs);
        if (problems.length > 0) throw new Error(problems.join('; '));
      },
    };
  }

  /**
   * Every checkpoint row and every consumer this service runs, with whether a process holds its lease: the advisory
   * locks each active instance holds, as pg_locks shows them. The age is the database's own arithmetic: the
   * checkpoint's time is the database's, whatever this process's clock says.
   */
  private checkpoints(): Promise<CheckpointRow[]> {
    return this.db.query(
      `SELECT n.name, c.commit_position::text, c.prepare_position::text, c.updated_at,
              (extract(epoch FROM clock_timestamp() - c.updated_at) * 1000)::float8 AS age_ms,
              EXISTS (
                SELECT 1 FROM pg_locks l
                 WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
                   AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
                   AND ((l.classid::bigint << 32) | l.objid::bigint)
                       IN (hashtextextended('projector:' || n.name, 0), hashtextextended('reactor:' || n.name, 0))
              ) AS active
         FROM (SELECT unnest($1::text[]) AS name UNION SELECT projection FROM projection_checkpoints) n
         LEFT JOIN projection_checkpoints c ON c.projection = n.name`,
      [this.names],
    );
  }

  /** Events after the position (capped) and how long the first of them has waited. */
  private async lagAfter(position: GlobalPosition | undefined): Promise<{ events: number; seconds: number }> {
    const waiting = await this.readAll({ ...(position ? { after: position } : {}), maxCount: LAG_COUNT_LIMIT });
    if (waiting.length === 0) return { events: 0, seconds: 0 };
    return { events: waiting.length, seconds: Math.max(0, (this.now() - waiting[0].recordedAt.getTime()) / 1000) };
  }

  /** Counting needs no personal data: read the history as stored where the store can. */
  private readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    return isSealedHistoryReader(this.store) ? this.store.readAllSealed(options) : this.store.readAll(options);
  }
}

/** What is wrong with the consumers, in words without personal data; empty when nothing is. */
export function consumerProblems(statuses: readonly ConsumerStatus[], stallAfterMs: number): string[] {
  return statuses.flatMap((status) => [
    ...(status.parked > 0 ? [`${status.name}: ${status.parked} parked`] : []),
    ...(status.stalled
      ? [
          `${status.name}: not advanced for over ${Math.round(stallAfterMs / 1000)} s with ${status.lagEventsAtLeast ? `${LAG_COUNT_LIMIT}+` : status.lagEvents} events waiting`,
        ]
      : []),
  ]);
}

function positionOf(row: CheckpointRow | undefined): GlobalPosition | undefined {
  if (!row?.commit_position || !row.prepare_position) return undefined;
  return { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) };
}
