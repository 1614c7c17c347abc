import { randomUUID } from 'node:crypto';
import { ApiHarness, startApi } from '@vcs/test-support';
import { aReferral, aSentence } from '../../victims/testing/victim-fixtures';
import { expectStatus, LettersClient } from '../testing/letters-client';

describe('letters to draft: the scheduled notifications that go by letter, and the letter drafted for each', () => {
  let api: ApiHarness;
  let vlo: LettersClient;
  let partner: LettersClient;
  let victimId: string;
  let sentenceId: string;

  async function scheduleLetter(stage: string, dueAt: string, channel = 'letter'): Promise<string> {
    const notificationId = randomUUID();
    const metadata = {
      correlationId: randomUUID(),
      causationId: randomUUID(),
      actor: { userId: 'worker-1', role: 'WORKER' },
      occurredAt: new Date().toISOString(),
      schemaVersion: 1,
    };
    const data = {
      victimId,
      notificationId,
      sentenceId,
      stage,
      dueAt,
      channel,
      reason: 'initial-contact-deadline',
      causedBy: { eventId: randomUUID() },
    };
    await api.store.appendToStream(
      `victim-${victimId}`,
      [{ id: randomUUID(), type: 'NotificationScheduled', data, metadata }],
      'any',
    );
    return notificationId;
  }

  beforeAll(async () => {
    api = await startApi();
    api.startProjectors();
    vlo = await LettersClient.as(api, 'VLO', 'vlo-7');
    partner = await LettersClient.as(api, 'PAROLE_BOARD', 'pb-1');
    sentenceId = randomUUID();
    victimId = randomUUID();
    expectStatus(await vlo.send('post', '/sentences', aSentence({ sentenceId, sentenceDate: '2025-01-15' })), 201);
    expectStatus(
      await vlo.send('post', '/victims', aReferral(sentenceId, { victimId, receivedOn: '2025-01-20' })),
      201,
    );
  });

  afterAll(() => api.close());

  it('lists letter notifications soonest first with the letter drafted for one, and leaves out other channels', async () => {
    const later = await scheduleLetter('initial-contact', '2025-02-10T09:00:00.000Z');
    await scheduleLetter('initial-contact', '2025-02-01T09:00:00.000Z', 'email');
    const drafted = await vlo.send('post', `/victims/${victimId}/letters`, {
      notificationId: later,
      signature: { name: 'Sam Officer', phone: '0113 496 0000' },
    });
    expectStatus(drafted, 201);
    // The victim's unit is read from a read model: wait until it has the case (as any read with minPosition does).
    expectStatus(await vlo.get(`/victims/${victimId}/letters?minPosition=${drafted.body.position}`), 200);

    const answer = await vlo.get(`/victims/${victimId}/letters-to-draft`);
    expectStatus(answer, 200);
    expect(answer.body.items).toEqual([
      {
        notificationId: later,
        stage: 'initial-contact',
        sentenceId,
        dueAt: '2025-02-10T09:00:00.000Z',
        letterId: drafted.body.letterId,
        letterStatus: 'draft',
      },
    ]);
  });

  it('answers 404 for a victim who is not recorded, and refuses partners', async () => {
    expectStatus(await vlo.get(`/victims/${randomUUID()}/letters-to-draft`), 404);
    expectStatus(await partner.get(`/victims/${victimId}/letters-to-draft`), 403);
  });
});
