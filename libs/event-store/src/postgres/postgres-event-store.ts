import { Pool, PoolConfig } from 'pg';
import {
  AllSubscription,
  AppendResult,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  ReadAllOptions,
  RecordedEvent,
  StreamAppend,
  StreamAppendOutcome,
  SubscribeToAllOptions,
} from '../event-store.port';
import { appendEachIndependently } from '../append-each';
import { appendInOneTransaction } from './append-to-streams';
import { GlobalPosition } from '../global-position';
import { WrongExpectedRevisionError } from '../wrong-expected-revision.error';
import { DuplicateEventIdError } from '../duplicate-event-id.error';
import { EventWakeUps } from './event-wake-ups';
import { PostgresAllSubscription } from './postgres-all-subscription';
import { READ_HORIZON_SQL, SNAPSHOT_XMIN_SQL, WRITER_MARK_IN_FORCE_SQL } from './read-horizon';

export interface PostgresEventStoreOptions {
  readonly connectionString: string;
  readonly poolSize?: number;
  /** How often a subscriber polls when no notification arrives (fallback for lost NOTIFYs). */
  readonly pollIntervalMs?: number;
  /** Events fetched per round trip by readers and subscribers. */
  readonly readBatchSize?: number;
}

interface EventRow {
  sequence: string;
  commit_position: string;
  event_id: string;
  stream_id: string;
  revision: string;
  type: string;
  data: unknown;
  metadata: RecordedEvent['metadata'];
  recorded_at: Date;
}

// The text form is aliased `commit_position`: an alias named transaction_id would make ORDER BY transaction_id sort
// the text ('1000000' < '999999'), out of order and without the index.
const SELECT_COLUMNS =
  'e.sequence, e.transaction_id::text AS commit_position, e.event_id, e.stream_id, e.revision, e.type, e.data, e.metadata, e.recorded_at';

/** The history's read statements, for one way of computing the read horizon (read-horizon.ts). */
interface ReadStatements {
  /** Prepared once per connection (planning the horizon costs more than running it); the typed read stays unnamed: it runs under SET LOCAL settings. */
  readonly names: { readonly readAll: string; readonly hasEventsBeyondHorizon: string; readonly head: string };
  readonly readAll: string;
  readonly readAllOfTypes: string;
  readonly hasEventsBeyondHorizon: string;
  readonly head: string;
}

// Only appends below the read horizon are certainly finished; reading past it could skip a late commit.
//
// readAllOfTypes: the same, for some types only: the primary key is still read in order and the other types are
// skipped in the server, so none of them crosses the wire or is parsed. No index on type: it would cost every
// append, and an index scan of several types cannot return them in global order anyway (a sort of every match per
// batch). Run under ORDERED_SCAN_SETTINGS: left to itself the planner bitmap-scans everything after `after` and
// sorts it (3.3 s per batch on 720,000 events), where reading the primary key in order stops at the LIMIT-th match.
function readStatements(name: string, horizon: string): ReadStatements {
  return {
    names: { readAll: `${name}_read_all`, hasEventsBeyondHorizon: `${name}_beyond_horizon`, head: `${name}_head` },
    readAll: `
  SELECT ${SELECT_COLUMNS} FROM events e
  WHERE (e.transaction_id, e.sequence) > ($1::text::xid8, $2::bigint)
    AND e.transaction_id < ${horizon}
  ORDER BY e.transaction_id, e.sequence
  LIMIT $3`,
    readAllOfTypes: `
  SELECT ${SELECT_COLUMNS} FROM events e
  WHERE (e.transaction_id, e.sequence) > ($1::text::xid8, $2::bigint)
    AND e.transaction_id < ${horizon}
    AND e.type = ANY($4::text[])
  ORDER BY e.transaction_id, e.sequence
  LIMIT $3`,
    // The newest event against the horizon: one step of the primary key backwards. (EXISTS … >= horizon is a sequential
    // scan once the horizon is a subquery: the planner cannot see its value.)
    hasEventsBeyondHorizon: `
  SELECT coalesce((SELECT e.transaction_id FROM events e ORDER BY e.transaction_id DESC LIMIT 1) >= ${horizon}, false) AS pending`,
    head: `
  SELECT e.transaction_id::text AS commit_position, e.sequence FROM events e
  WHERE e.transaction_id < ${horizon}
  ORDER BY e.transaction_id DESC, e.sequence DESC
  LIMIT 1`,
  };
}

const WRITERS_ONLY = readStatements('vcs_events_writers', READ_HORIZON_SQL);
const ANY_TRANSACTION = readStatements('vcs_events_xmin', SNAPSHOT_XMIN_SQL);
export const READ_ALL_SQL = WRITERS_ONLY.readAll;
export const HAS_EVENTS_BEYOND_HORIZON_SQL = WRITERS_ONLY.hasEventsBeyondHorizon;

const ORDERED_SCAN_SETTINGS =
  'SET LOCAL enable_bitmapscan = off; SET LOCAL enable_seqscan = off; SET LOCAL enable_sort = off';

const WRONG_EXPECTED_REVISION = 'VC409';
const UNIQUE_VIOLATION = '23505';
const START: GlobalPosition = { commit: 0n, prepare: 0n };

/** The embedded default event store: one PostgreSQL table, read in transaction-horizon order. */
export class PostgresEventStore implements EventStore {
  private readonly pool: Pool;
  private readonly wakeUps: EventWakeUps;
  private readonly pollIntervalMs: number;
  private readonly readBatchSize: number;
  private readonly subscriptions = new Set<PostgresAllSubscription>();
  private notifyPending = false;
  /** Chosen at the first read: the writer-only horizon where this database's appends mark themselves. */
  private statements: Promise<ReadStatements> | undefined;

  constructor(options: PostgresEventStoreOptions) {
    const poolConfig: PoolConfig = { connectionString: options.connectionString, max: options.poolSize ?? 10 };
    this.pool = new Pool(poolConfig);
    // An idle client's error (e.g. server restart) must not crash the process; the pool replaces it.
    this.pool.on('error', () => undefined);
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.readBatchSize = options.readBatchSize ?? 1000;
    this.wakeUps = new EventWakeUps(options.connectionString);
  }

  async appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    expectedRevision: ExpectedRevision,
  ): Promise<AppendResult> {
    if (events.length === 0) throw new Error('appendToStream needs at least one event');
    const [kind, revision] =
      typeof expectedRevision === 'bigint' ? ['exact', expectedRevision.toString()] : [expectedRevision, null];
    try {
      const result = await this.pool.query<{ revision: string; transaction_id: string; sequence: string }>(
        'SELECT revision, transaction_id, sequence FROM append_events($1, $2, $3, $4::uuid[], $5::text[], $6::jsonb[], $7::jsonb[])',
        [
          streamId,
          kind,
          revision,
          events.map((e) => e.id),
          events.map((e) => e.type),
          events.map((e) => JSON.stringify(e.data)),
          events.map((e) => JSON.stringify(e.metadata)),
        ],
      );
      const last = result.rows[result.rows.length - 1];
      this.notifySubscribers();
      return {
        nextExpectedRevision: BigInt(last.revision),
        position: { commit: BigInt(last.transaction_id), prepare: BigInt(last.sequence) },
      };
    } catch (error) {
      if (isPgError(error) && error.code === WRONG_EXPECTED_REVISION) {
        const actual = BigInt(error.detail ?? '-1');
        throw new WrongExpectedRevisionError(streamId, expectedRevision, actual < 0n ? 'no_stream' : actual);
      }
      if (isPgError(error) && error.code === UNIQUE_VIOLATION && error.constraint === 'events_event_id_key') {
        throw new DuplicateEventIdError(streamId);
      }
      throw error;
    }
  }

  /**
   * One round trip and one commit for all the streams (appendInOneTransaction); a stream whose expected revision
   * fails is left out and answered with its WrongExpectedRevisionError. If the transaction fails as a whole (an event
   * id already in the history, or the database itself), nothing of it was written and each stream is appended on its
   * own instead, so every stream still gets exactly the outcome of a single append.
   */
  async appendToStreams(appends: readonly StreamAppend[]): Promise<StreamAppendOutcome[]> {
    if (appends.length === 0) return [];
    const alone = (some: readonly StreamAppend[]) => appendEachIndependently(this, some);
    if (appends.length === 1 || appends.some((append) => append.events.length === 0)) return alone(appends);
    const client = await this.pool.connect().catch(() => undefined);
    if (!client) return alone(appends);
    let reusable = false;
    try {
      const { outcomes, clientReusable } = await appendInOneTransaction(client, appends, alone);
      reusable = clientReusable;
      if (outcomes.some((outcome) => outcome.ok)) this.notifySubscribers();
      return outcomes;
    } finally {
      client.release(!reusable); // a connection in an unknown state does not go back to the pool
    }
  }

  /**
   * Wakes subscribers in every process after an append has committed. Sent outside the append's transaction (a NOTIFY
   * inside it serialises commits server-wide) and coalesced: appends finishing in the same tick share one NOTIFY.
   */
  private notifySubscribers(): void {
    if (this.notifyPending) return;
    this.notifyPending = true;
    setImmediate(() => {
      this.notifyPending = false;
      this.pool.query("SELECT pg_notify('vcs_events', '')").catch(() => undefined); // subscribers also poll
    });
  }

  async readStream(
    streamId: string,
    options: { fromRevision?: bigint; maxCount?: number } = {},
  ): Promise<RecordedEvent[]> {
    const result = await this.pool.query<EventRow>(
      `SELECT ${SELECT_COLUMNS} FROM events e WHERE e.stream_id = $1 AND e.revision >= $2 ORDER BY e.revision LIMIT $3`,
      [streamId, (options.fromRevision ?? 0n).toString(), options.maxCount ?? null],
    );
    return result.rows.map(toRecordedEvent);
  }

  async readStreams(streamIds: readonly string[]): Promise<Map<string, RecordedEvent[]>> {
    const streams = new Map<string, RecordedEvent[]>(streamIds.map((streamId) => [streamId, []]));
    if (streams.size === 0) return streams;
    const result = await this.pool.query<EventRow>(
      `SELECT ${SELECT_COLUMNS} FROM events e WHERE e.stream_id = ANY($1::text[]) ORDER BY e.stream_id, e.revision`,
      [[...streams.keys()]],
    );
    for (const row of result.rows) (streams.get(row.stream_id) as RecordedEvent[]).push(toRecordedEvent(row));
    return streams;
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const after = options.after ?? START;
    const parameters = [after.commit.toString(), after.prepare.toString(), options.maxCount ?? this.readBatchSize];
    const statements = await this.readStatements();
    if (!options.types)
      return (
        await this.pool.query<EventRow>({
          name: statements.names.readAll,
          text: statements.readAll,
          values: parameters,
        })
      ).rows.map(toRecordedEvent);
    if (options.types.length === 0) return [];
    const client = await this.pool.connect();
    try {
      await client.query(`BEGIN READ ONLY; ${ORDERED_SCAN_SETTINGS}`);
      const result = await client.query<EventRow>(statements.readAllOfTypes, [...parameters, options.types]);
      await client.query('COMMIT');
      client.release();
      return result.rows.map(toRecordedEvent);
    } catch (error) {
      client.release(true); // whatever state it is in, it does not go back to the pool
      throw error;
    }
  }

  /** True when committed events exist that readers cannot see yet because an older transaction is still open. */
  async hasEventsBeyondHorizon(): Promise<boolean> {
    const statements = await this.readStatements();
    const result = await this.pool.query<{ pending: boolean }>({
      name: statements.names.hasEventsBeyondHorizon,
      text: statements.hasEventsBeyondHorizon,
    });
    return result.rows[0].pending;
  }

  /**
   * A database whose `append_events` does not mark writers yet (migrations not run) is read with the snapshot's
   * xmin: slower to see new events, never skipping one. Checked once; a failed check is tried again next read.
   */
  private readStatements(): Promise<ReadStatements> {
    this.statements ??= this.pool.query<{ marked: boolean }>(WRITER_MARK_IN_FORCE_SQL).then(
      (result) => (result.rows[0]?.marked ? WRITERS_ONLY : ANY_TRANSACTION),
      (error: unknown) => {
        this.statements = undefined;
        throw error;
      },
    );
    return this.statements;
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): AllSubscription {
    const subscription = new PostgresAllSubscription({
      after: options.after ?? START,
      store: this,
      wakeUps: this.wakeUps,
      pollIntervalMs: this.pollIntervalMs,
      batchSize: this.readBatchSize,
      onClose: () => this.subscriptions.delete(subscription),
    });
    this.subscriptions.add(subscription);
    return subscription;
  }

  async headPosition(): Promise<GlobalPosition | undefined> {
    const statements = await this.readStatements();
    const result = await this.pool.query<{ commit_position: string; sequence: string }>({
      name: statements.names.head,
      text: statements.head,
    });
    const row = result.rows[0];
    return row ? { commit: BigInt(row.commit_position), prepare: BigInt(row.sequence) } : undefined;
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1 FROM events LIMIT 0');
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.close()));
    await this.wakeUps.close();
    await this.pool.end();
  }
}

function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    type: row.type,
    data: row.data,
    metadata: row.metadata,
    streamId: row.stream_id,
    revision: BigInt(row.revision),
    position: { commit: BigInt(row.commit_position), prepare: BigInt(row.sequence) },
    recordedAt: row.recorded_at,
  };
}

function isPgError(error: unknown): error is { code: string; detail?: string; constraint?: string } {
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string';
}
