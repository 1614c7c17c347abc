import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { GlobalPosition, PostgresEventStore } from '@vcs/event-store';
import { perSecond } from './stats';
import { withClient } from './bench-database';

export interface ReadResult {
  readonly events: number;
  readonly elapsedMs: number;
  readonly eventsPerSecond: number;
  /** Time spent waiting on empty pages because an open transaction held the read horizon back. */
  readonly stalledMs: number;
}

/** Readers only see transactions below the cluster-wide xmin: any open transaction (in any database) can hold them back. */
const HORIZON_POLL_MS = 10;
const MAX_HORIZON_WAIT_MS = 120_000;

export async function countRows(url: string, table: 'events' | 'bench_raw_events'): Promise<number> {
  return withClient(url, async (client) => {
    const result = await client.query<{ count: string }>(`SELECT count(*) AS count FROM ${table}`);
    return Number(result.rows[0].count);
  });
}

/** Copies events into the baseline table until it holds at least `rows` rows (server side, not timed). */
export async function topUpRawTable(url: string, rows: number): Promise<void> {
  const missing = rows - (await countRows(url, 'bench_raw_events'));
  if (missing <= 0) return;
  await withClient(url, (client) =>
    client.query(
      `INSERT INTO bench_raw_events (event_id, stream_id, revision, type, data, metadata, recorded_at)
       SELECT event_id, stream_id, revision, type, data, metadata, recorded_at FROM events
       ORDER BY transaction_id, sequence LIMIT $1`,
      [missing],
    ),
  );
}

/** Sets hint bits and statistics on both tables so neither side pays for it during its timed read. */
export async function vacuumAnalyze(url: string): Promise<void> {
  await withClient(url, async (client) => {
    await client.query('VACUUM (ANALYZE) events');
    await client.query('VACUUM (ANALYZE) bench_raw_events');
  });
}

/** `readAll` paging from the start until `expected` events have been read. */
export async function measureReadAll(
  store: PostgresEventStore,
  expected: number,
  batchSize: number,
): Promise<ReadResult> {
  const started = performance.now();
  let after: GlobalPosition | undefined;
  let events = 0;
  let stalledMs = 0;
  while (events < expected) {
    const page = await store.readAll({ after, maxCount: batchSize });
    if (page.length === 0) {
      stalledMs += await pauseForHorizon(stalledMs, `readAll stalled after ${events} of ${expected} events`);
      continue;
    }
    events += page.length;
    after = page[page.length - 1].position;
  }
  const elapsedMs = performance.now() - started;
  return { events, elapsedMs, eventsPerSecond: perSecond(events, elapsedMs), stalledMs };
}

/** A `subscribeToAll` from the start, timed until it has delivered `expected` events. */
export async function measureCatchUp(store: PostgresEventStore, expected: number): Promise<ReadResult> {
  const started = performance.now();
  const subscription = store.subscribeToAll();
  let events = 0;
  try {
    for await (const _event of subscription) {
      events += 1;
      if (events >= expected) break;
    }
  } finally {
    await subscription.close();
  }
  const elapsedMs = performance.now() - started;
  return { events, elapsedMs, eventsPerSecond: perSecond(events, elapsedMs), stalledMs: Number.NaN };
}

/** Baseline: keyset paging over the plain table by its bigserial key, same page size, same row count. */
export async function measureRawPaging(url: string, expected: number, batchSize: number): Promise<ReadResult> {
  const pool = new Pool({ connectionString: url, max: 1 });
  try {
    await pool.query('SELECT 1');
    const started = performance.now();
    let lastId = '0';
    let events = 0;
    while (events < expected) {
      const page = await pool.query<{ id: string }>(
        `SELECT id, event_id, stream_id, revision, type, data, metadata, recorded_at
         FROM bench_raw_events WHERE id > $1 ORDER BY id LIMIT $2`,
        [lastId, Math.min(batchSize, expected - events)],
      );
      if (page.rows.length === 0) throw new Error(`bench_raw_events ran out after ${events} of ${expected} rows`);
      events += page.rows.length;
      lastId = page.rows[page.rows.length - 1].id;
    }
    const elapsedMs = performance.now() - started;
    return { events, elapsedMs, eventsPerSecond: perSecond(events, elapsedMs), stalledMs: 0 };
  } finally {
    await pool.end();
  }
}

/**
 * Waits until every committed event is below the read horizon, so a timed read starts with the whole
 * history visible. Returns how long it waited and, if it had to wait, who held the horizon back.
 */
export async function waitUntilHistoryVisible(
  store: PostgresEventStore,
  url: string,
): Promise<{ waitedMs: number; blockers: string[] }> {
  const started = performance.now();
  let blockers: string[] = [];
  while (await store.hasEventsBeyondHorizon()) {
    if (blockers.length === 0) blockers = await horizonBlockers(url);
    await pauseForHorizon(performance.now() - started, 'the read horizon did not pass the last event');
  }
  return { waitedMs: performance.now() - started, blockers };
}

/** Open transactions with an xid, oldest first: these keep pg_snapshot_xmin(pg_current_snapshot()) down. */
async function horizonBlockers(url: string): Promise<string[]> {
  return withClient(url, async (client) => {
    const result = await client.query<{ pid: number; datname: string; state: string; age: string; query: string }>(
      `SELECT pid, datname, state, (now() - xact_start)::text AS age, left(query, 60) AS query
       FROM pg_stat_activity WHERE backend_xid IS NOT NULL AND pid <> pg_backend_pid()
       ORDER BY age(backend_xid) DESC LIMIT 3`,
    );
    return result.rows.map((row) => `pid ${row.pid} in ${row.datname} (${row.state}, open ${row.age}): ${row.query}`);
  });
}

async function pauseForHorizon(waitedMs: number, failure: string): Promise<number> {
  if (waitedMs >= MAX_HORIZON_WAIT_MS) throw new Error(`${failure} within ${MAX_HORIZON_WAIT_MS / 1000} s`);
  const before = performance.now();
  await new Promise((resolve) => setTimeout(resolve, HORIZON_POLL_MS));
  return performance.now() - before;
}
