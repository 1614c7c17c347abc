import { randomUUID } from 'node:crypto';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { ApiHarness } from '@vcs/test-support';
import request from 'supertest';
import { aSentence as aSentenceBody } from '../../victims/testing/victim-fixtures';
import { aVictimReferredFor, problemsOf, recordSentence, useSentencesApi } from '../testing/sentences-api';

const SENTENCE_DATE = '2025-01-15';

describe('POST /sentences/:sentenceId/inter-agency-meetings', () => {
  let api: ApiHarness;
  let vlo: string;

  useSentencesApi('VLO_MANAGER', 'manager-3', (given) => ({ api, token: vlo } = given));

  const aSentence = () =>
    recordSentence(
      api,
      vlo,
      aSentenceBody({
        offenceCategory: 'specified-sexual',
        sentenceType: 'extended-determinate',
        lengthMonths: 96,
        sentenceDate: SENTENCE_DATE,
      }),
    );
  const aVictimOf = (sentenceId: string) => aVictimReferredFor(api, sentenceId);

  /** A sentence, two of its victims, and a valid MAPPA meeting about them. */
  async function aCase() {
    const sentenceId = await aSentence();
    const [victimA, victimB] = [await aVictimOf(sentenceId), await aVictimOf(sentenceId)];
    const actionId = randomUUID();
    const meeting = {
      kind: 'mappa',
      mappa: { category: 2, level: 2 },
      heldOn: '2026-03-04',
      agenciesPresent: ['probation', 'police', 'victim-liaison-unit'],
      victimsConsidered: [
        { victimId: victimA, viewsPresented: true, outcome: 'licence-conditions-recommended' },
        { victimId: victimB, viewsPresented: false, outcome: 'no-change' },
      ],
      actions: [{ actionId, forVictimId: victimA, ownerAgency: 'police', dueOn: '2026-04-01' }],
      personal: {
        [victimA]: {
          viewsPresented: 'Asks for an exclusion zone around her workplace',
          outcome: 'Exclusion zone to be recommended to the Parole Board',
          actions: { [actionId]: 'Police to map the exclusion zone with the victim' },
        },
        [victimB]: { notes: 'Could not be reached before the meeting' },
      },
    };
    return { sentenceId, victimA, victimB, actionId, meeting };
  }

  const post = (sentenceId: string, body: Record<string, unknown>) =>
    request(api.http)
      .post(`/sentences/${sentenceId}/inter-agency-meetings`)
      .set('Authorization', `Bearer ${vlo}`)
      .send(body);

  const historyOf = (sentenceId: string) => api.store.readStream(`sentence-${sentenceId}`);

  it('records the meeting with notes keyed by victim, the actor in the metadata, and answers the meeting id', async () => {
    const { sentenceId, victimA, victimB, actionId, meeting } = await aCase();
    const meetingId = randomUUID();

    const response = await post(sentenceId, { ...meeting, meetingId }).expect(201);

    expect(response.body).toEqual({
      id: sentenceId,
      streamId: `sentence-${sentenceId}`,
      revision: '1',
      position: expect.any(String),
      events: ['InterAgencyMeetingHeld'],
      meetingId,
    });
    const [, event] = await historyOf(sentenceId);
    expect(event.type).toBe('InterAgencyMeetingHeld');
    expect(event.data).toEqual({
      sentenceId,
      meetingId,
      kind: 'mappa',
      mappa: { category: 2, level: 2 },
      heldOn: '2026-03-04',
      agenciesPresent: ['probation', 'police', 'victim-liaison-unit'],
      victimsConsidered: meeting.victimsConsidered,
      actions: [{ actionId, forVictimId: victimA, ownerAgency: 'police', dueOn: '2026-04-01' }],
      personal: {
        [victimA]: {
          viewsPresented: 'Asks for an exclusion zone around her workplace',
          outcome: 'Exclusion zone to be recommended to the Parole Board',
          actions: { [actionId]: 'Police to map the exclusion zone with the victim' },
        },
        [victimB]: { notes: 'Could not be reached before the meeting' },
      },
    });
    expect(event.metadata).toMatchObject({ actor: { userId: 'manager-3', role: 'VLO_MANAGER' }, schemaVersion: 1 });
  });

  it('records a parole meeting with no actions and no notes', async () => {
    const sentenceId = await aSentence();
    const victimId = await aVictimOf(sentenceId);
    await post(sentenceId, {
      kind: 'parole',
      heldOn: '2026-02-01',
      agenciesPresent: ['parole-board'],
      victimsConsidered: [{ victimId, viewsPresented: true, outcome: 'other' }],
    }).expect(201);

    const [, event] = await historyOf(sentenceId);
    expect(event.data).toMatchObject({ kind: 'parole', actions: [], personal: {} });
    expect(event.data).not.toHaveProperty('mappa');
  });

  it("refuses bad input with 400 naming each field and rule (down to a victim's notes), and appends nothing", async () => {
    const { sentenceId, victimA, actionId, meeting } = await aCase();
    const response = await post(sentenceId, {
      ...meeting,
      kind: 'coffee',
      heldOn: '2026-13-01',
      agenciesPresent: ['police', 'police', 'aliens'],
      victimsConsidered: [{ victimId: 'nobody', viewsPresented: 'yes', outcome: 'fine' }],
      actions: [{ actionId: 'a1', forVictimId: victimA, ownerAgency: 'police', dueOn: 'tomorrow' }],
      personal: {
        [victimA]: {
          notes: '   ',
          viewsPresented: 'bell\u0007',
          address: '1 High Street',
          actions: { [actionId]: 42, 'not-an-id': 'x' },
        },
        'not-a-victim-id': { notes: 'x' },
      },
    }).expect(400);

    // One problem per field, the most useful one (a repeated unknown agency is named as unknown, not as repeated).
    expect([...problemsOf(response.body)].sort()).toEqual(
      [
        'kind:isIn',
        'heldOn:isCivilDate',
        'agenciesPresent:isIn',
        'victimsConsidered.0.victimId:isUuid',
        'victimsConsidered.0.viewsPresented:isBoolean',
        'victimsConsidered.0.outcome:isIn',
        'actions.0.actionId:isUuid',
        'actions.0.dueOn:isCivilDate',
        `personal.${victimA}.notes:matches`,
        `personal.${victimA}.viewsPresented:matches`,
        `personal.${victimA}.address:whitelistValidation`,
        `personal.${victimA}.actions:isString`,
        'personal:isMapKeyedByUuid',
      ].sort(),
    );
    // Values are never echoed back: the notes are personal data.
    expect(JSON.stringify(response.body)).not.toContain('High Street');
    expect(await historyOf(sentenceId)).toHaveLength(1);
  });

  it("refuses unknown fields at the top, in lists and in a victim's notes", async () => {
    const { sentenceId, victimA, meeting } = await aCase();
    const response = await post(sentenceId, {
      ...meeting,
      venue: 'Leeds',
      victimsConsidered: [{ ...meeting.victimsConsidered[0], name: 'A Victim' }, meeting.victimsConsidered[1]],
      mappa: { category: 2, level: 2, chair: 'DCI Smith' },
      personal: { [victimA]: { notes: 'x', phone: '07700 900123' } },
    }).expect(400);

    expect(problemsOf(response.body).sort()).toEqual(
      [
        'venue:whitelistValidation',
        'victimsConsidered.0.name:whitelistValidation',
        'mappa.chair:whitelistValidation',
        `personal.${victimA}.phone:whitelistValidation`,
      ].sort(),
    );
    expect(await historyOf(sentenceId)).toHaveLength(1);
  });

  it('needs MAPPA category and level on a MAPPA meeting, from their lists', async () => {
    const { sentenceId, meeting } = await aCase();
    const missing = await post(sentenceId, { ...meeting, mappa: undefined }).expect(400);
    expect(problemsOf(missing.body)).toEqual(expect.arrayContaining(['mappa:isObject']));
    const wrong = await post(sentenceId, { ...meeting, mappa: { category: 5, level: '2' } }).expect(400);
    expect(problemsOf(wrong.body)).toEqual(expect.arrayContaining(['mappa.category:isIn', 'mappa.level:isIn']));
    expect(await historyOf(sentenceId)).toHaveLength(1);
  });

  it('refuses a sentence id that is not a UUID with 400 naming it', async () => {
    const { meeting } = await aCase();
    const response = await post('42', meeting).expect(400);
    expect(response.body.problems).toEqual([{ field: 'sentenceId', rule: 'isUUID', message: expect.any(String) }]);
  });

  it('answers 404 for a sentence that is not recorded', async () => {
    const { meeting } = await aCase();
    const sentenceId = randomUUID();
    const response = await post(sentenceId, meeting).expect(404);
    expect(response.body).toMatchObject({ statusCode: 404, rule: 'sentence-not-found' });
    expect(await historyOf(sentenceId)).toEqual([]);
  });

  it.each([
    ['a meeting before the sentence', (m: Meeting) => ({ ...m, heldOn: '2024-12-01' }), 'meeting-before-sentence'],
    ['MAPPA details on a parole meeting', (m: Meeting) => ({ ...m, kind: 'parole' }), 'mappa-details-on-other-meeting'],
    [
      'notes keyed by a victim the meeting did not consider',
      (m: Meeting) => ({ ...m, victimsConsidered: [m.victimsConsidered[0]] }),
      'notes-for-unknown-victim',
    ],
    [
      "an action's description under the other victim",
      (m: Meeting) => ({
        ...m,
        personal: {
          ...m.personal,
          [m.victimsConsidered[1].victimId]: { actions: m.personal[m.victimsConsidered[0].victimId].actions },
        },
      }),
      'action-notes-under-wrong-victim',
    ],
    [
      'an action due before the meeting',
      (m: Meeting) => ({ ...m, actions: [{ ...m.actions[0], dueOn: '2026-03-01' }] }),
      'action-due-before-meeting',
    ],
  ])('answers 422 with the rule for %s, appending nothing', async (_name, change, rule) => {
    const { sentenceId, meeting } = await aCase();
    const response = await post(sentenceId, change(meeting)).expect(422);
    expect(response.body).toMatchObject({ statusCode: 422, rule, message: expect.any(String) });
    expect(await historyOf(sentenceId)).toHaveLength(1);
  });

  it('answers 422 when a victim considered is unknown or linked to another sentence only', async () => {
    const { sentenceId, meeting } = await aCase();
    const victimOfAnotherSentence = await aVictimOf(await aSentence());
    for (const victimId of [randomUUID(), victimOfAnotherSentence]) {
      const response = await post(sentenceId, {
        ...meeting,
        victimsConsidered: [...meeting.victimsConsidered, { victimId, viewsPresented: false, outcome: 'no-change' }],
      }).expect(422);
      expect(response.body.rule).toBe('victim-not-linked-to-sentence');
      expect(response.body.message).not.toContain('A Victim');
    }
    expect(await historyOf(sentenceId)).toHaveLength(1);
  });

  it('answers 409 when If-Match names a revision the sentence has moved on from', async () => {
    const { sentenceId, meeting } = await aCase();
    await post(sentenceId, meeting).expect(201);

    const stale = await request(api.http)
      .post(`/sentences/${sentenceId}/inter-agency-meetings`)
      .set('Authorization', `Bearer ${vlo}`)
      .set('If-Match', '"0"')
      .send(meeting)
      .expect(409);

    expect(stale.body).toMatchObject({ statusCode: 409, rule: 'stale-revision', currentRevision: '1' });
    expect(await historyOf(sentenceId)).toHaveLength(2);
  });

  it('returns the first result for a retry with the same Idempotency-Key, deriving the same meeting id and appending nothing', async () => {
    const { sentenceId, meeting } = await aCase();
    const key = randomUUID();
    const send = () =>
      request(api.http)
        .post(`/sentences/${sentenceId}/inter-agency-meetings`)
        .set('Authorization', `Bearer ${vlo}`)
        .set('Idempotency-Key', key)
        .send(meeting);

    const first = await send().expect(201);
    const retry = await send().expect(201);

    expect(retry.body).toEqual(first.body);
    const history = await historyOf(sentenceId);
    expect(history).toHaveLength(2);
    expect(history[1].data).toMatchObject({ meetingId: first.body.meetingId });
  });

  it('describes the route and the per-victim notes in the OpenAPI document', () => {
    const document = SwaggerModule.createDocument(api.app, new DocumentBuilder().build());
    expect(document.paths['/sentences/{sentenceId}/inter-agency-meetings']?.post).toBeDefined();
    const schemas = document.components?.schemas ?? {};
    const personal = (schemas.RecordInterAgencyMeetingDto as { properties: Record<string, unknown> }).properties
      .personal;
    expect(personal).toMatchObject({
      type: 'object',
      additionalProperties: { $ref: '#/components/schemas/MeetingNotesAboutVictimDto' },
    });
    expect(Object.keys(schemas)).toEqual(
      expect.arrayContaining(['MappaDto', 'VictimConsideredDto', 'MeetingActionDto', 'MeetingNotesAboutVictimDto']),
    );
  });
});

/** The request body aCase builds, as much as the 422 cases change. */
interface Meeting extends Record<string, unknown> {
  victimsConsidered: { victimId: string; viewsPresented: boolean; outcome: string }[];
  actions: { actionId: string; forVictimId: string; ownerAgency: string; dueOn?: string }[];
  personal: Record<string, { actions?: Record<string, string> }>;
}
