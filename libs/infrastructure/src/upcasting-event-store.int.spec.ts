import { EventUpcaster } from '@vcs/domain';
import { PostgresEventStore, RecordedEvent } from '@vcs/event-store';
import { anEvent, newStreamId } from '@vcs/event-store/testing';
import { createTestDatabase, TestDatabase } from '@vcs/test-support';
import { UpcastingEventStore } from './upcasting-event-store';

/** A made-up event type whose stored version 1 named the date `when`; version 2 calls it `occurredOn`. */
const RENAME_WHEN: EventUpcaster = { type: 'ThingHappened', fromVersion: 1, upcastData: ({ when, ...rest }) => ({ ...rest, occurredOn: when }) };

describe('reading through the upcasting store (real PostgreSQL store)', () => {
  let database: TestDatabase;
  let storage: PostgresEventStore;
  let store: UpcastingEventStore;
  const streamId = newStreamId('thing');

  beforeAll(async () => {
    database = await createTestDatabase();
    storage = new PostgresEventStore({ connectionString: database.url, pollIntervalMs: 50 });
    store = new UpcastingEventStore(storage, { personalReadable: true, upcasters: [RENAME_WHEN], currentVersions: { ThingHappened: 2 } });
    const current = anEvent('ThingHappened', { occurredOn: '2026-01-02' });
    await store.appendToStream(streamId, [anEvent('ThingHappened', { when: '2019-04-01' }), { ...current, metadata: { ...current.metadata, schemaVersion: 2 } }, anEvent('OtherThing', { when: 'kept' })], 'no_stream');
  });

  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  const shapes = (events: RecordedEvent[]) => events.map((e) => [e.type, e.metadata.schemaVersion, e.data]);
  const EXPECTED = [
    ['ThingHappened', 2, { occurredOn: '2019-04-01' }],
    ['ThingHappened', 2, { occurredOn: '2026-01-02' }],
    ['OtherThing', 1, { when: 'kept' }],
  ];

  it('upcasts what readStream returns, and leaves the stored event as it was', async () => {
    expect(shapes(await store.readStream(streamId))).toEqual(EXPECTED);
    expect((await storage.readStream(streamId))[0]).toMatchObject({ data: { when: '2019-04-01' }, metadata: { schemaVersion: 1 } });
  });

  it('upcasts what readAll and a subscription deliver (what projections see)', async () => {
    expect(shapes((await store.readAll()).filter((e) => e.streamId === streamId))).toEqual(EXPECTED);
    const subscription = store.subscribeToAll();
    const seen: RecordedEvent[] = [];
    for await (const event of subscription) {
      if (event.streamId === streamId) seen.push(event);
      if (seen.length === 3) break;
    }
    await subscription.close();
    expect(shapes(seen)).toEqual(EXPECTED);
  });

  it('refuses to read an event written by a newer release', async () => {
    const future = anEvent('ThingHappened', { occurredOn: '2030-01-01', shapeFromTheFuture: true });
    const other = newStreamId('thing');
    await storage.appendToStream(other, [{ ...future, metadata: { ...future.metadata, schemaVersion: 3 } }], 'no_stream');
    await expect(store.readStream(other)).rejects.toThrow('written by a newer release');
  });
});
