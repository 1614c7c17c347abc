import { addCalendarDays } from '@vcs/domain';
import { randomUUID } from 'node:crypto';
import { victimDecider, VictimCommand, victimStreamId } from '@vcs/domain';
import { deliveryJobId, NotificationAttempts, NotificationChannelPort, OutboxChannel } from '@vcs/notifications';
import { ApiHarness } from '@vcs/test-support';
import { DataSource } from 'typeorm';
import { Clock } from '../../../api/src/commands/clock';
import { StreamCommandRunner } from '../../../api/src/commands/stream-command.runner';
import { expectStatus, PERSONAL_VALUES, VICTIM, VictimsClient } from '../../../api/src/victims/testing/victim-fixtures';
import { DeliveryFailed, NotificationProcessor } from './notification-processor';
import { NotificationRuntime } from './notification-runtime';
import { WorkerCommands } from './worker-commands';
import {
  CapturedLog,
  deleteKeysWithPrefix,
  eventually,
  outboxRows,
  queuePrefixFor,
  DAY_AHEAD,
  runtimeFor,
  testSettings,
} from './testing/notification-test-kit';
import { emailPreferences, enrolledVictimWantingEmail, useNotificationsApi } from './testing/notifications-api';
import { VictimDataKeyStore } from '@vcs/security';

const TODAY = new Clock().today();

/** The whole path over the running service: command → event → planner → schedule → job → gate → outbox → NotificationSent. */
describe('victim notifications, end to end (PostgreSQL, Redis, outbox)', () => {
  let api: ApiHarness;
  let vlo: VictimsClient;
  let dataSource: DataSource;
  let runtime: NotificationRuntime;
  let log: CapturedLog;
  const prefix = queuePrefixFor('notifications-e2e');

  useNotificationsApi(
    {
      prefix,
      vloId: 'vlo-7',
      stopFirst: () => runtime?.stop(),
    },
    (given) => ({ api, dataSource, vlo, log } = given),
  );

  beforeAll(async () => {
    runtime = runtimeFor(api.app, { prefix, log });
    await runtime.start();
  });

  const enrolledVictim = (sentenceId: string, preferences: Record<string, unknown> = {}) =>
    enrolledVictimWantingEmail(vlo, sentenceId, preferences);

  async function milestone(sentenceId: string, body: Record<string, unknown>): Promise<void> {
    expectStatus(
      await vlo.send('post', `/sentences/${sentenceId}/milestones`, { milestoneId: randomUUID(), ...body }),
      201,
    );
  }

  /** As the VLO would through the API: the same load/decide/append path. */
  async function asVlo(command: VictimCommand): Promise<void> {
    const runner = new StreamCommandRunner(api.store, new Clock());
    await runner.run(victimStreamId(command.data.victimId), victimDecider, command, {
      actor: { userId: 'vlo-7', role: 'VLO' },
      correlationId: randomUUID(),
    });
  }

  async function scheduleRows(
    victimId: string,
  ): Promise<{ notification_id: string; stage: string; status: string; due_at: Date }[]> {
    return dataSource.query(
      'SELECT notification_id::text, stage, status, due_at FROM notification_schedule WHERE victim_id = $1 ORDER BY stage',
      [victimId],
    );
  }

  async function sentEvents(victimId: string) {
    return (await api.store.readStream(victimStreamId(victimId))).filter((event) => event.type === 'NotificationSent');
  }

  it('sends a release to each enrolled victim exactly once, whatever level they chose (issue 17: release is in every level); not to one who withdrew; a flagged victim only after the safety check', async () => {
    const sentenceId = await vlo.recordSentence();
    const wants = await enrolledVictim(sentenceId);
    const withdrew = await enrolledVictim(sentenceId);
    const flagged = await enrolledVictim(sentenceId, { safetyCheckBeforeLetters: true });
    const choseParoleOnly = await enrolledVictim(sentenceId, {
      stages: { choice: 'chosen-stages', chosenStages: ['parole-decision'] },
    });
    expectStatus(await vlo.send('post', `/victims/${withdrew}/withdrawal`, { withdrewOn: '2026-10-20' }), 201);

    await milestone(sentenceId, { kind: 'release-on-licence', date: TODAY });

    const [sent] = await eventually(async () => {
      const events = await sentEvents(wants);
      return events.length > 0 && events;
    }, 'the release notification to be sent');
    expect(sent.metadata.actor).toEqual({ userId: 'notification-worker', role: 'WORKER' });
    const rows = await outboxRows(dataSource, wants);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      channel: 'email',
      stage: 'release-on-licence',
      recipient: { email: VICTIM.email, name: VICTIM.fullName },
    });
    expect(rows[0].body).toContain('released on licence');
    expect(sent.data).toMatchObject({ channel: 'email', providerReference: expect.any(String) });

    // The flagged victim's notification waits for a VLO's safety check, and the schedule shows it.
    await eventually(
      async () => (await scheduleRows(flagged)).some((row) => row.status === 'waiting-safety-check'),
      'the flagged notification to wait',
    );
    expect(await outboxRows(dataSource, flagged)).toHaveLength(0);
    const releaseRows = async (victimId: string) =>
      (await scheduleRows(victimId)).filter((row) => row.stage === 'release-on-licence');
    expect(await releaseRows(withdrew)).toEqual([]);
    await eventually(
      async () => (await outboxRows(dataSource, choseParoleOnly)).length === 1,
      'the release to reach the victim who chose only parole decisions',
    );

    await asVlo({
      type: 'ConfirmSafetyCheck',
      data: { victimId: flagged, confirmedOn: TODAY, recordedOn: TODAY, checkedBy: 'vlo-7', channel: 'email' },
    });
    await eventually(
      async () => (await sentEvents(flagged)).length === 1,
      'the flagged notification to go after the safety check',
    );
    expect(await outboxRows(dataSource, flagged)).toHaveLength(1);

    // Nothing more arrives later, and nobody else got anything.
    await runtime.resync();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await outboxRows(dataSource, wants)).toHaveLength(1);
    expect(await outboxRows(dataSource, withdrew)).toHaveLength(0);
    expect(await outboxRows(dataSource, choseParoleOnly)).toHaveLength(1);
    expect(await sentEvents(wants)).toHaveLength(1);

    // The schedule read model shows it sent, and the victim's case timeline tells the VLO, in words, without personal data.
    await eventually(
      async () => (await releaseRows(wants)).map((row) => row.status).join() === 'sent',
      'the schedule to show it sent',
    );
    const timeline = await eventually(async () => {
      const response = await vlo.send('get', `/victims/${wants}/timeline?pageSize=100`, undefined);
      const items = response.body.items as { what: string; eventType: string }[];
      return items.some((item) => item.eventType === 'NotificationSent') && items;
    }, 'the sent notification to appear on the timeline');
    expect(timeline.map((item) => item.what)).toContainEqual(
      expect.stringMatching(/^Notification about the release on licence scheduled by email for /),
    );
    expect(timeline.find((item) => item.eventType === 'NotificationSent')?.what).toMatch(
      /^Notification sent by email on /,
    );
    const flaggedTimeline = (await vlo.send('get', `/victims/${flagged}/timeline?pageSize=100`, undefined)).body
      .items as { what: string; eventType: string }[];
    expect(flaggedTimeline.find((item) => item.eventType === 'SafetyCheckConfirmed')?.what).toMatch(
      /^Safety check: someone whose name is not known confirmed on .* that contact by email is still safe$/,
    );
    for (const value of PERSONAL_VALUES) expect(JSON.stringify(timeline).includes(value)).toBe(false);

    // No name, address, phone or email reached a log line.
    const logged = [...log.lines, ...api.logLines].join('\n');
    for (const value of PERSONAL_VALUES) expect(logged.includes(value)).toBe(false);
  });

  it('writes to a victim who chose Welsh in Welsh', async () => {
    const sentenceId = await vlo.recordSentence();
    const welsh = await enrolledVictim(sentenceId, { personal: { email: VICTIM.email, language: 'cy' } });
    await milestone(sentenceId, { kind: 'release-on-licence', date: TODAY });

    const [row] = await eventually(async () => {
      const rows = await outboxRows(dataSource, welsh);
      return rows.length > 0 && rows;
    }, 'the Welsh release notification to be sent');
    expect(row.body).toMatch(/^Annwyl /);
    expect(row.body).not.toContain('released on licence');
  });

  it('moves the job when the hearing is re-listed, and removes it when the victim opts out of that stage', async () => {
    const sentenceId = await vlo.recordSentence({ sentenceType: 'extended-determinate', lengthMonths: 96 });
    const victimId = await enrolledVictim(sentenceId);
    await milestone(sentenceId, {
      kind: 'parole-hearing-listed',
      date: TODAY,
      detail: { hearingDate: '2027-03-15', hearingType: 'oral' },
    });

    const upcoming = await eventually(
      async () => (await scheduleRows(victimId)).find((row) => row.stage === 'parole-hearing-upcoming'),
      'the advance notice',
    );
    const firstJob = deliveryJobId(upcoming.notification_id, upcoming.due_at.toISOString());
    await eventually(async () => (await runtime.queue.queue.getJobState(firstJob)) === 'delayed', 'the delayed job');

    await milestone(sentenceId, {
      kind: 'parole-hearing-listed',
      date: TODAY,
      detail: { hearingDate: '2027-05-10', hearingType: 'oral' },
    });
    const moved = await eventually(async () => {
      const row = (await scheduleRows(victimId)).find((r) => r.stage === 'parole-hearing-upcoming');
      return row && row.due_at.getTime() !== upcoming.due_at.getTime() && row;
    }, 'the notice to move');
    expect(moved.notification_id).toBe(upcoming.notification_id);
    const secondJob = deliveryJobId(moved.notification_id, moved.due_at.toISOString());
    await eventually(async () => (await runtime.queue.queue.getJobState(secondJob)) === 'delayed', 'the new job');
    expect(await runtime.queue.queue.getJobState(firstJob)).toBe('unknown');
    expect((await scheduleRows(victimId)).filter((row) => row.stage === 'parole-hearing-upcoming')).toHaveLength(1);

    expectStatus(
      await vlo.send(
        'put',
        `/victims/${victimId}/contact-preferences`,
        emailPreferences({
          updatedOn: '2026-10-20',
          stages: { choice: 'chosen-stages', chosenStages: ['release-on-licence'] },
        }),
      ),
      200,
    );
    await eventually(
      async () =>
        (await scheduleRows(victimId)).find((r) => r.stage === 'parole-hearing-upcoming')?.status === 'cancelled',
      'the cancellation',
    );
    await eventually(
      async () => (await runtime.queue.queue.getJobState(secondJob)) === 'unknown',
      'the job to be removed',
    );
  });

  // Issue 17 (parole participation): a hearing put off is told, and its reminder follows the new date or is cancelled.
  it('moves the hearing reminder when the hearing is adjourned to a new date, and cancels it when it is deferred with none', async () => {
    const sentenceId = await vlo.recordSentence({ sentenceType: 'extended-determinate', lengthMonths: 96 });
    const victimId = await enrolledVictim(sentenceId);
    await milestone(sentenceId, {
      kind: 'parole-hearing-listed',
      date: TODAY,
      detail: { hearingDate: '2027-03-15', hearingType: 'oral' },
    });
    const upcoming = await eventually(
      async () => (await scheduleRows(victimId)).find((row) => row.stage === 'parole-hearing-upcoming'),
      'the advance notice',
    );

    await milestone(sentenceId, {
      kind: 'parole-hearing-postponed',
      date: TODAY,
      detail: { postponement: 'adjourned', newHearingDate: '2027-06-07' },
    });
    const moved = await eventually(async () => {
      const row = (await scheduleRows(victimId)).find((r) => r.stage === 'parole-hearing-upcoming');
      return row && row.due_at.getTime() !== upcoming.due_at.getTime() && row;
    }, 'the reminder to move');
    expect(moved.notification_id).toBe(upcoming.notification_id);
    expect(moved.status).toBe('scheduled');
    await eventually(
      async () => (await scheduleRows(victimId)).some((r) => r.stage === 'parole-hearing-postponed'),
      'the notice that the hearing was put off',
    );

    await milestone(sentenceId, {
      kind: 'parole-hearing-postponed',
      date: TODAY,
      detail: { postponement: 'deferred' },
    });
    await eventually(
      async () =>
        (await scheduleRows(victimId)).find((r) => r.stage === 'parole-hearing-upcoming')?.status === 'cancelled',
      'the reminder to be cancelled',
    );
    expect((await scheduleRows(victimId)).filter((r) => r.stage === 'parole-hearing-postponed')).toHaveLength(2);
  });

  // Issue 17: a provisional decision's notice carries the last day for reconsideration (r.28(3)), for the VLO's task.
  it('schedules a provisional parole decision with the last day for reconsideration', async () => {
    const sentenceId = await vlo.recordSentence({ sentenceType: 'extended-determinate', lengthMonths: 96 });
    const victimId = await enrolledVictim(sentenceId);
    await milestone(sentenceId, { kind: 'parole-decision', date: TODAY, detail: { outcome: 'no-release' } });
    const scheduled = await eventually(
      async () =>
        (await api.store.readStream(victimStreamId(victimId))).find(
          (event) =>
            event.type === 'NotificationScheduled' && (event.data as { stage: string }).stage === 'parole-decision',
        ),
      'the decision notice',
    );
    expect((scheduled.data as { respondBy?: string }).respondBy).toBe(addCalendarDays(TODAY, 21));
  });

  it('rebuilds the queue from the schedule after Redis lost its data, and sends every due notification exactly once', async () => {
    await runtime.stop();
    const held = runtimeFor(api.app, { prefix: `${prefix}:flush`, log });
    await held.start({ deliver: false, resync: false });
    try {
      const sentenceId = await vlo.recordSentence();
      const victims = [
        await enrolledVictim(sentenceId),
        await enrolledVictim(sentenceId),
        await enrolledVictim(sentenceId),
      ];
      await milestone(sentenceId, { kind: 'release-on-licence', date: TODAY });
      await eventually(async () => {
        const counts = await Promise.all(
          victims.map(
            async (v) =>
              (await scheduleRows(v)).filter((row) => row.stage === 'release-on-licence' && row.status === 'scheduled')
                .length,
          ),
        );
        return counts.every((count) => count === 1);
      }, 'three scheduled notifications');
      // Due jobs wait in the prioritized set (every job has its urgency's priority), later ones are delayed.
      const queued = async () => {
        const counts = await held.queue.queue.getJobCounts('wait', 'prioritized', 'delayed');
        return counts.wait + counts.prioritized + counts.delayed;
      };
      await eventually(async () => (await queued()) >= 3, 'the jobs');

      expect(await deleteKeysWithPrefix(`${prefix}:flush`)).toBeGreaterThan(0);
      expect(await queued()).toBe(0);

      expect(await held.resync()).toBeGreaterThanOrEqual(3);
      held.startWorker();
      for (const victimId of victims)
        await eventually(async () => (await sentEvents(victimId)).length === 1, 'each notification to be sent');

      // Resync again (rows may still read "scheduled" for a moment): nothing goes twice.
      await held.resync();
      await new Promise((resolve) => setTimeout(resolve, 500));
      for (const victimId of victims) {
        expect(await outboxRows(dataSource, victimId)).toHaveLength(1);
        expect(await sentEvents(victimId)).toHaveLength(1);
      }
    } finally {
      await held.stop();
      await deleteKeysWithPrefix(`${prefix}:flush`);
      runtime = runtimeFor(api.app, {
        prefix,
        log,
        channel: new OutboxChannel(dataSource, api.app.get(VictimDataKeyStore)),
      });
    }
  });

  it('does not send again when the processor died after the channel accepted the message but before it was recorded', async () => {
    await runtime.stop();
    const held = runtimeFor(api.app, { prefix: `${prefix}:crash`, log });
    await held.start({ deliver: false, resync: false });
    try {
      const sentenceId = await vlo.recordSentence();
      const killed = await enrolledVictim(sentenceId);
      const failed = await enrolledVictim(sentenceId);
      await milestone(sentenceId, { kind: 'release-on-licence', date: TODAY });
      const jobOf = async (victimId: string) => {
        const row = await eventually(
          async () =>
            (await scheduleRows(victimId)).find((r) => r.stage === 'release-on-licence' && r.status === 'scheduled'),
          'the scheduled release',
        );
        return {
          victimId,
          notificationId: row.notification_id,
          dueAt: row.due_at.toISOString(),
          urgency: 'urgent' as const,
        };
      };
      const outbox = new OutboxChannel(dataSource, api.app.get(VictimDataKeyStore));
      const processorWith = (channel: NotificationChannelPort) =>
        new NotificationProcessor(
          api.store,
          channel,
          new NotificationAttempts(dataSource),
          new WorkerCommands(api.store, DAY_AHEAD),
          held.queue,
          testSettings(`${prefix}:crash`),
          log,
        );

      // 1. The channel accepts, then the process is killed: the job never finishes and nothing is recorded.
      const killedJob = await jobOf(killed);
      const hangs: NotificationChannelPort = {
        name: 'outbox',
        send: (message) => outbox.send(message).then(() => new Promise<never>(() => undefined)),
        findAccepted: (r) => outbox.findAccepted(r),
      };
      void processorWith(hangs).deliver(killedJob, 0);
      await eventually(async () => (await outboxRows(dataSource, killed)).length === 1, 'the channel to accept');
      const [attempt] = await dataSource.query('SELECT state FROM notification_attempts WHERE notification_id = $1', [
        killedJob.notificationId,
      ]);
      expect(attempt.state).toBe('sending');
      expect(await sentEvents(killed)).toHaveLength(0);

      // 2. The channel accepts, then the worker fails before recording it.
      const failedJob = await jobOf(failed);
      const throwsAfter: NotificationChannelPort = {
        name: 'outbox',
        send: (message) => outbox.send(message).then(() => Promise.reject(new Error('killed'))),
        findAccepted: (r) => outbox.findAccepted(r),
      };
      await expect(processorWith(throwsAfter).deliver(failedJob, 0)).rejects.toBeInstanceOf(DeliveryFailed);

      // The retried jobs ask the channel by reference, find the message and record it: one message each.
      const retry = processorWith(outbox);
      expect(await retry.deliver(killedJob, 0)).toMatchObject({ outcome: 'sent' });
      expect(await retry.deliver(failedJob, 1)).toMatchObject({ outcome: 'sent' });
      expect(await retry.deliver(failedJob, 2)).toEqual({ outcome: 'done-before' });
      for (const victimId of [killed, failed]) {
        expect(await outboxRows(dataSource, victimId)).toHaveLength(1);
        expect(await sentEvents(victimId)).toHaveLength(1);
      }
      const failedEvents = (await api.store.readStream(victimStreamId(failed))).filter(
        (event) => event.type === 'NotificationFailed',
      );
      expect(failedEvents.map((event) => event.data)).toEqual([
        expect.objectContaining({ attempt: 1, errorCode: 'channel-error', final: false }),
      ]);
    } finally {
      await held.stop();
      await deleteKeysWithPrefix(`${prefix}:crash`);
      runtime = runtimeFor(api.app, { prefix, log });
    }
  });
});
