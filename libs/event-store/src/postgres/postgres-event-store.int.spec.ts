import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createTestDatabase, TestDatabase } from '@vcs/test-support';
import { anEvent, newStreamId } from '../testing';
import { comparePositions } from '../global-position';
import { PostgresEventStore, READ_ALL_SQL } from './postgres-event-store';
import { openSlowAppend, startCollecting } from './subscription-testing';
import { DuplicateEventIdError } from '../duplicate-event-id.error';

describe('PostgreSQL event store: late commits', () => {
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

  it('never skips an event that commits after newer events are already visible', async () => {
    const collector = startCollecting(store, undefined);
    const lateStream = newStreamId('late');
    const late = await openSlowAppend(database.url, lateStream, ['LateOne', 'LateTwo']);

    const quickStreams = Array.from({ length: 10 }, () => newStreamId('quick'));
    await Promise.all(quickStreams.map((s) => store.appendToStream(s, [anEvent('Quick')], 'no_stream')));
    // Quick events are committed, but lie beyond the open transaction's horizon: delivering them now would risk the skip.
    await new Promise((r) => setTimeout(r, 300));
    expect(collector.received).toHaveLength(0);

    await late.commit();
    await collector.until(() => collector.received.length === 12, 'all twelve events');
    await collector.stop();

    expect(collector.received.filter((e) => e.streamId === lateStream).map((e) => e.id)).toEqual(late.ids);
    expect(new Set(collector.received.map((e) => e.id)).size).toBe(12);
  });

  it('delivers every event exactly once, each stream in order, under many writers committing out of order', async () => {
    const writers = 16;
    const appendsPerWriter = 30;
    const collector = startCollecting(store, undefined);
    const streams = Array.from({ length: 6 }, () => newStreamId('contended'));

    // Each writer holds its transaction open for a random moment, so commit order differs from id order.
    const write = async (writer: number) => {
      const client = new Client({ connectionString: database.url });
      await client.connect();
      try {
        for (let i = 0; i < appendsPerWriter; i++) {
          const streamId = streams[(writer + i) % streams.length];
          const events = [anEvent(`W${writer}`, { i }), anEvent(`W${writer}`, { i, second: true })];
          await client.query('BEGIN');
          await client.query(
            `SELECT * FROM append_events($1, 'any', NULL, $2::uuid[], $3::text[], $4::jsonb[], $5::jsonb[])`,
            [
              streamId,
              events.map((e) => e.id),
              events.map((e) => e.type),
              events.map((e) => JSON.stringify(e.data)),
              events.map((e) => JSON.stringify(e.metadata)),
            ],
          );
          await client.query('SELECT pg_sleep($1)', [Math.random() * 0.004]);
          await client.query('COMMIT');
        }
      } finally {
        await client.end();
      }
    };
    await Promise.all(Array.from({ length: writers }, (_, w) => write(w)));

    const total = writers * appendsPerWriter * 2;
    await collector.until(() => collector.received.length >= total, `${total} events`);
    await new Promise((r) => setTimeout(r, 200));
    await collector.stop();

    const received = collector.received;
    const repeated = received.filter((e, i) => received.findIndex((o) => o.id === e.id) !== i);
    expect(repeated.map((e) => ({ stream: e.streamId, revision: e.revision, position: e.position }))).toEqual([]);
    expect(received).toHaveLength(total);
    expect(new Set(received.map((e) => e.id)).size).toBe(total);
    for (let i = 1; i < received.length; i++)
      expect(comparePositions(received[i - 1].position, received[i].position)).toBeLessThan(0);
    for (const streamId of streams) {
      const revisions = received.filter((e) => e.streamId === streamId).map((e) => Number(e.revision));
      expect(revisions).toEqual(revisions.map((_, i) => i));
    }
  });

  it('wakes a live subscriber by notification well before the poll interval', async () => {
    const slowPolling = new PostgresEventStore({ connectionString: database.url, pollIntervalMs: 60000 });
    try {
      const collector = startCollecting(slowPolling, undefined);
      await new Promise((r) => setTimeout(r, 200));
      await store.appendToStream(newStreamId(), [anEvent('Woken')], 'no_stream');
      await collector.until(() => collector.received.length === 1, 'the notified event');
      await collector.stop();
    } finally {
      await slowPolling.close();
    }
  });

  it('keeps a subscription alive across a dropped database connection', async () => {
    const collector = startCollecting(store, undefined);
    await store.appendToStream(newStreamId(), [anEvent('BeforeDrop')], 'no_stream');
    await collector.until(() => collector.received.length === 1, 'the first event');

    const admin = new Client({ connectionString: database.url });
    await admin.connect();
    await admin.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
    await admin.end();

    await store
      .appendToStream(newStreamId(), [anEvent('AfterDrop')], 'no_stream')
      .catch(() => store.appendToStream(newStreamId(), [anEvent('AfterDrop')], 'no_stream'));
    await collector.until(() => collector.received.length === 2, 'the event after the drop');
    await collector.stop();
    expect(collector.received.map((e) => e.type)).toEqual(['BeforeDrop', 'AfterDrop']);
  });
});

describe('PostgreSQL event store: event ids', () => {
  it('refuses an event id already in the history, on any stream, with a typed error', async () => {
    const database = await createTestDatabase();
    const store = new PostgresEventStore({ connectionString: database.url });
    try {
      const event = anEvent('Once');
      await store.appendToStream(newStreamId(), [event], 'no_stream');
      const otherStream = newStreamId();

      await expect(store.appendToStream(otherStream, [event], 'no_stream')).rejects.toBeInstanceOf(
        DuplicateEventIdError,
      );
      expect(await store.readStream(otherStream)).toEqual([]);
    } finally {
      await store.close();
      await database.drop();
    }
  });
});

describe('PostgreSQL event store: appending to many streams', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;

  beforeEach(async () => {
    database = await createTestDatabase();
    store = new PostgresEventStore({ connectionString: database.url });
  });

  afterEach(async () => {
    await store.close();
    await database.drop();
  });

  it('commits every accepted stream in one transaction, each stream in revision order', async () => {
    const streams = [newStreamId(), newStreamId(), newStreamId()];

    const outcomes = await store.appendToStreams(
      streams.map((streamId) => ({
        streamId,
        events: [anEvent('A'), anEvent('B')],
        expectedRevision: 'no_stream' as const,
      })),
    );

    expect(outcomes.every((o) => o.ok)).toBe(true);
    const events = (await store.readStreams(streams)).values();
    const all = [...events].flat();
    expect(new Set(all.map((e) => e.position.commit.toString())).size).toBe(1);
    for (const streamId of streams) {
      const stream = all.filter((e) => e.streamId === streamId);
      expect(comparePositions(stream[0].position, stream[1].position)).toBeLessThan(0);
    }
  });

  it('refuses only the stream with an event id already in the history; the others are appended', async () => {
    const event = anEvent('Once');
    await store.appendToStream(newStreamId(), [event], 'no_stream');
    const [before, duplicate, after] = [newStreamId(), newStreamId(), newStreamId()];

    const outcomes = await store.appendToStreams([
      { streamId: before, events: [anEvent('A')], expectedRevision: 'no_stream' },
      { streamId: duplicate, events: [anEvent('B'), event], expectedRevision: 'no_stream' },
      { streamId: after, events: [anEvent('C')], expectedRevision: 'no_stream' },
    ]);

    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    expect(outcomes[1].ok ? undefined : outcomes[1].error).toBeInstanceOf(DuplicateEventIdError);
    expect(await store.readStream(duplicate)).toEqual([]);
    expect(await store.readStream(before)).toHaveLength(1);
    expect(await store.readStream(after)).toHaveLength(1);
  });

  it('keeps data with quotes, backslashes and any character exactly (the values travel as escaped literals)', async () => {
    const awkward = anEvent('Awkward', {
      text: "it's a \\ back\\slash, 'quoted' and \"double\", Ünïcödé 🎉, E'\\x41'",
      list: ["'); DROP TABLE events; --"],
    });
    const streams = [newStreamId("o'brien"), newStreamId()];

    const outcomes = await store.appendToStreams(
      streams.map((streamId) => ({
        streamId,
        events: [{ ...awkward, id: randomUUID() }],
        expectedRevision: 'no_stream' as const,
      })),
    );

    expect(outcomes.every((o) => o.ok)).toBe(true);
    for (const streamId of streams)
      expect((await store.readStream(streamId))[0]).toMatchObject({
        streamId,
        data: awkward.data,
        metadata: awkward.metadata,
      });
  });

  it('checks a second append to a stream after the first, and a refused later one leaves the earlier ones written', async () => {
    const taken = anEvent('Taken');
    await store.appendToStream(newStreamId(), [taken], 'no_stream');
    const [stream, other] = [newStreamId(), newStreamId()];

    const outcomes = await store.appendToStreams([
      { streamId: stream, events: [anEvent('First')], expectedRevision: 'no_stream' },
      { streamId: other, events: [anEvent('Other')], expectedRevision: 'no_stream' },
      { streamId: stream, events: [taken], expectedRevision: 0n },
      { streamId: stream, events: [anEvent('Third')], expectedRevision: 0n },
    ]);

    expect(outcomes.map((o) => o.ok)).toEqual([true, true, false, true]);
    expect(outcomes[2].ok ? undefined : outcomes[2].error).toBeInstanceOf(DuplicateEventIdError);
    expect((await store.readStream(stream)).map((e) => e.type)).toEqual(['First', 'Third']);
    expect(await store.readStream(other)).toHaveLength(1);
  });

  it('waits for a single append holding a stream, then checks against the revision it committed', async () => {
    const [held, free] = [newStreamId(), newStreamId()];
    await store.appendToStream(held, [anEvent('A')], 'no_stream');
    const slow = await openSlowAppend(database.url, held, ['Meanwhile']);

    const appending = store.appendToStreams([
      { streamId: held, events: [anEvent('Late')], expectedRevision: 0n },
      { streamId: free, events: [anEvent('C')], expectedRevision: 'no_stream' },
    ]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await slow.commit();
    const outcomes = await appending;

    expect(outcomes[0]).toMatchObject({ ok: false, error: { name: 'WrongExpectedRevisionError', actual: 1n } });
    expect(outcomes[1].ok).toBe(true);
    expect((await store.readStream(held)).map((e) => e.type)).toEqual(['A', 'Meanwhile']);
  });
});

describe('PostgreSQL event store: read order', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;

  beforeAll(async () => {
    database = await createTestDatabase();
    store = new PostgresEventStore({ connectionString: database.url });
  });

  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  it('orders by transaction id as a number, also across a change in its number of digits', async () => {
    const admin = new Client({ connectionString: database.url });
    await admin.connect();
    try {
      // Transaction ids 99 and 100 are long finished on any server that ran the migrations, so both are readable.
      for (const [transactionId, revision] of [
        ['100', 1],
        ['99', 0],
      ] as const) {
        const event = anEvent(`AtTransaction${transactionId}`);
        await admin.query(
          `INSERT INTO events (transaction_id, event_id, stream_id, revision, type, data, metadata) VALUES ($1::xid8, $2, 'boundary-1', $3, $4, '{}', $5)`,
          [transactionId, event.id, revision, event.type, JSON.stringify(event.metadata)],
        );
      }
    } finally {
      await admin.end();
    }

    const read = await store.readAll({ maxCount: 10 });

    expect(read.map((e) => e.type)).toEqual(['AtTransaction99', 'AtTransaction100']);
    expect((await store.headPosition())?.commit).toBe(100n);
    expect((await store.readAll({ after: read[0].position })).map((e) => e.type)).toEqual(['AtTransaction100']);
  });

  it('pages through the history by the primary key index, never a sort of the whole table', async () => {
    const admin = new Client({ connectionString: database.url });
    await admin.connect();
    try {
      // On a small table the planner may sort anyway; forbid the alternatives so only an index-ordered plan is sort-free.
      await admin.query('SET enable_seqscan = off; SET enable_bitmapscan = off; SET enable_sort = off');
      const { rows } = await admin.query(`EXPLAIN ${READ_ALL_SQL}`, ['0', '0', 1000]);
      const plan = rows.map((row: Record<string, string>) => row['QUERY PLAN']).join('\n');
      expect(plan).toContain('events_pkey');
      expect(plan).not.toMatch(/Sort Key/);
    } finally {
      await admin.end();
    }
  });
});
