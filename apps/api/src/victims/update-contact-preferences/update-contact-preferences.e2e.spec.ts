import { itGuardsLikeEveryVictimCommand } from '../testing/victim-command-guards';
import { expectStatus, problemsOf, VICTIM, VictimsClient } from '../testing/victim-fixtures';
import { useVictimsApi } from '../testing/victims-api';

const preferences = (overrides: Record<string, unknown> = {}, personal: Record<string, unknown> = {}) => ({
  updatedOn: '2026-10-12',
  channels: ['email', 'letter'],
  stages: { choice: 'chosen-stages', chosenStages: ['parole-decision', 'release-on-licence'] },
  safetyCheckBeforeLetters: true,
  personal: {
    address: VICTIM.address,
    email: VICTIM.email,
    mobile: '+44 (0)7700 900789',
    language: 'cy',
    accessibleFormats: ['large-print'],
    timesNotToCall: [{ days: ['saturday', 'sunday'], from: '09:00', to: '12:00' }],
    ...personal,
  },
  ...overrides,
});

describe('PUT /victims/:victimId/contact-preferences', () => {
  let vlo: VictimsClient;
  let sentenceId: string;

  useVictimsApi((given) => ({ vlo, sentenceId } = given));

  it('records the preferences: channels, stages and safety flag in the open, how to reach the victim kept personal', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    const response = await vlo.send('put', `/victims/${victimId}/contact-preferences`, preferences());

    expectStatus(response, 200);
    expect(response.body).toEqual({
      id: victimId,
      streamId: `victim-${victimId}`,
      revision: '1',
      position: expect.any(String),
      events: ['ContactPreferencesUpdated'],
    });
    const [, event] = await vlo.events(victimId);
    expect(event).toMatchObject({
      type: 'ContactPreferencesUpdated',
      metadata: { actor: { userId: 'vlo-7', role: 'VLO' } },
    });
    expect(event.data).toEqual({
      victimId,
      updatedOn: '2026-10-12',
      channels: ['email', 'letter'],
      stages: { choice: 'chosen-stages', chosenStages: ['parole-decision', 'release-on-licence'] },
      safetyCheckBeforeLetters: true,
      personal: {
        address: VICTIM.address,
        email: VICTIM.email,
        mobile: '+44 (0)7700 900789',
        language: 'cy',
        accessibleFormats: ['large-print'],
        timesNotToCall: [{ days: ['saturday', 'sunday'], from: '09:00', to: '12:00' }],
      },
    });
  });

  it('takes no accessible formats and no times not to call when they are left out', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    const body = preferences({ channels: ['email'], stages: { choice: 'all-key-stages' } }, {});
    delete (body.personal as Record<string, unknown>).accessibleFormats;
    delete (body.personal as Record<string, unknown>).timesNotToCall;
    expectStatus(await vlo.send('put', `/victims/${victimId}/contact-preferences`, body), 200);

    const [, event] = await vlo.events(victimId);
    expect(event.data).toMatchObject({ personal: { accessibleFormats: [], timesNotToCall: [] } });
  });

  it('refuses bad input with 400 naming each field and rule, and appends nothing', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    const response = await vlo.send(
      'put',
      `/victims/${victimId}/contact-preferences`,
      preferences(
        {
          channels: ['pigeon'],
          stages: { choice: 'some', chosenStages: ['tea-time'] },
          safetyCheckBeforeLetters: 'no',
        },
        {
          email: 'nope',
          phone: '999',
          mobile: '07700 9001',
          language: 'Welsh',
          accessibleFormats: ['smell'],
          timesNotToCall: [{ days: [], from: '9am', to: '25:00' }],
          address: { lines: ['x'], postcode: 'ZZZZ 999' },
        },
      ),
    );

    expectStatus(response, 400);
    expect(problemsOf(response)).toEqual(
      expect.arrayContaining([
        'channels:isIn',
        'stages.choice:isIn',
        'stages.chosenStages:isIn',
        'safetyCheckBeforeLetters:isBoolean',
        'personal.email:isEmail',
        'personal.phone:isUkPhoneNumber',
        'personal.mobile:isUkPhoneNumber',
        'personal.language:matches',
        'personal.accessibleFormats:isIn',
        'personal.timesNotToCall.0.days:arrayMinSize',
        'personal.timesNotToCall.0.from:matches',
        'personal.timesNotToCall.0.to:matches',
        'personal.address.postcode:matches',
      ]),
    );
    expect(await vlo.events(victimId)).toHaveLength(1);
  });

  it('refuses a postcode alone, saying in words that a letter cannot be sent to it, and appends nothing', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    const response = await vlo.send(
      'put',
      `/victims/${victimId}/contact-preferences`,
      preferences({ channels: ['email'] }, { address: { lines: [], postcode: 'LS6 2QR' } }),
    );

    expectStatus(response, 400);
    expect(response.body.problems).toEqual([
      {
        field: 'personal.address.lines',
        rule: 'arrayMinSize',
        message:
          'personal.address.lines must have at least the first line: a letter cannot be sent to a postcode alone',
      },
    ]);
    expect(await vlo.events(victimId)).toHaveLength(1);
  });

  it('bounds the lists', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    const window = { days: ['monday'], from: '09:00', to: '10:00' };
    const response = await vlo.send(
      'put',
      `/victims/${victimId}/contact-preferences`,
      preferences(
        { channels: ['email', 'letter', 'phone', 'sms', 'email'] },
        { timesNotToCall: Array.from({ length: 15 }, () => window) },
      ),
    );

    expectStatus(response, 400);
    expect(problemsOf(response)).toEqual(
      expect.arrayContaining(['channels:arrayMaxSize', 'personal.timesNotToCall:arrayMaxSize']),
    );
  });

  it('refuses unknown fields, at every level', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    const response = await vlo.send(
      'put',
      `/victims/${victimId}/contact-preferences`,
      preferences(
        { quietHours: true, stages: { choice: 'all-key-stages', extra: 1 } },
        {
          religion: 'x',
          timesNotToCall: [{ days: ['monday'], from: '09:00', to: '10:00', reason: 'partner at home' }],
        },
      ),
    );

    expectStatus(response, 400);
    expect(problemsOf(response)).toEqual(
      expect.arrayContaining([
        'quietHours:whitelistValidation',
        'stages.extra:whitelistValidation',
        'personal.religion:whitelistValidation',
        'personal.timesNotToCall.0.reason:whitelistValidation',
      ]),
    );
  });

  it('answers 422 for an email channel with no email address, naming the rule', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    const response = await vlo.send(
      'put',
      `/victims/${victimId}/contact-preferences`,
      preferences({}, { email: undefined }),
    );

    expectStatus(response, 422);
    expect(response.body).toMatchObject({
      statusCode: 422,
      rule: 'email-needs-address',
      message: 'Email is chosen but there is no email address.',
    });
    expect(await vlo.events(victimId)).toHaveLength(1);
  });

  it('answers 422 for preferences older than those recorded', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    expectStatus(await vlo.send('put', `/victims/${victimId}/contact-preferences`, preferences()), 200);
    const older = await vlo.send(
      'put',
      `/victims/${victimId}/contact-preferences`,
      preferences({ updatedOn: '2026-10-06' }),
    );

    expectStatus(older, 422);
    expect(older.body.rule).toBe('preferences-out-of-order');
  });

  itGuardsLikeEveryVictimCommand({
    client: () => vlo,
    method: 'put',
    path: (victimId) => `/victims/${victimId}/contact-preferences`,
    ready: async () => ({ victimId: await vlo.referVictim(sentenceId), body: preferences() }),
  });

  it('never answered with, or logged, a name, address, phone or email', () => {
    vlo.expectNothingPersonalLeaked();
  });
});
