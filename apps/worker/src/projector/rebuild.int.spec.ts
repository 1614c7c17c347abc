import { EventStore, PostgresEventStore, ReadAllOptions } from '@vcs/event-store';
import { anEvent, newStreamId } from '@vcs/event-store/testing';
import { createDataSource } from '@vcs/read-models';
import { createTestDatabase, TestDatabase } from '@vcs/test-support';
import { DataSource } from 'typeorm';
import { Projector } from './projector';
import { RebuildAllProgress, rebuildProjection, rebuildProjections, RebuildProgress } from './rebuild';
import { TallyProjection } from './testing/tally.projection';

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

async function until(predicate: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 60000;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('rebuilding a read model while the live projector keeps going', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let store: PostgresEventStore;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource(database.url, { poolSize: 6 });
    await dataSource.initialize();
    await dataSource.query(TallyProjection.createTablesSql('live') + TallyProjection.createTablesSql('clean'));
    store = new PostgresEventStore({ connectionString: database.url, pollIntervalMs: 100 });
  });

  afterAll(async () => {
    await store.close();
    await dataSource.destroy();
    await database.drop();
  });

  const applied = async (projection: string) => {
    const rows: { events_applied: string }[] = await dataSource.query(
      'SELECT events_applied FROM projection_checkpoints WHERE projection = $1',
      [projection],
    );
    return rows.length ? Number(rows[0].events_applied) : 0;
  };
  const caughtUp = async (projection: string) => {
    const head = await store.headPosition();
    const rows: { position: string }[] = await dataSource.query(
      "SELECT commit_position::text || '/' || prepare_position::text AS position FROM projection_checkpoints WHERE projection = $1",
      [projection],
    );
    return !!head && rows[0]?.position === `${head.commit}/${head.prepare}`;
  };

  it('produces exactly the rows the live projector produces, and replaces the live tables', async () => {
    const streams = Array.from({ length: 10 }, () => newStreamId('victim'));
    const write = async (appends: number) => {
      for (let i = 0; i < appends; i++) {
        await Promise.all(
          streams.map((s) => store.appendToStream(s, [anEvent('Step', { i }), anEvent('Step', { i })], 'any')),
        );
      }
    };
    await write(50); // 1,000 events
    const live = new Projector(dataSource, store, new TallyProjection('tally-live', 'live'), {
      batchSize: 50,
      retryMs: 50,
      log: silent,
    });
    live.start();
    await until(() => caughtUp('tally-live'), 'the live projector');
    // Damage the live read model: the rebuild must not carry it over.
    await dataSource.query('UPDATE live_tally SET events = -1 WHERE stream_id = $1', [streams[0]]);

    const progress: RebuildProgress[] = [];
    const writing = write(25); // 500 more while the rebuild runs
    const result = await rebuildProjection(dataSource, store, new TallyProjection('tally-live', 'live'), {
      batchSize: 100,
      onProgress: (p) => progress.push(p),
      countEvents: async () => Number((await dataSource.query('SELECT count(*) AS n FROM events'))[0].n),
    });
    await writing;
    await until(() => caughtUp('tally-live'), 'the live projector after the rebuild');
    await live.stop();

    const clean = new Projector(dataSource, store, new TallyProjection('tally-clean', 'clean'), {
      batchSize: 100,
      retryMs: 50,
      log: silent,
    });
    clean.start();
    await until(() => caughtUp('tally-clean'), 'a clean build');
    await clean.stop();

    expect(result.phase).toBe('done');
    expect(progress.some((p) => p.phase === 'building' && p.eventsRead > 0)).toBe(true);
    expect(await dataSource.query('SELECT * FROM live_tally ORDER BY stream_id')).toEqual(
      await dataSource.query('SELECT * FROM clean_tally ORDER BY stream_id'),
    );
    const [{ logged, distinct }] = await dataSource.query(
      'SELECT count(*)::int AS logged, count(DISTINCT event_id)::int AS distinct FROM live_log',
    );
    expect({ logged, distinct }).toEqual({ logged: 1500, distinct: 1500 });
    expect(await applied('tally-clean')).toBe(1500);
    const schemas = await dataSource.query(
      "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'rebuild_%' OR nspname LIKE 'retired_%'",
    );
    expect(schemas).toEqual([]);
  });

  it('builds from nothing when no live projector has run', async () => {
    await dataSource.query(TallyProjection.createTablesSql('fresh'));
    const result = await rebuildProjection(dataSource, store, new TallyProjection('tally-fresh', 'fresh'), {
      batchSize: 200,
    });
    const [{ n }] = await dataSource.query('SELECT count(*)::int AS n FROM fresh_log');
    expect(n).toBe(result.eventsApplied);
    expect(await caughtUp('tally-fresh')).toBe(true);
  });

  it('rebuilds several read models from one read of the history, each as a clean build would', async () => {
    await dataSource.query(
      ['ma', 'mb', 'mc', 'ca', 'cb', 'cc'].map((prefix) => TallyProjection.createTablesSql(prefix)).join(''),
    );
    const streams = Array.from({ length: 8 }, () => newStreamId('victim'));
    const write = async (appends: number) => {
      for (let i = 0; i < appends; i++) {
        await Promise.all(
          streams.map((s, n) =>
            store.appendToStream(s, [anEvent(n % 4 === 0 ? 'Rare' : 'Step', { i }), anEvent('Step', { i })], 'any'),
          ),
        );
      }
    };
    await write(40);
    const withLive = () => new TallyProjection('tally-multi-a', 'ma');
    const everything = () => new TallyProjection('tally-multi-b', 'mb');
    const rareOnly = (name = 'tally-multi-c', prefix = 'mc') => new TallyProjection(name, prefix, 0, ['Rare']);
    const live = new Projector(dataSource, store, withLive(), { batchSize: 50, retryMs: 50, log: silent });
    live.start();
    await until(() => caughtUp('tally-multi-a'), 'the live projector');
    await dataSource.query('UPDATE ma_tally SET events = -1');

    const reading = countingReads(store);
    const writing = write(20);
    const progress: RebuildAllProgress[] = [];
    const result = await rebuildProjections(dataSource, reading.store, [withLive(), everything(), rareOnly()], {
      batchSize: 64,
      onProgress: (p) => progress.push(p),
    });
    await writing;
    await until(() => caughtUp('tally-multi-a'), 'the live projector after the rebuild');
    await live.stop();

    for (const [projection, prefix] of [
      [new TallyProjection('tally-multi-clean-a', 'ca'), 'ca'],
      [new TallyProjection('tally-multi-clean-b', 'cb'), 'cb'],
      [rareOnly('tally-multi-clean-c', 'cc'), 'cc'],
    ] as const) {
      const clean = new Projector(dataSource, store, projection, { batchSize: 100, retryMs: 50, log: silent });
      clean.start();
      await until(() => caughtUp(projection.name), `a clean build of ${prefix}`);
      await clean.stop();
    }
    const rows = (table: string) => dataSource.query(`SELECT * FROM ${table} ORDER BY stream_id`);
    expect(await rows('ma_tally')).toEqual(await rows('ca_tally'));
    expect(await rows('mb_tally')).toEqual(await rows('cb_tally'));
    expect(await rows('mc_tally')).toEqual(await rows('cc_tally'));
    const logs = (table: string) =>
      dataSource.query(`SELECT event_id, position FROM ${table} ORDER BY position, event_id`);
    expect(await logs('ma_log')).toEqual(await logs('ca_log'));
    expect(await logs('mc_log')).toEqual(await logs('cc_log'));
    expect(result.projections.map((p) => p.phase)).toEqual(['done', 'done', 'done']);
    // One shared read of the history (a '*' projection is among them, so unfiltered); only the projection with a
    // live projector that kept moving read a little more on its own to catch up with it.
    const [{ total }] = await dataSource.query('SELECT count(*)::int AS total FROM events');
    expect(result.eventsRead).toBeLessThanOrEqual(total);
    expect(reading.eventsRead()).toBeLessThan(total * 1.5);
    expect(progress.some((p) => p.eventsRead > 0 && p.projections.every((x) => x.phase === 'building'))).toBe(true);
  }, 240_000); // six read models rebuilt and six built clean, one after another

  it('reads only the types the chosen projections handle when they all list them', async () => {
    await dataSource.query(TallyProjection.createTablesSql('rare'));
    const reading = countingReads(store);
    const result = await rebuildProjections(
      dataSource,
      reading.store,
      [new TallyProjection('tally-rare', 'rare', 0, ['Rare'])],
      {
        batchSize: 10,
        countEvents: async (types) =>
          Number((await dataSource.query('SELECT count(*) AS n FROM events WHERE type = ANY($1)', [types]))[0].n),
      },
    );
    const [{ rare }] = await dataSource.query("SELECT count(*)::int AS rare FROM events WHERE type = 'Rare'");
    expect(rare).toBeGreaterThan(0);
    expect(reading.typesAsked()).toEqual([['Rare']]);
    expect(result.eventsRead).toBe(rare);
    expect(result.eventsTotal).toBe(rare);
    expect(reading.eventsRead()).toBe(rare);
    const [{ n }] = await dataSource.query('SELECT count(*)::int AS n FROM rare_log');
    expect(n).toBe(rare);
    // No live projector had run: its checkpoint is the head (events of other types after the last Rare included).
    expect(await caughtUp('tally-rare')).toBe(true);
  });
});

/** The store, counting the events readAll returns and the type filters asked for. */
function countingReads(store: EventStore) {
  let events = 0;
  const types = new Set<string>();
  const counted: EventStore = new Proxy(store, {
    get: (target, property, receiver) => {
      if (property !== 'readAll') return Reflect.get(target, property, receiver);
      return async (options?: ReadAllOptions) => {
        types.add(JSON.stringify(options?.types ?? null));
        const read = await target.readAll(options);
        events += read.length;
        return read;
      };
    },
  });
  return {
    store: counted,
    eventsRead: () => events,
    typesAsked: () => [...types].map((t) => JSON.parse(t) as unknown),
  };
}
