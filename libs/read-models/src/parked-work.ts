import { GlobalPosition, RecordedEvent } from '@vcs/event-store';

/** A connection or transaction to run the statements on (TypeORM's DataSource and EntityManager both fit). */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** Why an event is parked: it failed every attempt, or an earlier event of its stream is parked (order is kept). */
export type ParkedReason = 'failed' | 'behind-parked';

/** One parked event of one consumer. No personal data: ids, type, position and an error summary. */
export interface ParkedEvent {
  readonly consumer: string;
  readonly eventId: string;
  readonly streamId: string;
  readonly eventType: string;
  readonly position: GlobalPosition;
  readonly reason: ParkedReason;
  readonly error: string;
  readonly attempts: number;
  readonly parkedAt: string;
  readonly retryRequestedAt: string | null;
}

interface ParkedRow {
  consumer: string;
  event_id: string;
  stream_id: string;
  event_type: string;
  commit_position: string;
  prepare_position: string;
  reason: ParkedReason;
  error: string;
  attempts: number;
  parked_at: Date;
  retry_requested_at: Date | null;
}

const COLUMNS = `consumer, event_id::text, stream_id, event_type, commit_position::text, prepare_position::text, reason, error, attempts,
  parked_at, retry_requested_at`;
const IN_ORDER = 'ORDER BY consumer, commit_position, prepare_position';

function fromRow(row: ParkedRow): ParkedEvent {
  return {
    consumer: row.consumer,
    eventId: row.event_id,
    streamId: row.stream_id,
    eventType: row.event_type,
    position: { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) },
    reason: row.reason,
    error: row.error,
    attempts: row.attempts,
    parkedAt: new Date(row.parked_at).toISOString(),
    retryRequestedAt: row.retry_requested_at ? new Date(row.retry_requested_at).toISOString() : null,
  };
}

const ERROR_TEXT_LIMIT = 300;

/**
 * What is kept of an error, for the parked row and the log: its name, its code, and its message's first line with
 * anything quoted taken out (a database message can quote a value, e.g. `Key (x)=(…)`), the table and constraint a
 * database error names, at most 300 characters. Our
 * own errors carry ids, rules and dates, never a victim's name, address or contact details.
 */
export function errorSummary(error: unknown): string {
  if (!(error instanceof Error))
    return typeof error === 'string' ? 'non-error thrown' : `non-error thrown (${typeof error})`;
  const code = (error as { code?: unknown }).code;
  const firstLine = (error.message.split('\n')[0] ?? '')
    .replace(/"[^"]*"|'[^']*'|“[^”]*”/g, '…')
    .replace(/\(([^()]*)\)=\(([^()]*)\)/g, '(…)=(…)');
  // PostgreSQL names the schema object (never a value): keep it, the message's quoting hid it.
  const { table, constraint } = error as { table?: unknown; constraint?: unknown };
  const where = [
    typeof table === 'string' ? `table ${table}` : '',
    typeof constraint === 'string' ? `constraint ${constraint}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const text = `${error.name}${typeof code === 'string' || typeof code === 'number' ? ` [${code}]` : ''}: ${firstLine}${where ? ` (${where})` : ''}`;
  return text.length > ERROR_TEXT_LIMIT ? `${text.slice(0, ERROR_TEXT_LIMIT - 1)}…` : text;
}

/** The class of an error kept in a parked row's summary (`DateOutsideCalendar`, `QueryFailedError`): its name. */
export function errorClassOf(summary: string): string {
  if (summary.startsWith('non-error thrown')) return 'non-error thrown';
  return /^[^\s:[]+/.exec(summary)?.[0] ?? 'Error';
}

const VICTIM_STREAM = /^victim-([0-9a-f-]{36})$/i;
const SENTENCE_STREAM = /^sentence-([0-9a-f-]{36})$/i;

/**
 * The ADMIN's task for a consumer's parked stream (`parked_work_tasks`, shown on an ADMIN's `GET /caseload/tasks`):
 * opened (or opened again) when the stream's first event is parked, and it names that event.
 */
async function openTask(
  db: SqlRunner,
  consumer: string,
  work: { readonly streamId: string; readonly eventId: string; readonly eventType: string },
  error: string,
): Promise<void> {
  await db.query(
    `INSERT INTO parked_work_tasks (consumer, stream_id, victim_id, sentence_id, event_id, event_type, error_class, parked_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, now())
     ON CONFLICT (consumer, stream_id) DO UPDATE SET event_id = EXCLUDED.event_id, event_type = EXCLUDED.event_type,
       error_class = EXCLUDED.error_class, parked_at = now(), reopened_at = now(), done_at = NULL, closed_because = NULL
       WHERE parked_work_tasks.done_at IS NOT NULL`,
    [
      consumer,
      work.streamId,
      VICTIM_STREAM.exec(work.streamId)?.[1] ?? null,
      SENTENCE_STREAM.exec(work.streamId)?.[1] ?? null,
      work.eventId,
      work.eventType,
      errorClassOf(error),
    ],
  );
}

/**
 * The `parked_events` table: the work consumers could not do. A consumer parks an event after a bounded number of
 * attempts, and every later event of that stream behind it; an operator (or an ADMIN through the API) asks for a
 * retry once the cause is fixed, and the consumer's active instance replays the stream's parked events in order.
 */
export const parkedWork = {
  async park(
    db: SqlRunner,
    consumer: string,
    event: RecordedEvent,
    reason: ParkedReason,
    error: string,
    attempts: number,
  ): Promise<void> {
    await db.query(
      `INSERT INTO parked_events (consumer, event_id, stream_id, event_type, commit_position, prepare_position, reason, error, attempts)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (consumer, event_id) DO UPDATE SET reason = EXCLUDED.reason, error = EXCLUDED.error, attempts = parked_events.attempts + EXCLUDED.attempts,
         retry_requested_at = NULL`,
      [
        consumer,
        event.id,
        event.streamId,
        event.type,
        event.position.commit.toString(),
        event.position.prepare.toString(),
        reason,
        error,
        attempts,
      ],
    );
    if (reason === 'failed')
      await openTask(db, consumer, { streamId: event.streamId, eventId: event.id, eventType: event.type }, error);
  },

  /**
   * Parks a job's work on one stream that is not an event of the history (the retention job's closure or review of a
   * victim): `workId` names it (stable, so parking it again updates the row), position 0/0.
   */
  async parkJobWork(
    db: SqlRunner,
    consumer: string,
    work: { readonly workId: string; readonly streamId: string; readonly kind: string },
    error: string,
    attempts: number,
  ): Promise<void> {
    await db.query(
      `INSERT INTO parked_events (consumer, event_id, stream_id, event_type, commit_position, prepare_position, reason, error, attempts)
       VALUES ($1, $2, $3, $4, 0, 0, 'failed', $5, $6)
       ON CONFLICT (consumer, event_id) DO UPDATE SET error = EXCLUDED.error, attempts = parked_events.attempts + EXCLUDED.attempts,
         parked_at = now(), retry_requested_at = NULL`,
      [consumer, work.workId, work.streamId, work.kind, error, attempts],
    );
    await openTask(db, consumer, { streamId: work.streamId, eventId: work.workId, eventType: work.kind }, error);
    // Parked again without a retry (an operator's retry is what releases it): the open task names the new error.
    await db.query(
      `UPDATE parked_work_tasks SET error_class = $3, parked_at = now()
        WHERE consumer = $1 AND stream_id = $2 AND event_id = $4 AND done_at IS NULL`,
      [consumer, work.streamId, errorClassOf(error), work.workId],
    );
  },

  /** The streams this consumer has parked work on (later events of these streams are parked behind it). */
  async parkedStreams(db: SqlRunner, consumer: string): Promise<Set<string>> {
    const rows: { stream_id: string }[] = await db.query(
      'SELECT DISTINCT stream_id FROM parked_events WHERE consumer = $1',
      [consumer],
    );
    return new Set(rows.map((row) => row.stream_id));
  },

  /** The ids of the consumer's parked events (failed or waiting behind one): what a rebuild leaves out. */
  async parkedEventIds(db: SqlRunner, consumer: string): Promise<Set<string>> {
    const rows: { event_id: string }[] = await db.query(
      'SELECT event_id::text FROM parked_events WHERE consumer = $1',
      [consumer],
    );
    return new Set(rows.map((row) => row.event_id));
  },

  /** Whether an operator has asked this consumer to retry (cheap: asked only while it has parked work). */
  async retryAsked(db: SqlRunner, consumer: string): Promise<boolean> {
    const rows: unknown[] = await db.query(
      'SELECT 1 FROM parked_events WHERE consumer = $1 AND retry_requested_at IS NOT NULL LIMIT 1',
      [consumer],
    );
    return rows.length > 0;
  },

  /** Every parked event of the streams that have a retry asked for, in history order. */
  async toRetry(db: SqlRunner, consumer: string): Promise<ParkedEvent[]> {
    const rows: ParkedRow[] = await db.query(
      `SELECT ${COLUMNS} FROM parked_events
        WHERE consumer = $1 AND stream_id IN (SELECT stream_id FROM parked_events WHERE consumer = $1 AND retry_requested_at IS NOT NULL)
        ${IN_ORDER}`,
      [consumer],
    );
    return rows.map(fromRow);
  },

  /** Handled at last: no longer parked. The stream's ADMIN task closes with its last parked event. */
  async release(db: SqlRunner, consumer: string, eventId: string): Promise<void> {
    // A SELECT around the DELETE: TypeORM answers a bare DELETE … RETURNING as [rows, count].
    const released: { stream_id: string }[] = await db.query(
      'WITH released AS (DELETE FROM parked_events WHERE consumer = $1 AND event_id = $2 RETURNING stream_id) SELECT stream_id FROM released',
      [consumer, eventId],
    );
    for (const { stream_id: streamId } of released)
      await db.query(
        `UPDATE parked_work_tasks SET done_at = now(), closed_because = 'retried'
          WHERE consumer = $1 AND stream_id = $2 AND done_at IS NULL
            AND NOT EXISTS (SELECT 1 FROM parked_events WHERE consumer = $1 AND stream_id = $2)`,
        [consumer, streamId],
      );
  },

  /** The retry failed too: the event stays parked (with the new error), and so does the rest of its stream. */
  async failedAgain(
    db: SqlRunner,
    consumer: string,
    streamId: string,
    eventId: string,
    error: string,
    attempts: number,
  ): Promise<void> {
    await db.query(
      "UPDATE parked_events SET reason = 'failed', error = $4, attempts = attempts + $5, parked_at = now() WHERE consumer = $1 AND stream_id = $2 AND event_id = $3",
      [consumer, streamId, eventId, error, attempts],
    );
    await db.query('UPDATE parked_events SET retry_requested_at = NULL WHERE consumer = $1 AND stream_id = $2', [
      consumer,
      streamId,
    ]);
    // The task names the event the stream now waits on (an earlier one may have been released by this retry).
    await db.query(
      `UPDATE parked_work_tasks t SET event_id = p.event_id, event_type = p.event_type, error_class = $4, parked_at = now()
         FROM parked_events p
        WHERE t.consumer = $1 AND t.stream_id = $2 AND t.done_at IS NULL AND p.consumer = $1 AND p.event_id = $3`,
      [consumer, streamId, eventId, errorClassOf(error)],
    );
  },

  /** Asks for a retry of every parked event (of one consumer, when named); answers how many are now to be retried. */
  async requestRetry(db: SqlRunner, consumer?: string): Promise<number> {
    // A SELECT around the UPDATE: TypeORM answers a bare UPDATE … RETURNING as [rows, count].
    const [{ asked }]: { asked: number }[] = await db.query(
      'WITH asked AS (UPDATE parked_events SET retry_requested_at = now() WHERE ($1::text IS NULL OR consumer = $1) RETURNING 1) SELECT count(*)::int AS asked FROM asked',
      [consumer ?? null],
    );
    return asked;
  },

  async list(db: SqlRunner, consumer?: string): Promise<ParkedEvent[]> {
    const rows: ParkedRow[] = await db.query(
      `SELECT ${COLUMNS} FROM parked_events WHERE ($1::text IS NULL OR consumer = $1) ${IN_ORDER}`,
      [consumer ?? null],
    );
    return rows.map(fromRow);
  },

  /** Parked events per consumer (consumers with none are absent). */
  async counts(db: SqlRunner): Promise<Map<string, number>> {
    const rows: { consumer: string; parked: number }[] = await db.query(
      'SELECT consumer, count(*)::int AS parked FROM parked_events GROUP BY consumer',
    );
    return new Map(rows.map((row) => [row.consumer, row.parked]));
  },
};
