import { PostgresEventStore } from '@vcs/event-store';
import { anEvent, newStreamId } from '@vcs/event-store/testing';
import { createDataSource } from '@vcs/read-models';
import { createTestDatabase, TestDatabase } from '@vcs/test-support';
import { DataSource } from 'typeorm';
import { Projector } from './projector';
import { rebuildProjection, RebuildProgress } from './rebuild';
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
    const rows: { events_applied: string }[] = await dataSource.query('SELECT events_applied FROM projection_checkpoints WHERE projection = $1', [projection]);
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
        await Promise.all(streams.map((s) => store.appendToStream(s, [anEvent('Step', { i }), anEvent('Step', { i })], 'any')));
      }
    };
    await write(50); // 1,000 events
    const live = new Projector(dataSource, store, new TallyProjection('tally-live', 'live'), { batchSize: 50, retryMs: 50, log: silent });
    live.start();
    await until(() => caughtUp('tally-live'), 'the live projector');
    // Damage the live read model: the rebuild must not carry it over.
    await dataSource.query("UPDATE live_tally SET events = -1 WHERE stream_id = $1", [streams[0]]);

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

    const clean = new Projector(dataSource, store, new TallyProjection('tally-clean', 'clean'), { batchSize: 100, retryMs: 50, log: silent });
    clean.start();
    await until(() => caughtUp('tally-clean'), 'a clean build');
    await clean.stop();

    expect(result.phase).toBe('done');
    expect(progress.some((p) => p.phase === 'building' && p.eventsRead > 0)).toBe(true);
    expect(await dataSource.query('SELECT * FROM live_tally ORDER BY stream_id')).toEqual(await dataSource.query('SELECT * FROM clean_tally ORDER BY stream_id'));
    const [{ logged, distinct }] = await dataSource.query('SELECT count(*)::int AS logged, count(DISTINCT event_id)::int AS distinct FROM live_log');
    expect({ logged, distinct }).toEqual({ logged: 1500, distinct: 1500 });
    expect(await applied('tally-clean')).toBe(1500);
    const schemas = await dataSource.query("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'rebuild_%' OR nspname LIKE 'retired_%'");
    expect(schemas).toEqual([]);
  });

  it('builds from nothing when no live projector has run', async () => {
    await dataSource.query(TallyProjection.createTablesSql('fresh'));
    const result = await rebuildProjection(dataSource, store, new TallyProjection('tally-fresh', 'fresh'), { batchSize: 200 });
    const [{ n }] = await dataSource.query('SELECT count(*)::int AS n FROM fresh_log');
    expect(n).toBe(result.eventsApplied);
    expect(await caughtUp('tally-fresh')).toBe(true);
  });
});
