import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { EventToAppend, PostgresEventStore } from '@vcs/event-store';
import { victimContactEvents } from './payload';
import { percentile, perSecond } from './stats';
import { AppendTarget, WriterStreams } from './writer-streams';

/** One append of `events` to `target`; resolves when the write is durable (committed). */
export type AppendFn = (target: AppendTarget, events: readonly EventToAppend[]) => Promise<void>;

/** Something that appends: our adapter or the raw INSERT baseline, with its own connection pool. */
export interface Appender {
  readonly append: AppendFn;
  close(): Promise<void>;
}

export interface PhaseResult {
  readonly appends: number;
  readonly events: number;
  readonly elapsedMs: number;
  readonly appendsPerSecond: number;
  readonly eventsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

export interface PhaseSpec {
  readonly writers: readonly WriterStreams[];
  readonly eventsPerAppend: number;
  readonly durationMs: number;
}

/** Runs every writer until the deadline (each finishes its in-flight append) and summarises throughput and latency. */
export async function runAppendPhase(appender: Appender, spec: PhaseSpec): Promise<PhaseResult> {
  const latenciesMs: number[] = [];
  const started = performance.now();
  const deadline = started + spec.durationMs;
  const appendCounts = await Promise.all(
    spec.writers.map((streams) => runWriter(appender.append, streams, spec.eventsPerAppend, deadline, latenciesMs)),
  );
  const elapsedMs = performance.now() - started;
  const appends = appendCounts.reduce((sum, count) => sum + count, 0);
  return {
    appends,
    events: appends * spec.eventsPerAppend,
    elapsedMs,
    appendsPerSecond: perSecond(appends, elapsedMs),
    eventsPerSecond: perSecond(appends * spec.eventsPerAppend, elapsedMs),
    p50Ms: percentile(latenciesMs, 50),
    p99Ms: percentile(latenciesMs, 99),
  };
}

async function runWriter(
  append: AppendFn,
  streams: WriterStreams,
  eventsPerAppend: number,
  deadline: number,
  latenciesMs: number[],
): Promise<number> {
  let appends = 0;
  while (performance.now() < deadline) {
    const events = victimContactEvents(eventsPerAppend);
    const target = streams.next();
    const before = performance.now();
    await append(target, events);
    latenciesMs.push(performance.now() - before);
    streams.appended(eventsPerAppend);
    appends += 1;
  }
  return appends;
}

/** Our adapter: `PostgresEventStore.appendToStream` with the command handler's expected revision. */
export function eventStoreAppender(url: string, poolSize: number): Appender {
  const store = new PostgresEventStore({ connectionString: url, poolSize });
  return {
    append: async (target, events) => {
      await store.appendToStream(target.streamId, events, target.expectedRevision);
    },
    close: () => store.close(),
  };
}

const RAW_COLUMNS = ['event_id', 'stream_id', 'revision', 'type', 'data', 'metadata'] as const;

/** The baseline: one plain parameterised (multi-row) INSERT per append, autocommit, via a `pg` Pool. */
export function rawInsertAppender(url: string, poolSize: number): Appender {
  const pool = new Pool({ connectionString: url, max: poolSize });
  pool.on('error', () => undefined);
  const statements = new Map<number, string>();
  const statementFor = (rows: number): string => {
    let sql = statements.get(rows);
    if (sql === undefined) {
      sql = rawInsertSql(rows);
      statements.set(rows, sql);
    }
    return sql;
  };
  return {
    append: async (target, events) => {
      await pool.query(statementFor(events.length), rawInsertParameters(target, events));
    },
    close: () => pool.end(),
  };
}

function rawInsertSql(rows: number): string {
  const width = RAW_COLUMNS.length;
  const tuples = Array.from({ length: rows }, (_, row) => {
    const placeholders = RAW_COLUMNS.map((_, column) => `$${row * width + column + 1}`);
    return `(${placeholders.join(', ')})`;
  });
  return `INSERT INTO bench_raw_events (${RAW_COLUMNS.join(', ')}) VALUES ${tuples.join(', ')}`;
}

function rawInsertParameters(target: AppendTarget, events: readonly EventToAppend[]): string[] {
  return events.flatMap((event, index) => [
    event.id,
    target.streamId,
    (target.firstRevision + BigInt(index)).toString(),
    event.type,
    JSON.stringify(event.data),
    JSON.stringify(event.metadata),
  ]);
}

/** Appends with all writers until, together, they have appended at least `totalEvents` events (used to grow the history). */
export async function appendAtLeast(
  appender: Appender,
  writers: readonly WriterStreams[],
  eventsPerAppend: number,
  totalEvents: number,
): Promise<void> {
  let remaining = totalEvents;
  const fill = async (streams: WriterStreams): Promise<void> => {
    while (remaining > 0) {
      remaining -= eventsPerAppend;
      const target = streams.next();
      await appender.append(target, victimContactEvents(eventsPerAppend));
      streams.appended(eventsPerAppend);
    }
  };
  await Promise.all(writers.map(fill));
}
