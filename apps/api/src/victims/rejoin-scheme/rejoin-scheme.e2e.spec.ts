import { itGuardsLikeEveryVictimCommand } from '../testing/victim-command-guards';
import { expectStatus, problemsOf, VictimsClient } from '../testing/victim-fixtures';
import { useVictimsApi } from '../testing/victims-api';

describe('POST /victims/:victimId/rejoining', () => {
  let vlo: VictimsClient;
  let sentenceId: string;

  const withdrawnVictim = async () => {
    const victimId = await vlo.referVictim(sentenceId);
    await vlo.enrol(victimId, sentenceId);
    expectStatus(await vlo.send('post', `/victims/${victimId}/withdrawal`, { withdrewOn: '2026-11-02' }), 201);
    return victimId;
  };

  useVictimsApi((given) => ({ vlo, sentenceId } = given));

  it('records that a victim who withdrew rejoined, back in their scheme with a VLO, and the actor', async () => {
    const victimId = await withdrawnVictim();
    const response = await vlo.send('post', `/victims/${victimId}/rejoining`, {
      rejoinedOn: '2026-11-10',
      victimLiaisonOfficerId: 'vlo-9',
    });

    expectStatus(response, 201);
    expect(response.body).toEqual({
      id: victimId,
      streamId: `victim-${victimId}`,
      revision: '3',
      position: expect.any(String),
      events: ['VictimRejoined'],
    });
    const events = await vlo.events(victimId);
    expect(events[3]).toMatchObject({
      type: 'VictimRejoined',
      data: { victimId, scheme: 'vcs-statutory', rejoinedOn: '2026-11-10', victimLiaisonOfficerId: 'vlo-9' },
      metadata: { actor: { userId: 'vlo-7', role: 'VLO' } },
    });
  });

  it('refuses bad input with 400 naming each field and rule, and appends nothing', async () => {
    const victimId = await withdrawnVictim();
    const response = await vlo.send('post', `/victims/${victimId}/rejoining`, {
      rejoinedOn: '2026-11-31',
      victimLiaisonOfficerId: 'jane.smith@probation.gov.uk',
    });

    expectStatus(response, 400);
    expect(problemsOf(response)).toEqual(
      expect.arrayContaining(['rejoinedOn:isCivilDate', 'victimLiaisonOfficerId:matches']),
    );
    expect(await vlo.events(victimId)).toHaveLength(3);
  });

  it('refuses unknown fields', async () => {
    const victimId = await withdrawnVictim();
    const response = await vlo.send('post', `/victims/${victimId}/rejoining`, {
      rejoinedOn: '2026-11-10',
      victimLiaisonOfficerId: 'vlo-9',
      scheme: 'vns',
    });

    expectStatus(response, 400);
    expect(problemsOf(response)).toEqual(['scheme:whitelistValidation']);
  });

  it('answers 422 for a victim who never withdrew, and for a rejoining dated before the withdrawal', async () => {
    const referred = await vlo.referVictim(sentenceId);
    const never = await vlo.send('post', `/victims/${referred}/rejoining`, {
      rejoinedOn: '2026-11-10',
      victimLiaisonOfficerId: 'vlo-9',
    });
    expectStatus(never, 422);
    expect(never.body.rule).toBe('not-withdrawn');

    const withdrawn = await withdrawnVictim();
    const early = await vlo.send('post', `/victims/${withdrawn}/rejoining`, {
      rejoinedOn: '2026-11-01',
      victimLiaisonOfficerId: 'vlo-9',
    });
    expectStatus(early, 422);
    expect(early.body.rule).toBe('rejoin-before-withdrawal');
    expect(await vlo.events(withdrawn)).toHaveLength(3);
  });

  itGuardsLikeEveryVictimCommand({
    client: () => vlo,
    method: 'post',
    path: (victimId) => `/victims/${victimId}/rejoining`,
    ready: async () => ({
      victimId: await withdrawnVictim(),
      body: { rejoinedOn: '2026-11-10', victimLiaisonOfficerId: 'vlo-9' },
    }),
  });

  it('never answered with, or logged, a name, address, phone or email', () => {
    vlo.expectNothingPersonalLeaked();
  });
});
