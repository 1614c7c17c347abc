import {
  LetterApproved,
  NotificationCancelled,
  NotificationRescheduled,
  NotificationScheduled,
  NotificationStage,
  pendingNotifications,
  SafetyCheckConfirmed,
  urgencyOf,
} from '@vcs/domain';
import { EventStore, RecordedEvent } from '@vcs/event-store';
import { DataSource } from 'typeorm';
import { DeliveryJob, DeliveryQueue } from './delivery-queue';
import { EventReactor } from './process-manager';
import { loadVictim } from './victim-history';

type Data<E extends { data: unknown }> = E['data'];

/** Jobs per addBulk when the resync re-adds the schedule. */
const RESYNC_CHUNK = 1000;

/**
 * Keeps the BullMQ jobs in step with the notification events: a scheduled notification gets its delayed job, a
 * moved one loses the old job and gets a new one, a cancelled one loses its job, and a safety check or an approved
 * letter re-enqueues what was waiting for it (the processor completed those jobs without sending).
 */
export class NotificationDispatcher implements EventReactor {
  static readonly NAME = 'notification-dispatcher';
  readonly name = NotificationDispatcher.NAME;
  readonly handles = [
    'NotificationScheduled',
    'NotificationRescheduled',
    'NotificationCancelled',
    'SafetyCheckConfirmed',
    'LetterApproved',
  ];

  constructor(
    private readonly store: EventStore,
    private readonly queue: DeliveryQueue,
  ) {}

  /** Redis must answer before a failure is blamed on the event. */
  async dependenciesAnswer(): Promise<void> {
    await this.queue.ping();
  }

  /** NotificationScheduled events in a row go to the queue in one addBulk; anything else in between keeps its place. */
  async handleBatch(events: readonly RecordedEvent[]): Promise<void> {
    let scheduled: DeliveryJob[] = [];
    const flush = async (): Promise<void> => {
      await this.queue.addMany(scheduled);
      scheduled = [];
    };
    for (const event of events) {
      if (event.type === 'NotificationScheduled') {
        const { victimId, notificationId, dueAt, channel, stage } = event.data as Data<NotificationScheduled>;
        if (channel !== 'phone') scheduled.push({ victimId, notificationId, dueAt, urgency: urgencyOf(stage) });
        continue;
      }
      await flush();
      await this.handle(event);
    }
    await flush();
  }

  async handle(event: RecordedEvent): Promise<void> {
    switch (event.type) {
      case 'NotificationScheduled': {
        const { victimId, notificationId, dueAt, channel, stage } = event.data as Data<NotificationScheduled>;
        if (channel === 'phone') return; // a call is the VLO's to make: the caseload shows it, no job sends it
        return this.queue.add({ victimId, notificationId, dueAt, urgency: urgencyOf(stage) });
      }
      case 'NotificationRescheduled': {
        const { victimId, notificationId, previousDueAt, dueAt } = event.data as Data<NotificationRescheduled>;
        await this.queue.remove(notificationId, previousDueAt);
        // The event does not repeat the stage: the victim's history has it (a move is rare; one read). A notification
        // the history does not know still gets its job, as before: the processor finds it gone and does nothing.
        const victim = await loadVictim(this.store, victimId);
        const stage = victim?.state.notifications[notificationId]?.stage;
        return this.queue.add({ victimId, notificationId, dueAt, urgency: stage ? urgencyOf(stage) : 'normal' });
      }
      case 'NotificationCancelled': {
        const { victimId, notificationId } = event.data as Data<NotificationCancelled>;
        const victim = await loadVictim(this.store, victimId);
        const notification = victim?.state.notifications[notificationId];
        if (notification) await this.queue.remove(notificationId, notification.dueAt);
        return;
      }
      case 'SafetyCheckConfirmed':
        return this.requeue((event.data as Data<SafetyCheckConfirmed>).victimId, () => true);
      case 'LetterApproved': {
        const { victimId, letterId } = event.data as Data<LetterApproved>;
        return this.requeue(victimId, (letter) => letter === letterId);
      }
    }
  }

  private async requeue(victimId: string, matches: (letterId: string | undefined) => boolean): Promise<void> {
    const victim = await loadVictim(this.store, victimId);
    if (!victim) return;
    for (const notification of pendingNotifications(victim.state)) {
      if (matches(notification.letterId)) {
        await this.queue.add({
          victimId,
          notificationId: notification.notificationId,
          dueAt: notification.dueAt,
          urgency: urgencyOf(notification.stage),
        });
      }
    }
  }
}

/**
 * Re-adds a job for every notification the read model still shows as scheduled (adding an existing job is a
 * no-op). Run at start-up and every few minutes: a Redis that lost its data is rebuilt from PostgreSQL, and the
 * processor's checks make sure nothing already sent goes again.
 */
export async function resyncSchedule(
  dataSource: DataSource,
  queue: DeliveryQueue,
  options: { withDeliveryChecks: boolean },
): Promise<number> {
  const rows: { notification_id: string; victim_id: string; due_at: Date; stage: NotificationStage }[] =
    await dataSource.query(
      `SELECT notification_id::text, victim_id::text, due_at, stage FROM notification_schedule WHERE status = 'scheduled' AND channel <> 'phone' ORDER BY due_at, notification_id`,
    );
  for (let start = 0; start < rows.length; start += RESYNC_CHUNK) {
    await queue.addMany(
      rows.slice(start, start + RESYNC_CHUNK).map((row) => ({
        victimId: row.victim_id,
        notificationId: row.notification_id,
        dueAt: row.due_at.toISOString(),
        urgency: urgencyOf(row.stage),
      })),
    );
  }
  if (options.withDeliveryChecks) {
    const sent: {
      notification_id: string;
      victim_id: string;
      provider_reference: string;
      sent_at: Date;
      stage: NotificationStage;
    }[] = await dataSource.query(
      `SELECT notification_id::text, victim_id::text, provider_reference, sent_at, stage FROM notification_schedule
        WHERE status = 'sent' AND channel IN ('email', 'sms') AND delivery_status IS NULL AND provider_reference IS NOT NULL`,
    );
    for (const row of sent) {
      await queue.addDeliveryCheck(
        {
          victimId: row.victim_id,
          notificationId: row.notification_id,
          providerReference: row.provider_reference,
          sentAt: row.sent_at.toISOString(),
          urgency: urgencyOf(row.stage),
        },
        0,
      );
    }
  }
  return rows.length;
}
