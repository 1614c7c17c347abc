import { itGuardsLikeEveryVictimCommand } from '../testing/victim-command-guards';
import { expectStatus, problemsOf, VICTIM, VictimsClient } from '../testing/victim-fixtures';
import { useVictimsApi } from '../testing/victims-api';

const aCheck = (overrides: Record<string, unknown> = {}) => ({
  confirmedOn: '2026-10-08',
  channel: 'letter',
  ...overrides,
});

describe('POST /victims/:victimId/safety-checks', () => {
  let vlo: VictimsClient;
  let manager: VictimsClient;
  let sentenceId: string;

  useVictimsApi((given) => ({ vlo, manager, sentenceId } = given));

  const flagged = async (channels: string[]) => {
    const victimId = await vlo.referVictim(sentenceId);
    const prefs = {
      updatedOn: '2026-10-06',
      channels,
      stages: { choice: 'all-key-stages' },
      safetyCheckBeforeLetters: true,
      personal: { address: VICTIM.address, email: VICTIM.email, language: 'en' },
    };
    expectStatus(await vlo.send('put', `/victims/${victimId}/contact-preferences`, prefs), 200);
    return victimId;
  };

  it('records the check for the channel, with the caller as who checked', async () => {
    const victimId = await flagged(['letter', 'email']);
    const response = await vlo.send('post', `/victims/${victimId}/safety-checks`, aCheck({ channel: 'email' }));

    expectStatus(response, 201);
    expect(response.body).toEqual({
      id: victimId,
      streamId: `victim-${victimId}`,
      revision: '2',
      position: expect.any(String),
      events: ['SafetyCheckConfirmed'],
    });
    expect(response.headers.etag).toBe('"2"');
    const events = await vlo.events(victimId);
    expect(events[2]).toMatchObject({
      type: 'SafetyCheckConfirmed',
      metadata: { actor: { userId: 'vlo-7', role: 'VLO' } },
    });
    expect(events[2].data).toEqual({ victimId, confirmedOn: '2026-10-08', checkedBy: 'vlo-7', channel: 'email' });
  });

  it('lets a manager confirm it (often the manager does), recorded as the manager', async () => {
    const victimId = await flagged(['letter']);
    expectStatus(await manager.send('post', `/victims/${victimId}/safety-checks`, aCheck()), 201);
    const events = await vlo.events(victimId);
    expect(events[2].data).toEqual({ victimId, confirmedOn: '2026-10-08', checkedBy: 'manager-2', channel: 'letter' });
  });

  it('refuses bad input with 400 naming each field, and appends nothing', async () => {
    const victimId = await flagged(['letter']);
    const response = await vlo.send('post', `/victims/${victimId}/safety-checks`, {
      confirmedOn: '2026-02-30',
      channel: 'pigeon',
    });

    expectStatus(response, 400);
    expect(problemsOf(response)).toEqual(expect.arrayContaining(['confirmedOn:isCivilDate', 'channel:isIn']));
    const missing = await vlo.send('post', `/victims/${victimId}/safety-checks`, {});
    expectStatus(missing, 400);
    expect(problemsOf(missing)).toEqual(expect.arrayContaining(['confirmedOn:isCivilDate', 'channel:isIn']));
    expect(await vlo.events(victimId)).toHaveLength(2);
  });

  it('refuses a checkedBy in the body (who checked is the caller) and unknown fields', async () => {
    const victimId = await flagged(['letter']);
    const response = await vlo.send(
      'post',
      `/victims/${victimId}/safety-checks`,
      aCheck({ checkedBy: 'someone-else', address: VICTIM.address }),
    );

    expectStatus(response, 400);
    expect(problemsOf(response)).toEqual(
      expect.arrayContaining(['checkedBy:whitelistValidation', 'address:whitelistValidation']),
    );
    expect(await vlo.events(victimId)).toHaveLength(2);
  });

  it('answers 422 with the domain rule: a channel not chosen, before the referral, in the future, an earlier check than one recorded', async () => {
    const victimId = await flagged(['letter']);
    // A refused date names its field, so the web shows the refusal on the date and not on the form's first question.
    const refusals: [Record<string, unknown>, string, string | undefined][] = [
      [aCheck({ channel: 'sms' }), 'channel-not-chosen', undefined],
      [aCheck({ confirmedOn: '2026-10-01' }), 'before-referral', 'confirmedOn'],
      [aCheck({ confirmedOn: '2999-01-01' }), 'date-in-future', 'confirmedOn'],
    ];
    for (const [body, rule, field] of refusals) {
      const response = await vlo.send('post', `/victims/${victimId}/safety-checks`, body);
      expectStatus(response, 422);
      expect(response.body.rule).toBe(rule);
      expect(response.body.field).toBe(field);
    }
    expectStatus(
      await vlo.send('post', `/victims/${victimId}/safety-checks`, aCheck({ confirmedOn: '2026-10-09' })),
      201,
    );
    const outOfOrder = await vlo.send(
      'post',
      `/victims/${victimId}/safety-checks`,
      aCheck({ confirmedOn: '2026-10-08' }),
    );
    expectStatus(outOfOrder, 422);
    expect(outOfOrder.body.rule).toBe('safety-check-out-of-order');
    expect(await vlo.events(victimId)).toHaveLength(3);
  });

  itGuardsLikeEveryVictimCommand({
    client: () => vlo,
    method: 'post',
    path: (victimId) => `/victims/${victimId}/safety-checks`,
    ready: async () => ({ victimId: await flagged(['letter']), body: aCheck() }),
  });

  it('never answered with, or logged, a name, address, phone or email', () => {
    vlo.expectNothingPersonalLeaked();
  });
});
