import { itGuardsLikeEveryVictimCommand } from '../testing/victim-command-guards';
import { expectStatus, problemsOf, VictimsClient } from '../testing/victim-fixtures';
import { useVictimsApi } from '../testing/victims-api';

describe('POST /victims/:victimId/withdrawal', () => {
  let vlo: VictimsClient;
  let sentenceId: string;

  const enrolledVictim = async () => {
    const victimId = await vlo.referVictim(sentenceId);
    await vlo.enrol(victimId, sentenceId);
    return victimId;
  };

  useVictimsApi((given) => ({ vlo, sentenceId } = given));

  it('records that an enrolled victim withdrew, with the reason kept personal and the actor', async () => {
    const victimId = await enrolledVictim();
    const response = await vlo.send('post', `/victims/${victimId}/withdrawal`, {
      withdrewOn: '2026-11-02',
      personal: { reason: 'Moving on' },
    });

    expectStatus(response, 201);
    expect(response.body).toEqual({
      id: victimId,
      streamId: `victim-${victimId}`,
      revision: '2',
      position: expect.any(String),
      events: ['VictimWithdrew'],
    });
    const events = await vlo.events(victimId);
    expect(events[2]).toMatchObject({
      type: 'VictimWithdrew',
      data: { victimId, withdrewOn: '2026-11-02', personal: { reason: 'Moving on' } },
      metadata: { actor: { userId: 'vlo-7', role: 'VLO' } },
    });
  });

  it('refuses bad input with 400 naming each field and rule, and appends nothing', async () => {
    const victimId = await enrolledVictim();
    const response = await vlo.send('post', `/victims/${victimId}/withdrawal`, {
      withdrewOn: 20261102,
      personal: 'Moving on',
    });

    expectStatus(response, 400);
    expect(problemsOf(response)).toEqual(expect.arrayContaining(['withdrewOn:isCivilDate', 'personal:isObject']));
    expect(await vlo.events(victimId)).toHaveLength(2);
  });

  it('refuses unknown fields, also inside personal', async () => {
    const victimId = await enrolledVictim();
    const response = await vlo.send('post', `/victims/${victimId}/withdrawal`, {
      withdrewOn: '2026-11-02',
      scheme: 'vns',
      personal: { reason: 'x', address: 'y' },
    });

    expectStatus(response, 400);
    expect(problemsOf(response)).toEqual(
      expect.arrayContaining(['scheme:whitelistValidation', 'personal.address:whitelistValidation']),
    );
  });

  it('answers 422 when the victim is not enrolled, or the withdrawal is dated before the enrolment', async () => {
    const referred = await vlo.referVictim(sentenceId);
    const notEnrolled = await vlo.send('post', `/victims/${referred}/withdrawal`, { withdrewOn: '2026-11-02' });
    expectStatus(notEnrolled, 422);
    expect(notEnrolled.body).toMatchObject({ rule: 'not-in-scheme', message: expect.any(String) });
    expect(await vlo.events(referred)).toHaveLength(1);

    const enrolled = await enrolledVictim();
    const early = await vlo.send('post', `/victims/${enrolled}/withdrawal`, { withdrewOn: '2026-10-06' });
    expectStatus(early, 422);
    expect(early.body.rule).toBe('withdrawal-before-enrolment');
  });

  itGuardsLikeEveryVictimCommand({
    client: () => vlo,
    method: 'post',
    path: (victimId) => `/victims/${victimId}/withdrawal`,
    ready: async () => ({ victimId: await enrolledVictim(), body: { withdrewOn: '2026-11-02' } }),
  });

  it('never answered with, or logged, a name, address, phone or email', () => {
    vlo.expectNothingPersonalLeaked();
  });
});
