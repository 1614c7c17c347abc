import { itGuardsLikeEveryVictimCommand } from '../testing/victim-command-guards';
import { expectStatus, problemsOf, VictimsClient } from '../testing/victim-fixtures';
import { useVictimsApi } from '../testing/victims-api';

describe('POST /victims/:victimId/declining', () => {
  // A manager records the declining here (the fixture's VLO recorded the sentence).
  let vlo: VictimsClient;
  let sentenceId: string;

  useVictimsApi((given) => ({ manager: vlo, sentenceId } = given));

  it('records that the victim declined, with the reason kept personal and the actor', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    const response = await vlo.send('post', `/victims/${victimId}/declining`, {
      declinedOn: '2026-10-12',
      personal: { reason: 'Does not want reminders of the offence' },
    });

    expectStatus(response, 201);
    expect(response.body).toEqual({
      id: victimId,
      streamId: `victim-${victimId}`,
      revision: '1',
      position: expect.any(String),
      events: ['VictimDeclined'],
    });
    const [, event] = await vlo.events(victimId);
    expect(event).toMatchObject({
      type: 'VictimDeclined',
      data: { victimId, declinedOn: '2026-10-12', personal: { reason: 'Does not want reminders of the offence' } },
      metadata: { actor: { userId: 'manager-2', role: 'VLO_MANAGER' } },
    });
  });

  it('records a decline without a reason', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    expectStatus(await vlo.send('post', `/victims/${victimId}/declining`, { declinedOn: '2026-10-12' }), 201);
    const [, event] = await vlo.events(victimId);
    expect(event.data).toEqual({ victimId, declinedOn: '2026-10-12', personal: {} });
  });

  it('refuses bad input with 400 naming each field and rule, and appends nothing', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    const response = await vlo.send('post', `/victims/${victimId}/declining`, {
      declinedOn: '2026-13-01',
      personal: { reason: 'x'.repeat(10_001) },
    });

    expectStatus(response, 400);
    expect(problemsOf(response)).toEqual(
      expect.arrayContaining(['declinedOn:isCivilDate', 'personal.reason:isLength']),
    );
    expect(await vlo.events(victimId)).toHaveLength(1);
  });

  it('refuses unknown fields, also inside personal', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    const response = await vlo.send('post', `/victims/${victimId}/declining`, {
      declinedOn: '2026-10-12',
      channel: 'phone',
      personal: { mood: 'upset' },
    });

    expectStatus(response, 400);
    expect(problemsOf(response)).toEqual(
      expect.arrayContaining(['channel:whitelistValidation', 'personal.mood:whitelistValidation']),
    );
  });

  it('answers 422 when the victim is enrolled (they withdraw instead) or dates it in the future', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    const future = await vlo.send('post', `/victims/${victimId}/declining`, { declinedOn: '2099-01-01' });
    expectStatus(future, 422);
    expect(future.body.rule).toBe('date-in-future');

    await vlo.enrol(victimId, sentenceId);
    const enrolled = await vlo.send('post', `/victims/${victimId}/declining`, { declinedOn: '2026-10-12' });
    expectStatus(enrolled, 422);
    expect(enrolled.body.rule).toBe('enrolled-victim-withdraws');
    expect(await vlo.events(victimId)).toHaveLength(2);
  });

  itGuardsLikeEveryVictimCommand({
    client: () => vlo,
    method: 'post',
    path: (victimId) => `/victims/${victimId}/declining`,
    ready: async () => ({
      victimId: await vlo.referVictim(sentenceId),
      body: { declinedOn: '2026-10-12', personal: { reason: 'Not now' } },
    }),
  });

  it('never answered with, or logged, a name, address, phone or email', () => {
    vlo.expectNothingPersonalLeaked();
  });
});
