import { Client } from 'pg';
import { createTestDatabase, TestDatabase } from '@vcs/test-support';
import { anEvent, newStreamId } from '../testing';
import { comparePositions } from '../global-position';
import { appendEventsFunctionSql } from './event-store.schema';
import { WRITER_MARK_KEYS } from './read-horizon';
import { APPEND_SQL, appendParameters, openSlowAppend, startCollecting } from './subscription-testing';
import { HAS_EVENTS_BEYOND_HORIZON_SQL, PostgresEventStore, READ_ALL_SQL } from './postgres-event-store';

/** A transaction that has an id (as every writing transaction does) and writes no event, open until `end()`. */
async function openTransactionWithId(url: string): Promise<{ end: () => Promise<void> }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query('BEGIN');
  await client.query('SELECT pg_current_xact_id()');
  return {
    end: async () => {
      await client.query('COMMIT');
      await client.end();
    },
  };
}

describe('PostgreSQL event store: the read horizon waits for appends only', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;

  beforeEach(async () => {
    database = await createTestDatabase();
    store = new PostgresEventStore({ connectionString: database.url, pollIntervalMs: 100, readBatchSize: 50 });
  });

  afterEach(async () => {
    await store.close();
    await database.drop();
  });

  it('delivers events while an older transaction that writes no event (a projector batch, an audit insert) is still open', async () => {
    const collector = startCollecting(store);
    const projectorBatch = await openTransactionWithId(database.url);
    try {
      await store.appendToStream(newStreamId(), [anEvent('Recorded')], 'no_stream');
      await collector.until(
        () => collector.received.length >= 1,
        'the event appended after the open transaction began',
      );
      expect((await store.headPosition())?.commit).toBe(collector.received[0].position.commit);
    } finally {
      await projectorBatch.end();
      await collector.stop();
    }
  });

  it('delivers events while a transaction in another database of the server is open', async () => {
    const other = await createTestDatabase();
    const collector = startCollecting(store);
    const elsewhere = await openTransactionWithId(other.url);
    try {
      await store.appendToStream(newStreamId(), [anEvent('Recorded')], 'no_stream');
      await collector.until(
        () => collector.received.length >= 1,
        'the event appended while another database had an open transaction',
      );
    } finally {
      await elsewhere.end();
      await collector.stop();
      await other.drop();
    }
  });

  it('refuses an append in a transaction that already has an id, and appends nothing', async () => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    const streamId = newStreamId();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_current_xact_id()');
      await expect(client.query(APPEND_SQL, appendParameters(streamId, [anEvent('TooLate')]))).rejects.toMatchObject({
        code: 'VC500',
      });
      await client.query('ROLLBACK');
    } finally {
      await client.end();
    }
    expect(await store.readStream(streamId)).toEqual([]);
  });

  it('still never skips an append that commits late, with transactions that write no event opening and closing around it', async () => {
    const collector = startCollecting(store);
    const before = await openTransactionWithId(database.url);
    const late = await openSlowAppend(database.url, newStreamId('late'), ['LateOne', 'LateTwo']);
    const after = await openTransactionWithId(database.url);
    await before.end();

    await Promise.all(
      Array.from({ length: 5 }, () => store.appendToStream(newStreamId('quick'), [anEvent('Quick')], 'no_stream')),
    );
    // The quick events are committed but lie above the late append's id: delivering them now could skip it.
    await new Promise((r) => setTimeout(r, 300));
    expect(collector.received).toHaveLength(0);

    await late.commit();
    await collector.until(() => collector.received.length >= 7, 'the late and the quick events');
    await after.end();
    await collector.stop();
    expect(collector.received.slice(0, 2).map((e) => e.id)).toEqual(late.ids);
    expect(new Set(collector.received.map((e) => e.id)).size).toBe(7);
  });

  it('delivers every event exactly once and in order while writers commit out of order among many transactions that write none', async () => {
    const collector = startCollecting(store);
    let writing = true;
    const churn = async () => {
      const client = new Client({ connectionString: database.url });
      await client.connect();
      try {
        while (writing) {
          await client.query('BEGIN');
          await client.query('SELECT pg_current_xact_id()');
          await client.query('SELECT pg_sleep($1)', [Math.random() * 0.006]);
          await client.query('COMMIT');
        }
      } finally {
        await client.end();
      }
    };
    const streams = Array.from({ length: 5 }, () => newStreamId('contended'));
    const write = async (writer: number) => {
      const client = new Client({ connectionString: database.url });
      await client.connect();
      try {
        for (let i = 0; i < 25; i++) {
          await client.query('BEGIN');
          await client.query(
            APPEND_SQL,
            appendParameters(streams[(writer + i) % streams.length], [anEvent(`W${writer}`, { i })]),
          );
          await client.query('SELECT pg_sleep($1)', [Math.random() * 0.004]);
          await client.query('COMMIT');
        }
      } finally {
        await client.end();
      }
    };
    const churning = Array.from({ length: 4 }, churn);
    await Promise.all(Array.from({ length: 8 }, (_, w) => write(w)));
    writing = false;
    await Promise.all(churning);

    await collector.until(() => collector.received.length >= 200, 'all 200 events');
    await new Promise((r) => setTimeout(r, 200));
    await collector.stop();
    const received = collector.received;
    expect(received).toHaveLength(200);
    expect(new Set(received.map((e) => e.id)).size).toBe(200);
    for (let i = 1; i < received.length; i++)
      expect(comparePositions(received[i - 1].position, received[i].position)).toBeLessThan(0);
    for (const streamId of streams) {
      const revisions = received.filter((e) => e.streamId === streamId).map((e) => Number(e.revision));
      expect(revisions).toEqual(revisions.map((_, i) => i));
    }
  });

  it('reads a database whose appends do not mark themselves yet (migration not run) with the snapshot xmin, never skipping a late append', async () => {
    const admin = new Client({ connectionString: database.url });
    await admin.connect();
    await admin.query(appendEventsFunctionSql({ markWriter: false }));
    await admin.end();
    const unmigrated = new PostgresEventStore({
      connectionString: database.url,
      pollIntervalMs: 100,
      readBatchSize: 50,
    });
    const collector = startCollecting(unmigrated);
    try {
      const late = await openSlowAppend(database.url, newStreamId('late'), ['Late']);
      await unmigrated.appendToStream(newStreamId('quick'), [anEvent('Quick')], 'no_stream');
      await new Promise((r) => setTimeout(r, 300));
      expect(collector.received).toHaveLength(0);

      await late.commit();
      await collector.until(() => collector.received.length >= 2, 'the late and the quick event');
      expect(collector.received.map((e) => e.type)).toEqual(['Late', 'Quick']);
    } finally {
      await collector.stop();
      await unmigrated.close();
    }
  });

  it('reads the horizon and the events after a position by the primary key, never a scan of the whole table', async () => {
    const admin = new Client({ connectionString: database.url });
    await admin.connect();
    try {
      // Enough history that a full scan is the planner's choice for a condition whose value it cannot see.
      await admin.query(
        `INSERT INTO events (transaction_id, event_id, stream_id, revision, type, data, metadata)
         SELECT '50'::xid8, gen_random_uuid(), 'many-' || n, 0, 'Many', '{}', '{}' FROM generate_series(1, 30000) AS n`,
      );
      await admin.query('ANALYZE events');
      const plan = async (sql: string, values: unknown[] = []) =>
        (await admin.query(`EXPLAIN ${sql}`, values)).rows
          .map((row: Record<string, string>) => row['QUERY PLAN'])
          .join('\n');
      for (const text of [await plan(HAS_EVENTS_BEYOND_HORIZON_SQL), await plan(READ_ALL_SQL, ['0', '0', 1000])]) {
        expect(text).toContain('events_pkey');
        expect(text).not.toMatch(/Seq Scan on events/);
      }
    } finally {
      await admin.end();
    }
  });

  it('marks an append to many streams as a writer before it waits for a stream, so before it has an id', async () => {
    const held = newStreamId('held');
    const holder = new Client({ connectionString: database.url });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [held]);
    const appending = store.appendToStreams([
      { streamId: newStreamId(), events: [anEvent('Free')], expectedRevision: 'no_stream' },
      { streamId: held, events: [anEvent('Held')], expectedRevision: 'no_stream' },
    ]);
    // Asked outside the holder's transaction (pg_stat_activity is read once per transaction), in this database only (other test files append too).
    const observer = new Client({ connectionString: database.url });
    await observer.connect();
    try {
      const waiting = async () =>
        (
          await observer.query(
            `SELECT l.pid, a.backend_xid FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
             WHERE l.locktype = 'advisory' AND l.classid = $1 AND l.objid = $2 AND l.objsubid = 2
               AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
            [...WRITER_MARK_KEYS],
          )
        ).rows as { pid: number; backend_xid: string | null }[];
      const deadline = Date.now() + 10000;
      let marked = await waiting();
      while (marked.length === 0 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 20));
        marked = await waiting();
      }
      expect(marked).toEqual([{ pid: expect.any(Number), backend_xid: null }]);
    } finally {
      await observer.end();
      await holder.query('COMMIT');
      await holder.end();
    }
    expect((await appending).map((outcome) => outcome.ok)).toEqual([true, true]);
  });
});
