import { EventUpcaster } from '@vcs/domain';
import { PostgresEventStore, RecordedEvent } from '@vcs/event-store';
import { anEvent, newStreamId } from '@vcs/event-store/testing';
import { createTestDatabase, TestDatabase } from '@vcs/test-support';
import { MasterKeyRing, PersonalDataProtectingEventStore, VictimDataKeyStore } from '@vcs/security';
import { Pool } from 'pg';
import { aVictim, referralReceived } from '../../security/src/personal-data/testing/personal-data-fixtures';
import { ensureVictimDataKeysTable } from '../../security/src/personal-data/testing/victim-data-keys-table';
import { UpcastingEventStore } from './upcasting-event-store';

/** A made-up event type whose stored version 1 named the date `when`; version 2 calls it `occurredOn`. */
const RENAME_WHEN: EventUpcaster = {
  type: 'ThingHappened',
  fromVersion: 1,
  upcastData: ({ when, ...rest }) => ({ ...rest, occurredOn: when }),
};

describe('reading through the upcasting store (real PostgreSQL store)', () => {
  let database: TestDatabase;
  let storage: PostgresEventStore;
  let store: UpcastingEventStore;
  const streamId = newStreamId('thing');

  beforeAll(async () => {
    database = await createTestDatabase();
    storage = new PostgresEventStore({ connectionString: database.url, pollIntervalMs: 50 });
    store = new UpcastingEventStore(storage, {
      personalReadable: true,
      upcasters: [RENAME_WHEN],
      currentVersions: { ThingHappened: 2 },
    });
    const current = anEvent('ThingHappened', { occurredOn: '2026-01-02' });
    await store.appendToStream(
      streamId,
      [
        anEvent('ThingHappened', { when: '2019-04-01' }),
        { ...current, metadata: { ...current.metadata, schemaVersion: 2 } },
        anEvent('OtherThing', { when: 'kept' }),
      ],
      'no_stream',
    );
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
    expect((await storage.readStream(streamId))[0]).toMatchObject({
      data: { when: '2019-04-01' },
      metadata: { schemaVersion: 1 },
    });
  });

  it('upcasts what readStreams returns, stream by stream', async () => {
    const streams = await store.readStreams([streamId]);
    expect(shapes(streams.get(streamId) ?? [])).toEqual(EXPECTED);
  });

  it('upcasts what readAll and a subscription deliver (what projections see)', async () => {
    let all: RecordedEvent[] = [];
    for (
      const deadline = Date.now() + 10_000;
      all.length < 3 && Date.now() < deadline;
      await new Promise((resolve) => setTimeout(resolve, 20))
    ) {
      all = (await store.readAll()).filter((e) => e.streamId === streamId); // visible once older transactions end
    }
    expect(shapes(all)).toEqual(EXPECTED);
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
    await storage.appendToStream(
      other,
      [{ ...future, metadata: { ...future.metadata, schemaVersion: 3 } }],
      'no_stream',
    );
    await expect(store.readStream(other)).rejects.toThrow('written by a newer release');
  });
});

describe('upcasting over the encrypting store: what a rebuild reads sealed, then opens', () => {
  let database: TestDatabase;
  let pool: Pool;
  let store: UpcastingEventStore;
  const victim = aVictim();
  /** A made-up version 2 of ReferralReceived: a flag outside personal, and the name under personal renamed. */
  const REFERRAL_V2: EventUpcaster = {
    type: 'ReferralReceived',
    fromVersion: 1,
    upcastData: (data) => ({ ...data, upcast: true }),
    upcastPersonal: ({ fullName, ...rest }) => ({ ...rest, name: fullName }),
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    pool = new Pool({ connectionString: database.url, max: 4 });
    await ensureVictimDataKeysTable(pool);
    const keys = new VictimDataKeyStore(pool, MasterKeyRing.single('test-2026-01', MasterKeyRing.generateBase64Key()));
    const protecting = new PersonalDataProtectingEventStore(
      new PostgresEventStore({ connectionString: database.url, pollIntervalMs: 50 }),
      keys,
    );
    store = new UpcastingEventStore(protecting, {
      personalReadable: true,
      upcasters: [REFERRAL_V2],
      currentVersions: { ReferralReceived: 2 },
    });
    await store.appendToStream(`victim-${victim.victimId}`, [referralReceived(victim)], 'no_stream');
  });

  afterAll(async () => {
    await store.close();
    await pool.end();
    await database.drop();
  });

  it('upcasts outside personal while sealed, and the whole event once opened', async () => {
    // Readers see an append once older transactions anywhere on the server have ended: wait for it.
    let sealed: RecordedEvent | undefined;
    for (
      const deadline = Date.now() + 10_000;
      !sealed && Date.now() < deadline;
      await new Promise((resolve) => setTimeout(resolve, 20))
    ) {
      [sealed] = await store.readAllSealed({ types: ['ReferralReceived'] });
    }
    if (!sealed) throw new Error('the appended referral did not become visible within 10 s');
    expect(sealed.metadata.schemaVersion).toBe(2);
    expect(sealed.data).toMatchObject({ victimId: victim.victimId, upcast: true });
    expect(JSON.stringify(sealed.data)).not.toContain(victim.fullName);

    const [opened] = await store.unseal([sealed]);
    expect(opened.metadata.schemaVersion).toBe(2);
    expect(opened.data).toMatchObject({ upcast: true, personal: { name: victim.fullName, phone: victim.phone } });
    expect((opened.data as { personal: Record<string, unknown> }).personal.fullName).toBeUndefined();
    expect(await store.readStream(`victim-${victim.victimId}`)).toEqual([opened]);
  });
});
