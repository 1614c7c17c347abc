import {
  CaseloadTaskKind,
  englandAndWalesCalendar,
  ReferralReceived,
  RetentionReviewRaised,
  SentenceMilestoneReached,
  SentenceRecorded,
  sentenceFactsFrom,
  VictimCaseTransferred,
  VictimLinkedToSentence,
  WorkingDayCalendar,
} from '@vcs/domain';
import { RecordedEvent } from '@vcs/event-store';
import { EntityManager } from 'typeorm';
import { BatchWrite, distinct, writeRows } from '../batch-sql';
import { MemoryBuild } from '../memory-build';
import { Projection } from '../projection';
import { CaseloadDeadlines } from './caseload-deadlines';
import {
  loadSentences,
  loadTasks,
  loadVictims,
  SENTENCE_COLUMNS,
  SentenceRow,
  TASK_COLUMNS,
  taskValues,
  VICTIM_COLUMNS,
  victimValues,
} from './caseload-rows';
import { CASELOAD_LETTER_EVENTS } from './caseload-letters.evolve';
import { TaskTable } from './caseload-task-table';
import {
  CaseloadPolicy,
  DEFAULT_CASELOAD_POLICY,
  DesiredTask,
  desiredVictimTasks,
  lenientCalendar,
  missedReferralTask,
  sameTask,
  VictimCaseloadState,
} from './caseload-task.rules';
import { evolve } from './caseload-victim.evolve';

export { evolve } from './caseload-victim.evolve';

export const CASELOAD_TASKS_PROJECTION = 'caseload-tasks';

/** The unit of a case whose referral named none and whose sentence is not known (as `case_units` has it). */
const UNKNOWN_UNIT = 'unknown';

/** Why a task closed, by the event that closed it. */
const CLOSED_BECAUSE: Record<string, string> = {
  ContactRecorded: 'contact-recorded',
  VictimDeclined: 'victim-declined',
  VictimWithdrew: 'victim-withdrew',
  ContactPreferencesUpdated: 'preferences-changed',
  ContactHandedToVictim: 'contact-handed-to-victim',
  ReferralReceived: 'referral-received',
  VictimLinkedToSentence: 'victim-linked',
  RetentionDecided: 'retention-decided',
  VictimCaseReopened: 'case-reopened',
  VictimPersonalDataErased: 'personal-data-erased',
  NotificationSent: 'notification-sent',
  NotificationCancelled: 'notification-cancelled',
  SafetyCheckConfirmed: 'safety-check-confirmed',
  LetterApproved: 'letter-approved',
  LetterSubmittedForApproval: 'letter-resubmitted',
  LetterEdited: 'letter-edited',
};

/** The administrators' task: decide whether to keep or erase a closed case's personal data (docs/privacy.md). */
export const RETENTION_REVIEW_TASK = 'retention-review' satisfies CaseloadTaskKind;

/** Events about closure, retention and erasure, handled apart from the contact tasks' before/after difference. */
const PRIVACY_EVENTS = [
  // Whether the case is open (the summary's open-case count): closed until reopened, as the case view's status.
  'VictimCaseClosed',
  'RetentionReviewRaised',
  'RetentionDecided',
  'VictimCaseReopened',
  'VictimPersonalDataErased',
] as const;

const VICTIM_EVENTS = [
  'ReferralReceived',
  // The unit holding the case (the caseload's unit filter): moves the victim's row and every task of theirs.
  'VictimCaseTransferred',
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
  // Re-offers before release (issue 17): the VLO's task for a victim who declined or never answered.
  'ReofferBeforeReleaseRaised',
  // A child victim's contact handed to them at 18: a corrected date of birth moves it, the handover closes it.
  'VictimDetailsUpdated',
  'ContactHandedToVictim',
  ...CASELOAD_LETTER_EVENTS,
] as const;

/**
 * Caseload and deadlines: one row per task (caseload_tasks), plus the per-victim and per-sentence facts the task
 * rules need (caseload_victims, caseload_sentences). Each victim event recomputes the victim's open tasks from
 * the kept facts before and after it, and applies only the difference (tasks that opened, closed, reopened or
 * moved). Reads only its own tables, never a clock: every time comes from the event.
 *
 * A batch loads the victims, sentences and tasks it touches (one query per table), applies every event in order
 * to those rows in memory (`TaskTable` mirrors the statements one event would run) and writes each changed row
 * once (one statement per table). `apply` is a batch of one.
 *
 * Deadlines are counted with `calendar` (the domain's); when a newer bank holiday list is deployed the stored open
 * deadlines are counted again (`workingDayDeadlines`, caseload-deadlines.ts).
 */
export class CaseloadTasksProjection implements Projection {
  readonly name = CASELOAD_TASKS_PROJECTION;
  readonly handles = ['SentenceRecorded', 'SentenceMilestoneReached', ...VICTIM_EVENTS, ...PRIVACY_EVENTS];
  readonly tables = ['caseload_tasks', 'caseload_victims', 'caseload_sentences'];
  readonly readsPersonalData = false;
  readonly workingDayDeadlines: CaseloadDeadlines;
  private readonly lenient: WorkingDayCalendar;

  constructor(
    calendar: WorkingDayCalendar = englandAndWalesCalendar,
    private readonly policy: CaseloadPolicy = DEFAULT_CASELOAD_POLICY,
  ) {
    this.lenient = lenientCalendar(calendar);
    this.workingDayDeadlines = new CaseloadDeadlines(calendar, policy);
  }

  apply(event: RecordedEvent, manager: EntityManager): Promise<void> {
    return this.applyBatch([event], manager);
  }

  async applyBatch(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const victimIds = distinct(
      events
        .map((e) => (e.data as { victimId?: unknown }).victimId)
        .filter((id): id is string => typeof id === 'string'),
    );
    const sentenceIds = distinct(
      events
        .filter(
          (e) =>
            e.type === 'SentenceRecorded' ||
            e.type === 'ReferralReceived' ||
            e.type === 'VictimLinkedToSentence' ||
            isActivation(e),
        )
        .map((e) => (e.data as { sentenceId: string }).sentenceId),
    );
    // One after the other: the statements share the transaction's connection.
    const victims = await loadVictims(victimIds, manager);
    const sentences = await loadSentences(sentenceIds, manager);
    const batch = new CaseloadBatch(
      victims,
      sentences,
      new TaskTable(await loadTasks(victimIds, sentenceIds, manager)),
      this.lenient,
      this.policy,
    );
    for (const event of events) batch.apply(event);
    for (const write of batch.writes(true)) await writeRows(manager, write);
  }

  /** The whole history as one batch: victims, sentences and every task held in memory, each row written once. */
  memoryBuild(): MemoryBuild {
    const batch = new CaseloadBatch(new Map(), new Map(), new TaskTable([]), this.lenient, this.policy);
    return {
      apply: (events) => {
        for (const event of events) batch.apply(event);
        return [];
      },
      rows: () => batch.writes(false),
    };
  }
}

/** The batch's rows in memory and the per-event rules applied to them (what each event's statements would do). */
class CaseloadBatch {
  private readonly changedVictimIds = new Set<string>();
  private readonly changedSentenceIds = new Set<string>();
  /** The desired tasks of a victim's current state: the "after" of one event is the "before" of the next. */
  private readonly desired = new Map<string, { state: VictimCaseloadState; tasks: Map<string, DesiredTask> }>();

  constructor(
    private readonly victims: Map<string, VictimCaseloadState>,
    private readonly sentences: Map<string, SentenceRow>,
    readonly tasks: TaskTable,
    /** The deadlines' calendar, lenient (a date it cannot answer for gives a task without a due date). */
    private readonly calendar: WorkingDayCalendar,
    private readonly policy: CaseloadPolicy,
  ) {}

  changedVictims(): VictimCaseloadState[] {
    return [...this.changedVictimIds].map((id) => this.victims.get(id) as VictimCaseloadState);
  }

  changedSentences(): [string, SentenceRow][] {
    return [...this.changedSentenceIds].map((id) => [id, this.sentences.get(id) as SentenceRow]);
  }

  /** The changed rows of each table: upserts, or plain inserts when the tables started empty (a memory build). */
  writes(upsert: boolean): BatchWrite[] {
    return [
      {
        table: 'caseload_sentences',
        columns: SENTENCE_COLUMNS,
        rows: this.changedSentences().map(([id, s]) => [id, s.region, s.sentenceDate, s.referrals, s.facts]),
        onConflict: upsert ? { update: ['sentence_id'] } : undefined,
      },
      {
        table: 'caseload_victims',
        columns: VICTIM_COLUMNS,
        rows: this.changedVictims().map(victimValues),
        onConflict: upsert ? { update: ['victim_id'] } : undefined,
      },
      {
        table: 'caseload_tasks',
        columns: TASK_COLUMNS,
        rows: this.tasks.changed().map(taskValues),
        onConflict: upsert ? { update: ['task_id'] } : undefined,
      },
    ];
  }

  apply(event: RecordedEvent): void {
    if (event.type === 'SentenceRecorded')
      return this.sentenceRecorded(event as RecordedEvent<SentenceRecorded['data']>);
    if (event.type === 'SentenceMilestoneReached') {
      if (isActivation(event)) this.suspendedSentenceActivated(event);
      return;
    }
    if (event.type === 'ReferralReceived')
      return this.referralReceived(event as RecordedEvent<ReferralReceived['data']>);
    if (event.type === 'VictimCaseTransferred')
      return this.caseTransferred(event as RecordedEvent<VictimCaseTransferred['data']>);
    if (event.type === 'VictimLinkedToSentence') {
      this.referralArrived((event as RecordedEvent<VictimLinkedToSentence['data']>).data.sentenceId, event);
      return;
    }
    const victimId = (event.data as { victimId?: unknown }).victimId;
    if (typeof victimId !== 'string') return;
    if ((PRIVACY_EVENTS as readonly string[]).includes(event.type)) return this.privacyEvent(victimId, event);
    const before = this.victims.get(victimId);
    if (!before) return; // not referred (cannot happen through the domain): nothing to attach tasks to
    const after = evolve(before, event);
    if (after === before) return;
    const tasksBefore = this.desiredTasks(before);
    this.saveVictim(after);
    if (after.vloId !== before.vloId) this.tasks.moveOpenTasks(victimId, after.vloId, RETENTION_REVIEW_TASK);
    this.writeDifference(tasksBefore, this.desiredTasks(after), after, event);
  }

  /**
   * Closure, retention and erasure. A closure marks the case closed (no task changes: the planner cancels what is
   * pending), a reopening open again. A review raised opens an administrators' task (no VLO; the victim's region),
   * due at once; a decision or a reopened case closes it. Erasure closes every open task of the victim: nobody may
   * contact them.
   */
  private privacyEvent(victimId: string, event: RecordedEvent): void {
    if (event.type === 'VictimCaseClosed' || event.type === 'VictimCaseReopened') {
      const victim = this.victims.get(victimId);
      const caseClosed = event.type === 'VictimCaseClosed';
      if (victim && victim.caseClosed !== caseClosed) this.setVictim({ ...victim, caseClosed });
      if (caseClosed) return;
    }
    if (event.type === 'RetentionReviewRaised') {
      const { raisedOn, closedOn, retentionPeriodMonths } = (event as RecordedEvent<RetentionReviewRaised['data']>)
        .data;
      const victim = this.victims.get(victimId);
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
      this.tasks.open(task, { vloId: null, region: victim.region, unit: victim.unit }, eventTime(event));
      return;
    }
    if (event.type === 'VictimPersonalDataErased') {
      const victim = this.victims.get(victimId);
      if (victim) this.setVictim({ ...victim, personalDataErased: true, comingOfAge: null });
    }
    const kinds = event.type === 'VictimPersonalDataErased' ? null : [RETENTION_REVIEW_TASK];
    this.tasks.closeVictimTasks(victimId, eventTime(event), CLOSED_BECAUSE[event.type], kinds);
  }

  private sentenceRecorded(event: RecordedEvent<SentenceRecorded['data']>): void {
    const { sentenceId, sentenceDate, probationRegion } = event.data;
    const referrals = this.sentences.get(sentenceId)?.referrals ?? 0;
    const facts = sentenceFactsFrom(event.data);
    this.setSentence(sentenceId, { region: probationRegion, sentenceDate, referrals, facts });
    if (referrals > 0) return;
    const task = missedReferralTask(facts, this.calendar, this.policy);
    // A region-level task is the region's unit's work (as `unitInScope` on its region was).
    if (task) this.tasks.open(task, { vloId: null, region: probationRegion, unit: probationRegion }, eventTime(event));
  }

  /**
   * Issue 17: a suspended sentence of 12 months or more for a sexual, violent or terrorism offence is custody once the
   * court activates it, and raises the missed-referral task any such sentence raises, its working days counted from
   * the activation (`findMissedReferral`). Nothing when a victim is already known for the sentence, or when the
   * sentence's facts were stored before they were kept (a rebuild adds them).
   */
  private suspendedSentenceActivated(event: RecordedEvent): void {
    const { sentenceId, date } = event.data as SentenceMilestoneReached['data'];
    const sentence = this.sentences.get(sentenceId);
    if (!sentence?.facts || sentence.referrals > 0) return;
    const activated = { ...sentence.facts, suspendedSentenceActivated: true, suspendedSentenceActivatedOn: date };
    const task = missedReferralTask(activated, this.calendar, this.policy);
    const region = sentence.facts.probationRegion;
    if (task) this.tasks.open(task, { vloId: null, region, unit: region }, eventTime(event));
  }

  private referralReceived(event: RecordedEvent<ReferralReceived['data']>): void {
    const { victimId, sentenceId, referredFor, receivedOn, vloUnit, victimLiaisonOfficerId, turnsEighteenIn } =
      event.data;
    const sentence = this.referralArrived(sentenceId, event);
    const state: VictimCaseloadState = {
      victimId,
      sentenceId,
      region: sentence.region,
      // As the case-access projection decides it: the referral's unit, else (a referral from before units) its
      // sentence's region; with neither, a unit nobody holds (national roles only).
      unit: vloUnit ?? sentence.region ?? UNKNOWN_UNIT,
      sentenceDate: sentence.sentenceDate,
      referredFor,
      referralReceivedOn: receivedOn,
      participation: 'referred',
      vloId: victimLiaisonOfficerId ?? null,
      safetyCheckBeforeLetters: false,
      lettersChosen: false,
      contacts: [],
      preferencesUpdatedOn: null,
      safetyChecks: {},
      notifications: {},
      letters: {},
      personalDataErased: false,
      // A new referral starts the case again, open (the case view's row starts again the same way).
      caseClosed: false,
      reoffers: {},
      comingOfAge: turnsEighteenIn !== undefined ? { turnsEighteenIn, handedOverOn: null } : null,
    };
    this.saveVictim(state);
    // A second referral names the unit again (as `case_units` takes it): the victim's earlier tasks follow.
    this.tasks.moveToUnit(victimId, state.unit);
    this.writeDifference(new Map(), desiredVictimTasks(state, this.calendar, this.policy), state, event);
  }

  /** The case moved to another unit: the victim's row and every task of theirs, open or done, move with it. */
  private caseTransferred(event: RecordedEvent<VictimCaseTransferred['data']>): void {
    const { victimId, toUnit } = event.data;
    const victim = this.victims.get(victimId);
    if (!victim) return; // not referred: the case-access projection ignores it too
    if (victim.unit !== toUnit) this.setVictim({ ...victim, unit: toUnit });
    this.tasks.moveToUnit(victimId, toUnit);
  }

  /** A victim is now known for the sentence: its missed-referral task (if any) is done. */
  private referralArrived(sentenceId: string, event: RecordedEvent): SentenceRow {
    const known = this.sentences.get(sentenceId);
    const sentence = known
      ? { ...known, referrals: known.referrals + 1 }
      : { region: null, sentenceDate: null, referrals: 1, facts: null };
    this.setSentence(sentenceId, sentence);
    this.tasks.close([`missed-referral:${sentenceId}`], eventTime(event), CLOSED_BECAUSE[event.type]);
    return sentence;
  }

  private writeDifference(
    before: Map<string, DesiredTask>,
    after: Map<string, DesiredTask>,
    victim: VictimCaseloadState,
    event: RecordedEvent,
  ): void {
    for (const [taskId, task] of after) {
      const previous = before.get(taskId);
      if (!previous) this.tasks.open(task, victim, eventTime(event));
      else if (!sameTask(previous, task)) this.tasks.redate(task);
    }
    const closed = [...before.keys()].filter((taskId) => !after.has(taskId));
    this.tasks.close(closed, eventTime(event), CLOSED_BECAUSE[event.type] ?? 'no-longer-needed');
  }

  /**
   * INSERT … ON CONFLICT (victim_id) DO UPDATE of everything but the referral's facts: a second referral of a known
   * victim keeps the first one's sentence, region and dates in the table (its tasks use the new ones).
   */
  private saveVictim(state: VictimCaseloadState): void {
    const stored = this.victims.get(state.victimId);
    this.setVictim(
      stored && !sameReferral(stored, state)
        ? {
            ...state,
            sentenceId: stored.sentenceId,
            region: stored.region,
            sentenceDate: stored.sentenceDate,
            referredFor: stored.referredFor,
            referralReceivedOn: stored.referralReceivedOn,
          }
        : state,
    );
  }

  private setVictim(state: VictimCaseloadState): void {
    this.victims.set(state.victimId, state);
    this.changedVictimIds.add(state.victimId);
  }

  private setSentence(sentenceId: string, sentence: SentenceRow): void {
    this.sentences.set(sentenceId, sentence);
    this.changedSentenceIds.add(sentenceId);
  }

  private desiredTasks(state: VictimCaseloadState): Map<string, DesiredTask> {
    const cached = this.desired.get(state.victimId);
    if (cached && cached.state === state) return cached.tasks;
    const tasks = desiredVictimTasks(state, this.calendar, this.policy);
    this.desired.set(state.victimId, { state, tasks });
    return tasks;
  }
}

function sameReferral(a: VictimCaseloadState, b: VictimCaseloadState): boolean {
  return (
    a.sentenceId === b.sentenceId &&
    a.region === b.region &&
    a.sentenceDate === b.sentenceDate &&
    a.referredFor === b.referredFor &&
    a.referralReceivedOn === b.referralReceivedOn
  );
}

/** The court activated a suspended sentence (issue 17). */
function isActivation(event: RecordedEvent): boolean {
  return (
    event.type === 'SentenceMilestoneReached' &&
    (event.data as { kind?: unknown }).kind === 'suspended-sentence-activated'
  );
}

/** When the fact happened, from the event (never the clock): the caller's occurredAt, else when it was stored. */
function eventTime(event: RecordedEvent): Date {
  const occurredAt = Date.parse(event.metadata?.occurredAt ?? '');
  return Number.isNaN(occurredAt) ? event.recordedAt : new Date(occurredAt);
}
