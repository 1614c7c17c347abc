// The per-event projection as it stood before batching (commit 4dbe351), kept unchanged as the oracle that
// batch-equivalence.int.spec.ts compares the batched projection with. Not used by the application.
import {
  ContactChannel,
  ContactPreferencesUpdated,
  ContactRecorded,
  ContactResult,
  ContactSummary,
  LetterApproved,
  LetterDrafted,
  LetterEdited,
  londonDateOf,
  NotificationCancelled,
  NotificationDeliveryStatusRecorded,
  NotificationFailed,
  NotificationRescheduled,
  NotificationScheduled,
  NotificationSent,
  ReferralReceived,
  RetentionReviewRaised,
  SafetyCheckConfirmed,
  SentenceRecorded,
  VictimEnrolled,
  VictimLiaisonOfficerAssigned,
  VictimLinkedToSentence,
  VictimRejoined,
} from '@vcs/domain';
import { RecordedEvent } from '@vcs/event-store';
import { EntityManager } from 'typeorm';
import { Projection } from '../../projection';
import { DesiredTask, desiredVictimTasks, missedReferralTask, NotificationSummary, sameTask, VictimCaseloadState } from '../../caseload/caseload-task.rules';

export const CASELOAD_TASKS_PROJECTION = 'caseload-tasks';

/** Why a task closed, by the event that closed it. */
const CLOSED_BECAUSE: Record<string, string> = {
  ContactRecorded: 'contact-recorded',
  VictimDeclined: 'victim-declined',
  VictimWithdrew: 'victim-withdrew',
  ContactPreferencesUpdated: 'preferences-changed',
  ReferralReceived: 'referral-received',
  VictimLinkedToSentence: 'victim-linked',
  RetentionDecided: 'retention-decided',
  VictimCaseReopened: 'case-reopened',
  VictimPersonalDataErased: 'personal-data-erased',
  NotificationSent: 'notification-sent',
  NotificationCancelled: 'notification-cancelled',
  SafetyCheckConfirmed: 'safety-check-confirmed',
  LetterApproved: 'letter-approved',
};

/** The administrators' task: decide whether to keep or erase a closed case's personal data (docs/privacy.md). */
export const RETENTION_REVIEW_TASK = 'retention-review';

/** Events about retention and erasure, handled apart from the contact tasks' before/after difference. */
const PRIVACY_EVENTS = ['RetentionReviewRaised', 'RetentionDecided', 'VictimCaseReopened', 'VictimPersonalDataErased'] as const;

const VICTIM_EVENTS = [
  'ReferralReceived',
  'VictimEnrolled',
  'VictimDeclined',
  'VictimWithdrew',
  'VictimRejoined',
  'VictimLinkedToSentence',
  'ContactPreferencesUpdated',
  'ContactRecorded',
  'VictimLiaisonOfficerAssigned',
  // Notifications and letters (docs/notifications.md, docs/letters.md): the VLO's tasks when sending is stuck.
  'NotificationScheduled',
  'NotificationRescheduled',
  'NotificationCancelled',
  'NotificationSent',
  'NotificationFailed',
  'NotificationDeliveryStatusRecorded',
  'SafetyCheckConfirmed',
  'LetterDrafted',
  'LetterEdited',
  'LetterApproved',
] as const;

interface VictimRow {
  victim_id: string;
  sentence_id: string;
  region: string | null;
  sentence_date: string | null;
  referred_for: VictimCaseloadState['referredFor'];
  referral_received_on: string;
  participation: VictimCaseloadState['participation'];
  vlo_id: string | null;
  safety_check_before_letters: boolean;
  letters_chosen: boolean;
  contacts: ContactSummary[];
  preferences_updated_on: string | null;
  safety_checks: VictimCaseloadState['safetyChecks'];
  notifications: VictimCaseloadState['notifications'];
  letters: VictimCaseloadState['letters'];
  personal_data_erased: boolean;
}

/**
 * Caseload and deadlines: one row per task (caseload_tasks), plus the per-victim and per-sentence facts the task
 * rules need (caseload_victims, caseload_sentences). Each victim event recomputes the victim's open tasks from
 * the kept facts before and after it, and writes only the difference (tasks that opened, closed, reopened or
 * moved). Reads only its own tables, never a clock: every time comes from the event.
 */
export class CaseloadTasksProjection implements Projection {
  readonly name = CASELOAD_TASKS_PROJECTION;
  readonly handles = ['SentenceRecorded', ...VICTIM_EVENTS, ...PRIVACY_EVENTS];
  readonly tables = ['caseload_tasks', 'caseload_victims', 'caseload_sentences'];

  async apply(event: RecordedEvent, manager: EntityManager): Promise<void> {
    if (event.type === 'SentenceRecorded') return this.sentenceRecorded(event as RecordedEvent<SentenceRecorded['data']>, manager);
    if (event.type === 'ReferralReceived') return this.referralReceived(event as RecordedEvent<ReferralReceived['data']>, manager);
    if (event.type === 'VictimLinkedToSentence') {
      const { sentenceId } = (event as RecordedEvent<VictimLinkedToSentence['data']>).data;
      await this.referralArrived(sentenceId, event, manager);
      return;
    }
    const victimId = (event.data as { victimId?: unknown }).victimId;
    if (typeof victimId !== 'string') return;
    if ((PRIVACY_EVENTS as readonly string[]).includes(event.type)) return this.privacyEvent(victimId, event, manager);
    const before = await this.loadVictim(victimId, manager);
    if (!before) return; // not referred (cannot happen through the domain): nothing to attach tasks to
    const after = evolve(before, event);
    if (after === before) return;
    await this.saveVictim(after, manager);
    if (after.vloId !== before.vloId) {
      await manager.query('UPDATE caseload_tasks SET vlo_id = $2 WHERE victim_id = $1 AND done_at IS NULL AND kind <> $3', [victimId, after.vloId, RETENTION_REVIEW_TASK]);
    }
    await this.writeDifference(desiredVictimTasks(before), desiredVictimTasks(after), after, event, manager);
  }

  /**
   * Retention and erasure. A review raised opens an administrators' task (no VLO; the victim's region), due at once;
   * a decision or a reopened case closes it. Erasure closes every open task of the victim: nobody may contact them.
   */
  private async privacyEvent(victimId: string, event: RecordedEvent, manager: EntityManager): Promise<void> {
    if (event.type === 'RetentionReviewRaised') {
      const { raisedOn, closedOn, retentionPeriodMonths } = (event as RecordedEvent<RetentionReviewRaised['data']>).data;
      const victim = await this.loadVictim(victimId, manager);
      if (!victim) return;
      const task: DesiredTask = {
        taskId: `${RETENTION_REVIEW_TASK}:${victimId}:${closedOn}`,
        kind: RETENTION_REVIEW_TASK,
        victimId,
        sentenceId: victim.sentenceId,
        contactId: null,
        dueOn: raisedOn,
        dueDateProblem: null,
        description: `Decide whether to keep or erase the victim's personal data: the case closed on ${closedOn}, more than ${retentionPeriodMonths} months ago.`,
        rule: 'UK GDPR Art. 5(1)(e) storage limitation: once the retention period after closure has passed, an administrator decides to erase or keep (docs/privacy.md).',
      };
      await this.open(task, { vloId: null, region: victim.region }, event, manager);
      return;
    }
    if (event.type === 'VictimPersonalDataErased') {
      await manager.query('UPDATE caseload_victims SET personal_data_erased = true WHERE victim_id = $1', [victimId]);
    }
    const kinds = event.type === 'VictimPersonalDataErased' ? null : [RETENTION_REVIEW_TASK];
    await manager.query(
      `UPDATE caseload_tasks SET done_at = $2, closed_because = $3 WHERE victim_id = $1 AND done_at IS NULL AND ($4::text[] IS NULL OR kind = ANY($4::text[]))`,
      [victimId, eventTime(event), CLOSED_BECAUSE[event.type], kinds],
    );
  }

  private async sentenceRecorded(event: RecordedEvent<SentenceRecorded['data']>, manager: EntityManager): Promise<void> {
    const { sentenceId, sentenceType, offenceCategory, offenceCausedDeath, lengthMonths, sentenceDate, probationRegion } = event.data;
    const rows: { referrals: number }[] = await manager.query(
      `INSERT INTO caseload_sentences AS s (sentence_id, region, sentence_date, referrals) VALUES ($1, $2, $3, 0)
       ON CONFLICT (sentence_id) DO UPDATE SET region = EXCLUDED.region, sentence_date = EXCLUDED.sentence_date
       RETURNING s.referrals`,
      [sentenceId, probationRegion, sentenceDate],
    );
    if (rows[0].referrals > 0) return;
    const task = missedReferralTask({ sentenceId, sentenceType, offenceCategory, offenceCausedDeath, lengthMonths, sentenceDate, probationRegion });
    if (task) await this.open(task, { vloId: null, region: probationRegion }, event, manager);
  }

  private async referralReceived(event: RecordedEvent<ReferralReceived['data']>, manager: EntityManager): Promise<void> {
    const { victimId, sentenceId, referredFor, receivedOn } = event.data;
    const sentence = await this.referralArrived(sentenceId, event, manager);
    const state: VictimCaseloadState = {
      victimId,
      sentenceId,
      region: sentence.region,
      sentenceDate: sentence.sentence_date,
      referredFor,
      referralReceivedOn: receivedOn,
      participation: 'referred',
      vloId: null,
      safetyCheckBeforeLetters: false,
      lettersChosen: false,
      contacts: [],
      preferencesUpdatedOn: null,
      safetyChecks: {},
      notifications: {},
      letters: {},
      personalDataErased: false,
    };
    await this.saveVictim(state, manager);
    await this.writeDifference(new Map(), desiredVictimTasks(state), state, event, manager);
  }

  /** A victim is now known for the sentence: its missed-referral task (if any) is done. */
  private async referralArrived(sentenceId: string, event: RecordedEvent, manager: EntityManager): Promise<{ region: string | null; sentence_date: string | null }> {
    const rows: { region: string | null; sentence_date: string | null }[] = await manager.query(
      `INSERT INTO caseload_sentences AS s (sentence_id, referrals) VALUES ($1, 1)
       ON CONFLICT (sentence_id) DO UPDATE SET referrals = s.referrals + 1
       RETURNING s.region, s.sentence_date::text AS sentence_date`,
      [sentenceId],
    );
    await manager.query('UPDATE caseload_tasks SET done_at = $2, closed_because = $3 WHERE task_id = $1 AND done_at IS NULL', [
      `missed-referral:${sentenceId}`,
      eventTime(event),
      CLOSED_BECAUSE[event.type],
    ]);
    return rows[0];
  }

  private async writeDifference(before: Map<string, DesiredTask>, after: Map<string, DesiredTask>, victim: VictimCaseloadState, event: RecordedEvent, manager: EntityManager) {
    for (const [taskId, task] of after) {
      const previous = before.get(taskId);
      if (!previous) await this.open(task, victim, event, manager);
      else if (!sameTask(previous, task)) {
        await manager.query('UPDATE caseload_tasks SET due_on = $2, due_date_problem = $3, description = $4, rule = $5 WHERE task_id = $1', [
          taskId,
          task.dueOn,
          task.dueDateProblem,
          task.description,
          task.rule,
        ]);
      }
    }
    const closed = [...before.keys()].filter((taskId) => !after.has(taskId));
    if (closed.length > 0) {
      await manager.query('UPDATE caseload_tasks SET done_at = $2, closed_because = $3 WHERE task_id = ANY($1) AND done_at IS NULL', [
        closed,
        eventTime(event),
        CLOSED_BECAUSE[event.type] ?? 'no-longer-needed',
      ]);
    }
  }

  /** Inserts the task, or reopens it (same id) when it was closed before, e.g. a victim who withdrew and rejoined. */
  private async open(task: DesiredTask, owner: { vloId: string | null; region: string | null }, event: RecordedEvent, manager: EntityManager) {
    await manager.query(
      `INSERT INTO caseload_tasks AS t (task_id, kind, victim_id, sentence_id, contact_id, vlo_id, region, due_on, due_date_problem, opened_at, description, rule)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (task_id) DO UPDATE SET
         vlo_id = EXCLUDED.vlo_id, region = EXCLUDED.region, due_on = EXCLUDED.due_on, due_date_problem = EXCLUDED.due_date_problem,
         description = EXCLUDED.description, rule = EXCLUDED.rule,
         reopened_at = EXCLUDED.opened_at, done_at = NULL, closed_because = NULL
       WHERE t.done_at IS NOT NULL`,
      [
        task.taskId,
        task.kind,
        task.victimId,
        task.sentenceId,
        task.contactId,
        owner.vloId,
        owner.region,
        task.dueOn,
        task.dueDateProblem,
        eventTime(event),
        task.description,
        task.rule,
      ],
    );
  }

  private async loadVictim(victimId: string, manager: EntityManager): Promise<VictimCaseloadState | undefined> {
    const rows: VictimRow[] = await manager.query(
      `SELECT victim_id, sentence_id, region, sentence_date::text AS sentence_date, referred_for, referral_received_on::text AS referral_received_on,
              participation, vlo_id, safety_check_before_letters, letters_chosen, contacts,
              preferences_updated_on::text AS preferences_updated_on, safety_checks, notifications, letters, personal_data_erased
         FROM caseload_victims WHERE victim_id = $1`,
      [victimId],
    );
    const row = rows[0];
    if (!row) return undefined;
    return {
      victimId: row.victim_id,
      sentenceId: row.sentence_id,
      region: row.region,
      sentenceDate: row.sentence_date,
      referredFor: row.referred_for,
      referralReceivedOn: row.referral_received_on,
      participation: row.participation,
      vloId: row.vlo_id,
      safetyCheckBeforeLetters: row.safety_check_before_letters,
      lettersChosen: row.letters_chosen,
      contacts: row.contacts,
      preferencesUpdatedOn: row.preferences_updated_on,
      safetyChecks: row.safety_checks,
      notifications: row.notifications,
      letters: row.letters,
      personalDataErased: row.personal_data_erased,
    };
  }

  private async saveVictim(state: VictimCaseloadState, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO caseload_victims (victim_id, sentence_id, region, sentence_date, referred_for, referral_received_on, participation, vlo_id,
                                     safety_check_before_letters, letters_chosen, contacts, preferences_updated_on, safety_checks, notifications, letters,
                                     personal_data_erased)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
       ON CONFLICT (victim_id) DO UPDATE SET
         participation = EXCLUDED.participation, vlo_id = EXCLUDED.vlo_id, safety_check_before_letters = EXCLUDED.safety_check_before_letters,
         letters_chosen = EXCLUDED.letters_chosen, contacts = EXCLUDED.contacts, preferences_updated_on = EXCLUDED.preferences_updated_on,
         safety_checks = EXCLUDED.safety_checks, notifications = EXCLUDED.notifications, letters = EXCLUDED.letters,
         personal_data_erased = EXCLUDED.personal_data_erased`,
      [
        state.victimId,
        state.sentenceId,
        state.region,
        state.sentenceDate,
        state.referredFor,
        state.referralReceivedOn,
        state.participation,
        state.vloId,
        state.safetyCheckBeforeLetters,
        state.lettersChosen,
        JSON.stringify(state.contacts),
        state.preferencesUpdatedOn,
        JSON.stringify(state.safetyChecks),
        JSON.stringify(state.notifications),
        JSON.stringify(state.letters),
        state.personalDataErased,
      ],
    );
  }
}

/** The victim's facts after one event (the same transitions as the domain's `evolveVictim`, for what the caseload keeps). */
export function evolve(state: VictimCaseloadState, event: RecordedEvent): VictimCaseloadState {
  switch (event.type) {
    case 'VictimEnrolled': {
      const { victimLiaisonOfficerId } = event.data as VictimEnrolled['data'];
      return { ...state, participation: 'enrolled', vloId: victimLiaisonOfficerId };
    }
    case 'VictimRejoined': {
      const { victimLiaisonOfficerId } = event.data as VictimRejoined['data'];
      return { ...state, participation: 'enrolled', vloId: victimLiaisonOfficerId };
    }
    case 'VictimDeclined':
      return { ...state, participation: 'declined' };
    case 'VictimWithdrew':
      return { ...state, participation: 'withdrawn' };
    case 'VictimLiaisonOfficerAssigned':
      return { ...state, vloId: (event.data as VictimLiaisonOfficerAssigned['data']).victimLiaisonOfficerId };
    case 'ContactPreferencesUpdated': {
      const { safetyCheckBeforeLetters, channels, updatedOn } = event.data as ContactPreferencesUpdated['data'];
      return { ...state, safetyCheckBeforeLetters: safetyCheckBeforeLetters === true, lettersChosen: (channels ?? []).includes('letter'), preferencesUpdatedOn: updatedOn };
    }
    case 'ContactRecorded': {
      const { contactId, method, direction, result, occurredOn, followUpOn } = event.data as ContactRecorded['data'];
      const contact: ContactSummary = followUpOn === undefined ? { contactId, method, direction, result, occurredOn } : { contactId, method, direction, result, occurredOn, followUpOn };
      return { ...state, contacts: [...state.contacts, contact] };
    }
    case 'NotificationScheduled': {
      const { notificationId, sentenceId, stage, channel, dueAt, letterId } = event.data as NotificationScheduled['data'];
      const notification: NotificationSummary = { sentenceId, stage, channel, dueOn: londonDateOf(dueAt), status: 'scheduled', ...(letterId !== undefined ? { letterId } : {}) };
      return { ...state, notifications: { ...state.notifications, [notificationId]: notification } };
    }
    case 'NotificationRescheduled': {
      const { notificationId, dueAt } = event.data as NotificationRescheduled['data'];
      return updateNotification(state, notificationId, { dueOn: londonDateOf(dueAt) });
    }
    case 'NotificationCancelled':
      return updateNotification(state, (event.data as NotificationCancelled['data']).notificationId, { status: 'cancelled' });
    case 'NotificationSent': {
      const { notificationId, channel, sentAt } = event.data as NotificationSent['data'];
      const sentOn = londonDateOf(sentAt);
      const updated = updateNotification(state, notificationId, { status: 'sent', sentOn });
      // As the domain's evolveVictim: a sent notification is an outbound contact for the Victims' Code timescales.
      const contact: ContactSummary = { contactId: `notification:${notificationId}`, method: channel, direction: 'outbound', result: SENT_RESULT[channel], occurredOn: sentOn };
      return { ...updated, contacts: [...updated.contacts, contact] };
    }
    case 'NotificationFailed': {
      const { notificationId, final, failedAt } = event.data as NotificationFailed['data'];
      return final ? updateNotification(state, notificationId, { status: 'failed', failedOn: londonDateOf(failedAt) }) : state;
    }
    case 'NotificationDeliveryStatusRecorded': {
      const { notificationId, status, at } = event.data as NotificationDeliveryStatusRecorded['data'];
      return updateNotification(state, notificationId, status === 'delivered' ? { status: 'delivered' } : { status: 'undelivered', undeliveredOn: londonDateOf(at) });
    }
    case 'SafetyCheckConfirmed': {
      const { channel, confirmedOn } = event.data as SafetyCheckConfirmed['data'];
      return { ...state, safetyChecks: { ...state.safetyChecks, [channel]: confirmedOn } };
    }
    case 'LetterDrafted': {
      const { letterId, notificationId } = event.data as LetterDrafted['data'];
      const letters = { ...state.letters, [letterId]: { approved: false } };
      const notification = notificationId !== undefined ? state.notifications[notificationId] : undefined;
      if (notificationId === undefined || !notification) return { ...state, letters };
      return { ...state, letters, notifications: { ...state.notifications, [notificationId]: { ...notification, letterId } } };
    }
    case 'LetterEdited': {
      // Any edit returns the letter to draft: an approved letter needs approving again.
      const { letterId } = event.data as LetterEdited['data'];
      return state.letters[letterId] ? { ...state, letters: { ...state.letters, [letterId]: { approved: false } } } : state;
    }
    case 'LetterApproved': {
      const { letterId } = event.data as LetterApproved['data'];
      return { ...state, letters: { ...state.letters, [letterId]: { approved: true } } };
    }
    default:
      return state;
  }
}

const SENT_RESULT: Readonly<Record<ContactChannel, ContactResult>> = { letter: 'letter-sent', email: 'email-sent', sms: 'sms-sent', phone: 'contact-made' };

function updateNotification(state: VictimCaseloadState, notificationId: string, change: Partial<NotificationSummary>): VictimCaseloadState {
  const notification = state.notifications[notificationId];
  if (!notification) return state; // scheduled before this projection knew the victim (cannot happen through the domain)
  return { ...state, notifications: { ...state.notifications, [notificationId]: { ...notification, ...change } } };
}

/** When the fact happened, from the event (never the clock): the caller's occurredAt, else when it was stored. */
function eventTime(event: RecordedEvent): Date {
  const occurredAt = Date.parse(event.metadata?.occurredAt ?? '');
  return Number.isNaN(occurredAt) ? event.recordedAt : new Date(occurredAt);
}
