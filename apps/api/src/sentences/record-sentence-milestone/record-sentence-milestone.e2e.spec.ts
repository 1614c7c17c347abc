import { randomUUID } from 'node:crypto';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { ApiHarness } from '@vcs/test-support';
import request from 'supertest';
import { aSentence as aSentenceBody } from '../../victims/testing/victim-fixtures';
import { aVictimReferredFor, problemsOf, recordSentence, useSentencesApi } from '../testing/sentences-api';

// Dates are fixed in the past: milestones may not be dated after today, nor before the sentence.
const SENTENCE_DATE = '2025-01-15';

describe('POST /sentences/:sentenceId/milestones', () => {
  let api: ApiHarness;
  let vlo: string;

  useSentencesApi('VLO', 'vlo-7', (given) => ({ api, token: vlo } = given));

  const aSentence = (overrides: Record<string, unknown> = {}) =>
    recordSentence(api, vlo, aSentenceBody({ sentenceDate: SENTENCE_DATE, ...overrides }));
  const aVictimOf = (sentenceId: string) => aVictimReferredFor(api, sentenceId);

  const post = (sentenceId: string, body: Record<string, unknown>) =>
    request(api.http).post(`/sentences/${sentenceId}/milestones`).set('Authorization', `Bearer ${vlo}`).send(body);

  const historyOf = (sentenceId: string) => api.store.readStream(`sentence-${sentenceId}`);

  it('records a parole decision with its detail, the actor in the metadata, and answers the milestone id', async () => {
    const sentenceId = await aSentence({ sentenceType: 'extended-determinate', lengthMonths: 96 });
    const milestoneId = randomUUID();
    const response = await post(sentenceId, {
      milestoneId,
      kind: 'parole-decision',
      date: '2026-06-02',
      detail: { outcome: 'no-release', nextReviewDate: '2027-06-01' },
    }).expect(201);

    expect(response.body).toEqual({
      id: sentenceId,
      streamId: `sentence-${sentenceId}`,
      revision: '1',
      position: expect.any(String),
      events: ['SentenceMilestoneReached'],
      milestoneId,
    });
    expect(response.headers.etag).toBe('"1"');
    const [, event] = await historyOf(sentenceId);
    expect(event.type).toBe('SentenceMilestoneReached');
    expect(event.data).toEqual({
      sentenceId,
      milestoneId,
      kind: 'parole-decision',
      date: '2026-06-02',
      // Parole Board Rules 2019 r.28(2)–(3): the day it was provided to the parties (absent: its date) and that it can be reconsidered.
      detail: {
        outcome: 'no-release',
        nextReviewDate: '2027-06-01',
        providedToPartiesOn: '2026-06-02',
        reconsiderable: true,
      },
    });
    expect(event.metadata).toMatchObject({ actor: { userId: 'vlo-7', role: 'VLO' }, schemaVersion: 2 });
  });

  it('replays a parole decision stored before issue 17 (schema version 1): reconsideration counts 21 days from its date, as it did then', async () => {
    const sentenceId = await aSentence({ sentenceType: 'indeterminate-life', lengthMonths: undefined });
    const metadata = () => ({
      correlationId: randomUUID(),
      causationId: randomUUID(),
      actor: { userId: 'test', role: 'VLO' },
      occurredAt: new Date().toISOString(),
      schemaVersion: 1,
    });
    await api.store.appendToStream(
      `sentence-${sentenceId}`,
      [
        {
          id: randomUUID(),
          type: 'SentenceMilestoneReached',
          data: {
            sentenceId,
            milestoneId: randomUUID(),
            kind: 'parole-decision',
            date: '2026-06-02',
            detail: { outcome: 'release' },
          },
          metadata: metadata(),
        },
      ],
      BigInt(0),
    );
    const [, stored] = await historyOf(sentenceId);
    expect(stored.data).toMatchObject({ detail: { outcome: 'release', providedToPartiesOn: '2026-06-02' } });

    const late = await post(sentenceId, {
      kind: 'reconsideration',
      date: '2026-06-24',
      detail: { stage: 'applied', appliedBy: 'secretary-of-state' },
    }).expect(422);
    expect(late.body.rule).toBe('reconsideration-out-of-time');
    await post(sentenceId, {
      kind: 'reconsideration',
      date: '2026-06-23',
      detail: { stage: 'applied', appliedBy: 'secretary-of-state' },
    }).expect(201);
  });

  it('records licence conditions that protect a victim of the sentence', async () => {
    const sentenceId = await aSentence();
    const victimId = await aVictimOf(sentenceId);
    const response = await post(sentenceId, {
      kind: 'licence-conditions-set',
      date: '2026-03-01',
      detail: {
        conditions: ['non-contact', 'exclusion-zone'],
        conditionsEndDate: '2029-01-15',
        protectsVictimIds: [victimId],
      },
    }).expect(201);

    const [, event] = await historyOf(sentenceId);
    expect(event.data).toEqual({
      sentenceId,
      milestoneId: response.body.milestoneId,
      kind: 'licence-conditions-set',
      date: '2026-03-01',
      detail: {
        conditions: ['non-contact', 'exclusion-zone'],
        conditionsEndDate: '2029-01-15',
        protectsVictimIds: [victimId],
      },
    });
  });

  it('records kinds with and without detail through a sentence: listing, release, recall, death', async () => {
    const sentenceId = await aSentence({ sentenceType: 'extended-determinate', lengthMonths: 96 });
    await post(sentenceId, {
      kind: 'parole-eligibility',
      date: '2025-02-01',
      detail: { paroleEligibilityDate: '2029-01-15' },
    }).expect(201);
    await post(sentenceId, {
      kind: 'parole-hearing-listed',
      date: '2025-03-01',
      detail: { hearingDate: '2025-05-01', hearingType: 'oral' },
    }).expect(201);
    await post(sentenceId, { kind: 'parole-decision', date: '2025-05-01', detail: { outcome: 'release' } }).expect(201);
    await post(sentenceId, { kind: 'release-on-licence', date: '2025-05-20' }).expect(201);
    await post(sentenceId, { kind: 'recall', date: '2025-09-01', detail: {} }).expect(201);
    await post(sentenceId, {
      kind: 'appeal',
      date: '2025-10-01',
      detail: { stage: 'decided', against: 'sentence', outcome: 'dismissed' },
    }).expect(201);
    await post(sentenceId, { kind: 'death', date: '2026-01-10', detail: { inCustody: true } }).expect(201);

    const history = await historyOf(sentenceId);
    expect(history.map((e) => (e.data as { kind?: string }).kind ?? e.type)).toEqual([
      'SentenceRecorded',
      'parole-eligibility',
      'parole-hearing-listed',
      'parole-decision',
      'release-on-licence',
      'recall',
      'appeal',
      'death',
    ]);
    expect(history[5].data).toMatchObject({ kind: 'recall', detail: {} });
    expect(history[7].data).toMatchObject({ kind: 'death', detail: { inCustody: true } });
  });

  it('records hospital-order stages: tribunal hearing and decision, conditional discharge', async () => {
    const sentenceId = await aSentence({ sentenceType: 'hospital-order-with-restriction', lengthMonths: undefined });
    await post(sentenceId, { kind: 'hospital-leave', date: '2025-04-01', detail: { leaveType: 'escorted' } }).expect(
      201,
    );
    await post(sentenceId, {
      kind: 'tribunal-hearing-listed',
      date: '2025-05-01',
      detail: { hearingDate: '2025-07-01' },
    }).expect(201);
    await post(sentenceId, {
      kind: 'tribunal-decision',
      date: '2025-07-01',
      detail: { outcome: 'conditional-discharge' },
    }).expect(201);
    await post(sentenceId, {
      kind: 'conditional-discharge',
      date: '2025-08-01',
      detail: { conditions: ['non-contact'], protectsVictimIds: [] },
    }).expect(201);

    expect(await historyOf(sentenceId)).toHaveLength(5);
  });

  it('refuses bad input with 400 naming each field and rule, and appends nothing', async () => {
    const sentenceId = await aSentence();
    const response = await post(sentenceId, {
      milestoneId: 'not-a-uuid',
      kind: 'parole-decision',
      date: '2026-02-30',
      detail: { outcome: 'maybe', nextReviewDate: 'soon' },
    }).expect(400);

    expect(problemsOf(response.body)).toEqual(
      expect.arrayContaining([
        'milestoneId:isUuid',
        'date:isCivilDate',
        'detail.outcome:isIn',
        'detail.nextReviewDate:isCivilDate',
      ]),
    );
    expect(JSON.stringify(response.body)).not.toContain('maybe');
    expect(await historyOf(sentenceId)).toHaveLength(1);
  });

  it('refuses unknown fields, at the top and inside detail', async () => {
    const sentenceId = await aSentence();
    const response = await post(sentenceId, {
      kind: 'licence-conditions-set',
      date: '2026-03-01',
      detail: {
        conditions: ['non-contact'],
        conditionsEndDate: '2029-01-15',
        protectsVictimIds: [],
        description: 'the victim lives at …',
      },
      surprise: true,
    }).expect(400);

    expect(problemsOf(response.body)).toEqual(
      expect.arrayContaining(['surprise:whitelistValidation', 'detail.description:whitelistValidation']),
    );
    expect(problemsOf(response.body)).toHaveLength(2);
    expect(await historyOf(sentenceId)).toHaveLength(1);
  });

  // Issue 17: prison moves and recategorisation are told without saying where; the API has no field for it.
  it('records a prison move and a recategorisation, and refuses an establishment in their detail', async () => {
    const sentenceId = await aSentence();
    await post(sentenceId, { kind: 'prison-transfer', date: '2026-03-01' }).expect(201);
    await post(sentenceId, { kind: 'recategorisation', date: '2026-03-02', detail: { category: 'category-c' } }).expect(
      201,
    );
    const named = await post(sentenceId, {
      kind: 'prison-transfer',
      date: '2026-03-03',
      detail: { establishment: 'HMP Wakefield' },
    }).expect(400);
    expect(problemsOf(named.body)).toEqual(['detail.establishment:whitelistValidation']);
    const recategorisedTo = await post(sentenceId, {
      kind: 'recategorisation',
      date: '2026-03-03',
      detail: { category: 'HMP Wakefield' },
    }).expect(400);
    expect(problemsOf(recategorisedTo.body)).toEqual(['detail.category:isIn']);
    expect(await historyOf(sentenceId)).toHaveLength(3);
  });

  it('records a listed parole hearing adjourned to a new date (issue 17)', async () => {
    const sentenceId = await aSentence({ sentenceType: 'indeterminate-life', lengthMonths: undefined });
    await post(sentenceId, {
      kind: 'parole-hearing-listed',
      date: '2026-01-10',
      detail: { hearingDate: '2026-03-10', hearingType: 'oral' },
    }).expect(201);
    await post(sentenceId, {
      kind: 'parole-hearing-postponed',
      date: '2026-03-10',
      detail: { postponement: 'adjourned', newHearingDate: '2026-06-01' },
    }).expect(201);
    const history = await historyOf(sentenceId);
    expect(history.at(-1)?.data).toMatchObject({
      kind: 'parole-hearing-postponed',
      detail: { postponement: 'adjourned', newHearingDate: '2026-06-01' },
    });
  });

  it("validates detail against the kind's own shape: a wrong-kind detail names detail.<field>", async () => {
    const sentenceId = await aSentence();
    const wrongKind = await post(sentenceId, {
      kind: 'parole-decision',
      date: '2026-03-01',
      detail: { hearingDate: '2026-04-01', hearingType: 'oral' },
    }).expect(400);
    expect(problemsOf(wrongKind.body)).toEqual(
      expect.arrayContaining([
        'detail.hearingDate:whitelistValidation',
        'detail.hearingType:whitelistValidation',
        'detail.outcome:isIn',
      ]),
    );

    const fieldOnEmptyKind = await post(sentenceId, {
      kind: 'recall',
      date: '2026-03-01',
      detail: { outcome: 'release' },
    }).expect(400);
    expect(problemsOf(fieldOnEmptyKind.body)).toEqual(['detail.outcome:whitelistValidation']);

    const missing = await post(sentenceId, { kind: 'licence-conditions-set', date: '2026-03-01' }).expect(400);
    expect(problemsOf(missing.body)).toEqual(expect.arrayContaining(['detail:isDefined']));

    const badList = await post(sentenceId, {
      kind: 'licence-conditions-set',
      date: '2026-03-01',
      detail: { conditions: [], conditionsEndDate: '2029-01-15', protectsVictimIds: ['x'] },
    }).expect(400);
    expect(problemsOf(badList.body)).toEqual(
      expect.arrayContaining(['detail.conditions:arrayNotEmpty', 'detail.protectsVictimIds:isUuid']),
    );

    const reconsideration = await post(sentenceId, {
      kind: 'reconsideration',
      date: '2026-03-01',
      detail: { stage: 'decided', appliedBy: 'prisoner' },
    }).expect(400);
    expect(problemsOf(reconsideration.body)).toEqual(
      expect.arrayContaining(['detail.appliedBy:onlyWhen', 'detail.outcome:isIn']),
    );

    const unknownKind = await post(sentenceId, { kind: 'escape', date: '2026-03-01', detail: { anything: 1 } }).expect(
      400,
    );
    expect(problemsOf(unknownKind.body)).toEqual(['kind:isIn']);

    expect(await historyOf(sentenceId)).toHaveLength(1);
  });

  it('refuses a sentence id that is not a UUID with 400 naming it', async () => {
    const response = await post('not-a-uuid', { kind: 'recall', date: '2026-03-01' }).expect(400);
    expect(response.body.problems).toEqual([{ field: 'sentenceId', rule: 'isUUID', message: expect.any(String) }]);
  });

  it('answers 404 for a sentence that is not recorded', async () => {
    const sentenceId = randomUUID();
    const response = await post(sentenceId, { kind: 'release-on-licence', date: '2026-03-01' }).expect(404);
    expect(response.body).toMatchObject({ statusCode: 404, rule: 'sentence-not-found' });
    expect(await historyOf(sentenceId)).toEqual([]);
  });

  it('answers 404, not 422, for an unknown sentence even when the named victims are unknown too', async () => {
    const response = await post(randomUUID(), {
      kind: 'licence-conditions-set',
      date: '2026-03-01',
      detail: { conditions: ['non-contact'], conditionsEndDate: '2029-01-15', protectsVictimIds: [randomUUID()] },
    }).expect(404);
    expect(response.body.rule).toBe('sentence-not-found');
  });

  it.each([
    [
      'a release dated before the sentence',
      {},
      [],
      { kind: 'release-on-licence', date: '2024-12-01' },
      'milestone-before-sentence',
    ],
    [
      'a second release without a recall',
      {},
      [{ kind: 'release-on-licence', date: '2025-06-01' }],
      { kind: 'release-on-licence', date: '2025-07-01' },
      'already-released',
    ],
    [
      'a hospital milestone on a prison sentence',
      {},
      [],
      { kind: 'hospital-leave', date: '2025-06-01', detail: { leaveType: 'escorted' } },
      'hospital-milestone-on-prison-sentence',
    ],
    [
      'a milestone dated after today',
      {},
      [],
      { kind: 'release-on-licence', date: '2099-01-01' },
      'milestone-in-future',
    ],
    [
      'a next review when release was directed',
      { sentenceType: 'indeterminate-life', lengthMonths: undefined },
      [],
      { kind: 'parole-decision', date: '2025-06-01', detail: { outcome: 'release', nextReviewDate: '2026-06-01' } },
      'next-review-only-when-release-refused',
    ],
  ])('answers 422 with the rule for %s, appending nothing', async (_name, sentence, before, milestone, rule) => {
    const sentenceId = await aSentence(sentence);
    for (const earlier of before) await post(sentenceId, earlier).expect(201);
    const length = (await historyOf(sentenceId)).length;

    const response = await post(sentenceId, milestone).expect(422);

    expect(response.body).toMatchObject({ statusCode: 422, rule, message: expect.any(String) });
    expect(await historyOf(sentenceId)).toHaveLength(length);
  });

  it('answers 422 when licence conditions protect a victim who is not linked to the sentence', async () => {
    const sentenceId = await aSentence();
    const victimOfAnotherSentence = await aVictimOf(await aSentence());
    for (const victimId of [randomUUID(), victimOfAnotherSentence]) {
      const response = await post(sentenceId, {
        kind: 'licence-conditions-set',
        date: '2026-03-01',
        detail: { conditions: ['non-contact'], conditionsEndDate: '2029-01-15', protectsVictimIds: [victimId] },
      }).expect(422);
      expect(response.body.rule).toBe('victim-not-linked-to-sentence');
    }
    expect(await historyOf(sentenceId)).toHaveLength(1);
  });

  it('answers 409 when If-Match names a revision the sentence has moved on from, and accepts the current one', async () => {
    const sentenceId = await aSentence();
    await post(sentenceId, { kind: 'release-on-licence', date: '2025-06-01' }).expect(201);

    const stale = await request(api.http)
      .post(`/sentences/${sentenceId}/milestones`)
      .set('Authorization', `Bearer ${vlo}`)
      .set('If-Match', '"0"')
      .send({ kind: 'recall', date: '2025-07-01' })
      .expect(409);
    expect(stale.body).toMatchObject({ rule: 'stale-revision', currentRevision: '1' });
    expect(await historyOf(sentenceId)).toHaveLength(2);

    await request(api.http)
      .post(`/sentences/${sentenceId}/milestones`)
      .set('Authorization', `Bearer ${vlo}`)
      .set('If-Match', '"1"')
      .send({ kind: 'recall', date: '2025-07-01' })
      .expect(201);
  });

  it('returns the first result for a retry with the same Idempotency-Key, deriving the same milestone id and appending nothing', async () => {
    const sentenceId = await aSentence();
    const key = randomUUID();
    const body = {
      kind: 'release-date-changed',
      date: '2025-03-01',
      detail: { expectedReleaseDate: '2027-01-20', reason: 'added-days' },
    };
    const send = () =>
      request(api.http)
        .post(`/sentences/${sentenceId}/milestones`)
        .set('Authorization', `Bearer ${vlo}`)
        .set('Idempotency-Key', key)
        .send(body);

    const first = await send().expect(201);
    const retry = await send().expect(201);

    expect(retry.body).toEqual(first.body);
    const history = await historyOf(sentenceId);
    expect(history).toHaveLength(2);
    expect(history[1].data).toMatchObject({ milestoneId: first.body.milestoneId });

    const reused = await request(api.http)
      .post(`/sentences/${sentenceId}/milestones`)
      .set('Authorization', `Bearer ${vlo}`)
      .set('Idempotency-Key', key)
      .send({ ...body, date: '2025-03-02' })
      .expect(422);
    expect(reused.body.rule).toBe('idempotency-key-reused');
  });

  it('describes the route, the body and every detail shape in the OpenAPI document', () => {
    const document = SwaggerModule.createDocument(api.app, new DocumentBuilder().build());
    const operation = document.paths['/sentences/{sentenceId}/milestones']?.post;
    expect(operation).toBeDefined();
    expect(operation?.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'sentenceId', in: 'path' })]),
    );
    const schemas = document.components?.schemas ?? {};
    expect(Object.keys(schemas)).toEqual(
      expect.arrayContaining([
        'RecordSentenceMilestoneDto',
        'ParoleDecisionDetailDto',
        'LicenceConditionsSetDetailDto',
        'NoMilestoneDetailDto',
      ]),
    );
    expect(JSON.stringify(schemas.RecordSentenceMilestoneDto)).toContain(
      '#/components/schemas/ParoleDecisionDetailDto',
    );
  });
});
