import { randomUUID } from 'node:crypto';
import {
  aReferral,
  expectStatus,
  PERSONAL_VALUES,
  problemsOf,
  VICTIM,
  VictimsClient,
} from '../testing/victim-fixtures';
import { useVictimsApi } from '../testing/victims-api';

describe('POST /victims', () => {
  let vlo: VictimsClient;
  let sentenceId: string;

  useVictimsApi((given) => ({ vlo, sentenceId } = given));

  it('creates the victim from the referral, answering ids and the revision only', async () => {
    const victimId = randomUUID();
    const response = await vlo.send('post', '/victims', aReferral(sentenceId, { victimId }));

    expectStatus(response, 201);
    expect(response.body).toEqual({
      id: victimId,
      streamId: `victim-${victimId}`,
      revision: '0',
      position: expect.any(String),
      events: ['ReferralReceived'],
    });
    expect(response.headers.etag).toBe('"0"');
    const [event, ...more] = await vlo.events(victimId);
    expect(more).toEqual([]);
    expect(event.type).toBe('ReferralReceived');
    expect(event.data).toEqual({
      victimId,
      sentenceId,
      referredFor: 'vcs',
      source: 'witness-care-unit',
      circumstance: 'adult-victim',
      receivedOn: '2026-10-05',
      // The case belongs to the victim liaison unit of the sentence's probation region.
      vloUnit: 'yorkshire-and-the-humber',
      // A VLO who records a referral takes the case on.
      victimLiaisonOfficerId: 'vlo-7',
      personal: VICTIM,
    });
    expect(event.metadata).toMatchObject({ actor: { userId: 'vlo-7', role: 'VLO' }, schemaVersion: 1 });
  });

  it('keeps every name, date of birth, address, phone and email under data.personal', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    const [event] = await vlo.events(victimId);
    const outside = JSON.stringify({ ...(event.data as object), personal: undefined });

    for (const value of [...PERSONAL_VALUES, VICTIM.dateOfBirth]) expect(outside).not.toContain(value);
  });

  it('generates the victim id when the caller does not choose one, and keeps ids in lower case', async () => {
    const generated = await vlo.send('post', '/victims', aReferral(sentenceId));
    expectStatus(generated, 201);
    expect(generated.body.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

    const chosen = randomUUID();
    const upper = await vlo.send(
      'post',
      '/victims',
      aReferral(sentenceId.toUpperCase(), { victimId: chosen.toUpperCase() }),
    );
    expectStatus(upper, 201);
    expect(upper.body.id).toBe(chosen);
    expect(await vlo.events(chosen)).toHaveLength(1);
  });

  it('refuses bad input with 400 naming each field and rule, and appends nothing', async () => {
    const victimId = randomUUID();
    const response = await vlo.send(
      'post',
      '/victims',
      aReferral('not-a-sentence', {
        victimId,
        referredFor: 'both',
        source: 'neighbour',
        circumstance: 'witness',
        receivedOn: '2026-02-30',
        personal: {
          fullName: '   ',
          dateOfBirth: '01/05/1980',
          address: { lines: ['1', '2', '3', '4', '5', '6', '7'], postcode: 'NOT A POSTCODE' },
          phone: '12345',
          email: 'jane-at-example',
        },
      }),
    );

    expectStatus(response, 400);
    expect(problemsOf(response)).toEqual(
      expect.arrayContaining([
        'sentenceId:isUuid',
        'referredFor:isIn',
        'source:isIn',
        'circumstance:isIn',
        'receivedOn:isCivilDate',
        'personal.fullName:matches',
        'personal.dateOfBirth:isCivilDate',
        'personal.address.lines:arrayMaxSize',
        'personal.address.postcode:matches',
        'personal.phone:isUkPhoneNumber',
        'personal.email:isEmail',
      ]),
    );
    expect(JSON.stringify(response.body)).not.toContain('jane-at-example');
    expect(await vlo.events(victimId)).toEqual([]);
  });

  it('refuses missing fields, a personal part that is not an object, and overlong text', async () => {
    const missing = await vlo.send('post', '/victims', {});
    expectStatus(missing, 400);
    expect(problemsOf(missing)).toEqual(
      expect.arrayContaining([
        'sentenceId:isUuid',
        'referredFor:isIn',
        'source:isIn',
        'circumstance:isIn',
        'receivedOn:isCivilDate',
        'personal:isObject',
      ]),
    );

    const list = await vlo.send('post', '/victims', aReferral(sentenceId, { personal: [VICTIM] }));
    expectStatus(list, 400);
    expect(problemsOf(list)).toContain('personal:isObject');

    const long = await vlo.send(
      'post',
      '/victims',
      aReferral(sentenceId, {
        personal: { ...VICTIM, fullName: 'x'.repeat(201), address: { lines: ['y'.repeat(121)] } },
      }),
    );
    expectStatus(long, 400);
    expect(problemsOf(long)).toEqual(
      expect.arrayContaining(['personal.fullName:isLength', 'personal.address.lines:isLength']),
    );
  });

  it('refuses unknown fields, at the top and inside personal, naming them', async () => {
    const victimId = randomUUID();
    const response = await vlo.send(
      'post',
      '/victims',
      aReferral(sentenceId, {
        victimId,
        ethnicity: 'x',
        personal: { ...VICTIM, nationalInsuranceNumber: 'QQ123456C', address: { ...VICTIM.address, country: 'UK' } },
      }),
    );

    expectStatus(response, 400);
    expect(problemsOf(response)).toEqual(
      expect.arrayContaining([
        'ethnicity:whitelistValidation',
        'personal.nationalInsuranceNumber:whitelistValidation',
        'personal.address.country:whitelistValidation',
      ]),
    );
    expect(await vlo.events(victimId)).toEqual([]);
  });

  it('answers 404 for a sentence that is not recorded, appending nothing', async () => {
    const victimId = randomUUID();
    const response = await vlo.send('post', '/victims', aReferral(randomUUID(), { victimId }));

    expectStatus(response, 404);
    expect(response.body).toMatchObject({ statusCode: 404, rule: 'sentence-not-found' });
    expect(await vlo.events(victimId)).toEqual([]);
  });

  it('answers 409 when the victim was already referred', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    const again = await vlo.send('post', '/victims', aReferral(sentenceId, { victimId }));

    expectStatus(again, 409);
    expect(again.body.rule).toBe('victim-already-referred');
    expect(await vlo.events(victimId)).toHaveLength(1);
  });

  it('answers 422 with the rule when the domain refuses the referral', async () => {
    const victimId = randomUUID();
    const early = await vlo.send('post', '/victims', aReferral(sentenceId, { victimId, receivedOn: '2026-09-30' }));
    expectStatus(early, 422);
    expect(early.body).toMatchObject({
      statusCode: 422,
      rule: 'referral-before-sentence',
      message: expect.any(String),
    });

    const bereaved = await vlo.send(
      'post',
      '/victims',
      aReferral(sentenceId, { victimId, circumstance: 'bereaved-relative' }),
    );
    expectStatus(bereaved, 422);
    expect(bereaved.body.rule).toBe('bereavement-needs-offence-causing-death');
    expect(await vlo.events(victimId)).toEqual([]);
  });

  it('returns the first result for a retry with the same Idempotency-Key, creating one victim only', async () => {
    const key = randomUUID();
    const first = await vlo.send('post', '/victims', aReferral(sentenceId), { 'Idempotency-Key': key });
    const retry = await vlo.send('post', '/victims', aReferral(sentenceId), { 'Idempotency-Key': key });

    expectStatus(first, 201);
    expectStatus(retry, 201);
    expect(retry.body).toEqual(first.body);
    expect(await vlo.events(first.body.id)).toHaveLength(1);

    const reused = await vlo.send('post', '/victims', aReferral(sentenceId, { source: 'police' }), {
      'Idempotency-Key': key,
    });
    expectStatus(reused, 422);
    expect(reused.body.rule).toBe('idempotency-key-reused');
  });

  it('answers 409 when If-Match names a revision the record is not at', async () => {
    const victimId = randomUUID();
    const response = await vlo.send('post', '/victims', aReferral(sentenceId, { victimId }), { 'If-Match': '"2"' });

    expectStatus(response, 409);
    expect(response.body.rule).toBe('stale-revision');
    expect(await vlo.events(victimId)).toEqual([]);
  });

  it('never answered with, or logged, a name, address, phone or email', () => {
    vlo.expectNothingPersonalLeaked();
  });
});
