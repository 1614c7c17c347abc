import { randomUUID } from 'node:crypto';
import { itGuardsLikeEveryVictimCommand } from '../testing/victim-command-guards';
import { expectStatus, problemsOf, VictimsClient } from '../testing/victim-fixtures';
import { useVictimsApi } from '../testing/victims-api';

describe('POST /victims/:victimId/sentences', () => {
  let vlo: VictimsClient;
  let sentenceId: string;

  useVictimsApi((given) => ({ vlo, sentenceId } = given));

  it('links the victim to another sentence, with the actor', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    const second = await vlo.recordSentence({ reference: 'Y654321', sentenceDate: '2026-10-03' });
    const response = await vlo.send('post', `/victims/${victimId}/sentences`, {
      sentenceId: second,
      linkedOn: '2026-10-20',
    });

    expectStatus(response, 201);
    expect(response.body).toEqual({
      id: victimId,
      streamId: `victim-${victimId}`,
      revision: '1',
      position: expect.any(String),
      events: ['VictimLinkedToSentence'],
    });
    const [, event] = await vlo.events(victimId);
    expect(event).toMatchObject({
      type: 'VictimLinkedToSentence',
      data: { victimId, sentenceId: second, linkedOn: '2026-10-20' },
      metadata: { actor: { userId: 'vlo-7', role: 'VLO' } },
    });

    // The link counts: the victim can now be enrolled on that sentence.
    await vlo.enrol(victimId, second);
  });

  it('refuses bad input with 400 naming each field and rule, and appends nothing', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    const response = await vlo.send('post', `/victims/${victimId}/sentences`, {
      sentenceId: 'X123456',
      linkedOn: 'yesterday',
    });

    expectStatus(response, 400);
    expect(problemsOf(response)).toEqual(expect.arrayContaining(['sentenceId:isUuid', 'linkedOn:isCivilDate']));
    expect(await vlo.events(victimId)).toHaveLength(1);
  });

  it('refuses unknown fields', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    const second = await vlo.recordSentence();
    const response = await vlo.send('post', `/victims/${victimId}/sentences`, {
      sentenceId: second,
      linkedOn: '2026-10-20',
      offenceCategory: 'other',
    });

    expectStatus(response, 400);
    expect(problemsOf(response)).toEqual(['offenceCategory:whitelistValidation']);
  });

  it('answers 404 for a sentence that is not recorded', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    const response = await vlo.send('post', `/victims/${victimId}/sentences`, {
      sentenceId: randomUUID(),
      linkedOn: '2026-10-20',
    });

    expectStatus(response, 404);
    expect(response.body.rule).toBe('sentence-not-found');
    expect(await vlo.events(victimId)).toHaveLength(1);
  });

  it('answers 422 for a sentence already linked, and a link dated before the sentence', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    const already = await vlo.send('post', `/victims/${victimId}/sentences`, { sentenceId, linkedOn: '2026-10-20' });
    expectStatus(already, 422);
    expect(already.body.rule).toBe('already-linked');

    const later = await vlo.recordSentence({ sentenceDate: '2026-11-01' });
    const early = await vlo.send('post', `/victims/${victimId}/sentences`, {
      sentenceId: later,
      linkedOn: '2026-10-20',
    });
    expectStatus(early, 422);
    expect(early.body.rule).toBe('link-before-sentence');
    expect(await vlo.events(victimId)).toHaveLength(1);
  });

  itGuardsLikeEveryVictimCommand({
    client: () => vlo,
    method: 'post',
    path: (victimId) => `/victims/${victimId}/sentences`,
    ready: async () => ({
      victimId: await vlo.referVictim(sentenceId),
      body: { sentenceId: await vlo.recordSentence(), linkedOn: '2026-10-20' },
    }),
  });

  it('never answered with, or logged, a name, address, phone or email', () => {
    vlo.expectNothingPersonalLeaked();
  });
});
