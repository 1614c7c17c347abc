import { randomUUID } from 'node:crypto';
import { ApiHarness } from '@vcs/test-support';
import { itGuardsLikeEveryVictimCommand } from '../testing/victim-command-guards';
import { expectStatus, problemsOf, VictimsClient } from '../testing/victim-fixtures';
import { useVictimsApi } from '../testing/victims-api';

const EXCLUSION = '0f8e2a4c-3b1d-4e6f-9a7b-5c2d1e0f3a4b';
const NON_CONTACT = '6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

const licenceConditions = (sentenceId: string, overrides: Record<string, unknown> = {}) => ({
  sentenceId,
  kind: 'licence-conditions',
  requestedConditions: [
    { conditionId: EXCLUSION, kind: 'exclusion-zone' },
    { conditionId: NON_CONTACT, kind: 'non-contact' },
  ],
  sentTo: ['probation-practitioner'],
  submittedOn: '2026-11-02',
  personal: { conditionDescriptions: { [EXCLUSION]: "The streets around the victim's workplace in the city centre" } },
  ...overrides,
});

const statement = (sentenceId: string, text: string, overrides: Record<string, unknown> = {}) => ({
  sentenceId,
  kind: 'victim-personal-statement',
  vpsPresentation: 'read-by-victim',
  sentTo: ['parole-board'],
  submittedOn: '2026-11-02',
  personal: { statementText: text },
  ...overrides,
});

describe('POST /victims/:victimId/representations', () => {
  let api: ApiHarness;
  let vlo: VictimsClient;
  let sentenceId: string;

  const enrolledVictim = async () => {
    const victimId = await vlo.referVictim(sentenceId);
    await vlo.enrol(victimId, sentenceId);
    return victimId;
  };

  useVictimsApi((given) => ({ api, vlo, sentenceId } = given));

  // Issue 17: a restricted patient's victim's impact statement to the Mental Health Tribunal (DVCV Act 2004 s.37ZA).
  it('records a victim impact statement to the Mental Health Tribunal about a restricted patient, and refuses it on a prison sentence', async () => {
    const hospitalOrder = await vlo.recordSentence({
      sentenceType: 'hospital-order-with-restriction',
      lengthMonths: undefined,
    });
    const victimId = await vlo.referVictim(hospitalOrder);
    await vlo.enrol(victimId, hospitalOrder);
    const impact = statement(hospitalOrder, 'I still cannot sleep without the lights on.', {
      kind: 'victim-impact-statement',
      sentTo: ['mental-health-tribunal'],
    });
    expectStatus(await vlo.send('post', `/victims/${victimId}/representations`, impact), 201);
    const onPrison = await enrolledVictim();
    const refused = await vlo.send(
      'post',
      `/victims/${onPrison}/representations`,
      statement(sentenceId, 'I still cannot sleep.', {
        kind: 'victim-impact-statement',
        sentTo: ['mental-health-tribunal'],
      }),
    );
    expectStatus(refused, 422);
    expect(refused.body.rule).toBe('needs-restriction-order');
  });

  it('records the licence conditions asked for, descriptions kept personal, answering the representation id', async () => {
    const victimId = await enrolledVictim();
    const representationId = randomUUID();
    const response = await vlo.send(
      'post',
      `/victims/${victimId}/representations`,
      licenceConditions(sentenceId, { representationId }),
    );

    expectStatus(response, 201);
    expect(response.body).toEqual({
      id: victimId,
      streamId: `victim-${victimId}`,
      revision: '2',
      position: expect.any(String),
      events: ['RepresentationSubmitted'],
      representationId,
    });
    const events = await vlo.events(victimId);
    expect(events[2]).toMatchObject({
      type: 'RepresentationSubmitted',
      metadata: { actor: { userId: 'vlo-7', role: 'VLO' } },
    });
    expect(events[2].data).toEqual({
      victimId,
      representationId,
      sentenceId,
      kind: 'licence-conditions',
      requestedConditions: [
        { conditionId: EXCLUSION, kind: 'exclusion-zone' },
        { conditionId: NON_CONTACT, kind: 'non-contact' },
      ],
      sentTo: ['probation-practitioner'],
      submittedOn: '2026-11-02',
      personal: {
        conditionDescriptions: { [EXCLUSION]: "The streets around the victim's workplace in the city centre" },
      },
    });
  });

  it('records a Victim Personal Statement for the Parole Board', async () => {
    const victimId = await enrolledVictim();
    const response = await vlo.send(
      'post',
      `/victims/${victimId}/representations`,
      statement(sentenceId, 'Since the attack I have not been able to go out alone.'),
    );

    expectStatus(response, 201);
    const events = await vlo.events(victimId);
    expect(events[2].data).toMatchObject({
      kind: 'victim-personal-statement',
      vpsPresentation: 'read-by-victim',
      requestedConditions: [],
      sentTo: ['parole-board'],
      personal: { statementText: 'Since the attack I have not been able to go out alone.' },
    });
  });

  it('refuses bad input with 400 naming each field and rule, and appends nothing', async () => {
    const victimId = await enrolledVictim();
    const response = await vlo.send(
      'post',
      `/victims/${victimId}/representations`,
      licenceConditions('s-1', {
        representationId: 'r-1',
        kind: 'complaint',
        requestedConditions: [{ conditionId: 'c1', kind: 'curfew' }],
        vpsPresentation: 'sung',
        sentTo: ['the-press'],
        submittedOn: '2 Nov 2026',
        personal: { statementText: '', conditionDescriptions: { c1: 'x' } },
      }),
    );

    expectStatus(response, 400);
    expect(problemsOf(response)).toEqual(
      expect.arrayContaining([
        'representationId:isUuid',
        'sentenceId:isUuid',
        'kind:isIn',
        'requestedConditions.0.conditionId:isUuid',
        'requestedConditions.0.kind:isIn',
        'vpsPresentation:isIn',
        'sentTo:isIn',
        'submittedOn:isCivilDate',
        'personal.statementText:isLength',
        'personal.conditionDescriptions:isConditionDescriptions',
      ]),
    );
    expect(await vlo.events(victimId)).toHaveLength(2);
  });

  it('bounds the lists and the statement', async () => {
    const victimId = await enrolledVictim();
    const many = Array.from({ length: 11 }, () => ({ conditionId: randomUUID(), kind: 'non-contact' }));
    const response = await vlo.send(
      'post',
      `/victims/${victimId}/representations`,
      licenceConditions(sentenceId, {
        requestedConditions: many,
        sentTo: [],
        personal: { statementText: 'w '.repeat(15_001) },
      }),
    );

    expectStatus(response, 400);
    expect(problemsOf(response)).toEqual(
      expect.arrayContaining([
        'requestedConditions:arrayMaxSize',
        'sentTo:arrayMinSize',
        'personal.statementText:isLength',
      ]),
    );
  });

  it('refuses unknown fields, also inside conditions and personal', async () => {
    const victimId = await enrolledVictim();
    const response = await vlo.send(
      'post',
      `/victims/${victimId}/representations`,
      licenceConditions(sentenceId, {
        urgent: true,
        requestedConditions: [{ conditionId: NON_CONTACT, kind: 'non-contact', radiusMiles: 5 }],
        personal: { victimAddress: 'x' },
      }),
    );

    expectStatus(response, 400);
    expect(problemsOf(response)).toEqual(
      expect.arrayContaining([
        'urgent:whitelistValidation',
        'requestedConditions.0.radiusMiles:whitelistValidation',
        'personal.victimAddress:whitelistValidation',
      ]),
    );
  });

  it('answers 404 for a sentence that is not recorded', async () => {
    const victimId = await enrolledVictim();
    const response = await vlo.send('post', `/victims/${victimId}/representations`, licenceConditions(randomUUID()));

    expectStatus(response, 404);
    expect(response.body.rule).toBe('sentence-not-found');
    expect(await vlo.events(victimId)).toHaveLength(2);
  });

  it("records a VPS in the victim's words, postcode included, without logging it: it leaves the scheme only as a version a VLO discloses", async () => {
    const victimId = await enrolledVictim();
    const response = await vlo.send(
      'post',
      `/victims/${victimId}/representations`,
      statement(sentenceId, 'I still live near him, at HX1 5QT, and I am afraid.'),
    );

    expectStatus(response, 201);
    expect(JSON.stringify(response.body)).not.toContain('HX1 5QT');
    expect(api.logLines.join('\n')).not.toContain('HX1 5QT');
  });

  it('answers 422 for a victim not in the scheme, and a VPS sent to the prison', async () => {
    const referred = await vlo.referVictim(sentenceId);
    const notEnrolled = await vlo.send('post', `/victims/${referred}/representations`, licenceConditions(sentenceId));
    expectStatus(notEnrolled, 422);
    expect(notEnrolled.body.rule).toBe('victim-not-in-scheme');

    const enrolled = await enrolledVictim();
    const wrong = await vlo.send(
      'post',
      `/victims/${enrolled}/representations`,
      statement(sentenceId, 'It changed my life.', { sentTo: ['prison'] }),
    );
    expectStatus(wrong, 422);
    expect(wrong.body.rule).toBe('wrong-decision-maker');
  });

  itGuardsLikeEveryVictimCommand({
    client: () => vlo,
    method: 'post',
    path: (victimId) => `/victims/${victimId}/representations`,
    ready: async () => ({ victimId: await enrolledVictim(), body: licenceConditions(sentenceId) }),
  });

  it('never answered with, or logged, a name, address, phone or email', () => {
    vlo.expectNothingPersonalLeaked();
  });
});
