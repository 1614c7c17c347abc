import { randomUUID } from 'node:crypto';
import { itGuardsLikeEveryVictimCommand } from '../testing/victim-command-guards';
import { anEnrolment, expectStatus, problemsOf, VictimsClient } from '../testing/victim-fixtures';
import { useVictimsApi } from '../testing/victims-api';

describe('POST /victims/:victimId/enrolment', () => {
  let vlo: VictimsClient;
  let sentenceId: string;

  useVictimsApi((given) => ({ vlo, sentenceId } = given));

  it('enrols the victim in the statutory scheme on the sentence, recording the basis and the actor', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    const response = await vlo.send('post', `/victims/${victimId}/enrolment`, anEnrolment(sentenceId));

    expectStatus(response, 201);
    expect(response.body).toEqual({
      id: victimId,
      streamId: `victim-${victimId}`,
      revision: '1',
      position: expect.any(String),
      events: ['VictimEnrolled'],
    });
    const [, event] = await vlo.events(victimId);
    expect(event.type).toBe('VictimEnrolled');
    expect(event.data).toEqual({
      victimId,
      sentenceId,
      scheme: 'vcs-statutory',
      basis: 'specified-offence-custody-12-months-or-more',
      enrolledOn: '2026-10-10',
      victimLiaisonOfficerId: 'vlo-7',
      personal: {},
    });
    expect(event.metadata).toMatchObject({ actor: { userId: 'vlo-7', role: 'VLO' } });
  });

  it('enrols in the discretionary scheme with the reason, keeping its description personal', async () => {
    const shortSentence = await vlo.recordSentence({ offenceCategory: 'domestic-abuse', lengthMonths: 6 });
    const victimId = await vlo.referVictim(shortSentence);
    const response = await vlo.send(
      'post',
      `/victims/${victimId}/enrolment`,
      anEnrolment(shortSentence, {
        scheme: 'vcs-discretionary',
        discretionaryReason: 'other',
        personal: { discretionaryReasonDetail: 'Repeated threats reported by the family' },
      }),
    );

    expectStatus(response, 201);
    const [, event] = await vlo.events(victimId);
    expect(event.data).toMatchObject({
      scheme: 'vcs-discretionary',
      basis: 'discretionary',
      discretionaryReason: 'other',
      personal: { discretionaryReasonDetail: 'Repeated threats reported by the family' },
    });
  });

  it('refuses bad input with 400 naming each field and rule, and appends nothing', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    const response = await vlo.send('post', `/victims/${victimId}/enrolment`, {
      sentenceId: 'X123456',
      scheme: 'vcs',
      discretionaryReason: 'because',
      enrolledOn: '10/10/2026',
      victimLiaisonOfficerId: 'Jane Smith <jane@probation>',
      personal: { discretionaryReasonDetail: '' },
    });

    expectStatus(response, 400);
    expect(problemsOf(response)).toEqual(
      expect.arrayContaining([
        'sentenceId:isUuid',
        'scheme:isIn',
        'discretionaryReason:isIn',
        'enrolledOn:isCivilDate',
        'victimLiaisonOfficerId:matches',
        'personal.discretionaryReasonDetail:isLength',
      ]),
    );
    expect(await vlo.events(victimId)).toHaveLength(1);
  });

  it('refuses unknown fields, also inside personal', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    const response = await vlo.send(
      'post',
      `/victims/${victimId}/enrolment`,
      anEnrolment(sentenceId, { basis: 'discretionary', personal: { notes: 'x' } }),
    );

    expectStatus(response, 400);
    expect(problemsOf(response)).toEqual(
      expect.arrayContaining(['basis:whitelistValidation', 'personal.notes:whitelistValidation']),
    );
    expect(await vlo.events(victimId)).toHaveLength(1);
  });

  it('answers 404 for a sentence that is not recorded', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    const response = await vlo.send('post', `/victims/${victimId}/enrolment`, anEnrolment(randomUUID()));

    expectStatus(response, 404);
    expect(response.body.rule).toBe('sentence-not-found');
    expect(await vlo.events(victimId)).toHaveLength(1);
  });

  it('answers 422 for the VNS on a 4-year sentence for a violent offence, with the reason', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    const response = await vlo.send(
      'post',
      `/victims/${victimId}/enrolment`,
      anEnrolment(sentenceId, { scheme: 'vns' }),
    );

    expectStatus(response, 422);
    expect(response.body).toMatchObject({
      statusCode: 422,
      rule: 'not-eligible:not-a-vns-offence',
      message: expect.stringContaining('VNS'),
    });
    expect(await vlo.events(victimId)).toHaveLength(1);
  });

  it('answers 422 for a sentence the victim is not linked to, and for a second enrolment', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    const otherSentence = await vlo.recordSentence();
    const unlinked = await vlo.send('post', `/victims/${victimId}/enrolment`, anEnrolment(otherSentence));
    expectStatus(unlinked, 422);
    expect(unlinked.body.rule).toBe('sentence-not-linked');

    await vlo.enrol(victimId, sentenceId);
    const again = await vlo.send('post', `/victims/${victimId}/enrolment`, anEnrolment(sentenceId));
    expectStatus(again, 422);
    expect(again.body.rule).toBe('already-enrolled');
  });

  itGuardsLikeEveryVictimCommand({
    client: () => vlo,
    method: 'post',
    path: (victimId) => `/victims/${victimId}/enrolment`,
    ready: async () => ({ victimId: await vlo.referVictim(sentenceId), body: anEnrolment(sentenceId) }),
  });

  it('never answered with, or logged, a name, address, phone or email', () => {
    vlo.expectNothingPersonalLeaked();
  });
});
