import { comparePositions, PostgresEventStore, RecordedEvent } from '@vcs/event-store';
import { createDataSource } from '@vcs/read-models';
import { MasterKeyRing, PersonalDataProtectingEventStore, VictimDataKeyStore } from '@vcs/security';
import { createTestDatabase, TestDatabase } from '@vcs/test-support';
import { DataSource } from 'typeorm';
import {
  aVictim,
  interAgencyMeetingHeld,
  referralReceived,
  secretsOf,
} from '../../../../libs/security/src/personal-data/testing/personal-data-fixtures';
import { rebuildProjections } from './rebuild';
import { PersonalDataWitnessProjection } from './testing/personal-data-witness.projection';

interface Seen {
  event_id: string;
  type: string;
  personal: unknown;
}

describe('rebuilding read models from a history with encrypted personal data', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let inner: PostgresEventStore;
  let store: PersonalDataProtectingEventStore;
  const ring = MasterKeyRing.single('test-2026-11', MasterKeyRing.generateBase64Key());
  const kept = aVictim();
  const erased = aVictim();

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource(database.url, { poolSize: 6 });
    await dataSource.initialize();
    await dataSource.query(
      ['sealed', 'opened', 'alone'].map((prefix) => PersonalDataWitnessProjection.createTablesSql(prefix)).join(''),
    );
    inner = new PostgresEventStore({ connectionString: database.url, pollIntervalMs: 100 });
    const keys = new VictimDataKeyStore(dataSource, ring);
    store = new PersonalDataProtectingEventStore(inner, keys);
    await store.appendToStream(`victim-${kept.victimId}`, [referralReceived(kept)], 'no_stream');
    await store.appendToStream(`victim-${erased.victimId}`, [referralReceived(erased)], 'no_stream');
    const { position } = await store.appendToStream(
      'sentence-meeting',
      [interAgencyMeetingHeld([kept, erased])],
      'no_stream',
    );
    await keys.destroy(erased.victimId, 'rebuild-test', 'erasure before a rebuild');
    for (
      let head = await store.headPosition();
      !head || comparePositions(head, position) < 0;
      head = await store.headPosition()
    ) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  });

  afterAll(async () => {
    await store.close();
    await dataSource.destroy();
    await database.drop();
  });

  const seen = async (prefix: string): Promise<Seen[]> =>
    dataSource.query(`SELECT event_id::text, type, personal FROM ${prefix}_seen`);
  const byEvent = (rows: Seen[]) => new Map(rows.map((row) => [row.event_id, row.personal]));

  it('gives a projection that reads personal data the decrypted events (erased victims as erased), and one that does not the encrypted ones', async () => {
    await rebuildProjections(
      dataSource,
      store,
      [
        new PersonalDataWitnessProjection('witness-sealed', 'sealed', false),
        new PersonalDataWitnessProjection('witness-opened', 'opened', true),
      ],
      { batchSize: 2 },
    );

    const decrypted: RecordedEvent[] = await store.readAll();
    const opened = byEvent(await seen('opened'));
    const sealed = await seen('sealed');
    expect(opened.size).toBe(3);
    // Exactly what reading the store gives: plain text for the kept victim, the erased marker for the other.
    for (const event of decrypted) expect(opened.get(event.id)).toEqual((event.data as { personal: unknown }).personal);
    const referralOf = (victimId: string) =>
      decrypted.find(
        (e) => e.type === 'ReferralReceived' && (e.data as { victimId: string }).victimId === victimId,
      ) as RecordedEvent;
    expect(opened.get(referralOf(kept.victimId).id)).toMatchObject({ fullName: kept.fullName });
    expect(opened.get(referralOf(erased.victimId).id)).toEqual({ erased: true });
    const meeting = decrypted.find((e) => e.type === 'InterAgencyMeetingHeld') as RecordedEvent;
    expect(opened.get(meeting.id)).toMatchObject({
      [kept.victimId]: { outcome: 'exclusion zone' },
      [erased.victimId]: { erased: true },
    });

    expect(sealed).toHaveLength(3);
    const sealedText = JSON.stringify(sealed);
    for (const secret of [...secretsOf(kept), ...secretsOf(erased)]) expect(sealedText).not.toContain(secret);
    expect(sealed.find((row) => row.event_id === referralOf(kept.victimId).id)?.personal).toMatchObject({
      $encrypted: 'A256GCM/v1',
    });
    expect(sealed.find((row) => row.event_id === meeting.id)?.personal).toMatchObject({
      [kept.victimId]: { $encrypted: 'A256GCM/v1' },
    });
  });

  it('looks up no data key at all when no chosen projection reads personal data', async () => {
    const noKeys = new VictimDataKeyStore({ query: () => Promise.reject(new Error('no key lookup expected')) }, ring);
    const sealedOnly = new PersonalDataProtectingEventStore(inner, noKeys);

    const result = await rebuildProjections(
      dataSource,
      sealedOnly,
      [new PersonalDataWitnessProjection('witness-alone', 'alone', false)],
      { batchSize: 10 },
    );

    expect(result.projections[0].eventsApplied).toBe(3);
    expect(await seen('alone')).toHaveLength(3);
  });
});
