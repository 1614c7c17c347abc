import { randomUUID } from 'node:crypto';
import { victimDecider, VictimCommand, victimStreamId } from '@vcs/domain';
import { RecordedEvent } from '@vcs/event-store';
import {
  Accepted,
  deliveryJobId,
  NotificationAttempts,
  NotificationChannelPort,
  OutboxChannel,
  RecordedSend,
} from '@vcs/notifications';
import { ApiHarness } from '@vcs/test-support';
import { DataSource } from 'typeorm';
import { Clock } from '../../../api/src/commands/clock';
import { StreamCommandRunner } from '../../../api/src/commands/stream-command.runner';
import { expectStatus, VictimsClient } from '../../../api/src/victims/testing/victim-fixtures';
import { DeliveryJob } from './delivery-queue';
import { NotificationDispatcher } from './notification-dispatcher';
import { NotificationProcessor } from './notification-processor';
import { NotificationRuntime } from './notification-runtime';
import {
  CapturedLog,
  DAY_AHEAD,
  eventually,
  outboxRows,
  queuePrefixFor,
  testSettings,
} from './testing/notification-test-kit';
import { enrolledVictimWantingEmail, useNotificationsRuntime } from './testing/notifications-api';
import { WorkerCommands } from './worker-commands';
import { VictimDataKeyStore } from '@vcs/security';

const TODAY = new Clock().today();

/**
 * The fast path of delivery, over the real PostgreSQL, Redis and event store: one read of the victim's stream per job,
 * the outbox row and the accepted attempt in one grouped statement, NotificationSent appended against the revision
 * read (decided again on a re-read stream after a conflict, never sent twice), and jobs enqueued in bulk.
 */
describe('notification delivery: grouped outbox writes, conflicts decided again, bulk enqueue (PostgreSQL, Redis, outbox)', () => {
  let api: ApiHarness;
  let vlo: VictimsClient;
  let dataSource: DataSource;
  let held: NotificationRuntime;
  let log: CapturedLog;
  const prefix = queuePrefixFor('notification-delivery-e2e');

  // Planner and dispatcher only: each test calls the processor itself.
  useNotificationsRuntime(
    { prefix, vloId: 'vlo-8', start: { deliver: false, resync: false } },
    (given) => ({ api, dataSource, vlo, log, runtime: held } = given),
  );

  async function enrolledVictimsWithARelease(count: number): Promise<{ victimId: string; job: DeliveryJob }[]> {
    const sentenceId = await vlo.recordSentence();
    const victimIds: string[] = [];
    for (let i = 0; i < count; i++) {
      victimIds.push(await enrolledVictimWantingEmail(vlo, sentenceId));
    }
    expectStatus(
      await vlo.send('post', `/sentences/${sentenceId}/milestones`, {
        milestoneId: randomUUID(),
        kind: 'release-on-licence',
        date: TODAY,
      }),
      201,
    );
    return Promise.all(
      victimIds.map(async (victimId) => {
        const row = await eventually(async () => {
          const rows: { notification_id: string; due_at: Date; status: string; stage: string }[] =
            await dataSource.query(
              'SELECT notification_id::text, due_at, status, stage FROM notification_schedule WHERE victim_id = $1',
              [victimId],
            );
          return rows.find((r) => r.stage === 'release-on-licence' && r.status === 'scheduled');
        }, 'the scheduled release');
        return {
          victimId,
          job: {
            victimId,
            notificationId: row.notification_id,
            dueAt: row.due_at.toISOString(),
            urgency: 'urgent' as const,
          },
        };
      }),
    );
  }

  /** The real outbox, counting what it is handed; `afterSend` runs once, after the first grouped statement committed. */
  function countingOutbox(
    afterSend?: () => Promise<void>,
  ): NotificationChannelPort & { messages: number; statements: number } {
    const outbox = new OutboxChannel(dataSource, api.app.get(VictimDataKeyStore));
    let pending = afterSend;
    const channel = {
      name: 'outbox' as const,
      messages: 0,
      statements: 0,
      send: (message: Parameters<OutboxChannel['send']>[0]) => outbox.send(message),
      findAccepted: (reference: string) => outbox.findAccepted(reference),
      sendRecorded: async (entries: readonly RecordedSend[]): Promise<ReadonlyMap<string, Accepted>> => {
        channel.statements += 1;
        channel.messages += entries.length;
        const accepted = await outbox.sendRecorded(entries);
        const then = pending;
        pending = undefined;
        await then?.();
        return accepted;
      },
    };
    return channel;
  }

  const processorWith = (channel: NotificationChannelPort) =>
    new NotificationProcessor(
      api.store,
      channel,
      new NotificationAttempts(dataSource),
      new WorkerCommands(api.store, DAY_AHEAD),
      held.queue,
      testSettings(prefix),
      log,
    );

  async function asVlo(command: VictimCommand): Promise<void> {
    await new StreamCommandRunner(api.store, new Clock()).run(
      victimStreamId(command.data.victimId),
      victimDecider,
      command,
      { actor: { userId: 'vlo-8', role: 'VLO' }, correlationId: randomUUID() },
    );
  }

  const historyOf = (victimId: string) => api.store.readStream(victimStreamId(victimId));
  const sentEvents = async (victimId: string) =>
    (await historyOf(victimId)).filter((event) => event.type === 'NotificationSent');

  it('records NotificationSent on the re-read stream when the history moved on between the send and the record; the channel is called once', async () => {
    const [{ victimId, job }] = await enrolledVictimsWithARelease(1);
    const channel = countingOutbox(() =>
      asVlo({
        type: 'ConfirmSafetyCheck',
        data: { victimId, confirmedOn: TODAY, recordedOn: TODAY, checkedBy: 'vlo-8', channel: 'email' },
      }),
    );
    const processor = processorWith(channel);

    expect(await processor.deliver(job, 0)).toMatchObject({ outcome: 'sent' });
    const history = await historyOf(victimId);
    const confirmed = history.find((event) => event.type === 'SafetyCheckConfirmed') as RecordedEvent;
    const [sent] = await sentEvents(victimId);
    expect(sent.revision).toBeGreaterThan(confirmed.revision); // appended after the change, on the re-read stream
    expect(sent.metadata.actor).toEqual({ userId: 'notification-worker', role: 'WORKER' });

    // The job again (a retry, the resync): nothing more is handed over or recorded.
    expect(await processor.deliver(job, 1)).toEqual({ outcome: 'done-before' });
    expect(channel.messages).toBe(1);
    expect(await outboxRows(dataSource, victimId)).toHaveLength(1);
    expect(await sentEvents(victimId)).toHaveLength(1);
  });

  it('re-runs the gate on the re-read stream: a victim who withdrew just after the send is not recorded as sent, the log says so, and nothing is sent again', async () => {
    const [{ victimId, job }] = await enrolledVictimsWithARelease(1);
    const channel = countingOutbox(async () => {
      expectStatus(await vlo.send('post', `/victims/${victimId}/withdrawal`, { withdrewOn: TODAY }), 201);
    });
    const processor = processorWith(channel);

    expect(await processor.deliver(job, 0)).toMatchObject({ outcome: 'sent' });
    expect(await sentEvents(victimId)).toHaveLength(0);
    expect(
      log.lines.some(
        (line) => line.includes(job.notificationId) && line.includes('notification sent but not recorded as sent'),
      ),
    ).toBe(true);

    expect((await processor.deliver(job, 1)).outcome).not.toBe('sent');
    expect(channel.messages).toBe(1);
    expect(await outboxRows(dataSource, victimId)).toHaveLength(1);
  });

  it('a worker killed after the grouped statement committed: the retried job finds the message and records it, without a second one', async () => {
    const [{ victimId, job }] = await enrolledVictimsWithARelease(1);
    const outbox = new OutboxChannel(dataSource, api.app.get(VictimDataKeyStore));
    const hangs: NotificationChannelPort = {
      name: 'outbox',
      send: (message) => outbox.send(message),
      findAccepted: (reference) => outbox.findAccepted(reference),
      sendRecorded: (entries) => outbox.sendRecorded(entries).then(() => new Promise<never>(() => undefined)),
    };
    void processorWith(hangs).deliver(job, 0);
    await eventually(async () => (await outboxRows(dataSource, victimId)).length === 1, 'the outbox row');
    const [attempt] = await dataSource.query(
      'SELECT state, provider_reference FROM notification_attempts WHERE notification_id = $1',
      [job.notificationId],
    );
    expect(attempt.state).toBe('accepted'); // the row and the accepted attempt were committed together
    expect(await sentEvents(victimId)).toHaveLength(0);

    const retried = await processorWith(countingOutbox()).deliver(job, 1);
    expect(retried).toEqual({ outcome: 'sent', providerReference: attempt.provider_reference, resent: false });
    expect(await outboxRows(dataSource, victimId)).toHaveLength(1);
    expect(await sentEvents(victimId)).toHaveLength(1);
  });

  it('delivers jobs running at the same moment through shared statements, each exactly once', async () => {
    const victims = await enrolledVictimsWithARelease(6);
    const channel = countingOutbox();
    const processor = processorWith(channel);
    const outcomes = await Promise.all(victims.map(({ job }) => processor.deliver(job, 0)));
    expect(outcomes.map((outcome) => outcome.outcome)).toEqual(Array(6).fill('sent'));
    expect(channel.messages).toBe(6);
    expect(channel.statements).toBeLessThanOrEqual(6);
    for (const { victimId } of victims) {
      expect(await outboxRows(dataSource, victimId)).toHaveLength(1);
      expect(await sentEvents(victimId)).toHaveLength(1);
    }
  });

  it("jobs read and recorded together: one victim withdrew and another's history moved on in between; only those two are decided again, the rest recorded, each message once", async () => {
    const victims = await enrolledVictimsWithARelease(5);
    const [withdrew, moved] = [victims[1].victimId, victims[3].victimId];
    const channel = countingOutbox(async () => {
      expectStatus(await vlo.send('post', `/victims/${withdrew}/withdrawal`, { withdrewOn: TODAY }), 201);
      await asVlo({
        type: 'ConfirmSafetyCheck',
        data: { victimId: moved, confirmedOn: TODAY, recordedOn: TODAY, checkedBy: 'vlo-8', channel: 'email' },
      });
    });
    const reads = { calls: 0, streams: 0 };
    const appends = { calls: 0, streams: 0 };
    const counted = Object.assign(Object.create(api.store) as typeof api.store, {
      readStreams: (ids: readonly string[]) => {
        const victimStreams = ids.filter((id) => id.startsWith('victim-'));
        if (victimStreams.length > 0) reads.calls += 1;
        reads.streams += victimStreams.length;
        return api.store.readStreams(ids);
      },
      appendToStreams: (batch: Parameters<typeof api.store.appendToStreams>[0]) => {
        appends.calls += 1;
        appends.streams += batch.length;
        return api.store.appendToStreams(batch);
      },
    });
    const processor = new NotificationProcessor(
      counted,
      channel,
      new NotificationAttempts(dataSource),
      new WorkerCommands(counted, DAY_AHEAD),
      held.queue,
      testSettings(prefix),
      log,
    );

    const outcomes = await Promise.all(victims.map(({ job }) => processor.deliver(job, 0)));

    expect(outcomes.map((outcome) => outcome.outcome)).toEqual(Array(5).fill('sent'));
    expect(reads).toEqual({ calls: 1, streams: 5 }); // the five histories in one read
    expect(appends.calls).toBeLessThan(5); // NotificationSent grouped
    expect(await sentEvents(withdrew)).toHaveLength(0);
    expect(
      log.lines.some(
        (line) =>
          line.includes(victims[1].job.notificationId) && line.includes('notification sent but not recorded as sent'),
      ),
    ).toBe(true);
    const confirmed = (await historyOf(moved)).find((event) => event.type === 'SafetyCheckConfirmed') as RecordedEvent;
    const [sentAfterMove] = await sentEvents(moved);
    expect(sentAfterMove.revision).toBeGreaterThan(confirmed.revision);
    for (const { victimId } of victims) {
      expect(await outboxRows(dataSource, victimId)).toHaveLength(1);
      if (victimId !== withdrew) expect(await sentEvents(victimId)).toHaveLength(1);
    }
    expect(channel.messages).toBe(5);
  });

  it('enqueues scheduled notifications in bulk, keeping the derived job ids: a replayed batch adds nothing, a moved notification keeps only its new job', async () => {
    const queue = held.queue;
    const later = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
    const [first, second, byPhone] = [randomUUID(), randomUUID(), randomUUID()];
    const victimId = randomUUID();
    const event = (
      type: string,
      data: Record<string, unknown>,
      revision: number,
    ): RecordedEvent<Record<string, unknown>> => ({
      id: randomUUID(),
      streamId: victimStreamId(victimId),
      type,
      data: { victimId, ...data },
      metadata: {
        correlationId: 'test',
        causationId: 'test',
        actor: { userId: 'test', role: 'WORKER' },
        occurredAt: new Date().toISOString(),
        schemaVersion: 1,
      },
      revision: BigInt(revision),
      position: { commit: BigInt(revision), prepare: 0n },
      recordedAt: new Date(),
    });
    const scheduled = (notificationId: string, dueAt: string, revision: number) =>
      event(
        'NotificationScheduled',
        {
          notificationId,
          dueAt,
          channel: 'email',
          sentenceId: randomUUID(),
          stage: 'release-on-licence',
          reason: 'milestone',
          causedBy: {},
        },
        revision,
      );
    const inTenDays = later(10); // once: the reschedule names the very due time the first job was added with
    const batch = [
      scheduled(first, inTenDays, 1),
      scheduled(second, inTenDays, 2),
      event(
        'NotificationRescheduled',
        { notificationId: first, previousDueAt: inTenDays, dueAt: later(20), reason: 'milestone', causedBy: {} },
        3,
      ),
      event(
        'NotificationScheduled',
        {
          notificationId: byPhone,
          dueAt: inTenDays,
          channel: 'phone',
          sentenceId: randomUUID(),
          stage: 'release-on-licence',
          reason: 'milestone',
          causedBy: {},
        },
        4,
      ),
    ];
    const dueOf = (e: RecordedEvent<Record<string, unknown>>) => e.data.dueAt as string;
    const dispatcher = new NotificationDispatcher(api.store, queue);
    await dispatcher.handleBatch(batch);
    const stateOf = (notificationId: string, dueAt: string) =>
      queue.queue.getJobState(deliveryJobId(notificationId, dueAt));
    expect(await stateOf(first, dueOf(batch[0]))).toBe('unknown');
    expect(await stateOf(first, dueOf(batch[2]))).toBe('delayed');
    expect(await stateOf(second, dueOf(batch[1]))).toBe('delayed');
    const added = await queue.queue.getJob(deliveryJobId(second, dueOf(batch[1])));

    // The same batch again (a restart before the checkpoint moved), and the resync's single adds: nothing changes.
    await dispatcher.handleBatch([batch[1]]);
    await queue.addMany([{ victimId, notificationId: second, dueAt: dueOf(batch[1]), urgency: 'urgent' }]);
    await queue.add({ victimId, notificationId: second, dueAt: dueOf(batch[1]), urgency: 'urgent' });
    // No phone job (a VLO calls), and still one job per notification (other tests' jobs share this queue, so by id).
    expect(await stateOf(byPhone, dueOf(batch[3]))).toBe('unknown');
    expect(await stateOf(second, dueOf(batch[1]))).toBe('delayed');
    const again = await queue.queue.getJob(deliveryJobId(second, dueOf(batch[1])));
    expect(again?.timestamp).toBe(added?.timestamp);
    await queue.remove(first, dueOf(batch[2]));
    await queue.remove(second, dueOf(batch[1]));
  });
});
