import { randomUUID } from 'node:crypto';
import {
  canSendNow,
  foldEvents,
  KnownVictim,
  NotificationScheduled,
  VictimEvent,
  victimDecider,
  victimStreamId,
} from '@vcs/domain';
import { RecordedEvent } from '@vcs/event-store';
import { ApiHarness, startApi } from '@vcs/test-support';
import { DataSource } from 'typeorm';
import { expectStatus, VictimsClient } from '../../../../api/src/victims/testing/victim-fixtures';
import { WorkerClock } from '../notification-settings';
import { WorkerCommands } from '../worker-commands';
import { capturedLog } from '../testing/notification-test-kit';
import { NotificationPlanner } from './notification-planner';

/**
 * The planner's yearly letters on real PostgreSQL and the application's (encrypting) event store. The planner is
 * handed the recorded events directly, in order, as its process manager would; handing them all over again must add
 * nothing (ids are derived, the victim decider answers a repeat with nothing).
 */
describe('notification planner: annual contact letters (PostgreSQL)', () => {
  let api: ApiHarness;
  let vlo: VictimsClient;
  let planner: NotificationPlanner;
  let commands: WorkerCommands;
  const clock: WorkerClock = { now: () => new Date() };

  beforeAll(async () => {
    api = await startApi();
    api.startProjectors(); // the planner reads the victims linked to a sentence from the sentence view
    vlo = await VictimsClient.as(api, 'VLO', 'vlo-7');
    commands = new WorkerCommands(api.store, clock);
    planner = new NotificationPlanner(api.app.get(DataSource), api.store, commands, clock, capturedLog());
  });

  afterAll(async () => {
    await api?.close();
  });

  const annualPreferences = (channels: string[]) => ({
    updatedOn: '2026-10-12',
    channels,
    stages: { choice: 'annual-letter' },
    safetyCheckBeforeLetters: false,
    personal: {
      address: { lines: ['1 Ffordd y Bŵa', 'Caernarfon'], postcode: 'LL55 1AA' },
      email: 'sian@example.org',
      language: 'cy',
    },
  });

  async function annualVictim(channels: string[]): Promise<{ victimId: string; sentenceId: string }> {
    const sentenceId = await vlo.recordSentence();
    const victimId = await vlo.referVictim(sentenceId);
    await vlo.enrol(victimId, sentenceId); // enrolled on Saturday 10 October 2026
    expectStatus(await vlo.send('put', `/victims/${victimId}/contact-preferences`, annualPreferences(channels)), 200);
    return { victimId, sentenceId };
  }

  const history = (victimId: string): Promise<RecordedEvent[]> => api.store.readStream(victimStreamId(victimId));
  const stateOf = async (victimId: string) =>
    foldEvents(
      victimDecider,
      (await history(victimId)).map((e) => ({ type: e.type, data: e.data }) as unknown as VictimEvent),
    ) as KnownVictim;

  /** Hands the planner every event it handles on these streams, in order: what its process manager does. */
  async function plan(...streams: string[]): Promise<void> {
    for (const stream of streams) {
      for (const event of await api.store.readStream(stream))
        if (planner.handles.includes(event.type)) await planner.handle(event);
    }
  }

  async function annualLetters(victimId: string) {
    const state = await stateOf(victimId);
    return Object.values(state.notifications)
      .filter((n) => n.stage === 'annual-contact')
      .map((n) => ({
        id: n.notificationId,
        status: n.status,
        dueAt: n.dueAt,
        channel: n.channel,
        cancelReason: n.cancelReason,
      }));
  }

  it('given a victim who chose the yearly letter, then one letter is scheduled a year after enrolment, by letter, waiting for an approved letter; planning again adds nothing', async () => {
    const { victimId } = await annualVictim(['letter', 'email']);
    await plan(victimStreamId(victimId));

    const letters = await annualLetters(victimId);
    // 10 October 2027 is a Sunday: Monday 11 October, 09:00 London (BST).
    expect(letters).toEqual([
      {
        id: expect.any(String),
        status: 'scheduled',
        dueAt: '2027-10-11T08:00:00.000Z',
        channel: 'letter',
        cancelReason: undefined,
      },
    ]);
    const scheduled = (await history(victimId)).find(
      (e) => e.type === 'NotificationScheduled' && (e.data as NotificationScheduled['data']).stage === 'annual-contact',
    );
    expect(scheduled?.data).toMatchObject({ reason: 'annual-contact', channel: 'letter' });
    expect(scheduled?.metadata.actor).toEqual({ userId: 'notification-planner', role: 'WORKER' });

    // The same letter workflow as every other letter: nothing is sent until a manager approves the VLO's draft.
    expect(canSendNow(await stateOf(victimId), letters[0].id, '2027-10-11T09:00:00.000Z')).toMatchObject({
      ok: false,
      reason: 'letter-not-approved',
    });

    const length = (await history(victimId)).length;
    await plan(victimStreamId(victimId));
    await plan(victimStreamId(victimId));
    expect((await history(victimId)).length).toBe(length);
  });

  it('given the yearly letter went, then the next is scheduled a year after it; given the victim withdrew and rejoined, then the year counts from rejoining', async () => {
    const { victimId } = await annualVictim(['email']);
    await plan(victimStreamId(victimId));
    const [first] = await annualLetters(victimId);
    expect(first).toMatchObject({ status: 'scheduled', channel: 'email', dueAt: '2027-10-11T08:00:00.000Z' });

    const sentAt = '2026-11-23T10:00:00.000Z';
    const recorded = await commands.run(
      'notification-worker',
      {
        type: 'RecordNotificationSent',
        data: {
          victimId,
          notificationId: first.id,
          channel: 'email',
          providerReference: 'outbox-1',
          sentAt,
          recordedOn: '2026-11-23',
        },
      },
      randomUUID(),
    );
    expect(recorded.done).toBe(true);
    await plan(victimStreamId(victimId));
    const afterSending = await annualLetters(victimId);
    expect(afterSending).toEqual([
      expect.objectContaining({ id: first.id, status: 'sent' }),
      // 23 November 2027 is a Tuesday; 09:00 London is 09:00 UTC in winter.
      expect.objectContaining({ status: 'scheduled', dueAt: '2027-11-23T09:00:00.000Z' }),
    ]);

    expectStatus(await vlo.send('post', `/victims/${victimId}/withdrawal`, { withdrewOn: '2026-11-23' }), 201);
    await plan(victimStreamId(victimId));
    expect((await annualLetters(victimId)).filter((n) => n.status === 'scheduled')).toEqual([]);
    expect((await annualLetters(victimId))[1]).toMatchObject({ status: 'cancelled', cancelReason: 'withdrawn' });

    expectStatus(
      await vlo.send('post', `/victims/${victimId}/rejoining`, {
        rejoinedOn: '2026-11-23',
        victimLiaisonOfficerId: 'vlo-9',
      }),
      201,
    );
    await plan(victimStreamId(victimId));
    const pending = (await annualLetters(victimId)).filter((n) => n.status === 'scheduled');
    expect(pending).toEqual([expect.objectContaining({ dueAt: '2027-11-23T09:00:00.000Z' })]);
    expect(pending[0].id).not.toBe(afterSending[1].id);

    const length = (await history(victimId)).length;
    await plan(victimStreamId(victimId));
    expect((await history(victimId)).length).toBe(length);
  });

  it('given several yearly letters went in one batch of events (their stages read in one query), then each victim gets the next one; handling the batch again adds nothing', async () => {
    const victims = [await annualVictim(['email']), await annualVictim(['email'])];
    const streams = victims.map(({ victimId }) => victimStreamId(victimId));
    await plan(...streams);
    for (const { victimId } of victims) {
      const [letter] = await annualLetters(victimId);
      await commands.run(
        'notification-worker',
        {
          type: 'RecordNotificationSent',
          data: {
            victimId,
            notificationId: letter.id,
            channel: 'email',
            providerReference: `outbox-${letter.id}`,
            sentAt: '2026-11-23T10:00:00.000Z',
            recordedOn: '2026-11-23',
          },
        },
        randomUUID(),
      );
    }
    const batch = async () =>
      (await Promise.all(streams.map((stream) => api.store.readStream(stream))))
        .flat()
        .filter((event) => planner.handles.includes(event.type));

    await planner.handleBatch(await batch());

    for (const { victimId } of victims) {
      expect((await annualLetters(victimId)).filter((n) => n.status === 'scheduled')).toEqual([
        expect.objectContaining({ dueAt: '2027-11-23T09:00:00.000Z' }),
      ]);
    }
    const lengths = await Promise.all(victims.map(async ({ victimId }) => (await history(victimId)).length));
    await planner.handleBatch(await batch());
    expect(await Promise.all(victims.map(async ({ victimId }) => (await history(victimId)).length))).toEqual(lengths);
  });

  it('given the sentence ends (the offender died), then the pending yearly letter is cancelled', async () => {
    const { victimId, sentenceId } = await annualVictim(['letter']);
    await plan(victimStreamId(victimId));
    expect((await annualLetters(victimId)).map((n) => n.status)).toEqual(['scheduled']);

    expectStatus(
      await vlo.send('post', `/sentences/${sentenceId}/milestones`, {
        milestoneId: randomUUID(),
        kind: 'death',
        date: '2026-11-20',
        detail: { inCustody: true },
      }),
      201,
    );
    await plan(`sentence-${sentenceId}`, victimStreamId(victimId));
    expect(await annualLetters(victimId)).toEqual([
      expect.objectContaining({ status: 'cancelled', cancelReason: 'superseded' }),
    ]);
  });
});
