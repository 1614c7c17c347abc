import { DomainEventType, unreachable } from '@vcs/domain';
import { RecordedDomainEvent } from '../recorded-domain-event';
import { PENDING_STATUSES, ScheduleStatus, waitingStatus } from './schedule-status';

/** The events the schedule is fed (NotificationScheduleProjection.handles). */
export const SCHEDULE_EVENTS = [
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
] as const satisfies readonly DomainEventType[];
export type ScheduleEventType = (typeof SCHEDULE_EVENTS)[number];

/** One row of notification_schedule. */
export interface ScheduleRow {
  notificationId: string;
  victimId: string;
  sentenceId: string;
  stage: string;
  channel: string;
  reason: string;
  dueAt: string | Date;
  status: string;
  letterId: string | null;
  attempts: number;
  lastErrorCode: string | null;
  providerReference: string | null;
  sentAt: string | Date | null;
  deliveryStatus: string | null;
  cancelReason: string | null;
  scheduledAt: Date;
  updatedAt: Date;
}

/** One row of notification_schedule_victims. */
export interface ScheduleVictimRow {
  victimId: string;
  safetyFlag: boolean;
  preferencesUpdatedOn: string | null;
  safetyChecks: Record<string, string>;
}

/** One row of notification_schedule_letters. */
export interface ScheduleLetterRow {
  letterId: string;
  victimId: string;
  notificationId: string | null;
  status: string;
}

/** Ids are uuid columns: compared as PostgreSQL does, whatever their case. */
export function key(id: unknown): string {
  return String(id).toLowerCase();
}

/**
 * The schedule rows a batch touches, changed in memory as the per-event statements change the tables, including the
 * waiting state recomputed for the pending notifications each event's condition selects (by notification, victim or
 * letter). Holds every schedule row of the batch's notifications, victims and letters.
 */
export class ScheduleBatch {
  readonly changedSchedule = new Set<string>();
  readonly changedVictims = new Set<string>();
  readonly changedLetters = new Set<string>();

  constructor(
    readonly schedule: Map<string, ScheduleRow>,
    readonly victims: Map<string, ScheduleVictimRow>,
    readonly letters: Map<string, ScheduleLetterRow>,
  ) {}

  apply(event: RecordedDomainEvent<ScheduleEventType>, at: Date): void {
    switch (event.type) {
      case 'NotificationScheduled': {
        const { data } = event;
        if (!this.schedule.has(key(data.notificationId))) {
          this.schedule.set(key(data.notificationId), {
            notificationId: data.notificationId,
            victimId: data.victimId,
            sentenceId: data.sentenceId,
            stage: data.stage,
            channel: data.channel,
            reason: data.reason,
            dueAt: data.dueAt,
            status: 'scheduled',
            letterId: data.letterId ?? null,
            attempts: 0,
            lastErrorCode: null,
            providerReference: null,
            sentAt: null,
            deliveryStatus: null,
            cancelReason: null,
            scheduledAt: at,
            updatedAt: at,
          });
          this.changedSchedule.add(key(data.notificationId));
        }
        if (data.letterId) this.updateLetter(data.letterId, { notificationId: data.notificationId });
        return this.refresh((row) => key(row.notificationId) === key(data.notificationId));
      }
      case 'NotificationRescheduled': {
        const { data } = event;
        return this.updateNotification(data.notificationId, () => ({
          dueAt: data.dueAt,
          reason: data.reason,
          updatedAt: at,
        }));
      }
      case 'NotificationCancelled': {
        const { data } = event;
        return this.updateNotification(data.notificationId, () => ({
          status: 'cancelled',
          cancelReason: data.reason,
          updatedAt: at,
        }));
      }
      case 'NotificationSent': {
        const { data } = event;
        return this.updateNotification(data.notificationId, () => ({
          status: 'sent',
          sentAt: data.sentAt,
          providerReference: data.providerReference,
          updatedAt: at,
        }));
      }
      case 'NotificationFailed': {
        const { data } = event;
        return this.updateNotification(data.notificationId, (row) => ({
          attempts: Math.max(row.attempts, data.attempt),
          lastErrorCode: data.errorCode,
          updatedAt: at,
          status: data.final && isPending(row.status) ? 'failed' : row.status,
        }));
      }
      case 'NotificationDeliveryStatusRecorded': {
        const { data } = event;
        return this.updateNotification(data.notificationId, () => ({ deliveryStatus: data.status, updatedAt: at }));
      }
      case 'ContactPreferencesUpdated': {
        const { data } = event;
        const known = this.victims.get(key(data.victimId));
        this.setVictim({
          victimId: known?.victimId ?? data.victimId,
          safetyFlag: data.safetyCheckBeforeLetters,
          preferencesUpdatedOn: data.updatedOn,
          safetyChecks: known?.safetyChecks ?? {},
        });
        return this.refresh((row) => key(row.victimId) === key(data.victimId));
      }
      case 'SafetyCheckConfirmed': {
        const { data } = event;
        const known = this.victims.get(key(data.victimId));
        this.setVictim({
          victimId: known?.victimId ?? data.victimId,
          safetyFlag: known?.safetyFlag ?? false,
          preferencesUpdatedOn: known?.preferencesUpdatedOn ?? null,
          safetyChecks: { ...(known?.safetyChecks ?? {}), [data.channel]: data.confirmedOn },
        });
        return this.refresh((row) => key(row.victimId) === key(data.victimId));
      }
      case 'LetterDrafted': {
        const { data } = event;
        if (!this.letters.has(key(data.letterId))) {
          this.letters.set(key(data.letterId), {
            letterId: data.letterId,
            victimId: data.victimId,
            notificationId: data.notificationId ?? null,
            status: 'draft',
          });
          this.changedLetters.add(key(data.letterId));
        }
        if (data.notificationId) {
          const notificationId = data.notificationId;
          this.updateNotification(notificationId, () => ({ letterId: data.letterId }));
          return this.refresh((row) => key(row.notificationId) === key(notificationId));
        }
        return;
      }
      case 'LetterEdited':
        return this.letterStatus(event.data.letterId, 'draft');
      case 'LetterSubmittedForApproval':
        return this.letterStatus(event.data.letterId, 'submitted');
      case 'LetterApproved':
        return this.letterStatus(event.data.letterId, 'approved');
      case 'LetterReturned':
        return this.letterStatus(event.data.letterId, 'returned');
      default:
        return unreachable(event);
    }
  }

  private letterStatus(letterId: string, status: string): void {
    this.updateLetter(letterId, { status });
    this.refresh((row) => row.letterId !== null && key(row.letterId) === key(letterId));
  }

  /** Recomputes the waiting state of the pending notifications the condition selects. */
  private refresh(selects: (row: ScheduleRow) => boolean): void {
    for (const [id, row] of this.schedule) {
      if (!selects(row) || !isPending(row.status)) continue;
      const victim = this.victims.get(key(row.victimId));
      const letter = row.letterId === null ? undefined : this.letters.get(key(row.letterId));
      const status = waitingStatus({
        channel: row.channel,
        safetyFlag: victim?.safetyFlag ?? false,
        preferencesUpdatedOn: victim?.preferencesUpdatedOn ?? undefined,
        safetyCheckedOn: victim?.safetyChecks?.[row.channel],
        letterStatus: letter?.status ?? undefined,
      });
      if (status === row.status) continue;
      row.status = status;
      this.changedSchedule.add(id);
    }
  }

  private updateNotification(notificationId: string, change: (row: ScheduleRow) => Partial<ScheduleRow>): void {
    const row = this.schedule.get(key(notificationId));
    if (!row) return;
    Object.assign(row, change(row));
    this.changedSchedule.add(key(notificationId));
  }

  private updateLetter(letterId: string, change: Partial<ScheduleLetterRow>): void {
    const letter = this.letters.get(key(letterId));
    if (!letter) return;
    Object.assign(letter, change);
    this.changedLetters.add(key(letterId));
  }

  private setVictim(row: ScheduleVictimRow): void {
    this.victims.set(key(row.victimId), row);
    this.changedVictims.add(key(row.victimId));
  }
}

function isPending(status: string): boolean {
  return (PENDING_STATUSES as readonly string[]).includes(status as ScheduleStatus);
}
