import { randomUUID } from 'node:crypto';
import { loadEnvironment } from '@vcs/config';
import { victimStreamId } from '@vcs/domain';
import { RecordedEvent } from '@vcs/event-store';
import { createNotifyApi, GovUkNotifyChannel, NotifyTemplates, replacementNotificationId } from '@vcs/notifications';
import { ApiHarness, startApi } from '@vcs/test-support';
import { DataSource } from 'typeorm';
import { Clock } from '../../../../api/src/commands/clock';
import { LettersClient } from '../../../../api/src/letters/testing/letters-client';
import { expectStatus, PERSONAL_VALUES, VICTIM } from '../../../../api/src/victims/testing/victim-fixtures';
import { FAKE_NOTIFY_API_KEY, FakeNotify } from '../../../../../test/support/fake-notify';
import { Projector } from '../../projector/projector';
import { NotificationRuntime } from '../notification-runtime';
import { WorkerClock } from '../notification-settings';
import {
  capturedLog,
  CapturedLog,
  deleteKeysWithPrefix,
  ensureNotificationTables,
  eventually,
  queuePrefixFor,
  runtimeFor,
  startScheduleProjector,
} from '../testing/notification-test-kit';

const TODAY = new Clock().today();
const HOUR_MS = 3_600_000;
const FALLBACK_HOURS = 48;
const BOUNCES = 'bounces@example.org';
const NEVER_ARRIVES = 'never.arrives@example.org';
const TEMPLATES = {
  default: {
    email: { en: '0b7b6fa8-4cd4-4a3c-9b6c-5f4c3d0f1a11' },
    letter: { en: '8e0b6f2a-1f3b-4e55-8b2a-3c1f0e9d7a22' },
  },
};
const SIGNATURE = { name: 'Sam Officer', phone: '0113 496 0000' };

/**
 * Issue #6, delivery follow-up, on the running flow: API (HTTP) → planner → queue → processor → GOV.UK Notify (a fake
 * on 127.0.0.1) → delivery check → NotificationDeliveryStatusRecorded → letter scheduled (`delivery-fallback`) →
 * VLO's caseload tasks → letter drafted, submitted, approved by a manager → sent by Notify's letter route.
 *
 * What it catches: a failed or never-delivered email that nobody follows up (no status, no task, no letter); a
 * fallback letter that goes out without a manager's approval; a letter sent twice; a follow-up that acts before the
 * configured time on an email still "sending"; a letter printed to the wrong address lines.
 *
 * The worker part runs in this process (NotificationRuntime, as the worker module wires it, with Notify as the channel):
 * the worker process asks Notify every 15 minutes (fixed in notificationSettingsOf), here every 250 ms, and its clock
 * is moved past NOTIFICATION_UNDELIVERED_FALLBACK_HOURS instead of waiting two days.
 */
describe('an email Notify could not deliver falls back to a letter the VLO drafts and a manager approves', () => {
  let api: ApiHarness;
  let dataSource: DataSource;
  let vlo: LettersClient;
  let manager: LettersClient;
  let notify: FakeNotify;
  let runtime: NotificationRuntime;
  let scheduleProjector: Projector | undefined;
  let log: CapturedLog;
  const prefix = queuePrefixFor(`delivery-fallback-${randomUUID().slice(0, 8)}`);
  // The worker's clock: a day ahead (same-day notices are due from 09:00), and moved on when the test says so.
  const clock: WorkerClock & { aheadMs: number } = {
    aheadMs: 24 * HOUR_MS,
    now: (): Date => new Date(Date.now() + clock.aheadMs),
  };

  beforeAll(async () => {
    api = await startApi();
    dataSource = api.app.get(DataSource);
    await ensureNotificationTables(dataSource);
    api.startProjectors();
    scheduleProjector = startScheduleProjector(api.app, loadEnvironment({}));
    vlo = await LettersClient.as(api, 'VLO', 'vlo-7');
    manager = await LettersClient.as(api, 'VLO_MANAGER', 'manager-2');
    notify = new FakeNotify((kind, to) =>
      kind === 'letter' ? 'accepted' : to === BOUNCES ? 'permanent-failure' : 'sending',
    );
    await notify.start();
    log = capturedLog();
    const channel = new GovUkNotifyChannel(
      createNotifyApi(FAKE_NOTIFY_API_KEY, notify.url),
      new NotifyTemplates(TEMPLATES),
    );
    runtime = runtimeFor(api.app, {
      prefix,
      channel,
      clock,
      log,
      settings: { deliveryCheckIntervalMs: 250, undeliveredFallbackHours: FALLBACK_HOURS },
    });
    await runtime.start();
  });

  afterAll(async () => {
    await runtime?.stop();
    await scheduleProjector?.stop();
    await notify?.stop();
    await deleteKeysWithPrefix(prefix);
    await api?.close();
  });

  /** Enrolled, wants every key stage by email or letter; the referral gave a postal address. */
  async function victimWithEmail(sentenceId: string, email: string): Promise<string> {
    const victimId = randomUUID();
    expectStatus(
      await vlo.send('post', '/victims', {
        sentenceId,
        victimId,
        referredFor: 'vcs',
        source: 'witness-care-unit',
        circumstance: 'adult-victim',
        receivedOn: '2026-10-05',
        personal: VICTIM,
      }),
      201,
    );
    expectStatus(
      await vlo.send('post', `/victims/${victimId}/enrolment`, {
        sentenceId,
        scheme: 'vcs-statutory',
        enrolledOn: '2026-10-10',
        victimLiaisonOfficerId: 'vlo-7',
      }),
      201,
    );
    const preferences = {
      updatedOn: '2026-10-12',
      channels: ['email', 'letter'],
      stages: { choice: 'all-key-stages' },
      safetyCheckBeforeLetters: false,
      personal: { email, address: VICTIM.address, language: 'en' },
    };
    expectStatus(await vlo.send('put', `/victims/${victimId}/contact-preferences`, preferences), 200);
    return victimId;
  }

  const history = (victimId: string): Promise<RecordedEvent[]> => api.store.readStream(victimStreamId(victimId));
  const ofType = async (victimId: string, type: string) =>
    (await history(victimId)).filter((event) => event.type === type);

  async function sentEmail(victimId: string): Promise<{ notificationId: string; providerReference: string }> {
    const [sent] = await eventually(async () => {
      const events = await ofType(victimId, 'NotificationSent');
      return events.length > 0 && events;
    }, 'the email to be sent');
    return sent.data as { notificationId: string; providerReference: string };
  }

  async function fallbackScheduled(victimId: string, emailId: string): Promise<Record<string, unknown>> {
    const letterId = replacementNotificationId(emailId, 'letter-fallback');
    const scheduled = await eventually(
      async () =>
        (await ofType(victimId, 'NotificationScheduled')).find(
          (event) => (event.data as { notificationId: string }).notificationId === letterId,
        ),
      'the letter fallback',
    );
    return scheduled.data as Record<string, unknown>;
  }

  /** The state of these caseload tasks of the VLO's (GET /caseload/tasks), by task id; absent = no such task. */
  async function tasksOf(victimId: string, taskIds: string[]): Promise<Record<string, string>> {
    const response = await vlo.get('/caseload/tasks?vloId=vlo-7&status=all&pageSize=100');
    expectStatus(response, 200);
    const items = response.body.items as { taskId: string; status: string; victimId: string }[];
    return Object.fromEntries(
      items
        .filter((task) => task.victimId === victimId && taskIds.includes(task.taskId))
        .map((task) => [task.taskId, task.status]),
    );
  }

  it('follows the email up, records it undelivered, asks the VLO for a letter and sends that letter only once a manager approved it', async () => {
    const sentenceId = randomUUID();
    expectStatus(
      await vlo.send('post', '/sentences', {
        sentenceId,
        reference: 'X123456',
        offenceCategory: 'specified-violent',
        offenceCausedDeath: false,
        sentenceType: 'determinate-custody',
        lengthMonths: 48,
        sentencingCourt: 'Leeds Crown Court',
        sentenceDate: '2026-10-01',
        probationRegion: 'yorkshire-and-the-humber',
      }),
      201,
    );
    const bounced = await victimWithEmail(sentenceId, BOUNCES);
    const unanswered = await victimWithEmail(sentenceId, NEVER_ARRIVES);
    expectStatus(
      await vlo.send('post', `/sentences/${sentenceId}/milestones`, {
        milestoneId: randomUUID(),
        kind: 'release-on-licence',
        date: TODAY,
      }),
      201,
    );

    // 1. Both emails go through Notify; Notify reports one as a permanent failure, the other stays "sending".
    const bouncedEmail = await sentEmail(bounced);
    const unansweredEmail = await sentEmail(unanswered);
    expect(
      notify.messages
        .filter((m) => m.kind === 'email')
        .map((m) => m.to)
        .sort(),
    ).toEqual([BOUNCES, NEVER_ARRIVES]);

    // 2. The failure is followed up: status recorded, a letter scheduled for the same stage.
    const [status] = await eventually(async () => {
      const events = await ofType(bounced, 'NotificationDeliveryStatusRecorded');
      return events.length > 0 && events;
    }, 'the delivery status of the bounced email');
    expect(status.data).toMatchObject({ notificationId: bouncedEmail.notificationId, status: 'permanent-failure' });
    const bouncedLetter = await fallbackScheduled(bounced, bouncedEmail.notificationId);
    expect(bouncedLetter).toMatchObject({
      channel: 'letter',
      reason: 'delivery-fallback',
      stage: 'release-on-licence',
      sentenceId,
    });

    // 3. The email still "sending" is asked about again and again, and left alone until the configured time has passed...
    await eventually(
      async () => (notify.messages.find((m) => m.to === NEVER_ARRIVES)?.statusChecks ?? 0) >= 2,
      'the unanswered email to be checked twice',
    );
    expect(await ofType(unanswered, 'NotificationDeliveryStatusRecorded')).toEqual([]);
    // ...then, once it is overdue, recorded as not delivered (temporary-failure) and replaced by a letter.
    clock.aheadMs += (FALLBACK_HOURS + 1) * HOUR_MS;
    const [timedOut] = await eventually(async () => {
      const events = await ofType(unanswered, 'NotificationDeliveryStatusRecorded');
      return events.length > 0 && events;
    }, 'the overdue email to be recorded as undelivered');
    expect(timedOut.data).toMatchObject({
      notificationId: unansweredEmail.notificationId,
      status: 'temporary-failure',
    });
    expect(await fallbackScheduled(unanswered, unansweredEmail.notificationId)).toMatchObject({
      channel: 'letter',
      reason: 'delivery-fallback',
    });

    // 4. The VLO's caseload (HTTP) shows, for each: the undelivered message, and the letter to draft and approve.
    for (const [victimId, emailId] of [
      [bounced, bouncedEmail.notificationId],
      [unanswered, unansweredEmail.notificationId],
    ]) {
      const expected = [
        `notification-undelivered:${emailId}`,
        `notification-letter:${replacementNotificationId(emailId, 'letter-fallback')}`,
      ];
      await eventually(async () => {
        const states = await tasksOf(victimId, expected);
        return expected.every((taskId) => states[taskId] === 'open');
      }, 'the undelivered and letter tasks on the caseload');
    }

    // 5. The letter workflow: the VLO drafts the fallback letter from the template; it is not sent as a draft, nor submitted.
    const letterNotification = replacementNotificationId(bouncedEmail.notificationId, 'letter-fallback');
    const drafted = await vlo.send('post', `/victims/${bounced}/letters`, {
      notificationId: letterNotification,
      signature: SIGNATURE,
    });
    expectStatus(drafted, 201);
    const letterId = drafted.body.letterId as string;
    const listed = await eventually(async () => {
      const response = await vlo.get(`/victims/${bounced}/letters`);
      return response.status === 200 && response.body.items?.length > 0 && response.body.items;
    }, "the draft on the victim's letters");
    expect(listed).toEqual([
      expect.objectContaining({
        letterId,
        status: 'draft',
        stage: 'release-on-licence',
        notificationId: letterNotification,
      }),
    ]);
    expectStatus(await vlo.send('post', `/victims/${bounced}/letters/${letterId}/submission`), 201);
    await eventually(
      async () => log.lines.some((line) => line.includes(letterNotification) && line.includes('letter-not-approved')),
      'the processor to hold the unapproved letter',
    );
    expect(notify.messages.filter((m) => m.kind === 'letter')).toEqual([]);
    expect(await ofType(bounced, 'LetterApproved')).toEqual([]);

    // 6. A manager who did not write it approves it: only now is it sent, by Notify's letter route, once.
    expectStatus(await manager.send('post', `/victims/${bounced}/letters/${letterId}/approval`), 201);
    const sentLetter = await eventually(
      async () =>
        (await ofType(bounced, 'NotificationSent')).find(
          (event) => (event.data as { notificationId: string }).notificationId === letterNotification,
        ),
      'the approved letter to be sent',
    );
    expect(sentLetter.data).toMatchObject({ channel: 'letter', letterId });
    await runtime.resync(); // a resync after the send adds nothing that would send it again
    expect(notify.byReference(letterNotification).map((m) => m.kind)).toEqual(['letter']);

    // The letter and both tasks are done on the VLO's lists (read models over HTTP).
    const followUpTasks = [
      `notification-undelivered:${bouncedEmail.notificationId}`,
      `notification-letter:${letterNotification}`,
    ];
    await eventually(async () => {
      const states = await tasksOf(bounced, followUpTasks);
      return followUpTasks.every((taskId) => states[taskId] === 'done');
    }, 'the tasks to close once the letter went');
    await eventually(async () => {
      const letters = await vlo.get(`/victims/${bounced}/letters`);
      return (
        letters.body.items?.length === 1 &&
        letters.body.items[0].letterId === letterId &&
        letters.body.items[0].status === 'sent'
      );
    }, 'the letter to show as sent');

    // No name, address or email reached a log line.
    const logged = [...log.lines, ...api.logLines].join('\n');
    for (const value of [...PERSONAL_VALUES, BOUNCES, NEVER_ARRIVES]) expect(logged.includes(value)).toBe(false);

    // Notify printed it to the address the approved letter carries: the name once, then the address, then the postcode.
    expect(notify.byReference(letterNotification)[0].to).toBe('Jane Example\n12 Acacia Avenue\nLeeds\nLS6 2QR');
  }, 90_000);
});
