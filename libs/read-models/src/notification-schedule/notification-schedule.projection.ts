import { RecordedEvent } from '@vcs/event-store';
import { EntityManager } from 'typeorm';
import { BatchColumn, distinct, writeRows } from '../batch-sql';
import { Projection } from '../projection';
import { recordedDomainEventOf } from '../recorded-domain-event';
import {
  key,
  SCHEDULE_EVENTS,
  ScheduleBatch,
  ScheduleEventType,
  ScheduleLetterRow,
  ScheduleRow,
  ScheduleVictimRow,
} from './notification-schedule.batch';

/**
 * The notification schedule: one row per notification with where it has got to, fed only by victim-stream events
 * (no clock, only its own tables). The dispatcher and its resync read it to keep the BullMQ jobs; caseload and
 * case views can read the waiting states. Holds no personal data.
 *
 * A batch loads the schedule rows of its notifications, victims and letters and their victims' and letters' rows (one
 * query per table), applies the events in order in memory (`ScheduleBatch`) and writes each table once. `apply` is
 * a batch of one.
 */
export class NotificationScheduleProjection implements Projection {
  static readonly NAME = 'notification-schedule';
  readonly name = NotificationScheduleProjection.NAME;
  readonly handles = SCHEDULE_EVENTS;
  readonly tables = ['notification_schedule', 'notification_schedule_victims', 'notification_schedule_letters'];
  /** Ids, stages, channels, times and the safety flag: never `data.personal`. */
  readonly readsPersonalData = false;

  apply(event: RecordedEvent, manager: EntityManager): Promise<void> {
    return this.applyBatch([event], manager);
  }

  /** Loads the rows the batch touches (one query per table), applies the events in memory, writes each table once. */
  async applyBatch(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const ids = (field: string) =>
      distinct(
        events
          .map((e) => (e.data as Record<string, unknown>)[field])
          .filter((id): id is string => typeof id === 'string')
          .map(key),
      );
    const schedule = await loadSchedule(ids('notificationId'), ids('victimId'), ids('letterId'), manager);
    const victimIds = distinct([...ids('victimId'), ...[...schedule.values()].map((row) => key(row.victimId))]);
    const letterIds = distinct([
      ...ids('letterId'),
      ...[...schedule.values()].flatMap((row) => (row.letterId === null ? [] : [key(row.letterId)])),
    ]);
    const batch = new ScheduleBatch(
      schedule,
      await loadVictims(victimIds, manager),
      await loadLetters(letterIds, manager),
    );
    for (const event of events) batch.apply(recordedDomainEventOf<ScheduleEventType>(event), occurredAt(event));

    await writeRows(manager, {
      table: 'notification_schedule',
      columns: SCHEDULE_COLUMNS,
      rows: [...batch.changedSchedule].map((id) => {
        const r = batch.schedule.get(id) as ScheduleRow;
        return [
          r.notificationId,
          r.victimId,
          r.sentenceId,
          r.stage,
          r.channel,
          r.reason,
          r.dueAt,
          r.status,
          r.letterId,
          r.attempts,
          r.lastErrorCode,
          r.providerReference,
          r.sentAt,
          r.deliveryStatus,
          r.cancelReason,
          r.scheduledAt,
          r.updatedAt,
        ];
      }),
      onConflict: { update: ['notification_id'] },
    });
    await writeRows(manager, {
      table: 'notification_schedule_victims',
      columns: VICTIM_COLUMNS,
      rows: [...batch.changedVictims].map((id) => {
        const v = batch.victims.get(id) as ScheduleVictimRow;
        return [v.victimId, v.safetyFlag, v.preferencesUpdatedOn, v.safetyChecks];
      }),
      onConflict: { update: ['victim_id'] },
    });
    await writeRows(manager, {
      table: 'notification_schedule_letters',
      columns: LETTER_COLUMNS,
      rows: [...batch.changedLetters].map((id) => {
        const l = batch.letters.get(id) as ScheduleLetterRow;
        return [l.letterId, l.victimId, l.notificationId, l.status];
      }),
      onConflict: { update: ['letter_id'] },
    });
  }
}

const SCHEDULE_COLUMNS: readonly BatchColumn[] = [
  ['notification_id', 'uuid'],
  ['victim_id', 'uuid'],
  ['sentence_id', 'uuid'],
  ['stage', 'text'],
  ['channel', 'text'],
  ['reason', 'text'],
  ['due_at', 'timestamptz'],
  ['status', 'text'],
  ['letter_id', 'uuid'],
  ['attempts', 'integer'],
  ['last_error_code', 'text'],
  ['provider_reference', 'text'],
  ['sent_at', 'timestamptz'],
  ['delivery_status', 'text'],
  ['cancel_reason', 'text'],
  ['scheduled_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
];
const VICTIM_COLUMNS: readonly BatchColumn[] = [
  ['victim_id', 'uuid'],
  ['safety_flag', 'boolean'],
  ['preferences_updated_on', 'date'],
  ['safety_checks', 'jsonb'],
];
const LETTER_COLUMNS: readonly BatchColumn[] = [
  ['letter_id', 'uuid'],
  ['victim_id', 'uuid'],
  ['notification_id', 'uuid'],
  ['status', 'text'],
];

async function loadSchedule(
  notificationIds: string[],
  victimIds: string[],
  letterIds: string[],
  manager: EntityManager,
): Promise<Map<string, ScheduleRow>> {
  const schedule = new Map<string, ScheduleRow>();
  if (notificationIds.length + victimIds.length + letterIds.length === 0) return schedule;
  const rows: Record<string, unknown>[] = await manager.query(
    `SELECT notification_id, victim_id, sentence_id, stage, channel, reason, due_at, status, letter_id, attempts, last_error_code, provider_reference,
            sent_at, delivery_status, cancel_reason, scheduled_at, updated_at
       FROM notification_schedule
      WHERE notification_id = ANY($1::uuid[]) OR victim_id = ANY($2::uuid[]) OR letter_id = ANY($3::uuid[])`,
    [notificationIds, victimIds, letterIds],
  );
  for (const r of rows) {
    schedule.set(key(r.notification_id), {
      notificationId: r.notification_id as string,
      victimId: r.victim_id as string,
      sentenceId: r.sentence_id as string,
      stage: r.stage as string,
      channel: r.channel as string,
      reason: r.reason as string,
      dueAt: r.due_at as Date,
      status: r.status as string,
      letterId: r.letter_id as string | null,
      attempts: r.attempts as number,
      lastErrorCode: r.last_error_code as string | null,
      providerReference: r.provider_reference as string | null,
      sentAt: r.sent_at as Date | null,
      deliveryStatus: r.delivery_status as string | null,
      cancelReason: r.cancel_reason as string | null,
      scheduledAt: r.scheduled_at as Date,
      updatedAt: r.updated_at as Date,
    });
  }
  return schedule;
}

async function loadVictims(victimIds: string[], manager: EntityManager): Promise<Map<string, ScheduleVictimRow>> {
  if (victimIds.length === 0) return new Map();
  const rows: {
    victim_id: string;
    safety_flag: boolean;
    preferences_updated_on: string | null;
    safety_checks: Record<string, string>;
  }[] = await manager.query(
    `SELECT victim_id, safety_flag, to_char(preferences_updated_on, 'YYYY-MM-DD') AS preferences_updated_on, safety_checks
       FROM notification_schedule_victims WHERE victim_id = ANY($1::uuid[])`,
    [victimIds],
  );
  return new Map(
    rows.map((r) => [
      key(r.victim_id),
      {
        victimId: r.victim_id,
        safetyFlag: r.safety_flag,
        preferencesUpdatedOn: r.preferences_updated_on,
        safetyChecks: r.safety_checks,
      },
    ]),
  );
}

async function loadLetters(letterIds: string[], manager: EntityManager): Promise<Map<string, ScheduleLetterRow>> {
  if (letterIds.length === 0) return new Map();
  const rows: { letter_id: string; victim_id: string; notification_id: string | null; status: string }[] =
    await manager.query(
      'SELECT letter_id, victim_id, notification_id, status FROM notification_schedule_letters WHERE letter_id = ANY($1::uuid[])',
      [letterIds],
    );
  return new Map(
    rows.map((r) => [
      key(r.letter_id),
      { letterId: r.letter_id, victimId: r.victim_id, notificationId: r.notification_id, status: r.status },
    ]),
  );
}

/** When it happened: the metadata's occurredAt, else when the store recorded it (never the clock). */
function occurredAt(event: RecordedEvent): Date {
  const stated = typeof event.metadata?.occurredAt === 'string' ? new Date(event.metadata.occurredAt) : undefined;
  return stated && !Number.isNaN(stated.getTime()) ? stated : event.recordedAt;
}
