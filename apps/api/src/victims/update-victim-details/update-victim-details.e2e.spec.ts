import { itGuardsLikeEveryVictimCommand } from '../testing/victim-command-guards';
import { expectStatus, problemsOf, VICTIM, VictimsClient } from '../testing/victim-fixtures';
import { useVictimsApi } from '../testing/victims-api';

const CORRECTED = 'Jane Exampleton';

describe('PATCH /victims/:victimId/details', () => {
  let vlo: VictimsClient;
  let sentenceId: string;

  useVictimsApi((given) => ({ vlo, sentenceId } = given));

  it("corrects the victim's name, kept personal, with the actor", async () => {
    const victimId = await vlo.referVictim(sentenceId);
    const response = await vlo.send('patch', `/victims/${victimId}/details`, {
      updatedOn: '2026-11-20',
      personal: { fullName: CORRECTED },
    });

    expectStatus(response, 200);
    expect(response.body).toEqual({
      id: victimId,
      streamId: `victim-${victimId}`,
      revision: '1',
      position: expect.any(String),
      events: ['VictimDetailsUpdated'],
    });
    expect(JSON.stringify(response.body)).not.toContain(CORRECTED);
    const [, event] = await vlo.events(victimId);
    expect(event).toMatchObject({
      type: 'VictimDetailsUpdated',
      data: { victimId, updatedOn: '2026-11-20', personal: { fullName: CORRECTED } },
      metadata: { actor: { userId: 'vlo-7', role: 'VLO' } },
    });
    expect(event.data).toEqual({ victimId, updatedOn: '2026-11-20', personal: { fullName: CORRECTED } });
  });

  it('corrects the date of birth alone', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    expectStatus(
      await vlo.send('patch', `/victims/${victimId}/details`, {
        updatedOn: '2026-11-20',
        personal: { dateOfBirth: '1980-06-01' },
      }),
      200,
    );
    const [, event] = await vlo.events(victimId);
    expect(event.data).toEqual({ victimId, updatedOn: '2026-11-20', personal: { dateOfBirth: '1980-06-01' } });
  });

  it('refuses bad input with 400 naming each field and rule, and appends nothing', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    const response = await vlo.send('patch', `/victims/${victimId}/details`, {
      updatedOn: '2026-11-20T10:00:00Z',
      personal: { fullName: 'J\u0000ane', dateOfBirth: '1980-02-30' },
    });

    expectStatus(response, 400);
    expect(problemsOf(response)).toEqual(
      expect.arrayContaining([
        'updatedOn:isCivilDate',
        'personal.fullName:matches',
        'personal.dateOfBirth:isCivilDate',
      ]),
    );
    expect(await vlo.events(victimId)).toHaveLength(1);
  });

  it('refuses unknown fields, also inside personal (contact details change through the preferences)', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    const response = await vlo.send('patch', `/victims/${victimId}/details`, {
      updatedOn: '2026-11-20',
      circumstance: 'child-victim',
      personal: { email: VICTIM.email },
    });

    expectStatus(response, 400);
    expect(problemsOf(response)).toEqual(
      expect.arrayContaining(['circumstance:whitelistValidation', 'personal.email:whitelistValidation']),
    );
  });

  it('answers 422 when there is nothing to correct, or the date of birth is after the correction', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    const nothing = await vlo.send('patch', `/victims/${victimId}/details`, { updatedOn: '2026-11-20', personal: {} });
    expectStatus(nothing, 422);
    expect(nothing.body.rule).toBe('nothing-to-update');

    const future = await vlo.send('patch', `/victims/${victimId}/details`, {
      updatedOn: '2026-11-20',
      personal: { dateOfBirth: '2026-11-21' },
    });
    expectStatus(future, 422);
    expect(future.body.rule).toBe('date-of-birth-in-future');
    expect(await vlo.events(victimId)).toHaveLength(1);
  });

  itGuardsLikeEveryVictimCommand({
    client: () => vlo,
    method: 'patch',
    path: (victimId) => `/victims/${victimId}/details`,
    ready: async () => ({
      victimId: await vlo.referVictim(sentenceId),
      body: { updatedOn: '2026-11-20', personal: { fullName: CORRECTED } },
    }),
  });

  it('never answered with, or logged, a name, address, phone or email', () => {
    vlo.expectNothingPersonalLeaked();
    expect(JSON.stringify(vlo.answers.map((answer) => answer.text))).not.toContain(CORRECTED);
  });
});
