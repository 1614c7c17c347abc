import { PostgresEventStore } from '@vcs/event-store';
import { anEvent, newStreamId } from '@vcs/event-store/testing';
import { createDataSource, parkedWork } from '@vcs/read-models';
import { createTestDatabase, TestDatabase } from '@vcs/test-support';
import { DataSource } from 'typeorm';
import { eventually } from '../notifications/testing/notification-test-kit';
import { Projector } from './projector';
import { TallyProjection } from './testing/tally.projection';

/**
 * A read model that refuses one stream's event (a CHECK constraint the event breaks, as a schema mistake would):
 * the projector parks that event and every later event of its stream, applies every other stream, moves its
 * checkpoint on; after the fix (the constraint dropped) one retry applies the parked events in their order.
 */
describe('projector: parks what it cannot apply and goes on', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let store: PostgresEventStore;
  const errors: Record<string, unknown>[] = [];
  const log = {
    info: () => undefined,
    warn: () => undefined,
    error: (details: object) => void errors.push(details as Record<string, unknown>),
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource(database.url, { poolSize: 4 });
    await dataSource.initialize();
    await dataSource.query(TallyProjection.createTablesSql('parking'));
    await dataSource.query("ALTER TABLE parking_tally ADD CONSTRAINT parking_no_poison CHECK (last_type <> 'Poison')");
    store = new PostgresEventStore({ connectionString: database.url, pollIntervalMs: 50 });
  });

  afterAll(async () => {
    await store.close();
    await dataSource.destroy();
    await database.drop();
  });

  const tally = async (streamId: string): Promise<number> => {
    const rows: { events: number }[] = await dataSource.query('SELECT events FROM parking_tally WHERE stream_id = $1', [
      streamId,
    ]);
    return rows[0]?.events ?? 0;
  };
  const loggedOrder = async (streamId: string): Promise<string[]> => {
    const rows: { event_id: string }[] = await dataSource.query(
      'SELECT l.event_id::text FROM parking_log l JOIN events e ON e.event_id = l.event_id WHERE e.stream_id = $1 ORDER BY l.ctid',
      [streamId],
    );
    return rows.map((row) => row.event_id);
  };

  it('given a poisoned event in one stream, then the other streams are applied, the stream waits in order, and a retry after the fix applies it', async () => {
    const [poisoned, healthy, other] = [newStreamId('victim'), newStreamId('victim'), newStreamId('victim')];
    const poisonedEvents = [anEvent('Step'), anEvent('Poison'), anEvent('Step')];
    await store.appendToStream(poisoned, poisonedEvents, 'no_stream');
    await store.appendToStream(healthy, [anEvent('Step'), anEvent('Step'), anEvent('Step')], 'no_stream');
    const projector = new Projector(dataSource, store, new TallyProjection('tally-parking', 'parking'), {
      batchSize: 50,
      retryMs: 50,
      log,
      parking: { attempts: 2, backoffMs: 1, retryPollMs: 50 },
    });
    projector.start();
    try {
      await eventually(async () => (await tally(healthy)) === 3, 'the healthy stream applied');
      const later = anEvent('Step');
      await store.appendToStream(poisoned, [later], 2n);
      await store.appendToStream(other, [anEvent('Step')], 'no_stream');
      await eventually(async () => (await tally(other)) === 1, 'a later stream applied');

      expect(await tally(poisoned)).toBe(1); // the first Step only
      const parked = await parkedWork.list(dataSource, 'tally-parking');
      expect(parked.map((p) => [p.eventId, p.reason])).toEqual([
        [poisonedEvents[1].id, 'failed'],
        [poisonedEvents[2].id, 'behind-parked'],
        [later.id, 'behind-parked'],
      ]);
      expect(parked[0].error).toContain('parking_no_poison');
      expect(errors).toContainEqual(
        expect.objectContaining({ consumer: 'tally-parking', eventType: 'Poison', eventId: poisonedEvents[1].id }),
      );
      expect(projector.status().parkedStreams).toBe(1);

      // Still broken: a retry leaves the stream parked, in order.
      expect(await parkedWork.requestRetry(dataSource, 'tally-parking')).toBe(3);
      await eventually(
        async () => (await parkedWork.list(dataSource, 'tally-parking')).every((p) => p.retryRequestedAt === null),
        'the failed retry settled',
      );
      expect((await parkedWork.list(dataSource, 'tally-parking')).map((p) => p.eventId)).toEqual([
        poisonedEvents[1].id,
        poisonedEvents[2].id,
        later.id,
      ]);

      // Fixed: one retry applies the three in their order.
      await dataSource.query('ALTER TABLE parking_tally DROP CONSTRAINT parking_no_poison');
      await parkedWork.requestRetry(dataSource, 'tally-parking');
      await eventually(
        async () => (await parkedWork.list(dataSource, 'tally-parking')).length === 0,
        'the parked events applied',
      );
      expect(await tally(poisoned)).toBe(4);
      expect(await loggedOrder(poisoned)).toEqual([...poisonedEvents.map((e) => e.id), later.id]);
      expect(projector.status().parkedStreams).toBe(0);
    } finally {
      await projector.stop();
    }
  });
});
