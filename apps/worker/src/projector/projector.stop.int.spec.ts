import { PostgresEventStore } from '@vcs/event-store';
import { anEvent, newStreamId } from '@vcs/event-store/testing';
import { createDataSource } from '@vcs/read-models';
import { createTestDatabase, TestDatabase } from '@vcs/test-support';
import { DataSource } from 'typeorm';
import { Projector } from './projector';
import { TallyProjection } from './testing/tally.projection';

// A stop() during start-up used to leave open the subscription created after it, so stop() never returned (and a
// worker never shut down). Stop at several points of start-up: each must resolve promptly and free the lease.

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

describe('projector: stop() during start-up', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let store: PostgresEventStore;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource(database.url, { poolSize: 4 });
    await dataSource.initialize();
    await dataSource.query(TallyProjection.createTablesSql('stopping'));
    store = new PostgresEventStore({ connectionString: database.url, pollIntervalMs: 50 });
  });

  afterAll(async () => {
    await store.close();
    await dataSource.destroy();
    await database.drop();
  });

  const advisoryLocks = async (): Promise<number> => {
    // This test file's database only: other test files run in parallel on the same server.
    const [{ n }] = await dataSource.query(
      "SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
    );
    return n;
  };

  const newProjector = () =>
    new Projector(dataSource, store, new TallyProjection('tally-stopping', 'stopping'), {
      batchSize: 20,
      retryMs: 10_000,
      log: silent,
    });

  it('returns when stopped straight after start(), with nothing in the history', async () => {
    const projector = newProjector();
    projector.start();
    await within(projector.stop(), 5000, 'stop()');
    expect(projector.status().active).toBe(false);
    expect(await advisoryLocks()).toBe(0);
  });

  it('returns when stopped at any point of start-up (lease taken, checkpoint read, subscription opened), and catches up again after', async () => {
    await store.appendToStream(newStreamId('victim'), [anEvent('Step', { n: 1 }), anEvent('Step', { n: 2 })], 'any');
    for (const delayMs of [0, 1, 2, 5, 10, 20, 50]) {
      const projector = newProjector();
      projector.start();
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      await within(projector.stop(), 5000, `stop() after ${delayMs} ms`);
      expect(await advisoryLocks()).toBe(0);
    }
    // The lease is free and the checkpoint consistent: a new instance applies the history exactly once.
    const projector = newProjector();
    projector.start();
    const deadline = Date.now() + 10_000;
    while ((await dataSource.query('SELECT count(*)::int AS n FROM stopping_log'))[0].n < 2 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 25));
    await within(projector.stop(), 5000, 'stop() of a running projector');
    expect((await dataSource.query('SELECT count(*)::int AS n FROM stopping_log'))[0].n).toBe(2);
  });
});
