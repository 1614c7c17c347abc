import { Environment } from '@vcs/config';
import { comparePositions, EventStore, formatPosition, GlobalPosition, isSealedHistoryReader } from '@vcs/event-store';
import { projectionNames } from '@vcs/read-models';
import { HealthCheck } from '../health/health-check';
import { parkedWork, SqlRunner } from '@vcs/read-models';

/** The process managers and the erasure completion, beside the projectors: every consumer of the history. */
export const NOTIFICATION_PLANNER = 'notification-planner';
export const NOTIFICATION_DISPATCHER = 'notification-dispatcher';
export const ERASURE_COMPLETION_CONSUMER = 'erasure-completion';

/** Every consumer the worker runs, by the name that keys its checkpoint: one per projection, then the others. */
export function consumerNames(env: Pick<Environment, 'PSEUDONYM_KEY'>): string[] {
  void env; // the names do not depend on the configuration
  return [...projectionNames(), NOTIFICATION_PLANNER, NOTIFICATION_DISPATCHER, ERASURE_COMPLETION_CONSUMER];
}

/** Most events counted as waiting for one consumer (a health read must stay cheap): "1000" means at least that. */
export const WAITING_COUNT_CAP = 1000;

/** Where one consumer has got to, from its checkpoint row and the history (true for any replica that asks). */
export interface ConsumerStatus {
  readonly name: string;
  /** Its checkpoint (`commit/prepare`), null before its first event. */
  readonly position: string | null;
  /** When its checkpoint last moved. */
  readonly lastAdvancedAt: string | null;
  /** Events in the history after its checkpoint (its lag), counted up to WAITING_COUNT_CAP. */
  readonly lag: number;
  /** Events parked (failed, or waiting behind a failed one of their stream). */
  readonly parked: number;
  /** Events wait for it and its checkpoint has not moved for CONSUMER_STALL_AFTER_MS. */
  readonly stalled: boolean;
}

export interface ConsumerStatusOptions {
  readonly stallAfterMs: number;
}

/** The status of each named consumer: two queries, plus a capped read of the history for those behind its head. */
export async function readConsumerStatuses(
  db: SqlRunner,
  store: EventStore,
  names: readonly string[],
  options: ConsumerStatusOptions,
): Promise<ConsumerStatus[]> {
  const [rows, parked, head] = await Promise.all([
    // The age is the database's own arithmetic: the checkpoint's time is the database's, whatever this process's clock says.
    db.query(
      `SELECT projection, commit_position::text, prepare_position::text, updated_at,
              (extract(epoch FROM clock_timestamp() - updated_at) * 1000)::float8 AS age_ms
         FROM projection_checkpoints WHERE projection = ANY($1::text[])`,
      [names],
    ) as Promise<
      {
        projection: string;
        commit_position: string | null;
        prepare_position: string | null;
        updated_at: Date;
        age_ms: number;
      }[]
    >,
    parkedWork.counts(db),
    store.headPosition(),
  ]);
  const checkpoints = new Map(rows.map((row) => [row.projection, row]));
  return Promise.all(
    names.map(async (name): Promise<ConsumerStatus> => {
      const row = checkpoints.get(name);
      const position: GlobalPosition | undefined =
        row?.commit_position && row.prepare_position
          ? { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) }
          : undefined;
      const behind = head !== undefined && (position === undefined || comparePositions(position, head) < 0);
      const lag = behind ? await countAfter(store, position) : 0;
      return {
        name,
        position: position ? formatPosition(position) : null,
        lastAdvancedAt: row ? new Date(row.updated_at).toISOString() : null,
        lag,
        parked: parked.get(name) ?? 0,
        stalled: lag > 0 && (row === undefined || row.age_ms > options.stallAfterMs),
      };
    }),
  );
}

async function countAfter(store: EventStore, after: GlobalPosition | undefined): Promise<number> {
  const options = { ...(after ? { after } : {}), maxCount: WAITING_COUNT_CAP };
  // Counting needs no personal data: read the history as stored where the store can.
  const events = isSealedHistoryReader(store) ? await store.readAllSealed(options) : await store.readAll(options);
  return events.length;
}

/** What is wrong with the consumers, in words without personal data; empty when nothing is. */
export function consumerProblems(statuses: readonly ConsumerStatus[], stallAfterMs: number): string[] {
  return statuses.flatMap((status) => [
    ...(status.parked > 0 ? [`${status.name}: ${status.parked} parked`] : []),
    ...(status.stalled
      ? [
          `${status.name}: not advanced for over ${Math.round(stallAfterMs / 1000)} s with ${status.lag >= WAITING_COUNT_CAP ? `${WAITING_COUNT_CAP}+` : status.lag} events waiting`,
        ]
      : []),
  ]);
}

/**
 * The readiness component for the consumers: degraded (not down: the process still serves) while any consumer has
 * parked work or is stalled with events waiting for it.
 */
export function consumersHealthCheck(
  read: () => Promise<readonly ConsumerStatus[]>,
  stallAfterMs: number,
): HealthCheck {
  return {
    name: 'consumerHealth',
    degradesOnly: true,
    check: async () => {
      const problems = consumerProblems(await read(), stallAfterMs);
      if (problems.length > 0) throw new Error(problems.join('; '));
    },
  };
}

/**
 * Every consumer's status, the parked total and the readiness component, for both processes: the worker's
 * `/health/projectors`, both `/health` readiness checks, and a metrics exporter (`parkedTotal`, `statuses`).
 */
export class ConsumerStatusReader {
  constructor(
    private readonly db: SqlRunner,
    private readonly store: EventStore,
    readonly names: readonly string[],
    readonly stallAfterMs: number,
  ) {}

  statuses(): Promise<ConsumerStatus[]> {
    return readConsumerStatuses(this.db, this.store, this.names, { stallAfterMs: this.stallAfterMs });
  }

  /** Parked events across every consumer (a gauge for metrics). */
  async parkedTotal(): Promise<number> {
    let total = 0;
    for (const count of (await parkedWork.counts(this.db)).values()) total += count;
    return total;
  }

  healthCheck(): HealthCheck {
    return consumersHealthCheck(() => this.statuses(), this.stallAfterMs);
  }
}
