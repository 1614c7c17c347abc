import { randomUUID } from 'node:crypto';
import { Environment } from '@vcs/config';
import { ENVIRONMENT } from '@vcs/infrastructure';
import { allProjections, Projection } from '@vcs/read-models';
import { eraseVictimPersonalData, pseudonymousVictimReference, Role, VictimDataKeyStore } from '@vcs/security';
import { ApiHarness, startApi } from '@vcs/test-support';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import request, { Response } from 'supertest';
import { DataSource } from 'typeorm';
import { rebuildProjection } from '../../../../worker/src/projector/rebuild';

/** Everything that could identify or locate the test victims (none may reach a partner). */
const VICTIM = {
  fullName: 'Harriet Quimby-Testcase',
  dateOfBirth: '1979-02-11',
  address: { lines: ['27 Wisteria Lane', 'Knaresborough'], postcode: 'HG1 5QT' },
  phone: '01423 496097',
  email: 'harriet.testcase@example.org',
};
const OTHER_VICTIM = {
  fullName: 'Oswald Second-Victim',
  address: { lines: ['3 Birch Row', 'Ripon'], postcode: 'HG4 1AA' },
  phone: '07700 900111',
  email: 'oswald.second@example.org',
};
const EXCLUSION_ZONE = 'Harrogate town centre inside the inner ring road';
const NON_CONTACT_DESCRIPTION = 'Her daughter Matilda Testcase';
const VPS_TEXT = 'Since the offence I have not felt safe leaving the house after dark.';
const MEETING_NOTE = 'Asks for the exclusion zone to include the bus station';
const ACTION_DESCRIPTION = 'Police to walk the zone boundary with the victim';

const SENTENCE_DATE = '2025-01-15';

describe('sentence view, representations for partners and inter-agency meetings', () => {
  let api: ApiHarness;
  let tokens: Record<Role, string>;
  let sentenceId: string;
  let victimA: string;
  let victimB: string;
  let exclusionId: string;
  let nonContactId: string;
  let lastPosition: string;
  const partnerAnswers: Response[] = [];

  const as = (role: Role) => ({
    get: (path: string, purpose?: string) => {
      let call = request(api.http).get(path).set('Authorization', `Bearer ${tokens[role]}`);
      if (purpose) call = call.set('X-Purpose', purpose);
      return call.then((response) => {
        if (role === 'PAROLE_BOARD' || role === 'MAPPA_PARTNER') partnerAnswers.push(response);
        return response;
      });
    },
    send: async (method: 'post' | 'put', path: string, body: object, status = 201) => {
      const response = await request(api.http)[method](path).set('Authorization', `Bearer ${tokens[role]}`).send(body);
      if (response.status !== status)
        throw new Error(
          `${method.toUpperCase()} ${path}: expected ${status}, got ${response.status} ${JSON.stringify(response.body)}`,
        );
      if (response.body.position) lastPosition = response.body.position;
      return response;
    },
  });
  const vlo = () => as('VLO');
  const disclose = (victimId: string, representationId: string, body: object) =>
    vlo().send('post', `/victims/${victimId}/representations/${representationId}/disclosures`, {
      disclosedOn: '2025-03-05',
      ...body,
    });

  const problems = (response: Response) => ((response.body.problems ?? []) as { field: string }[]).map((p) => p.field);

  beforeAll(async () => {
    api = await startApi();
    api.startProjectors();
    const roles: Role[] = ['VLO', 'VLO_MANAGER', 'PAROLE_BOARD', 'MAPPA_PARTNER', 'ADMIN', 'WORKER'];
    // The MAPPA partner works for the police (the `agency` claim): they read the meetings the police attended.
    const extras = (role: Role) => (role === 'MAPPA_PARTNER' ? { agency: 'police' } : {});
    tokens = Object.fromEntries(
      await Promise.all(roles.map(async (role) => [role, await api.token(role, undefined, extras(role))])),
    ) as Record<Role, string>;

    sentenceId = randomUUID();
    await vlo().send('post', '/sentences', {
      sentenceId,
      reference: 'H482913',
      offenceCategory: 'specified-sexual',
      offenceCausedDeath: false,
      sentenceType: 'extended-determinate',
      lengthMonths: 96,
      sentencingCourt: 'Leeds Crown Court',
      sentenceDate: SENTENCE_DATE,
      probationRegion: 'yorkshire-and-the-humber',
    });
    victimA = randomUUID();
    victimB = randomUUID();
    const referral = (victimId: string, personal: object) => ({
      victimId,
      sentenceId,
      referredFor: 'vcs',
      source: 'witness-care-unit',
      circumstance: 'adult-victim',
      receivedOn: '2025-01-20',
      personal,
    });
    await vlo().send('post', '/victims', referral(victimA, VICTIM));
    await vlo().send('post', '/victims', referral(victimB, OTHER_VICTIM));
    await vlo().send('post', `/victims/${victimA}/enrolment`, {
      sentenceId,
      scheme: 'vcs-statutory',
      enrolledOn: '2025-01-27',
      victimLiaisonOfficerId: 'vlo-1',
    });

    exclusionId = randomUUID();
    nonContactId = randomUUID();
    const conditions = await vlo().send('post', `/victims/${victimA}/representations`, {
      sentenceId,
      kind: 'licence-conditions',
      requestedConditions: [
        { conditionId: exclusionId, kind: 'exclusion-zone' },
        { conditionId: nonContactId, kind: 'non-contact' },
      ],
      sentTo: ['parole-board', 'probation-practitioner', 'mappa'],
      submittedOn: '2025-03-03',
      personal: { conditionDescriptions: { [exclusionId]: EXCLUSION_ZONE, [nonContactId]: NON_CONTACT_DESCRIPTION } },
    });
    const statement = await vlo().send('post', `/victims/${victimA}/representations`, {
      sentenceId,
      kind: 'victim-personal-statement',
      vpsPresentation: 'read-by-victim',
      sentTo: ['parole-board'],
      submittedOn: '2025-03-04',
      personal: { statementText: VPS_TEXT },
    });
    // Partners read only what the VLO disclosed to them: the exclusion zone to both, the VPS to the Parole Board.
    for (const recipient of ['parole-board', 'mappa']) {
      await disclose(victimA, conditions.body.representationId, {
        recipient,
        personal: { conditionDescriptions: { [exclusionId]: EXCLUSION_ZONE } },
      });
    }
    await disclose(victimA, statement.body.representationId, {
      recipient: 'parole-board',
      personal: { statementText: VPS_TEXT },
    });

    const milestone = (kind: string, date: string, detail?: object) =>
      vlo().send('post', `/sentences/${sentenceId}/milestones`, { kind, date, detail });
    await milestone('parole-eligibility', '2025-02-01', { paroleEligibilityDate: '2030-01-15' });
    await milestone('release-date-changed', '2025-02-02', { expectedReleaseDate: '2031-01-15', reason: 'added-days' });
    await milestone('parole-hearing-listed', '2025-03-01', { hearingDate: '2025-06-01', hearingType: 'oral' });
    await milestone('parole-decision', '2025-06-10', { outcome: 'no-release', nextReviewDate: '2027-06-10' });

    const actionId = randomUUID();
    await vlo().send('post', `/sentences/${sentenceId}/inter-agency-meetings`, {
      kind: 'mappa',
      mappa: { category: 2, level: 2 },
      heldOn: '2025-05-20',
      agenciesPresent: ['probation', 'police', 'victim-liaison-unit'],
      victimsConsidered: [
        { victimId: victimA, viewsPresented: true, outcome: 'licence-conditions-recommended' },
        { victimId: victimB, viewsPresented: false, outcome: 'no-change' },
      ],
      actions: [{ actionId, forVictimId: victimA, ownerAgency: 'police', dueOn: '2025-06-01' }],
      personal: {
        [victimA]: {
          viewsPresented: MEETING_NOTE,
          notes: 'Victim anxious about the hearing',
          actions: { [actionId]: ACTION_DESCRIPTION },
        },
      },
    });
  });

  afterAll(async () => {
    await api?.close();
  });

  const pseudonym = (victimId: string) =>
    pseudonymousVictimReference(victimId, sentenceId, api.app.get<Environment>(ENVIRONMENT).PSEUDONYM_KEY);

  describe('GET /sentences/:sentenceId', () => {
    it('shows the sentence, its milestones, what is expected next and the victims linked to it', async () => {
      const response = await vlo().get(`/sentences/${sentenceId}?minPosition=${lastPosition}`);

      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        sentenceId,
        reference: 'H482913',
        sentenceType: 'extended-determinate',
        lengthMonths: 96,
        sentenceDate: SENTENCE_DATE,
        probationRegion: 'yorkshire-and-the-humber',
        custodyStatus: 'in-custody',
        endedBy: null,
        lastMilestoneKind: 'parole-decision',
      });
      expect(response.body.milestones.map((m: { kind: string; date: string }) => `${m.date} ${m.kind}`)).toEqual([
        '2025-02-01 parole-eligibility',
        '2025-02-02 release-date-changed',
        '2025-03-01 parole-hearing-listed',
        '2025-06-10 parole-decision',
      ]);
      expect(response.body.milestones[3].detail).toEqual({
        outcome: 'no-release',
        nextReviewDate: '2027-06-10',
        providedToPartiesOn: '2025-06-10',
        reconsiderable: true,
      });
      // The refusal replaced the eligibility date and the listed hearing with the next review and the reconsideration window.
      expect(
        response.body.expected.map((e: { kind: string; date: string; passed: boolean }) => [e.kind, e.date, e.passed]),
      ).toEqual([
        ['reconsideration-window-closes', '2025-07-01', true],
        ['parole-review', '2027-06-10', false],
        ['release', '2031-01-15', false],
      ]);
      expect(response.body.victims).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            victimId: victimA,
            victimReference: pseudonym(victimA),
            scheme: 'vcs-statutory',
            status: 'enrolled',
            statusOn: '2025-01-27',
          }),
          expect.objectContaining({
            victimId: victimB,
            victimReference: pseudonym(victimB),
            scheme: null,
            status: 'referred',
            referredFor: 'vcs',
          }),
        ]),
      );
      expect(response.body.victims).toHaveLength(2);
      expectNoPersonalData(response.body, []);
    });

    it('audits the read with the victims it showed', async () => {
      await vlo().get(`/sentences/${sentenceId}`);
      const entries = await auditEntries('read sentence view');
      expect(entries[0]).toMatchObject({ role: 'VLO', resource_id: sentenceId, status: 200 });
      expect([...entries[0].victim_ids].sort()).toEqual([victimA, victimB].sort());
    });

    it('answers 404 for an unknown sentence and 400 naming the field for a bad id or position', async () => {
      expect((await vlo().get(`/sentences/${randomUUID()}`)).status).toBe(404);
      const badId = await vlo().get('/sentences/not-a-uuid');
      expect(badId.status).toBe(400);
      expect(problems(badId)).toEqual(['sentenceId']);
      const badPosition = await vlo().get(`/sentences/${sentenceId}?minPosition=yesterday`);
      expect(badPosition.status).toBe(400);
      expect(problems(badPosition)).toEqual(['minPosition']);
    });

    it('is for VLOs and managers only', async () => {
      expect((await as('VLO_MANAGER').get(`/sentences/${sentenceId}`)).status).toBe(200);
      expect((await as('PAROLE_BOARD').get(`/sentences/${sentenceId}`, 'parole review')).status).toBe(403);
      expect((await as('MAPPA_PARTNER').get(`/sentences/${sentenceId}`, 'mappa meeting')).status).toBe(403);
    });

    it('reads its writes: a milestone just recorded is on the page', async () => {
      await vlo().send('post', `/sentences/${sentenceId}/milestones`, {
        kind: 'transfer-to-open-conditions',
        date: '2025-08-01',
      });
      const response = await vlo().get(`/sentences/${sentenceId}?minPosition=${lastPosition}`);
      expect(response.body).toMatchObject({ inOpenConditions: true, lastMilestoneKind: 'transfer-to-open-conditions' });
    });
  });

  describe('GET /sentences', () => {
    it('lists sentences filtered by region, sentence type and reference, paginated', async () => {
      const other = randomUUID();
      await vlo().send('post', '/sentences', {
        sentenceId: other,
        reference: 'L100200',
        offenceCategory: 'specified-violent',
        offenceCausedDeath: false,
        sentenceType: 'determinate-custody',
        lengthMonths: 30,
        sentencingCourt: 'Inner London Crown Court',
        sentenceDate: '2025-02-01',
        probationRegion: 'london',
      });
      const ids = (response: Response) => response.body.items.map((i: { sentenceId: string }) => i.sentenceId);

      const london = await vlo().get(`/sentences?region=london&minPosition=${lastPosition}`);
      expect(london.status).toBe(200);
      expect(ids(london)).toEqual([other]);
      expect(london.body).toMatchObject({ page: 1, pageSize: 25, total: 1 });
      expect(ids(await vlo().get('/sentences?sentenceType=extended-determinate'))).toEqual([sentenceId]);
      expect(ids(await vlo().get('/sentences?reference=H482913&region=yorkshire-and-the-humber'))).toEqual([
        sentenceId,
      ]);
      const paged = await vlo().get('/sentences?pageSize=1&page=2');
      expect(paged.body).toMatchObject({ page: 2, pageSize: 1, total: 2 });
      expect(ids(paged)).toEqual([sentenceId]); // newest sentence first: the London one (2025-02-01) is page 1
    });

    it('refuses bad filters with 400 naming each field', async () => {
      const response = await vlo().get('/sentences?region=atlantis&sentenceType=fine&reference=123&pageSize=500');
      expect(response.status).toBe(400);
      expect(problems(response).sort()).toEqual(['pageSize', 'reference', 'region', 'sentenceType']);
    });
  });

  describe('GET /sentences/:sentenceId/representations', () => {
    it('shows partners what each victim asked for, when and to whom, by pseudonymous reference only', async () => {
      const response = await as('PAROLE_BOARD').get(
        `/sentences/${sentenceId}/representations?minPosition=${lastPosition}`,
        'parole review PB-2026-0113',
      );

      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ sentenceId, total: 2, page: 1 });
      const [vps, conditions] = response.body.items;
      expect(vps).toEqual({
        representationId: expect.any(String),
        victimReference: pseudonym(victimA),
        kind: 'victim-personal-statement',
        requestedConditions: [],
        statementText: VPS_TEXT,
        vpsPresentation: 'read-by-victim',
        sentTo: ['parole-board'],
        submittedOn: '2025-03-04',
        disclosedOn: '2025-03-05',
        erased: false,
      });
      // The Parole Board is not told which other organisations got it.
      expect(conditions).toMatchObject({
        kind: 'licence-conditions',
        statementText: null,
        sentTo: ['parole-board'],
        submittedOn: '2025-03-03',
      });
      expect(conditions.requestedConditions).toEqual([
        { conditionId: exclusionId, kind: 'exclusion-zone', description: EXCLUSION_ZONE, descriptionWithheld: false },
        { conditionId: nonContactId, kind: 'non-contact', description: null, descriptionWithheld: true },
      ]);
      expect(JSON.stringify(response.body)).not.toContain(NON_CONTACT_DESCRIPTION);
    });

    it('shows a MAPPA partner only what was sent to MAPPA: never the VPS sent only to the Parole Board', async () => {
      const response = await as('MAPPA_PARTNER').get(
        `/sentences/${sentenceId}/representations`,
        'MAPPA meeting: level 2, preparation',
      );

      expect(response.status).toBe(200);
      expect(response.body.total).toBe(1);
      expect(response.body.items).toEqual([expect.objectContaining({ kind: 'licence-conditions', sentTo: ['mappa'] })]);
      expect(JSON.stringify(response.body)).not.toContain(VPS_TEXT);
    });

    it('shows a VLO every representation with all its recipients and to whom, when and by whom it was disclosed', async () => {
      const response = await vlo().get(`/sentences/${sentenceId}/representations`);
      expect(response.body.total).toBe(2);
      expect(response.body.items[1]).toMatchObject({ sentTo: ['parole-board', 'probation-practitioner', 'mappa'] });
      expect(response.body.items[1].disclosures).toEqual([
        {
          recipient: 'mappa',
          disclosedOn: '2025-03-05',
          approvedBy: expect.any(String),
          approvedByName: null,
          flagged: [],
        },
        {
          recipient: 'parole-board',
          disclosedOn: '2025-03-05',
          approvedBy: expect.any(String),
          approvedByName: null,
          flagged: [],
        },
      ]);
    });

    it("audits the real ids of the victims whose representations were returned, with the partner's purpose", async () => {
      await as('MAPPA_PARTNER').get(`/sentences/${sentenceId}/representations`, 'MAPPA meeting: level 2, preparation');
      const [entry] = await auditEntries('read representations for partners');
      expect(entry).toMatchObject({
        role: 'MAPPA_PARTNER',
        purpose: 'MAPPA meeting: level 2, preparation',
        resource_id: sentenceId,
        status: 200,
      });
      expect(entry.victim_ids).toEqual([victimA]);
    });

    it('refuses a partner who does not say why with 400 naming X-Purpose; VLOs need not', async () => {
      const response = await as('PAROLE_BOARD').get(`/sentences/${sentenceId}/representations`);
      expect(response.status).toBe(400);
      expect(problems(response)).toEqual(['X-Purpose']);
      expect((await vlo().get(`/sentences/${sentenceId}/representations`)).status).toBe(200);
    });

    it('answers 404 for an unknown sentence and 400 naming the field for a bad id or page', async () => {
      expect((await as('PAROLE_BOARD').get(`/sentences/${randomUUID()}/representations`, 'parole review')).status).toBe(
        404,
      );
      const badId = await as('PAROLE_BOARD').get('/sentences/nope/representations', 'parole review');
      expect(badId.status).toBe(400);
      expect(problems(badId)).toEqual(['sentenceId']);
      const badPage = await as('PAROLE_BOARD').get(`/sentences/${sentenceId}/representations?page=0`, 'parole review');
      expect(badPage.status).toBe(400);
      expect(problems(badPage)).toEqual(['page']);
    });

    it('reads its writes: a statement just disclosed is in the answer', async () => {
      const submitted = await vlo().send('post', `/victims/${victimA}/representations`, {
        sentenceId,
        kind: 'victim-personal-statement',
        vpsPresentation: 'pre-recorded',
        sentTo: ['parole-board'],
        submittedOn: '2025-09-01',
        personal: { statementText: 'An updated statement for the review.' },
      });
      const disclosed = await disclose(victimA, submitted.body.representationId, {
        recipient: 'parole-board',
        disclosedOn: '2025-09-02',
        personal: { statementText: 'An updated statement for the review.' },
      });
      const response = await as('PAROLE_BOARD').get(
        `/sentences/${sentenceId}/representations?minPosition=${disclosed.body.position}`,
        'parole review',
      );
      expect(response.body.total).toBe(3);
      expect(response.body.items[0]).toMatchObject({ submittedOn: '2025-09-01', vpsPresentation: 'pre-recorded' });
    });
  });

  describe('GET /sentences/:sentenceId/inter-agency-meetings', () => {
    it('shows partners the meeting, each victim by reference, views presented, outcome and actions, never the notes', async () => {
      const response = await as('MAPPA_PARTNER').get(
        `/sentences/${sentenceId}/inter-agency-meetings?minPosition=${lastPosition}`,
        'MAPPA meeting: review',
      );

      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ sentenceId, total: 1 });
      const [meeting] = response.body.items;
      expect(meeting).toMatchObject({
        kind: 'mappa',
        mappa: { category: 2, level: 2 },
        heldOn: '2025-05-20',
        agenciesPresent: ['probation', 'police', 'victim-liaison-unit'],
      });
      expect(meeting.victimsConsidered).toEqual([
        {
          victimReference: pseudonym(victimA),
          viewsPresented: true,
          outcome: 'licence-conditions-recommended',
          actions: [{ actionId: expect.any(String), ownerAgency: 'police', dueOn: '2025-06-01' }],
        },
        { victimReference: pseudonym(victimB), viewsPresented: false, outcome: 'no-change', actions: [] },
      ]);
      const [entry] = await auditEntries('read inter-agency meetings');
      expect([...entry.victim_ids].sort()).toEqual([victimA, victimB].sort());
    });

    it('gives VLOs the victim ids and the notes about each victim', async () => {
      const response = await vlo().get(`/sentences/${sentenceId}/inter-agency-meetings`);
      const [a, b] = response.body.items[0].victimsConsidered;
      expect(a).toMatchObject({
        victimId: victimA,
        notes: { viewsPresented: MEETING_NOTE, erased: false, actions: expect.objectContaining({}) },
      });
      expect(Object.values(a.notes.actions)).toEqual([ACTION_DESCRIPTION]);
      expect(b).toMatchObject({ victimId: victimB, notes: null });
    });

    it('refuses a partner without X-Purpose (400), an unknown sentence (404) and a bad id (400 naming it)', async () => {
      const noPurpose = await as('PAROLE_BOARD').get(`/sentences/${sentenceId}/inter-agency-meetings`);
      expect(noPurpose.status).toBe(400);
      expect(problems(noPurpose)).toEqual(['X-Purpose']);
      expect(
        (await as('PAROLE_BOARD').get(`/sentences/${randomUUID()}/inter-agency-meetings`, 'parole review')).status,
      ).toBe(404);
      const badId = await as('PAROLE_BOARD').get('/sentences/1234/inter-agency-meetings', 'parole review');
      expect(problems(badId)).toEqual(['sentenceId']);
    });

    it('reads its writes: a meeting just recorded is in the answer', async () => {
      const recorded = await vlo().send('post', `/sentences/${sentenceId}/inter-agency-meetings`, {
        kind: 'parole',
        heldOn: '2025-09-10',
        agenciesPresent: ['probation', 'parole-board'],
        victimsConsidered: [{ victimId: victimB, viewsPresented: true, outcome: 'risk-plan-updated' }],
      });
      const response = await as('PAROLE_BOARD').get(
        `/sentences/${sentenceId}/inter-agency-meetings?minPosition=${recorded.body.position}`,
        'parole review',
      );
      expect(response.body.total).toBe(2);
      expect(response.body.items[0]).toMatchObject({ kind: 'parole', mappa: null, heldOn: '2025-09-10' });
    });

    it('shows a MAPPA partner only the meetings their agency attended, and none when their token names no agency', async () => {
      const read = async (token: string) =>
        (
          await request(api.http)
            .get(`/sentences/${sentenceId}/inter-agency-meetings`)
            .set('Authorization', `Bearer ${token}`)
            .set('X-Purpose', 'MAPPA meeting')
            .expect(200)
        ).body as { total: number; items: { heldOn: string }[] };
      const police = await read(tokens.MAPPA_PARTNER);
      expect(police.total).toBe(1);
      expect(police.items.map((m) => m.heldOn)).toEqual(['2025-05-20']);
      expect((await read(await api.token('MAPPA_PARTNER', 'mappa-housing', { agency: 'housing' }))).total).toBe(0);
      expect((await read(await api.token('MAPPA_PARTNER', 'mappa-no-agency'))).total).toBe(0);
      expect((await read(tokens.PAROLE_BOARD)).total).toBe(2);
      const refused = await request(api.http)
        .get(`/sentences/${sentenceId}/inter-agency-meetings`)
        .set('Authorization', `Bearer ${await api.token('MAPPA_PARTNER', 'mappa-odd', { agency: 'the-neighbours' })}`)
        .set('X-Purpose', 'MAPPA meeting');
      expect(refused.status).toBe(401);
    });
  });

  it('no partner answer carries a name, address, postcode, phone, email or victim id', async () => {
    await as('PAROLE_BOARD').get(`/sentences/${sentenceId}/representations`, 'parole review: final check');
    await as('MAPPA_PARTNER').get(`/sentences/${sentenceId}/inter-agency-meetings`, 'parole review: final check');
    const ok = partnerAnswers.filter((answer) => answer.status === 200);
    expect(ok.length).toBeGreaterThanOrEqual(6);
    for (const answer of partnerAnswers)
      expectNoPersonalData(answer.body, [victimA, victimB, MEETING_NOTE, ACTION_DESCRIPTION, NON_CONTACT_DESCRIPTION]);
  });

  it('a rebuild of each read model gives exactly the rows the live projector produced', async () => {
    for (const projection of ourProjections()) {
      const before = await snapshot(projection);
      expect(Object.values(before).some((rows) => rows.length > 0)).toBe(true);
      await rebuildProjection(api.app.get(DataSource), api.store, projection, { batchSize: 7 });
      expect(await snapshot(projection)).toEqual(before);
    }
  });

  it('after erasure and a rebuild, the partner representation and the meeting notes read as erased', async () => {
    await eraseVictimPersonalData(api.app.get(VictimDataKeyStore), victimA, 'admin-1', 'erasure request ER-2026-017');
    for (const projection of ourProjections())
      await rebuildProjection(api.app.get(DataSource), api.store, projection, { batchSize: 50 });

    const representations = await as('PAROLE_BOARD').get(
      `/sentences/${sentenceId}/representations`,
      'parole review: after erasure',
    );
    expect(representations.body.total).toBe(3);
    for (const item of representations.body.items) {
      expect(item).toMatchObject({ victimReference: pseudonym(victimA), statementText: null, erased: true });
    }
    const conditions = representations.body.items.find((i: { kind: string }) => i.kind === 'licence-conditions');
    expect(conditions.requestedConditions[0]).toMatchObject({ kind: 'exclusion-zone', description: null });
    expect(JSON.stringify(representations.body)).not.toContain(EXCLUSION_ZONE);
    expect(JSON.stringify(representations.body)).not.toContain(VPS_TEXT);

    const meetings = await vlo().get(`/sentences/${sentenceId}/inter-agency-meetings`);
    const mappa = meetings.body.items.find((m: { kind: string }) => m.kind === 'mappa');
    expect(mappa.victimsConsidered[0]).toMatchObject({
      victimId: victimA,
      viewsPresented: true,
      notes: { viewsPresented: null, notes: null, outcome: null, actions: {}, erased: true },
    });
    // The sentence view holds no personal data, so erasure changes nothing there.
    const view = await vlo().get(`/sentences/${sentenceId}`);
    expect(view.body.victims.find((v: { victimId: string }) => v.victimId === victimA)).toMatchObject({
      status: 'enrolled',
    });
  });

  it('documents every route in OpenAPI with minPosition, its answer and, for partner routes, X-Purpose', () => {
    const document = SwaggerModule.createDocument(api.app, new DocumentBuilder().build());
    const routes = {
      '/sentences': false,
      '/sentences/{sentenceId}': false,
      '/sentences/{sentenceId}/representations': true,
      '/sentences/{sentenceId}/inter-agency-meetings': true,
    };
    for (const [path, partner] of Object.entries(routes)) {
      const operation = document.paths[path]?.get;
      expect({ path, documented: operation !== undefined }).toEqual({ path, documented: true });
      const parameters = (operation?.parameters ?? []) as { name: string; in: string }[];
      expect(parameters.map((p) => p.name)).toEqual(
        expect.arrayContaining(['minPosition', ...(partner ? ['X-Purpose'] : [])]),
      );
      expect(operation?.responses['200']).toBeDefined();
    }
    const representation = document.components?.schemas?.PartnerRepresentationResponse as {
      properties: Record<string, unknown>;
    };
    expect(Object.keys(representation.properties)).not.toContain('victimId');
  });

  // ---- helpers ----

  function ourProjections(): Projection[] {
    const names = ['sentence-view', 'partner-representations', 'inter-agency-meetings'];
    return allProjections({
      pseudonymKey: api.app.get<Environment>(ENVIRONMENT).PSEUDONYM_KEY,
      dataKeys: api.app.get(VictimDataKeyStore),
    }).filter((p) => names.includes(p.name));
  }

  async function snapshot(projection: Projection): Promise<Record<string, unknown[]>> {
    const dataSource = api.app.get(DataSource);
    const tables: Record<string, unknown[]> = {};
    for (const table of projection.tables) {
      // Every column, in a total order (ORDER BY every column: the tables have no surrogate keys).
      tables[table] = await dataSource.query(`SELECT t.*, t::text AS whole FROM ${table} t ORDER BY t::text`);
    }
    return tables;
  }

  async function auditEntries(
    action: string,
  ): Promise<{ role: string; purpose: string; resource_id: string; status: number; victim_ids: string[] }[]> {
    return api.app
      .get(DataSource)
      .query(
        'SELECT role, purpose, resource_id, status, victim_ids::text[] AS victim_ids FROM access_audit WHERE action = $1 ORDER BY occurred_at DESC, id DESC',
        [action],
      );
  }

  /** Walks every value of an answer and fails on any identifying or locating value of the test victims. */
  function expectNoPersonalData(body: unknown, extra: readonly string[]): void {
    const forbidden = [
      VICTIM.fullName,
      VICTIM.dateOfBirth,
      ...VICTIM.address.lines,
      VICTIM.address.postcode,
      VICTIM.phone,
      VICTIM.email,
      OTHER_VICTIM.fullName,
      ...OTHER_VICTIM.address.lines,
      OTHER_VICTIM.address.postcode,
      OTHER_VICTIM.phone,
      OTHER_VICTIM.email,
      ...extra,
    ].map((value) => value.toLowerCase());
    const walk = (value: unknown, path: string): void => {
      if (value === null || value === undefined) return;
      if (typeof value === 'object') {
        for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
          walk(key, `${path}{key}`);
          walk(child, `${path}.${key}`);
        }
        return;
      }
      const text = String(value).toLowerCase();
      for (const bad of forbidden) {
        if (text.includes(bad)) throw new Error(`personal data "${bad}" found at ${path}`);
      }
    };
    walk(body, '$');
  }
});
