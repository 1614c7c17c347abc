import { randomUUID } from 'node:crypto';
import { adHocLetterNotificationId } from '@vcs/notifications';
import { ApiHarness, startApi } from '@vcs/test-support';
import request from 'supertest';
import { aReferral, aSentence, anEnrolment, VICTIM } from '../../victims/testing/victim-fixtures';
import { expectStatus, LettersClient } from '../testing/letters-client';

const SIGNATURE = { name: 'Sam Officer', phone: '0113 496 0000' };

/** A letter drafted on its own is sent through the notifications once a manager approves it (docs/letters.md). */
describe('approving a letter drafted on its own sends it through the notifications', () => {
  let api: ApiHarness;
  let vlo: LettersClient;
  let manager: LettersClient;
  let sentenceId: string;

  beforeAll(async () => {
    api = await startApi();
    api.startProjectors();
    vlo = await LettersClient.as(api, 'VLO', 'vlo-7');
    manager = await LettersClient.as(api, 'VLO_MANAGER', 'manager-2');
    sentenceId = randomUUID();
    expectStatus(await vlo.send('post', '/sentences', aSentence({ sentenceId, sentenceDate: '2025-01-15' })), 201);
    // The letters tell the victim of the licence conditions: recorded on the sentence first (a letter invents no date).
    for (const [kind, detail] of [
      ['release-on-licence', {}],
      [
        'licence-conditions-set',
        { conditions: ['non-contact'], conditionsEndDate: '2029-06-01', protectsVictimIds: [] },
      ],
    ] as const)
      expectStatus(
        await vlo.send('post', `/sentences/${sentenceId}/milestones`, { kind, date: '2025-06-02', detail }),
        201,
      );
  });

  afterAll(async () => {
    await api.close();
  });

  /** An enrolled victim; `preferences` overrides their contact preferences (letters, every stage, no flag). */
  async function aVictim(preferences: Record<string, unknown> = {}): Promise<string> {
    const victimId = randomUUID();
    expectStatus(
      await vlo.send('post', '/victims', aReferral(sentenceId, { victimId, receivedOn: '2025-01-20' })),
      201,
    );
    expectStatus(
      await vlo.send('post', `/victims/${victimId}/enrolment`, anEnrolment(sentenceId, { enrolledOn: '2025-01-25' })),
      201,
    );
    expectStatus(
      await vlo.send('put', `/victims/${victimId}/contact-preferences`, {
        updatedOn: '2025-01-25',
        channels: ['letter'],
        stages: { choice: 'all-key-stages' },
        safetyCheckBeforeLetters: false,
        personal: { address: VICTIM.address, language: 'en' },
        ...preferences,
      }),
      200,
    );
    return victimId;
  }

  /** A letter drafted on its own (about the licence conditions, which every victim hears of), sent for approval. */
  async function aSubmittedLetter(victimId: string): Promise<string> {
    const drafted = await vlo.send('post', `/victims/${victimId}/letters`, {
      signature: SIGNATURE,
      stage: 'licence-conditions-set',
    });
    expectStatus(drafted, 201);
    const letterId = drafted.body.letterId as string;
    expectStatus(await vlo.send('post', `/victims/${victimId}/letters/${letterId}/submission`), 201);
    return letterId;
  }

  const approvalOf = (victimId: string, letterId: string) => `/victims/${victimId}/letters/${letterId}/approval`;
  const typesOf = async (victimId: string) => (await api.store.readStream(`victim-${victimId}`)).map((e) => e.type);

  async function letterAfter(victimId: string, letterId: string, position: string) {
    const letter = await vlo.get(`/victims/${victimId}/letters/${letterId}?minPosition=${position}`);
    expectStatus(letter, 200);
    return letter.body;
  }

  it('queues one letter notification with the approval, and a retried approval queues nothing more', async () => {
    const victimId = await aVictim();
    const letterId = await aSubmittedLetter(victimId);
    const key = randomUUID();
    const approved = await manager.send('post', approvalOf(victimId, letterId), undefined, { 'Idempotency-Key': key });
    expectStatus(approved, 201);
    expect(approved.body.events).toEqual(['LetterApproved', 'NotificationScheduled']);
    const [scheduled] = (await api.store.readStream(`victim-${victimId}`)).filter(
      (e) => e.type === 'NotificationScheduled',
    );
    expect(scheduled.data).toMatchObject({
      notificationId: adHocLetterNotificationId(victimId, letterId),
      letterId,
      channel: 'letter',
      stage: 'licence-conditions-set',
      reason: 'requested-by-vlo',
    });

    const retry = await manager.send('post', approvalOf(victimId, letterId), undefined, { 'Idempotency-Key': key });
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(approved.body);
    const again = await manager.send('post', approvalOf(victimId, letterId));
    expect(again.status).toBe(422);
    expect(again.body.rule).toBe('letter-not-submitted');
    expect((await typesOf(victimId)).filter((t) => t === 'NotificationScheduled')).toHaveLength(1);

    const letter = await letterAfter(victimId, letterId, approved.body.position);
    expect(letter).toMatchObject({
      status: 'approved',
      notificationId: adHocLetterNotificationId(victimId, letterId),
      sending: { state: 'queued', reason: null },
    });
    const list = await vlo.get(`/victims/${victimId}/letters?minPosition=${approved.body.position}`);
    expect(list.body.items[0].sending).toEqual({ state: 'queued', reason: null });
  });

  it('for a victim with a safety flag queues the letter to wait for the safety check, and says so', async () => {
    const victimId = await aVictim({ safetyCheckBeforeLetters: true });
    const letterId = await aSubmittedLetter(victimId);
    const approved = await manager.send('post', approvalOf(victimId, letterId));
    expectStatus(approved, 201);
    expect(approved.body.events).toEqual(['LetterApproved', 'NotificationScheduled']);
    // The schedule's row (its own projection) says why it waits; the letter reads it.
    let sending: unknown;
    for (let i = 0; i < 50; i += 1) {
      sending = (await letterAfter(victimId, letterId, approved.body.position)).sending;
      if ((sending as { state: string }).state === 'waiting-safety-check') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(sending).toEqual({ state: 'waiting-safety-check', reason: null });
  });

  it('records why it is not sent when the victim has not agreed to letters, and the letter says so', async () => {
    const victimId = await aVictim({ channels: ['email'], personal: { email: 'jane@example.org', language: 'en' } });
    const drafted = await vlo.send('post', `/victims/${victimId}/letters`, {
      signature: SIGNATURE,
      stage: 'licence-conditions-set',
    });
    // Drafting needs a postal address: this victim's is the referral's.
    expectStatus(drafted, 201);
    const letterId = drafted.body.letterId as string;
    expectStatus(await vlo.send('post', `/victims/${victimId}/letters/${letterId}/submission`), 201);
    const approved = await manager.send('post', approvalOf(victimId, letterId));
    expectStatus(approved, 201);
    expect(approved.body.events).toEqual(['LetterApproved', 'LetterSendingRefused']);
    expect(await letterAfter(victimId, letterId, approved.body.position)).toMatchObject({
      status: 'approved',
      notificationId: null,
      sending: { state: 'not-sent', reason: 'channel-not-chosen' },
    });
    // The officer who drafted it gets a task, linked to the letter, until the letter is revised.
    const tasksOf = async (position: string) => {
      const answer = await vlo.get(
        `/caseload/tasks?vloId=vlo-7&kind=letter-not-sent&status=all&pageSize=100&minPosition=${position}`,
      );
      expectStatus(answer, 200);
      return (answer.body.items as { taskId: string }[]).filter((t) => t.taskId === `letter-not-sent:${letterId}`);
    };
    expect(await tasksOf(approved.body.position)).toEqual([
      expect.objectContaining({
        kind: 'letter-not-sent',
        status: 'open',
        letter: { letterId, stage: 'licence-conditions-set' },
        description: expect.stringMatching(/^Letter not sent: the service may not send the approved letter/),
      }),
    ]);
    const timeline = await vlo.get(`/victims/${victimId}/timeline?minPosition=${approved.body.position}`);
    expect(JSON.stringify(timeline.body)).toContain(
      'not sent by the service: the victim has not agreed to be contacted by letter',
    );
    const edited = await vlo.send('put', `/victims/${victimId}/letters/${letterId}`, {
      personal: { body: 'Dear Jane, revised.' },
    });
    expectStatus(edited, 200);
    expect(await tasksOf(edited.body.position)).toEqual([
      expect.objectContaining({ status: 'done', closedBecause: 'letter-edited' }),
    ]);
  });

  it('answers 404 to a manager of another unit, appending nothing', async () => {
    const victimId = await aVictim();
    const letterId = await aSubmittedLetter(victimId);
    const before = await typesOf(victimId);
    const outsider = await api.token('VLO_MANAGER', 'manager-london', { units: ['london'] });
    const response = await request(api.http)
      .post(approvalOf(victimId, letterId))
      .set('Authorization', `Bearer ${outsider}`);
    expect(response.status).toBe(404);
    expect(await typesOf(victimId)).toEqual(before);
  });

  it('answers 409 to an approval whose If-Match is stale, queuing nothing', async () => {
    const victimId = await aVictim();
    const letterId = await aSubmittedLetter(victimId);
    const before = await typesOf(victimId);
    const stale = await manager.send('post', approvalOf(victimId, letterId), undefined, {
      'If-Match': `"${before.length - 2}"`,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.rule).toBe('stale-revision');
    expect(await typesOf(victimId)).toEqual(before);
  });

  it('records why it is not sent when the victim withdrew from the scheme', async () => {
    const victimId = await aVictim();
    const letterId = await aSubmittedLetter(victimId);
    expectStatus(
      await vlo.send('post', `/victims/${victimId}/withdrawal`, { withdrewOn: '2025-02-01', personal: {} }),
      201,
    );
    const approved = await manager.send('post', approvalOf(victimId, letterId));
    expectStatus(approved, 201);
    expect(approved.body.events).toEqual(['LetterApproved', 'LetterSendingRefused']);
    expect((await letterAfter(victimId, letterId, approved.body.position)).sending).toEqual({
      state: 'not-sent',
      reason: 'victim-opted-out',
    });
  });

  it('a VLO cannot approve (and so cannot send) a letter', async () => {
    const victimId = await aVictim();
    const letterId = await aSubmittedLetter(victimId);
    expect((await vlo.send('post', approvalOf(victimId, letterId))).status).toBe(403);
    expect(await typesOf(victimId)).not.toContain('NotificationScheduled');
  });
});
