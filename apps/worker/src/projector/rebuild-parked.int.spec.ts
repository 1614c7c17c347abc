import { PostgresEventStore } from '@vcs/event-store';
import { anEvent, newStreamId } from '@vcs/event-store/testing';
import { createDataSource, parkedWork } from '@vcs/read-models';
import { createTestDatabase, TestDatabase } from '@vcs/test-support';
import { DataSource } from 'typeorm';
import { eventually } from '../notifications/testing/notification-test-kit';
import { ProjectionRebuild } from './projection-rebuild';
import { Projector } from './projector';
import { rebuildProjection } from './rebuild';
import { RebuildHistory } from './rebuild-history';
import { TallyProjection } from './testing/tally.projection';

/**
 * A rebuild and parked work. The live read model refuses one stream's `Poison` event (a CHECK constraint, as a schema
 * mistake would); the rebuild's shadow tables copy the constraint, so a rebuild that read every event would fail on it
 * (and, where the rebuild's code path did not fail, the retry after the fix would apply the event a second time). A
 * rebuild leaves parked events out (they stay parked: nothing is dropped) and applies, before its swap, any that a
 * retry released while it ran.
 */
describe('rebuild: parked events are neither dropped nor applied twice', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let store: PostgresEventStore;
  const log = { info: () => undefined, warn: () => undefined, error: () => undefined };

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource(database.url, { poolSize: 6 });
    await dataSource.initialize();
    store = new PostgresEventStore({ connectionString: database.url, pollIntervalMs: 50 });
  });

  afterAll(async () => {
    await store.close();
    await dataSource.destroy();
    await database.drop();
  });

  /** A live projector whose table refuses Poison, with one stream parked (Poison and the Step behind it) and one well. */
  const parkedSetUp = async (prefix: string) => {
    await dataSource.query(TallyProjection.createTablesSql(prefix));
    await dataSource.query(
      `ALTER TABLE ${prefix}_tally ADD CONSTRAINT ${prefix}_no_poison CHECK (last_type <> 'Poison')`,
    );
    const projection = new TallyProjection(`tally-${prefix}`, prefix);
    const [poisoned, healthy] = [newStreamId('victim'), newStreamId('victim')];
    const poisonedEvents = [anEvent('Step'), anEvent('Poison'), anEvent('Step')];
    await store.appendToStream(poisoned, poisonedEvents, 'no_stream');
    await store.appendToStream(healthy, [anEvent('Step'), anEvent('Step')], 'no_stream');
    const live = new Projector(dataSource, store, projection, {
      batchSize: 50,
      retryMs: 50,
      log,
      parking: { attempts: 1, backoffMs: 1, retryPollMs: 50 },
    });
    live.start();
    // Earlier tests' poisoned streams are in the history too: this projection parks theirs as well.
    const parkedHere = async () =>
      (await parkedWork.list(dataSource, projection.name)).filter((p) => p.streamId === poisoned).length;
    await eventually(async () => (await parkedHere()) === 2, 'Poison and the Step behind it parked');
    await eventually(async () => (await tally(prefix, healthy)) === 2, 'the healthy stream applied');
    return { projection, live, poisoned, healthy, poisonedEvents };
  };
  const tally = async (prefix: string, streamId: string): Promise<number> =>
    (await dataSource.query(`SELECT events FROM ${prefix}_tally WHERE stream_id = $1`, [streamId]))[0]?.events ?? 0;
  const logged = async (prefix: string): Promise<string[]> =>
    (await dataSource.query(`SELECT event_id::text FROM ${prefix}_log ORDER BY position`)).map(
      (row: { event_id: string }) => row.event_id,
    );

  it('given a parked stream, then a rebuild leaves its parked events out and parked, and the retry applies each once', async () => {
    const { projection, live, poisoned, healthy, poisonedEvents } = await parkedSetUp('rebuilt');
    try {
      const parkedBefore = await parkedWork.list(dataSource, projection.name);
      await rebuildProjection(dataSource, store, projection, { batchSize: 2 });
      expect(await tally('rebuilt', poisoned)).toBe(1); // the first Step: as the live projector has it
      expect(await tally('rebuilt', healthy)).toBe(2);
      expect(await parkedWork.list(dataSource, projection.name)).toEqual(parkedBefore);

      await dataSource.query('ALTER TABLE rebuilt_tally DROP CONSTRAINT rebuilt_no_poison'); // the fix
      await parkedWork.requestRetry(dataSource, projection.name);
      await eventually(async () => (await parkedWork.list(dataSource, projection.name)).length === 0, 'retried');
      expect(await tally('rebuilt', poisoned)).toBe(3);
      const ids = await logged('rebuilt');
      expect(ids.filter((id) => poisonedEvents.some((e) => e.id === id))).toEqual(poisonedEvents.map((e) => e.id));
      expect(new Set(ids).size).toBe(ids.length); // nothing applied twice
    } finally {
      await live.stop();
    }
  });

  it('given a retry that succeeds while the rebuild runs, then the rebuilt tables have the retried events, once', async () => {
    const { projection, live, poisoned, poisonedEvents } = await parkedSetUp('during');
    try {
      const rebuild = new ProjectionRebuild(dataSource, projection, undefined, 100);
      const history = new RebuildHistory(store);
      await rebuild.prepare();
      await rebuild.apply(await history.read(undefined, 100, undefined)); // the whole history: the two left out

      // The fix, live and in the rebuild's copy of the table.
      await dataSource.query('ALTER TABLE during_tally DROP CONSTRAINT during_no_poison');
      await dataSource.query(
        `ALTER TABLE ${rebuild.shadow.shadowSchema}.during_tally DROP CONSTRAINT during_no_poison`,
      );
      await parkedWork.requestRetry(dataSource, projection.name);
      await eventually(async () => (await parkedWork.list(dataSource, projection.name)).length === 0, 'retried');
      expect(await tally('during', poisoned)).toBe(3); // live

      await rebuild.finish(history, () => false);
      expect(await tally('during', poisoned)).toBe(3); // rebuilt, swapped in
      const ids = await logged('during');
      expect(ids.filter((id) => poisonedEvents.some((e) => e.id === id)).sort()).toEqual(
        poisonedEvents.map((e) => e.id).sort(),
      );
      expect(new Set(ids).size).toBe(ids.length);
    } finally {
      await live.stop();
    }
  });
});
