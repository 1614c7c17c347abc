// The per-event projection as it stood before batching (commit 4dbe351), kept unchanged as the oracle that
// batch-equivalence.int.spec.ts compares the batched projection with. Not used by the application.
import {
  ContactPreferencesUpdated,
  LetterApproved,
  LetterDrafted,
  LetterEdited,
  LetterReturned,
  LetterSubmittedForApproval,
  NotificationCancelled,
  NotificationDeliveryStatusRecorded,
  NotificationFailed,
  NotificationRescheduled,
  NotificationScheduled,
  NotificationSent,
  SafetyCheckConfirmed,
} from '@vcs/domain';
import { RecordedEvent } from '@vcs/event-store';
import { EntityManager } from 'typeorm';
import { Projection } from '../../projection';
import { PENDING_STATUSES, waitingStatus } from '../../notification-schedule/schedule-status';

type Data<E extends { data: unknown }> = E['data'];

/**
 * The notification schedule: one row per notification with where it has got to, fed only by victim-stream events
 * (no clock, only its own tables). The dispatcher and its resync read it to keep the BullMQ jobs; caseload and
 * case views can read the waiting states. Holds no personal data.
 */
export class NotificationScheduleProjection implements Projection {
  static readonly NAME = 'notification-schedule';
  readonly name = NotificationScheduleProjection.NAME;
  readonly handles = [
    'NotificationScheduled',
    'NotificationRescheduled',
    'NotificationCancelled',
    'NotificationSent',
    'NotificationFailed',
    'NotificationDeliveryStatusRecorded',
    'ContactPreferencesUpdated',
    'SafetyCheckConfirmed',
    'LetterDrafted',
    'LetterEdited',
    'LetterSubmittedForApproval',
    'LetterApproved',
    'LetterReturned',
  ] as const;
  readonly tables = ['notification_schedule', 'notification_schedule_victims', 'notification_schedule_letters'];

  async apply(event: RecordedEvent, manager: EntityManager): Promise<void> {
    const at = occurredAt(event);
    switch (event.type) {
      case 'NotificationScheduled': {
        const data = event.data as Data<NotificationScheduled>;
        await manager.query(
          `INSERT INTO notification_schedule (notification_id, victim_id, sentence_id, stage, channel, reason, due_at, status, letter_id, scheduled_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, 'scheduled', $8, $9, $9) ON CONFLICT (notification_id) DO NOTHING`,
          [data.notificationId, data.victimId, data.sentenceId, data.stage, data.channel, data.reason, data.dueAt, data.letterId ?? null, at],
        );
        if (data.letterId) await manager.query('UPDATE notification_schedule_letters SET notification_id = $2 WHERE letter_id = $1', [data.letterId, data.notificationId]);
        return this.refresh(manager, 'notification_id = $1', [data.notificationId]);
      }
      case 'NotificationRescheduled': {
        const data = event.data as Data<NotificationRescheduled>;
        await manager.query('UPDATE notification_schedule SET due_at = $2, reason = $3, updated_at = $4 WHERE notification_id = $1', [
          data.notificationId,
          data.dueAt,
          data.reason,
          at,
        ]);
        return;
      }
      case 'NotificationCancelled': {
        const data = event.data as Data<NotificationCancelled>;
        await manager.query(`UPDATE notification_schedule SET status = 'cancelled', cancel_reason = $2, updated_at = $3 WHERE notification_id = $1`, [
          data.notificationId,
          data.reason,
          at,
        ]);
        return;
      }
      case 'NotificationSent': {
        const data = event.data as Data<NotificationSent>;
        await manager.query(
          `UPDATE notification_schedule SET status = 'sent', sent_at = $2, provider_reference = $3, updated_at = $4 WHERE notification_id = $1`,
          [data.notificationId, data.sentAt, data.providerReference, at],
        );
        return;
      }
      case 'NotificationFailed': {
        const data = event.data as Data<NotificationFailed>;
        await manager.query(
          `UPDATE notification_schedule SET attempts = GREATEST(attempts, $2), last_error_code = $3, updated_at = $5,
             status = CASE WHEN $4 AND status IN (${sqlList(PENDING_STATUSES)}) THEN 'failed' ELSE status END
           WHERE notification_id = $1`,
          [data.notificationId, data.attempt, data.errorCode, data.final, at],
        );
        return;
      }
      case 'NotificationDeliveryStatusRecorded': {
        const data = event.data as Data<NotificationDeliveryStatusRecorded>;
        await manager.query('UPDATE notification_schedule SET delivery_status = $2, updated_at = $3 WHERE notification_id = $1', [data.notificationId, data.status, at]);
        return;
      }
      case 'ContactPreferencesUpdated': {
        const data = event.data as Data<ContactPreferencesUpdated>;
        await manager.query(
          `INSERT INTO notification_schedule_victims (victim_id, safety_flag, preferences_updated_on) VALUES ($1, $2, $3)
           ON CONFLICT (victim_id) DO UPDATE SET safety_flag = EXCLUDED.safety_flag, preferences_updated_on = EXCLUDED.preferences_updated_on`,
          [data.victimId, data.safetyCheckBeforeLetters, data.updatedOn],
        );
        return this.refresh(manager, 'victim_id = $1', [data.victimId]);
      }
      case 'SafetyCheckConfirmed': {
        const data = event.data as Data<SafetyCheckConfirmed>;
        await manager.query(
          `INSERT INTO notification_schedule_victims (victim_id, safety_checks) VALUES ($1, jsonb_build_object($2::text, $3::text))
           ON CONFLICT (victim_id) DO UPDATE SET safety_checks = notification_schedule_victims.safety_checks || jsonb_build_object($2::text, $3::text)`,
          [data.victimId, data.channel, data.confirmedOn],
        );
        return this.refresh(manager, 'victim_id = $1', [data.victimId]);
      }
      case 'LetterDrafted': {
        const data = event.data as Data<LetterDrafted>;
        await manager.query(
          `INSERT INTO notification_schedule_letters (letter_id, victim_id, notification_id, status) VALUES ($1, $2, $3, 'draft') ON CONFLICT (letter_id) DO NOTHING`,
          [data.letterId, data.victimId, data.notificationId ?? null],
        );
        if (data.notificationId) {
          await manager.query('UPDATE notification_schedule SET letter_id = $2 WHERE notification_id = $1', [data.notificationId, data.letterId]);
          return this.refresh(manager, 'notification_id = $1', [data.notificationId]);
        }
        return;
      }
      case 'LetterEdited':
        return this.letterStatus(manager, (event.data as Data<LetterEdited>).letterId, 'draft');
      case 'LetterSubmittedForApproval':
        return this.letterStatus(manager, (event.data as Data<LetterSubmittedForApproval>).letterId, 'submitted');
      case 'LetterApproved':
        return this.letterStatus(manager, (event.data as Data<LetterApproved>).letterId, 'approved');
      case 'LetterReturned':
        return this.letterStatus(manager, (event.data as Data<LetterReturned>).letterId, 'returned');
    }
  }

  private async letterStatus(manager: EntityManager, letterId: string, status: string): Promise<void> {
    await manager.query('UPDATE notification_schedule_letters SET status = $2 WHERE letter_id = $1', [letterId, status]);
    await this.refresh(manager, 'letter_id = $1', [letterId]);
  }

  /** Recomputes the waiting state of the pending notifications the condition selects. */
  private async refresh(manager: EntityManager, condition: string, values: unknown[]): Promise<void> {
    const rows: {
      notification_id: string;
      channel: string;
      status: string;
      safety_flag: boolean | null;
      preferences_updated_on: string | null;
      safety_checks: Record<string, string> | null;
      letter_status: string | null;
    }[] = await manager.query(
      `SELECT s.notification_id, s.channel, s.status, v.safety_flag, to_char(v.preferences_updated_on, 'YYYY-MM-DD') AS preferences_updated_on,
              v.safety_checks, l.status AS letter_status
         FROM notification_schedule s
         LEFT JOIN notification_schedule_victims v ON v.victim_id = s.victim_id
         LEFT JOIN notification_schedule_letters l ON l.letter_id = s.letter_id
        WHERE s.${condition} AND s.status IN (${sqlList(PENDING_STATUSES)})`,
      values,
    );
    for (const row of rows) {
      const status = waitingStatus({
        channel: row.channel,
        safetyFlag: row.safety_flag ?? false,
        preferencesUpdatedOn: row.preferences_updated_on ?? undefined,
        safetyCheckedOn: row.safety_checks?.[row.channel],
        letterStatus: row.letter_status ?? undefined,
      });
      if (status !== row.status) await manager.query('UPDATE notification_schedule SET status = $2 WHERE notification_id = $1', [row.notification_id, status]);
    }
  }
}

function sqlList(values: readonly string[]): string {
  return values.map((value) => `'${value}'`).join(', ');
}

/** When it happened: the metadata's occurredAt, else when the store recorded it (never the clock). */
function occurredAt(event: RecordedEvent): Date {
  const stated = typeof event.metadata?.occurredAt === 'string' ? new Date(event.metadata.occurredAt) : undefined;
  return stated && !Number.isNaN(stated.getTime()) ? stated : event.recordedAt;
}
