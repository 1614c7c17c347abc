import { randomUUID } from 'node:crypto';
import { victimStreamId } from '@vcs/domain';
import { Accepted, deliveryJobId, OutboxChannel, RecordedSend } from '@vcs/notifications';
import { ApiHarness } from '@vcs/test-support';
import { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { Clock } from '../../../api/src/commands/clock';
import { expectStatus, VictimsClient } from '../../../api/src/victims/testing/victim-fixtures';
import { NotificationRuntime } from './notification-runtime';
import {
  CapturedLog,
  deleteKeysWithPrefix,
  eventually,
  outboxRows,
  queuePrefixFor,
  runtimeFor,
} from './testing/notification-test-kit';
import { enrolledVictimWantingEmail, useNotificationsApi } from './testing/notifications-api';
import { WorkerCommands } from './worker-commands';
import { VictimDataKeyStore } from '@vcs/security';

const TODAY = new Clock().today();

interface ScheduleRow {
  readonly notification_id: string;
  readonly sentence_id: string;
  readonly due_at: Date;
  readonly status: string;
  readonly stage: string;
  readonly channel: string;
}

/**
 * Urgent notices first under a channel's rate limit (issue 18), over the real PostgreSQL, Redis and event store:
 * an urgent notice overtakes a queue of routine ones, the routine ones all still go (once each), and two worker
 * processes on one queue stay within the channel's one limit (BullMQ's limiter counts in Redis, not per process).
 */
describe('notification delivery by urgency within the channel limit (PostgreSQL, Redis, outbox)', () => {
  let api: ApiHarness;
  let vlo: VictimsClient;
  let dataSource: DataSource;
  let log: CapturedLog;
  const runtimes: NotificationRuntime[] = [];
  const prefixes: string[] = [];

  useNotificationsApi(
    {
      vloId: 'vlo-9',
      stopFirst: async () => {
        for (const runtime of runtimes) await runtime.stop().catch(() => undefined);
        for (const prefix of prefixes) await deleteKeysWithPrefix(prefix);
      },
    },
    (given) => ({ api, dataSource, vlo, log } = given),
  );

  /** The real outbox, noting the order in which it is handed the messages (by notification id). */
  function recordingOutbox(): OutboxChannel & { readonly order: string[] } {
    const outbox = new OutboxChannel(dataSource, api.app.get(VictimDataKeyStore));
    const order: string[] = [];
    return Object.assign(outbox, {
      order,
      sendRecorded: async (entries: readonly RecordedSend[]): Promise<ReadonlyMap<string, Accepted>> => {
        order.push(...entries.map((entry) => entry.message.notificationId));
        return OutboxChannel.prototype.sendRecorded.call(outbox, entries);
      },
    });
  }

  function runtimeOn(
    prefix: string,
    channel: OutboxChannel,
    ratePerSecond: number,
    concurrency: number,
  ): NotificationRuntime {
    if (!prefixes.includes(prefix)) prefixes.push(prefix);
    const runtime = runtimeFor(api.app, { prefix, log, channel, settings: { ratePerSecond, concurrency } });
    runtimes.push(runtime);
    return runtime;
  }

  const scheduleRows = (victimId: string): Promise<ScheduleRow[]> =>
    dataSource.query(
      'SELECT notification_id::text, sentence_id::text, due_at, status, stage, channel FROM notification_schedule WHERE victim_id = $1',
      [victimId],
    );

  const enrolled = (sentenceId: string, stages: Record<string, unknown>) =>
    enrolledVictimWantingEmail(vlo, sentenceId, { updatedOn: TODAY, stages });

  /**
   * Victims who chose the yearly letter (routine), by email, each with the letter the planner scheduled a year ahead
   * brought forward to now (as a catch-up after an outage would find them: all due at once).
   */
  async function routineLettersDueNow(
    runtime: NotificationRuntime,
    count: number,
  ): Promise<{ victimId: string; notificationId: string; dueAt: string }[]> {
    const sentenceId = await vlo.recordSentence();
    const commands = new WorkerCommands(api.store, new Clock());
    const letters = [];
    for (let i = 0; i < count; i++) {
      const victimId = await enrolled(sentenceId, { choice: 'annual-letter' });
      const planned = await eventually(
        async () =>
          (await scheduleRows(victimId)).find((r) => r.stage === 'annual-contact' && r.status === 'scheduled'),
        'the yearly letter',
      );
      const dueAt = new Date().toISOString();
      const outcome = await commands.run(
        'notification-planner',
        {
          type: 'ScheduleNotification',
          data: {
            victimId,
            notificationId: planned.notification_id,
            sentenceId: planned.sentence_id,
            stage: 'annual-contact',
            dueAt,
            channel: 'email',
            reason: 'annual-contact',
            causedBy: { eventId: randomUUID() },
            recordedOn: TODAY,
          },
        },
        randomUUID(),
      );
      expect(outcome.done).toBe(true);
      letters.push({ victimId, notificationId: planned.notification_id, dueAt });
    }
    // Moved by the dispatcher (NotificationRescheduled → a new job, at routine priority): all due, none taken yet.
    for (const letter of letters) {
      await eventually(
        async () =>
          (await runtime.queue.queue.getJobState(deliveryJobId(letter.notificationId, letter.dueAt))) === 'prioritized',
        'the routine job to be due',
      );
    }
    return letters;
  }

  async function releaseOf(sentenceId: string): Promise<void> {
    expectStatus(
      await vlo.send('post', `/sentences/${sentenceId}/milestones`, {
        milestoneId: randomUUID(),
        kind: 'release-on-licence',
        date: TODAY,
      }),
      201,
    );
  }

  async function dueRelease(runtime: NotificationRuntime, victimId: string): Promise<ScheduleRow> {
    const row = await eventually(
      async () =>
        (await scheduleRows(victimId)).find((r) => r.stage === 'release-on-licence' && r.status === 'scheduled'),
      'the scheduled release',
    );
    await eventually(
      async () =>
        (await runtime.queue.queue.getJobState(deliveryJobId(row.notification_id, row.due_at.toISOString()))) ===
        'prioritized',
      'the release job to be due',
    );
    return row;
  }

  const sentCount = async (victimId: string) =>
    (await api.store.readStream(victimStreamId(victimId))).filter((e) => e.type === 'NotificationSent').length;

  it('sends a release that became due during a drain of routine letters before the routine letters still waiting, and still sends every routine letter once', async () => {
    const prefix = `${queuePrefixFor('priority-delivery-e2e')}:overtake`;
    const channel = recordingOutbox();
    // A low limit (2 a second) so that the routine letters queue behind it.
    const runtime = runtimeOn(prefix, channel, 2, 2);
    await runtime.start({ deliver: false, resync: false });
    const routine = await routineLettersDueNow(runtime, 12);
    const urgentSentence = await vlo.recordSentence();
    const urgentVictim = await enrolled(urgentSentence, { choice: 'all-key-stages' });

    // The drain starts; a few routine letters go.
    const worker = runtime.startWorker();
    await eventually(async () => channel.order.length >= 3, 'the drain to start', 30_000);
    // Held for a moment (in-flight jobs finish) so that the release is due while routine letters still wait.
    await worker.pause();
    const sentBefore = channel.order.length;
    expect(sentBefore).toBeLessThan(routine.length - 4);
    await releaseOf(urgentSentence);
    const release = await dueRelease(runtime, urgentVictim);
    worker.resume();

    await eventually(async () => channel.order.length >= routine.length + 1, 'everything to be sent', 60_000);
    const position = channel.order.indexOf(release.notification_id);
    // Taken in the first window after the release became due (the limit is 2 a second), ahead of the routine queue.
    expect(position).toBeGreaterThanOrEqual(sentBefore);
    expect(position).toBeLessThan(sentBefore + 2);
    expect(channel.order.length - 1 - position).toBeGreaterThanOrEqual(routine.length - sentBefore - 2);
    // No starvation the other way: every routine letter still went, once.
    expect(new Set(channel.order)).toEqual(new Set([...routine.map((r) => r.notificationId), release.notification_id]));
    for (const { victimId } of [...routine, { victimId: urgentVictim }]) {
      expect(await outboxRows(dataSource, victimId)).toHaveLength(1);
      expect(await sentCount(victimId)).toBe(1);
    }
    await runtime.stop(); // its planner and dispatcher hold the leases the next test's runtime needs
  }, 120_000);

  it('two worker processes on one channel stay within its one limit together (the limiter counts in Redis)', async () => {
    const prefix = `${queuePrefixFor('priority-delivery-e2e')}:two-workers`;
    const limit = 3;
    const channel = new OutboxChannel(dataSource, api.app.get(VictimDataKeyStore));
    const first = runtimeOn(prefix, channel, limit, 2);
    const second = runtimeOn(prefix, channel, limit, 2); // a second replica: its worker only (planner and dispatcher are the first's)
    await first.start({ deliver: false, resync: false });
    const sentenceId = await vlo.recordSentence();
    const victims: string[] = [];
    for (let i = 0; i < 4 * limit + 1; i++) victims.push(await enrolled(sentenceId, { choice: 'all-key-stages' }));
    await releaseOf(sentenceId);
    for (const victimId of victims) await dueRelease(first, victimId);

    const started: { worker: number; at: number }[] = [];
    const onCompleted = (worker: number) => (job: Job) => started.push({ worker, at: job.processedOn ?? Number.NaN });
    first.startWorker().on('completed', onCompleted(1));
    second.startWorker().on('completed', onCompleted(2));
    await eventually(async () => started.length >= victims.length, 'every release to be delivered', 60_000);

    // Both replicas delivered, and together they took no more than `limit` jobs in any one of the limiter's windows:
    // 13 jobs at 3 a window need 5 windows of 1 s, so the last started at least 4 s after the first (at 6 a second,
    // each process counting on its own, it would be ~2 s).
    expect(new Set(started.map((s) => s.worker))).toEqual(new Set([1, 2]));
    const times = started.map((s) => s.at).sort((a, b) => a - b);
    const windows = Math.ceil(victims.length / limit);
    expect(times[times.length - 1] - times[0]).toBeGreaterThanOrEqual((windows - 1) * 1000 - 50);
    for (const victimId of victims) {
      expect(await outboxRows(dataSource, victimId)).toHaveLength(1);
      expect(await sentCount(victimId)).toBe(1);
    }
  }, 120_000);
});
