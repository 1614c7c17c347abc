import { VictimDataKeyStore } from '@vcs/security';
import { allProjections } from '@vcs/read-models';
import request, { Response } from 'supertest';
import { DataSource } from 'typeorm';
import { aFullCase, CaseWriter, VICTIM_PERSONAL } from '../../queries/victim-case/testing/victim-case-scenario';
import { PrivacyHarness, startPrivacyApi } from '../testing/privacy-harness';
import {
  OTHER_VALUES,
  OTHER_VICTIM,
  STATEMENT,
  statementAndMeeting,
  waitForProjections,
} from '../testing/privacy-scenario';

/** Collects a binary answer (the PDF) as a Buffer. */
function binary(res: Response, done: (error: Error | null, body: Buffer) => void): void {
  const response = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(Buffer.from(chunk)));
  response.on('end', () => done(null, Buffer.concat(chunks)));
}

describe('GET /victims/:victimId/subject-access-export(.pdf)', () => {
  let api: PrivacyHarness;
  let writer: CaseWriter;
  let admin: string;
  let victimId: string;
  let other: string;
  let sentenceId: string;

  const exportOf = (
    id: string,
    suffix = '',
    purpose: string | null = 'subject access request SAR-2026-117',
    token = admin,
  ) => {
    const call = request(api.http)
      .get(`/victims/${id}/subject-access-export${suffix}`)
      .set('Authorization', `Bearer ${token}`);
    return purpose === null ? call : call.set('X-Purpose', purpose);
  };

  beforeAll(async () => {
    api = await startPrivacyApi();
    api.startWorker();
    writer = await CaseWriter.as(api);
    admin = await api.token('ADMIN', 'admin-7');
    ({ victimId, sentenceId } = await aFullCase(writer));
    other = await writer.refer(sentenceId, { personal: OTHER_VICTIM, receivedOn: '2026-10-06' });
    await writer.enrol(other, sentenceId);
    await statementAndMeeting(writer, sentenceId, victimId, other);
    // A VLO reads the case: the read is in the access audit, so in the export.
    await request(api.http)
      .get(`/victims/${victimId}?minPosition=${writer.position}`)
      .set('Authorization', `Bearer ${writer.token}`)
      .expect(200);
    await request(api.http)
      .get(`/victims/${victimId}/timeline?minPosition=${writer.position}`)
      .set('Authorization', `Bearer ${writer.token}`)
      .expect(200);
  });

  afterAll(async () => {
    await api.close();
  });

  it('exports everything held about the victim as one JSON document: decrypted events of every type, their part of the sentence, read-model rows, audit', async () => {
    const response = await exportOf(victimId).expect(200);
    const body = response.body;
    expect(body).toMatchObject({
      kind: 'subject-access-export',
      victimId,
      erased: false,
      exportedBy: { userId: 'admin-7', role: 'ADMIN' },
    });

    const written = new Set((await api.store.readStream(`victim-${victimId}`)).map((e) => e.type));
    expect(new Set(body.victimEvents.map((e: { type: string }) => e.type))).toEqual(written);
    expect(written.size).toBeGreaterThanOrEqual(6);
    const referral = body.victimEvents.find((e: { type: string }) => e.type === 'ReferralReceived');
    expect(referral).toMatchObject({
      recordedBy: { userId: 'vlo-7', role: 'VLO' },
      data: { personal: { fullName: VICTIM_PERSONAL.fullName, email: VICTIM_PERSONAL.email } },
    });
    expect(JSON.stringify(body.victimEvents)).toContain(STATEMENT);
    const text = JSON.stringify(body);
    for (const value of [
      VICTIM_PERSONAL.fullName,
      VICTIM_PERSONAL.address.lines[0],
      VICTIM_PERSONAL.email,
      VICTIM_PERSONAL.phone,
      STATEMENT,
    ])
      expect(text).toContain(value);

    // The sentence: its reference and what the meeting recorded about this victim, never about the other.
    const [sentence] = body.sentences;
    expect(sentence.sentenceId).toBe(sentenceId);
    expect(sentence.events.map((e: { type: string }) => e.type)).toEqual([
      'SentenceRecorded',
      'InterAgencyMeetingHeld',
    ]);
    for (const value of OTHER_VALUES) expect(text).not.toContain(value);
    expect(text).not.toContain('Could not be reached before the meeting');
    expect(text).not.toContain(other);

    expect(Object.keys(body.readModels)).toEqual(
      expect.arrayContaining([
        'victim_case_view',
        'case_timeline_entry',
        'caseload_tasks',
        'caseload_victims',
        'partner_representations',
        'inter_agency_meeting_notes',
      ]),
    );
    expect(body.readModels.victim_case_view[0].contact_details.fullName).toBe(VICTIM_PERSONAL.fullName);
    expect(body.accessAudit.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining(['read victim case view', 'read case timeline']),
    );
  });

  it('renders the same as a readable PDF', async () => {
    const response: Response = await exportOf(victimId, '.pdf').buffer(true).parse(binary).expect(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const pdf = response.body as Buffer;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5_000);
    expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
  });

  it('is for administrators who say why, audits every export, and answers 404 for an unknown victim', async () => {
    expect((await exportOf(victimId, '', 'subject access', writer.token)).status).toBe(403);
    expect((await exportOf(victimId, '', null)).status).toBe(400);
    expect((await exportOf('00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const audit = await request(api.http)
      .get(`/access-audit?victimId=${victimId}`)
      .set('Authorization', `Bearer ${admin}`)
      .set('X-Purpose', 'audit review: check the SAR exports')
      .expect(200);
    expect(
      audit.body.items
        .filter((i: { action: string }) => i.action.startsWith('export subject access data'))
        .map((i: { purpose: string }) => i.purpose),
    ).toEqual(['subject access request SAR-2026-117', 'subject access request SAR-2026-117']);
  });

  it('says erased for an erased victim, and holds none of their personal data', async () => {
    const erasure = await request(api.http)
      .post(`/victims/${victimId}/erasure`)
      .set('Authorization', `Bearer ${admin}`)
      .set('X-Purpose', 'erasure request ER-2026-0050')
      .send({ basis: 'erasure-request', requestReference: 'ER-2026-0050' })
      .expect(201);
    await waitForProjections(
      api.app.get(DataSource),
      allProjections({ pseudonymKey: api.environment.PSEUDONYM_KEY, dataKeys: api.app.get(VictimDataKeyStore) }).map(
        (p) => p.name,
      ),
      erasure.body.position,
    );
    const body = (await exportOf(victimId).expect(200)).body;
    expect(body).toMatchObject({ erased: true, erasure: { destroyedBy: 'admin-7' } });
    expect(body.victimEvents[0].data.personal).toEqual({ erased: true });
    const text = JSON.stringify(body);
    for (const value of [VICTIM_PERSONAL.fullName, VICTIM_PERSONAL.address.lines[0], VICTIM_PERSONAL.email, STATEMENT])
      expect(text).not.toContain(value);
    const pdf: Response = await exportOf(victimId, '.pdf').buffer(true).parse(binary).expect(200);
    expect((pdf.body as Buffer).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('never logged the victims’ personal data', () => {
    const logged = api.logLines.join('\n');
    for (const value of [
      VICTIM_PERSONAL.fullName,
      VICTIM_PERSONAL.address.lines[0],
      VICTIM_PERSONAL.email,
      STATEMENT,
      ...OTHER_VALUES,
    ])
      expect(logged).not.toContain(value);
  });
});
