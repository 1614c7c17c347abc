import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { comparePositions, PostgresEventStore, RecordedEvent } from '@vcs/event-store';
import { createTestDatabase, TestDatabase } from '@vcs/test-support';
import { eraseVictimPersonalData } from './erasure';
import { PersonalDataDecryptionError, PersonalDataRefusedError, VictimErasedError } from './errors';
import { MasterKeyRing } from './master-key-ring';
import { EncryptedPersonalData, PersonalDataCipher } from './personal-data-cipher';
import { ERASED_PERSONAL_DATA, PersonalDataProtectingEventStore } from './personal-data-protecting-event-store';
import {
  aVictim,
  anEventOf,
  contactPreferencesUpdated,
  interAgencyMeetingHeld,
  referralReceived,
  secretsOf,
  TestVictim,
} from './testing/personal-data-fixtures';
import { ensureVictimDataKeysTable } from './testing/victim-data-keys-table';
import { VictimDataKeyStore } from './victim-data-key-store';

const victimStream = (victim: TestVictim) => `victim-${victim.victimId}`;

/** Readers see a write once older transactions anywhere on the server have finished: wait for it before reading all. */
async function untilVisible(store: PostgresEventStore, position: RecordedEvent['position']): Promise<void> {
  const deadline = Date.now() + 10000;
  for (;;) {
    const head = await store.headPosition();
    if (head && comparePositions(head, position) >= 0) return;
    if (Date.now() > deadline) throw new Error('appended events did not become visible within 10 s');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
const personalOf = (event: RecordedEvent) => (event.data as { personal: unknown }).personal;

describe('PersonalDataProtectingEventStore (PostgreSQL)', () => {
  let database: TestDatabase;
  let pool: Pool;
  let inner: PostgresEventStore;
  let keys: VictimDataKeyStore;
  let store: PersonalDataProtectingEventStore;
  const ring = MasterKeyRing.single('test-2026-01', MasterKeyRing.generateBase64Key());

  beforeAll(async () => {
    database = await createTestDatabase();
    pool = new Pool({ connectionString: database.url, max: 10 });
    // The database is dropped WITH (FORCE) at the end: a connection still closing then gets 57P01, not a crash.
    pool.on('error', () => undefined);
    await ensureVictimDataKeysTable(pool);
    inner = new PostgresEventStore({ connectionString: database.url, pollIntervalMs: 100 });
    keys = new VictimDataKeyStore(pool, ring);
    store = new PersonalDataProtectingEventStore(inner, keys);
  });

  afterAll(async () => {
    await store.close();
    await pool.end();
    await database.drop();
  });

  async function rawData(streamId: string): Promise<string[]> {
    const { rows } = await pool.query<{ data: string }>(
      'SELECT data::text AS data FROM events WHERE stream_id = $1 ORDER BY revision',
      [streamId],
    );
    return rows.map((row) => row.data);
  }

  it('stores no plaintext personal data: a raw SQL read of the events table shows no name, address, phone or email', async () => {
    const victim = aVictim();
    const other = aVictim();
    await store.appendToStream(
      victimStream(victim),
      [referralReceived(victim), contactPreferencesUpdated(victim)],
      'no_stream',
    );
    await store.appendToStream(`sentence-${randomUUID()}`, [interAgencyMeetingHeld([victim, other])], 'no_stream');

    const { rows } = await pool.query<{ data: string; metadata: string }>(
      'SELECT data::text AS data, metadata::text AS metadata FROM events',
    );
    const everything = rows.map((row) => `${row.data}\n${row.metadata}`).join('\n');
    for (const secret of [...secretsOf(victim), ...secretsOf(other), '1979-05-14'])
      expect(everything).not.toContain(secret);
    expect(everything).toContain('A256GCM/v1');
    // The rest of the event stays readable for projections and audit.
    const [referral] = (await rawData(victimStream(victim))).map((text) => JSON.parse(text));
    expect(referral).toMatchObject({ victimId: victim.victimId, referredFor: 'VCS', receivedOn: '2026-11-20' });
  });

  it('round-trips exactly: the decrypted events equal what was appended, ids, metadata and positions untouched', async () => {
    const victim = aVictim();
    const appended = [
      referralReceived(victim),
      contactPreferencesUpdated(victim),
      anEventOf('VictimRejoined', { victimId: victim.victimId, rejoinedOn: '2026-11-22' }),
    ];
    const before = await store.headPosition();
    await store.appendToStream(victimStream(victim), appended, 'no_stream');

    const read = await store.readStream(victimStream(victim));
    const raw = await inner.readStream(victimStream(victim));
    expect(read.map(({ id, type, data, metadata }) => ({ id, type, data, metadata }))).toEqual(appended);
    expect(read.map(({ data: _d, ...rest }) => rest)).toEqual(raw.map(({ data: _d, ...rest }) => rest));
    expect(raw[2].data).toEqual(appended[2].data); // no personal part: stored untouched

    await untilVisible(inner, read[read.length - 1].position);
    const fromAll = (await store.readAll({ after: before })).filter((e) => e.streamId === victimStream(victim));
    expect(fromAll.map((e) => e.data)).toEqual(appended.map((e) => e.data));
  });

  it("encrypts each victim's entry of a per-victim event with that victim's own key", async () => {
    const [a, b] = [aVictim(), aVictim()];
    const meeting = interAgencyMeetingHeld([a, b]);
    const streamId = `sentence-${randomUUID()}`;
    await store.appendToStream(streamId, [meeting], 'no_stream');

    const [stored] = await inner.readStream(streamId);
    const personal = personalOf(stored) as Record<string, EncryptedPersonalData>;
    expect(Object.keys(personal).sort()).toEqual([a.victimId, b.victimId].sort());
    expect(personal[a.victimId]).toMatchObject({ $encrypted: 'A256GCM/v1', victimId: a.victimId });
    expect(personal[b.victimId]).toMatchObject({ $encrypted: 'A256GCM/v1', victimId: b.victimId });

    const cipher = new PersonalDataCipher();
    const keyA = (await keys.find(a.victimId)) as Buffer;
    const keyB = (await keys.find(b.victimId)) as Buffer;
    expect(keyA.equals(keyB)).toBe(false);
    const meetingData = meeting.data as { personal: Record<string, unknown> };
    expect(cipher.decrypt(personal[a.victimId], keyA, { eventId: meeting.id, victimId: a.victimId })).toEqual(
      meetingData.personal[a.victimId],
    );
    expect(() => cipher.decrypt(personal[b.victimId], keyA, { eventId: meeting.id, victimId: b.victimId })).toThrow(
      PersonalDataDecryptionError,
    );

    const [read] = await store.readStream(streamId);
    expect(read.data).toEqual(meeting.data);
  });

  it("erasure: readStream, readAll and a live subscription show the marker for that victim; another victim's data still decrypts", async () => {
    const [erased, kept] = [aVictim(), aVictim()];
    const start = await store.headPosition();
    const meetingStream = `sentence-${randomUUID()}`;
    await store.appendToStream(
      victimStream(erased),
      [referralReceived(erased), contactPreferencesUpdated(erased)],
      'no_stream',
    );
    const keptReferral = referralReceived(kept);
    await store.appendToStream(victimStream(kept), [keptReferral], 'no_stream');
    const lastAppend = await store.appendToStream(meetingStream, [interAgencyMeetingHeld([erased, kept])], 'no_stream');
    const mine = new Set([victimStream(erased), victimStream(kept), meetingStream]);

    // A live subscription opened before the erasure, which has delivered the victim's first event in plain text.
    const live = store.subscribeToAll({ after: start });
    const liveEvents = live[Symbol.asyncIterator]();
    const next = async (): Promise<RecordedEvent> => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>(
        (_, reject) => (timer = setTimeout(() => reject(new Error('no event within 20 s')), 20_000)),
      );
      try {
        const result = await Promise.race([liveEvents.next(), timeout]);
        if (result.done) throw new Error('the subscription ended');
        return result.value;
      } finally {
        clearTimeout(timer);
      }
    };
    const first = await next();
    expect(first.streamId).toBe(victimStream(erased));
    expect(personalOf(first)).toMatchObject({ fullName: erased.fullName });

    const destruction = await eraseVictimPersonalData(keys, erased.victimId, 'admin-7', 'erasure request ER-2026-001');
    expect(destruction.alreadyDestroyed).toBe(false);

    // readStream
    const stream = await store.readStream(victimStream(erased));
    expect(stream).toHaveLength(2);
    for (const event of stream) {
      expect(personalOf(event)).toEqual(ERASED_PERSONAL_DATA);
      expect(event.data).toMatchObject({ victimId: erased.victimId }); // the rest of the history stays whole
    }
    expect((await store.readStream(victimStream(kept)))[0].data).toEqual(keptReferral.data);

    // readAll
    await untilVisible(inner, lastAppend.position);
    const all = (await store.readAll({ after: start })).filter((e) => mine.has(e.streamId));
    expect(all).toHaveLength(4);
    const meeting = all.find((e) => e.streamId === meetingStream) as RecordedEvent;
    const entries = personalOf(meeting) as Record<string, unknown>;
    expect(entries[erased.victimId]).toEqual(ERASED_PERSONAL_DATA);
    expect(entries[kept.victimId]).toMatchObject({ viewsPresented: expect.stringContaining(kept.fullName) });
    expect(JSON.stringify(all.map((e) => e.data))).not.toContain(erased.fullName);

    // The live subscription: what it delivers after the erasure shows the marker; a live event of another victim decrypts.
    const later = aVictim();
    const [secondOfErased, keptEvent, meetingEvent] = [await next(), await next(), await next()];
    expect(secondOfErased.streamId).toBe(victimStream(erased));
    expect(personalOf(secondOfErased)).toEqual(ERASED_PERSONAL_DATA);
    expect(personalOf(keptEvent)).toMatchObject({ fullName: kept.fullName });
    expect((personalOf(meetingEvent) as Record<string, unknown>)[erased.victimId]).toEqual(ERASED_PERSONAL_DATA);
    expect((personalOf(meetingEvent) as Record<string, unknown>)[kept.victimId]).toMatchObject({
      outcome: 'exclusion zone',
    });
    await store.appendToStream(victimStream(later), [referralReceived(later)], 'no_stream');
    const liveEvent = await next();
    expect(liveEvent.streamId).toBe(victimStream(later));
    expect(personalOf(liveEvent)).toMatchObject({ fullName: later.fullName });
    await live.close();

    // A new subscription from the start: every event of the erased victim shows the marker.
    const fresh = store.subscribeToAll({ after: start });
    const delivered: RecordedEvent[] = [];
    for await (const event of fresh) {
      delivered.push(event);
      if (event.streamId === victimStream(later)) break;
    }
    await fresh.close();
    expect(delivered.filter((e) => e.streamId === victimStream(erased)).map(personalOf)).toEqual([
      ERASED_PERSONAL_DATA,
      ERASED_PERSONAL_DATA,
    ]);
    const freshMeeting = personalOf(delivered.find((e) => e.streamId === meetingStream) as RecordedEvent) as Record<
      string,
      unknown
    >;
    expect(freshMeeting[erased.victimId]).toEqual(ERASED_PERSONAL_DATA);
    expect(freshMeeting[kept.victimId]).toMatchObject({ outcome: 'exclusion zone' });
    expect(personalOf(delivered.find((e) => e.streamId === victimStream(kept)) as RecordedEvent)).toMatchObject({
      email: kept.email,
    });

    // The erased victim's stream may not gain new personal data; events without personal data still append.
    await expect(store.appendToStream(victimStream(erased), [contactPreferencesUpdated(erased)], 1n)).rejects.toThrow(
      VictimErasedError,
    );
    await store.appendToStream(
      victimStream(erased),
      [anEventOf('VictimLiaisonOfficerAssigned', { victimId: erased.victimId, officerId: 'vlo-9' })],
      1n,
    );
    expect(await store.readStream(victimStream(erased))).toHaveLength(3);
  });

  it('an erasure in another process shows in this one within the key cache TTL, and blocks its appends at once', async () => {
    const victim = aVictim();
    const thisProcessKeys = new VictimDataKeyStore(pool, ring, { cacheTtlMs: 300 });
    const thisProcess = new PersonalDataProtectingEventStore(inner, thisProcessKeys);
    await thisProcess.appendToStream(victimStream(victim), [referralReceived(victim)], 'no_stream');
    expect(personalOf((await thisProcess.readStream(victimStream(victim)))[0])).toMatchObject({
      fullName: victim.fullName,
    });

    await eraseVictimPersonalData(new VictimDataKeyStore(pool, ring), victim.victimId, 'admin-7', 'erasure request');
    await expect(
      thisProcess.appendToStream(victimStream(victim), [contactPreferencesUpdated(victim)], 0n),
    ).rejects.toThrow(VictimErasedError);
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(personalOf((await thisProcess.readStream(victimStream(victim)))[0])).toEqual(ERASED_PERSONAL_DATA);
  });

  it("many streams at once: each sealed with its own victim's key; an erased victim's stream refused, the others appended", async () => {
    const [first, second, erased] = [aVictim(), aVictim(), aVictim()];
    await store.appendToStream(victimStream(erased), [referralReceived(erased)], 'no_stream');
    await eraseVictimPersonalData(new VictimDataKeyStore(pool, ring), erased.victimId, 'admin-7', 'erasure request');

    const outcomes = await store.appendToStreams([
      { streamId: victimStream(first), events: [referralReceived(first)], expectedRevision: 'no_stream' },
      { streamId: victimStream(erased), events: [contactPreferencesUpdated(erased)], expectedRevision: 0n },
      {
        streamId: victimStream(second),
        events: [referralReceived(second), contactPreferencesUpdated(second)],
        expectedRevision: 'no_stream',
      },
    ]);

    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    expect(outcomes[1].ok ? undefined : outcomes[1].error).toBeInstanceOf(VictimErasedError);
    const raw = [...(await rawData(victimStream(first))), ...(await rawData(victimStream(second)))].join('\n');
    for (const secret of [...secretsOf(first), ...secretsOf(second)]) expect(raw).not.toContain(secret);
    const streams = await store.readStreams([victimStream(first), victimStream(second), victimStream(erased)]);
    expect(personalOf((streams.get(victimStream(first)) as RecordedEvent[])[0])).toMatchObject({
      fullName: first.fullName,
    });
    expect(personalOf((streams.get(victimStream(second)) as RecordedEvent[])[0])).toMatchObject({
      fullName: second.fullName,
    });
    expect(streams.get(victimStream(second))).toEqual(await store.readStream(victimStream(second)));
    expect(streams.get(victimStream(erased))?.map(personalOf)).toEqual([ERASED_PERSONAL_DATA]);
  });

  it('fails loudly on a tampered ciphertext', async () => {
    const victim = aVictim();
    const [event] = [referralReceived(victim)];
    const appended = await store.appendToStream(victimStream(victim), [event], 'no_stream');
    await untilVisible(inner, appended.position);
    await pool.query(
      `UPDATE events SET data = jsonb_set(data, '{personal,ciphertext}', to_jsonb(overlay(data->'personal'->>'ciphertext' placing
         CASE WHEN substr(data->'personal'->>'ciphertext', 8, 1) = 'A' THEN 'B' ELSE 'A' END from 8 for 1)))
       WHERE event_id = $1`,
      [event.id],
    );
    const failure = await store.readStream(victimStream(victim)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PersonalDataDecryptionError);
    expect((failure as PersonalDataDecryptionError).failure).toBe('authentication-failed');
    await expect(store.readAll()).rejects.toThrow(PersonalDataDecryptionError);
    await pool.query('DELETE FROM events WHERE event_id = $1', [event.id]); // leave the history readable for the other tests
  });

  it('fails loudly on a ciphertext moved to another event or to another victim', async () => {
    const [victim, other] = [aVictim(), aVictim()];
    const first = referralReceived(victim);
    const second = contactPreferencesUpdated(victim);
    const others = referralReceived(other);
    await store.appendToStream(victimStream(victim), [first, second], 'no_stream');
    await store.appendToStream(victimStream(other), [others], 'no_stream');

    // Same victim, other event.
    await pool.query(
      `UPDATE events SET data = jsonb_set(data, '{personal}', (SELECT data->'personal' FROM events WHERE event_id = $1)) WHERE event_id = $2`,
      [first.id, second.id],
    );
    const moved = await store.readStream(victimStream(victim)).catch((error: unknown) => error);
    expect(moved).toBeInstanceOf(PersonalDataDecryptionError);
    expect((moved as PersonalDataDecryptionError).failure).toBe('authentication-failed');

    // Other victim's event.
    await pool.query(
      `UPDATE events SET data = jsonb_set(data, '{personal}', (SELECT data->'personal' FROM events WHERE event_id = $1)) WHERE event_id = $2`,
      [first.id, others.id],
    );
    const stolen = await store.readStream(victimStream(other)).catch((error: unknown) => error);
    expect(stolen).toBeInstanceOf(PersonalDataDecryptionError);
    expect((stolen as PersonalDataDecryptionError).failure).toBe('victim-mismatch');

    // Same envelope relabelled as the other victim's: authentication fails.
    await pool.query(
      `UPDATE events SET data = jsonb_set(data, '{personal,victimId}', to_jsonb($2::text)) WHERE event_id = $1`,
      [others.id, other.victimId],
    );
    await expect(store.readStream(victimStream(other))).rejects.toThrow(PersonalDataDecryptionError);
    await pool.query('DELETE FROM events WHERE event_id = ANY($1::uuid[])', [[second.id, others.id]]);
  });

  it('refuses personal data it cannot attribute, appending nothing and creating no key', async () => {
    const victim = aVictim();
    const streamId = victimStream(victim);
    const refusal = async (events: ReturnType<typeof referralReceived>[]) => {
      const error = await store.appendToStream(streamId, events, 'any').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PersonalDataRefusedError);
      return (error as PersonalDataRefusedError).reason;
    };
    const personal = { fullName: victim.fullName, address: { line1: victim.line1 } };
    expect(await refusal([anEventOf('SomethingNew', { victimId: victim.victimId, personal })])).toBe(
      'unknown-event-type',
    );
    expect(await refusal([anEventOf('toString', { victimId: victim.victimId, personal })])).toBe('unknown-event-type');
    expect(await refusal([anEventOf('SentenceRecorded', { sentenceId: randomUUID(), personal })])).toBe(
      'event-type-has-no-personal-data',
    );
    expect(await refusal([anEventOf('ReferralReceived', { personal })])).toBe('missing-victim-id');
    expect(await refusal([anEventOf('ReferralReceived', { victimId: 'victim-1', personal })])).toBe(
      'invalid-victim-id',
    );
    expect(await refusal([anEventOf('ReferralReceived', { victimId: victim.victimId, personal: 'Rosalind' })])).toBe(
      'personal-not-an-object',
    );
    expect(
      await refusal([anEventOf('InterAgencyMeetingHeld', { personal: { 'not-a-victim-id': { notes: 'x' } } })]),
    ).toBe('invalid-victim-id');
    // A valid event in the same batch is not appended either.
    expect(
      await refusal([referralReceived(victim), anEventOf('SomethingNew', { victimId: victim.victimId, personal })]),
    ).toBe('unknown-event-type');
    // Re-appending an envelope read raw from another event.
    const envelope = new PersonalDataCipher().encrypt(personal, Buffer.alloc(32), {
      eventId: randomUUID(),
      victimId: victim.victimId,
    });
    expect(await refusal([anEventOf('ReferralReceived', { victimId: victim.victimId, personal: envelope })])).toBe(
      'already-encrypted',
    );

    expect(await store.readStream(streamId)).toEqual([]);
    const { rows } = await pool.query('SELECT count(*)::int AS n FROM events WHERE stream_id = $1', [streamId]);
    expect(rows[0].n).toBe(0);
    expect(await keys.find(victim.victimId)).toBeUndefined();

    // Events without a personal part pass untouched, whatever their type.
    await store.appendToStream(
      streamId,
      [anEventOf('SomethingNew', { victimId: victim.victimId, note: 'no personal part' })],
      'no_stream',
    );
    expect((await inner.readStream(streamId))[0].data).toEqual({ victimId: victim.victimId, note: 'no personal part' });
  });

  it('concurrent first appends for one victim, from several processes, create exactly one key and all decrypt', async () => {
    const victim = aVictim();
    const processes = Array.from(
      { length: 6 },
      () => new PersonalDataProtectingEventStore(inner, new VictimDataKeyStore(pool, ring)),
    );
    await Promise.all(
      processes.flatMap((process, i) => [
        process.appendToStream(`${victimStream(victim)}-${i}`, [referralReceived(victim)], 'no_stream'),
        process.appendToStream(`sentence-${randomUUID()}`, [interAgencyMeetingHeld([victim])], 'no_stream'),
      ]),
    );
    const { rows } = await pool.query('SELECT count(*)::int AS n FROM victim_data_keys WHERE victim_id = $1', [
      victim.victimId,
    ]);
    expect(rows[0].n).toBe(1);
    const reader = new PersonalDataProtectingEventStore(inner, new VictimDataKeyStore(pool, ring));
    for (let i = 0; i < processes.length; i++) {
      expect(personalOf((await reader.readStream(`${victimStream(victim)}-${i}`))[0])).toMatchObject({
        fullName: victim.fullName,
      });
    }
  });

  it('reads events written under an older master key after rotation', async () => {
    const oldKey = MasterKeyRing.generateBase64Key();
    const before = new PersonalDataProtectingEventStore(
      inner,
      new VictimDataKeyStore(pool, MasterKeyRing.single('rot-old', oldKey)),
    );
    const victim = aVictim();
    await before.appendToStream(victimStream(victim), [referralReceived(victim)], 'no_stream');

    const rotatedRing = MasterKeyRing.fromConfiguration({
      currentKeyId: 'rot-new',
      keys: `rot-new=${MasterKeyRing.generateBase64Key()},rot-old=${oldKey}`,
    });
    const after = new PersonalDataProtectingEventStore(inner, new VictimDataKeyStore(pool, rotatedRing));
    expect(personalOf((await after.readStream(victimStream(victim)))[0])).toMatchObject({ email: victim.email });
    const newcomer = aVictim();
    await after.appendToStream(victimStream(newcomer), [referralReceived(newcomer)], 'no_stream');
    const { rows } = await pool.query('SELECT master_key_id FROM victim_data_keys WHERE victim_id = $1', [
      newcomer.victimId,
    ]);
    expect(rows[0].master_key_id).toBe('rot-new');
  });
});
