import { randomUUID } from 'node:crypto';
import { allProjections } from '@vcs/read-models';
import { openerFor, VictimDataKeyStore } from '@vcs/security';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { rebuildProjection } from '../../../../worker/src/projector/rebuild';
import { aFullCase, CaseWriter } from '../../queries/victim-case/testing/victim-case-scenario';
import { PrivacyHarness, startPrivacyApi } from '../testing/privacy-harness';
import {
  ERASED_VALUES,
  MEETING_NOTES_B,
  OTHER_VALUES,
  OTHER_VICTIM,
  statementAndMeeting,
  tablesHolding,
  waitForProjections as waitForAll,
} from '../testing/privacy-scenario';

describe('POST /victims/:victimId/erasure: crypto-shredding end to end', () => {
  let api: PrivacyHarness;
  let writer: CaseWriter;
  let dataSource: DataSource;
  let admin: string;
  let vlo: string;
  let erased: string;
  let other: string;
  let sentenceId: string;

  const erase = (
    victimId: string,
    body: object,
    purpose: string | null = 'erasure request ER-2026-0042',
    token = admin,
  ) => {
    const call = request(api.http).post(`/victims/${victimId}/erasure`).set('Authorization', `Bearer ${token}`);
    return (purpose === null ? call : call.set('X-Purpose', purpose)).send(body);
  };
  const caseView = (victimId: string, minPosition?: string) =>
    request(api.http)
      .get(`/victims/${victimId}${minPosition ? `?minPosition=${minPosition}` : ''}`)
      .set('Authorization', `Bearer ${vlo}`);
  const asText = (events: { type: string; data: unknown; metadata: unknown }[]) =>
    JSON.stringify(events.map(({ type, data, metadata }) => ({ type, data, metadata })));
  const decryptedEvents = async (victimId: string) => asText(await api.store.readStream(`victim-${victimId}`));
  const sentenceEvents = async () => asText(await api.store.readStream(`sentence-${sentenceId}`));

  beforeAll(async () => {
    api = await startPrivacyApi();
    api.startWorker();
    dataSource = api.app.get(DataSource);
    writer = await CaseWriter.as(api);
    admin = await api.token('ADMIN', 'admin-1');
    vlo = writer.token;
    ({ victimId: erased, sentenceId } = await aFullCase(writer));
    other = await writer.refer(sentenceId, { personal: OTHER_VICTIM, receivedOn: '2026-10-06' });
    await writer.enrol(other, sentenceId);
    await statementAndMeeting(writer, sentenceId, erased, other);
    await caseView(erased, writer.position).expect(200);
  });

  afterAll(async () => {
    await api.close();
  });

  it('is for administrators who say why: 403 for a VLO, 400 without X-Purpose, 400 for a reference that is not a code', async () => {
    expect(
      (await erase(erased, { basis: 'erasure-request', requestReference: 'ER-1' }, 'erasure request', vlo)).status,
    ).toBe(403);
    const noPurpose = await erase(erased, { basis: 'erasure-request', requestReference: 'ER-1' }, null);
    expect(noPurpose.status).toBe(400);
    expect(noPurpose.body.problems).toEqual([expect.objectContaining({ field: 'X-Purpose' })]);
    const badBody = await erase(erased, { basis: 'because', requestReference: 'Jane Example asked' });
    expect(badBody.status).toBe(400);
    expect(badBody.body.problems.map((p: { field: string }) => p.field).sort()).toEqual(['basis', 'requestReference']);
    expect(await decryptedEvents(erased)).toContain('Rosalind Testcase');
  });

  it('refuses to erase at the end of the retention period without an ADMIN decision to erase (the domain rule), and destroys nothing', async () => {
    const response = await erase(erased, { basis: 'retention-period-ended', requestReference: 'RR-1' });
    expect(response.status).toBe(422);
    expect(response.body.rule).toBe('erase-decision-required');
    expect(await api.app.get(VictimDataKeyStore).find(erased)).toBeInstanceOf(Buffer);
  });

  it('records VictimPersonalDataErased, destroys the key, and from then on nothing holds the victim’s personal data; the other victim is intact', async () => {
    const response = await erase(erased, { basis: 'erasure-request', requestReference: 'ER-2026-0042' });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      id: erased,
      events: expect.arrayContaining(['VictimPersonalDataErased']),
      keyDestroyed: true,
    });
    expect(await api.app.get(VictimDataKeyStore).find(erased)).toBe('destroyed');

    // Event reads: the marker in place of every personal part; the history is whole.
    const history = await api.store.readStream(`victim-${erased}`);
    expect(history.at(-1)?.type).toBe('VictimPersonalDataErased');
    expect(history.find((e) => e.type === 'ReferralReceived')?.data).toMatchObject({ personal: { erased: true } });
    const events = await decryptedEvents(erased);
    for (const value of ERASED_VALUES)
      expect({ value, inEvents: events.includes(value) }).toEqual({ value, inEvents: false });
    const meeting = await sentenceEvents();
    expect(meeting).not.toContain('exclusion zone around her sister');
    expect(meeting).toContain(MEETING_NOTES_B);

    // Read models null the victim's data in place (no rebuild), the timeline still reads.
    const view = (await caseView(erased, response.body.position).expect(200)).body;
    expect(view).toMatchObject({ personalDataErased: true, contactDetails: null, scheme: 'vcs-statutory' });
    await waitForProjections(response.body.position);
    expect(await tablesHolding(dataSource, ERASED_VALUES)).toEqual([]);
    const timeline = (
      await request(api.http)
        .get(`/victims/${erased}/timeline?pageSize=100`)
        .set('Authorization', `Bearer ${vlo}`)
        .expect(200)
    ).body;
    expect(timeline.items.map((i: { what: string }) => i.what)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Victim's personal data erased on .* \(erasure request\)$/)]),
    );

    // The other victim keeps everything, in the events and in the read models.
    expect((await caseView(other).expect(200)).body.contactDetails.fullName).toBe(OTHER_VICTIM.fullName);
    // …sealed under their own key at rest (no table holds it in plain text), opened in the answer above.
    expect((await tablesHolding(dataSource, OTHER_VALUES)).map((f) => f.table)).not.toContain('victim_case_view');
    expect(await decryptedEvents(other)).toContain(OTHER_VICTIM.fullName);
  });

  it('holds after a full rebuild of every projection', async () => {
    const store = api.store;
    for (const projection of allProjections({
      pseudonymKey: api.environment.PSEUDONYM_KEY,
      dataKeys: api.app.get(VictimDataKeyStore),
    })) {
      await rebuildProjection(dataSource, store, projection, { batchSize: 50 });
    }
    expect(await tablesHolding(dataSource, ERASED_VALUES)).toEqual([]);
    const view = (await caseView(erased).expect(200)).body;
    expect(view).toMatchObject({ personalDataErased: true, contactDetails: null });
    const answer = JSON.stringify(view);
    for (const value of ERASED_VALUES) expect(answer.includes(value)).toBe(false);
    expect((await caseView(other).expect(200)).body.contactDetails).toMatchObject({
      fullName: OTHER_VICTIM.fullName,
      emails: [expect.objectContaining({ address: OTHER_VICTIM.email })],
    });
    const notes: { notes: string | null; erased: boolean; victim_id: string }[] = await dataSource.query(
      'SELECT victim_id::text, notes, erased FROM inter_agency_meeting_notes ORDER BY erased',
    );
    expect(notes).toEqual([
      { victim_id: other, notes: expect.stringMatching(/^pd1\./), erased: false },
      expect.objectContaining({ victim_id: erased, erased: true, notes: null }),
    ]);
    // The other victim's notes are sealed under her key, which erasing this victim did not touch.
    const open = await openerFor(api.app.get(VictimDataKeyStore), [other]);
    expect(open(other, notes[0].notes)).toBe(MEETING_NOTES_B);
  });

  it('adds nothing more about an erased victim and contacts nobody: commands on them are refused', async () => {
    const contact = await request(api.http)
      .post(`/victims/${erased}/contacts`)
      .set('Authorization', `Bearer ${vlo}`)
      .send({
        method: 'phone',
        direction: 'outbound',
        result: 'contact-made',
        occurredOn: '2026-11-20',
        personal: { summary: 'Called' },
      });
    expect(contact.status).toBe(422);
    expect(contact.body.rule).toBe('victim-erased');
    const again = await erase(erased, { basis: 'erasure-request', requestReference: 'ER-2026-0042' });
    expect(again.status).toBe(422);
  });

  it('is finished by the worker when the API died between the event and the key destruction', async () => {
    const victimId = await writer.refer(sentenceId, { receivedOn: '2026-10-07' });
    const history = await api.store.readStream(`victim-${victimId}`);
    // What the API appends, without the key destruction that should have followed.
    await api.store.appendToStream(
      `victim-${victimId}`,
      [
        {
          id: randomUUID(),
          type: 'VictimPersonalDataErased',
          data: {
            victimId,
            erasedOn: '2026-11-20',
            erasedBy: 'admin-1',
            basis: 'erasure-request',
            requestReference: 'ER-2026-0043',
          },
          metadata: {
            correlationId: randomUUID(),
            causationId: randomUUID(),
            actor: { userId: 'admin-1', role: 'ADMIN' },
            occurredAt: new Date().toISOString(),
            schemaVersion: 1,
          },
        },
      ],
      BigInt(history.length - 1),
    );
    const deadline = Date.now() + 10_000;
    let destroyedAt: Date | null = null;
    while (Date.now() < deadline && destroyedAt === null) {
      const rows: { destroyed_at: Date | null }[] = await dataSource.query(
        'SELECT destroyed_at FROM victim_data_keys WHERE victim_id = $1',
        [victimId],
      );
      destroyedAt = rows[0]?.destroyed_at ?? null;
      if (destroyedAt === null) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(destroyedAt).toBeInstanceOf(Date);
    api.app.get(VictimDataKeyStore).evict(victimId);
    expect((await api.store.readStream(`victim-${victimId}`))[0].data).toMatchObject({ personal: { erased: true } });
  });

  it('never logged a name, address, phone, email or free text of either victim', () => {
    const logged = api.logLines.join('\n');
    for (const value of [...ERASED_VALUES, ...OTHER_VALUES])
      expect({ value, inLogs: logged.includes(value) }).toEqual({ value, inLogs: false });
  });

  const waitForProjections = (position: string) =>
    waitForAll(
      dataSource,
      allProjections({ pseudonymKey: api.environment.PSEUDONYM_KEY, dataKeys: api.app.get(VictimDataKeyStore) }).map(
        (p) => p.name,
      ),
      position,
    );
});
