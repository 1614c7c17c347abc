import { randomUUID } from 'node:crypto';
import { itGuardsLikeEveryVictimCommand } from '../testing/victim-command-guards';
import { expectStatus, problemsOf, VICTIM, VictimsClient } from '../testing/victim-fixtures';
import { useVictimsApi } from '../testing/victims-api';

const aContact = (overrides: Record<string, unknown> = {}) => ({
  method: 'phone',
  direction: 'outbound',
  result: 'contact-made',
  occurredOn: '2026-10-09',
  followUpOn: '2026-10-23',
  personal: { summary: 'Explained the scheme; she wants to think about it', outcome: 'Call back in two weeks' },
  ...overrides,
});

describe('POST /victims/:victimId/contacts', () => {
  let vlo: VictimsClient;
  let sentenceId: string;

  useVictimsApi((given) => ({ vlo, sentenceId } = given));

  it('records the contact, the notes kept personal, answering the contact id', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    const contactId = randomUUID();
    const response = await vlo.send('post', `/victims/${victimId}/contacts`, aContact({ contactId }));

    expectStatus(response, 201);
    expect(response.body).toEqual({
      id: victimId,
      streamId: `victim-${victimId}`,
      revision: '1',
      position: expect.any(String),
      events: ['ContactRecorded'],
      contactId,
    });
    const [, event] = await vlo.events(victimId);
    expect(event).toMatchObject({ type: 'ContactRecorded', metadata: { actor: { userId: 'vlo-7', role: 'VLO' } } });
    expect(event.data).toEqual({
      victimId,
      contactId,
      method: 'phone',
      direction: 'outbound',
      result: 'contact-made',
      occurredOn: '2026-10-09',
      followUpOn: '2026-10-23',
      personal: { summary: 'Explained the scheme; she wants to think about it', outcome: 'Call back in two weeks' },
    });
  });

  it('records a letter to a victim with a safety flag once the safety check is given', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    const prefs = {
      updatedOn: '2026-10-06',
      channels: ['letter'],
      stages: { choice: 'all-key-stages' },
      safetyCheckBeforeLetters: true,
      personal: { address: VICTIM.address, language: 'en' },
    };
    expectStatus(await vlo.send('put', `/victims/${victimId}/contact-preferences`, prefs), 200);

    const unchecked = await vlo.send(
      'post',
      `/victims/${victimId}/contacts`,
      aContact({ method: 'letter', result: 'letter-sent' }),
    );
    expectStatus(unchecked, 422);
    expect(unchecked.body.rule).toBe('safety-check-required');

    const checked = await vlo.send(
      'post',
      `/victims/${victimId}/contacts`,
      aContact({
        method: 'letter',
        result: 'letter-sent',
        safetyCheck: { checkedBy: 'manager-2', checkedOn: '2026-10-08' },
      }),
    );
    expectStatus(checked, 201);
    const events = await vlo.events(victimId);
    expect(events[2].data).toMatchObject({ safetyCheck: { checkedBy: 'manager-2', checkedOn: '2026-10-08' } });
  });

  it('refuses bad input with 400 naming each field and rule, and appends nothing', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    const response = await vlo.send(
      'post',
      `/victims/${victimId}/contacts`,
      aContact({
        contactId: 'c-1',
        method: 'carrier-pigeon',
        direction: 'sideways',
        result: 'fine',
        occurredOn: '2026-10-32',
        followUpOn: 'soon',
        withActingPersonId: 'john',
        safetyCheck: { checkedBy: 'a b', checkedOn: 'today' },
        personal: { summary: '', outcome: 'o'.repeat(10_001) },
      }),
    );

    expectStatus(response, 400);
    expect(problemsOf(response)).toEqual(
      expect.arrayContaining([
        'contactId:isUuid',
        'method:isIn',
        'direction:isIn',
        'result:isIn',
        'occurredOn:isCivilDate',
        'followUpOn:isCivilDate',
        'withActingPersonId:isUuid',
        'safetyCheck.checkedBy:matches',
        'safetyCheck.checkedOn:isCivilDate',
        'personal.summary:isLength',
        'personal.outcome:isLength',
      ]),
    );
    expect(await vlo.events(victimId)).toHaveLength(1);
  });

  it('refuses unknown fields, also inside personal and the safety check', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    const response = await vlo.send(
      'post',
      `/victims/${victimId}/contacts`,
      aContact({
        duration: 5,
        safetyCheck: { checkedBy: 'manager-2', checkedOn: '2026-10-08', notes: 'x' },
        personal: { summary: 's', phoneUsed: VICTIM.phone },
      }),
    );

    expectStatus(response, 400);
    expect(problemsOf(response)).toEqual(
      expect.arrayContaining([
        'duration:whitelistValidation',
        'safetyCheck.notes:whitelistValidation',
        'personal.phoneUsed:whitelistValidation',
      ]),
    );
  });

  it('answers 422 for outbound contact after the victim declined, and a follow-up before the contact', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    const followUp = await vlo.send('post', `/victims/${victimId}/contacts`, aContact({ followUpOn: '2026-10-08' }));
    expectStatus(followUp, 422);
    expect(followUp.body.rule).toBe('follow-up-before-contact');

    expectStatus(await vlo.send('post', `/victims/${victimId}/declining`, { declinedOn: '2026-10-07' }), 201);
    const optedOut = await vlo.send('post', `/victims/${victimId}/contacts`, aContact());
    expectStatus(optedOut, 422);
    expect(optedOut.body.rule).toBe('victim-opted-out');
    expect(await vlo.events(victimId)).toHaveLength(2);
  });

  it('records a call to a victim who chose letters only when it says why, refusing it otherwise with 422 naming the field and rule', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    const lettersOnly = {
      updatedOn: '2026-10-06',
      channels: ['letter'],
      stages: { choice: 'all-key-stages' },
      safetyCheckBeforeLetters: false,
      personal: { address: VICTIM.address, language: 'en' },
    };
    expectStatus(await vlo.send('put', `/victims/${victimId}/contact-preferences`, lettersOnly), 200);

    const unexplained = await vlo.send('post', `/victims/${victimId}/contacts`, aContact());
    expectStatus(unexplained, 422);
    expect(unexplained.body).toMatchObject({ rule: 'channel-reason-required', field: 'channelReason' });

    const otherWithoutWords = await vlo.send(
      'post',
      `/victims/${victimId}/contacts`,
      aContact({ channelReason: 'other' }),
    );
    expectStatus(otherWithoutWords, 422);
    expect(otherWithoutWords.body).toMatchObject({
      rule: 'channel-reason-detail-required',
      field: 'personal.channelReasonDetail',
    });

    const inboundWithReason = await vlo.send(
      'post',
      `/victims/${victimId}/contacts`,
      aContact({ direction: 'inbound', channelReason: 'victim-asked' }),
    );
    expectStatus(inboundWithReason, 422);
    expect(inboundWithReason.body).toMatchObject({ rule: 'channel-reason-not-needed', field: 'channelReason' });

    const unknownReason = await vlo.send('post', `/victims/${victimId}/contacts`, aContact({ channelReason: 'whim' }));
    expectStatus(unknownReason, 400);
    expect(problemsOf(unknownReason)).toEqual(['channelReason:isIn']);
    expect(await vlo.events(victimId)).toHaveLength(2);

    const asked = await vlo.send('post', `/victims/${victimId}/contacts`, aContact({ channelReason: 'victim-asked' }));
    expectStatus(asked, 201);
    const rangIn = await vlo.send('post', `/victims/${victimId}/contacts`, aContact({ direction: 'inbound' }));
    expectStatus(rangIn, 201);
    const events = await vlo.events(victimId);
    expect(events.map((e) => (e.data as { channelReason?: string }).channelReason)).toEqual([
      undefined,
      undefined,
      'victim-asked',
      undefined,
    ]);
  });

  itGuardsLikeEveryVictimCommand({
    client: () => vlo,
    method: 'post',
    path: (victimId) => `/victims/${victimId}/contacts`,
    ready: async () => ({ victimId: await vlo.referVictim(sentenceId), body: aContact() }),
  });

  it('never answered with, or logged, a name, address, phone or email', () => {
    vlo.expectNothingPersonalLeaked();
  });
});
