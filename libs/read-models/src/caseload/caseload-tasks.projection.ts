import {
  ReferralReceived,
  RetentionReviewRaised,
  SentenceRecorded,
  sentenceFactsFrom,
  VictimLinkedToSentence,
} from '@vcs/domain';
import { RecordedEvent } from '@vcs/event-store';
import { EntityManager } from 'typeorm';
import { BatchColumn, BatchWrite, distinct, writeRows } from '../batch-sql';
import { MemoryBuild } from '../memory-build';
import { Projection } from '../projection';
import { TaskRow, TaskTable } from './caseload-task-table';
import {
  DesiredTask,
  desiredVictimTasks,
  missedReferralTask,
  sameTask,
  VictimCaseloadState,
} from './caseload-task.rules';
import { evolve } from './caseload-victim.evolve';

export { evolve } from './caseload-victim.evolve';

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
const PRIVACY_EVENTS = [
  'RetentionReviewRaised',
  'RetentionDecided',
  'VictimCaseReopened',
  'VictimPersonalDataErased',
] as const;

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
  contacts: VictimCaseloadState['contacts'];
  preferences_updated_on: string | null;
  safety_checks: VictimCaseloadState['safetyChecks'];
  notifications: VictimCaseloadState['notifications'];
  letters: VictimCaseloadState['letters'];
  personal_data_erased: boolean;
}

/** What caseload_sentences holds for one sentence. */
interface SentenceRow {
  region: string | null;
  sentenceDate: string | null;
  referrals: number;
}

const TASK_COLUMNS: readonly BatchColumn[] = [
  ['task_id', 'text'],
  ['kind', 'text'],
  ['victim_id', 'text'],
  ['sentence_id', 'text'],
  ['contact_id', 'text'],
  ['vlo_id', 'text'],
  ['region', 'text'],
  ['due_on', 'date'],
  ['due_date_problem', 'text'],
  ['opened_at', 'timestamptz'],
  ['reopened_at', 'timestamptz'],
  ['done_at', 'timestamptz'],
  ['closed_because', 'text'],
  ['description', 'text'],
  ['rule', 'text'],
];

const VICTIM_COLUMNS: readonly BatchColumn[] = [
  ['victim_id', 'text'],
  ['sentence_id', 'text'],
  ['region', 'text'],
  ['sentence_date', 'date'],
  ['referred_for', 'text'],
  ['referral_received_on', 'date'],
  ['participation', 'text'],
  ['vlo_id', 'text'],
  ['safety_check_before_letters', 'boolean'],
  ['letters_chosen', 'boolean'],
  ['contacts', 'jsonb'],
  ['preferences_updated_on', 'date'],
  ['safety_checks', 'jsonb'],
  ['notifications', 'jsonb'],
  ['letters', 'jsonb'],
  ['personal_data_erased', 'boolean'],
];

const SENTENCE_COLUMNS: readonly BatchColumn[] = [
  ['sentence_id', 'text'],
  ['region', 'text'],
  ['sentence_date', 'date'],
  ['referrals', 'integer'],
];

/**
 * Caseload and deadlines: one row per task (caseload_tasks), plus the per-victim and per-sentence facts the task
 * rules need (caseload_victims, caseload_sentences). Each victim event recomputes the victim's open tasks from
 * the kept facts before and after it, and applies only the difference (tasks that opened, closed, reopened or
 * moved). Reads only its own tables, never a clock: every time comes from the event.
 *
 * A batch loads the victims, sentences and tasks it touches (one query per table), applies every event in order
 * to those rows in memory (`TaskTable` mirrors the statements one event would run) and writes each changed row
 * once (one statement per table). `apply` is a batch of one.
 */
export class CaseloadTasksProjection implements Projection {
  readonly name = CASELOAD_TASKS_PROJECTION;
  readonly handles = ['SentenceRecorded', ...VICTIM_EVENTS, ...PRIVACY_EVENTS];
  readonly tables = ['caseload_tasks', 'caseload_victims', 'caseload_sentences'];
  readonly readsPersonalData = false;

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
          (e) => e.type === 'SentenceRecorded' || e.type === 'ReferralReceived' || e.type === 'VictimLinkedToSentence',
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
    );
    for (const event of events) batch.apply(event);
    for (const write of batch.writes(true)) await writeRows(manager, write);
  }

  /** The whole history as one batch: victims, sentences and every task held in memory, each row written once. */
  memoryBuild(): MemoryBuild {
    const batch = new CaseloadBatch(new Map(), new Map(), new TaskTable([]));
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
        rows: this.changedSentences().map(([id, s]) => [id, s.region, s.sentenceDate, s.referrals]),
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
    if (event.type === 'ReferralReceived')
      return this.referralReceived(event as RecordedEvent<ReferralReceived['data']>);
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
   * Retention and erasure. A review raised opens an administrators' task (no VLO; the victim's region), due at once;
   * a decision or a reopened case closes it. Erasure closes every open task of the victim: nobody may contact them.
   */
  private privacyEvent(victimId: string, event: RecordedEvent): void {
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
      this.tasks.open(task, { vloId: null, region: victim.region }, eventTime(event));
      return;
    }
    if (event.type === 'VictimPersonalDataErased') {
      const victim = this.victims.get(victimId);
      if (victim) this.setVictim({ ...victim, personalDataErased: true });
    }
    const kinds = event.type === 'VictimPersonalDataErased' ? null : [RETENTION_REVIEW_TASK];
    this.tasks.closeVictimTasks(victimId, eventTime(event), CLOSED_BECAUSE[event.type], kinds);
  }

  private sentenceRecorded(event: RecordedEvent<SentenceRecorded['data']>): void {
    const { sentenceId, sentenceDate, probationRegion } = event.data;
    const referrals = this.sentences.get(sentenceId)?.referrals ?? 0;
    this.setSentence(sentenceId, { region: probationRegion, sentenceDate, referrals });
    if (referrals > 0) return;
    const task = missedReferralTask(sentenceFactsFrom(event.data));
    if (task) this.tasks.open(task, { vloId: null, region: probationRegion }, eventTime(event));
  }

  private referralReceived(event: RecordedEvent<ReferralReceived['data']>): void {
    const { victimId, sentenceId, referredFor, receivedOn } = event.data;
    const sentence = this.referralArrived(sentenceId, event);
    const state: VictimCaseloadState = {
      victimId,
      sentenceId,
      region: sentence.region,
      sentenceDate: sentence.sentenceDate,
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
    this.saveVictim(state);
    this.writeDifference(new Map(), desiredVictimTasks(state), state, event);
  }

  /** A victim is now known for the sentence: its missed-referral task (if any) is done. */
  private referralArrived(sentenceId: string, event: RecordedEvent): SentenceRow {
    const known = this.sentences.get(sentenceId);
    const sentence = known
      ? { ...known, referrals: known.referrals + 1 }
      : { region: null, sentenceDate: null, referrals: 1 };
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
    const tasks = desiredVictimTasks(state);
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

async function loadVictims(victimIds: string[], manager: EntityManager): Promise<Map<string, VictimCaseloadState>> {
  const victims = new Map<string, VictimCaseloadState>();
  if (victimIds.length === 0) return victims;
  const rows: VictimRow[] = await manager.query(
    `SELECT victim_id, sentence_id, region, sentence_date::text AS sentence_date, referred_for, referral_received_on::text AS referral_received_on,
            participation, vlo_id, safety_check_before_letters, letters_chosen, contacts,
            preferences_updated_on::text AS preferences_updated_on, safety_checks, notifications, letters, personal_data_erased
       FROM caseload_victims WHERE victim_id = ANY($1::text[])`,
    [victimIds],
  );
  for (const row of rows) {
    victims.set(row.victim_id, {
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
    });
  }
  return victims;
}

async function loadSentences(sentenceIds: string[], manager: EntityManager): Promise<Map<string, SentenceRow>> {
  const sentences = new Map<string, SentenceRow>();
  if (sentenceIds.length === 0) return sentences;
  const rows: { sentence_id: string; region: string | null; sentence_date: string | null; referrals: number }[] =
    await manager.query(
      'SELECT sentence_id, region, sentence_date::text AS sentence_date, referrals FROM caseload_sentences WHERE sentence_id = ANY($1::text[])',
      [sentenceIds],
    );
  for (const row of rows)
    sentences.set(row.sentence_id, { region: row.region, sentenceDate: row.sentence_date, referrals: row.referrals });
  return sentences;
}

/** Every task of the batch's victims (open or done: a done one may reopen) and the missed-referral tasks of its sentences. */
async function loadTasks(victimIds: string[], sentenceIds: string[], manager: EntityManager): Promise<TaskRow[]> {
  if (victimIds.length === 0 && sentenceIds.length === 0) return [];
  const rows: Record<string, unknown>[] = await manager.query(
    `SELECT task_id, kind, victim_id, sentence_id, contact_id, vlo_id, region, due_on::text AS due_on, due_date_problem, opened_at, reopened_at,
            done_at, closed_because, description, rule
       FROM caseload_tasks WHERE victim_id = ANY($1::text[])
     UNION ALL
     SELECT task_id, kind, victim_id, sentence_id, contact_id, vlo_id, region, due_on::text AS due_on, due_date_problem, opened_at, reopened_at,
            done_at, closed_because, description, rule
       FROM caseload_tasks WHERE task_id = ANY($2::text[]) AND (victim_id IS NULL OR NOT victim_id = ANY($1::text[]))`,
    [victimIds, sentenceIds.map((id) => `missed-referral:${id}`)],
  );
  return rows.map((r) => ({
    taskId: r.task_id as string,
    kind: r.kind as string,
    victimId: r.victim_id as string | null,
    sentenceId: r.sentence_id as string,
    contactId: r.contact_id as string | null,
    vloId: r.vlo_id as string | null,
    region: r.region as string | null,
    dueOn: r.due_on as string | null,
    dueDateProblem: r.due_date_problem as string | null,
    openedAt: r.opened_at as Date,
    reopenedAt: r.reopened_at as Date | null,
    doneAt: r.done_at as Date | null,
    closedBecause: r.closed_because as string | null,
    description: r.description as string,
    rule: r.rule as string,
  }));
}

function victimValues(state: VictimCaseloadState): unknown[] {
  return [
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
    state.contacts,
    state.preferencesUpdatedOn,
    state.safetyChecks,
    state.notifications,
    state.letters,
    state.personalDataErased,
  ];
}

function taskValues(t: TaskRow): unknown[] {
  return [
    t.taskId,
    t.kind,
    t.victimId,
    t.sentenceId,
    t.contactId,
    t.vloId,
    t.region,
    t.dueOn,
    t.dueDateProblem,
    t.openedAt,
    t.reopenedAt,
    t.doneAt,
    t.closedBecause,
    t.description,
    t.rule,
  ];
}

/** When the fact happened, from the event (never the clock): the caller's occurredAt, else when it was stored. */
function eventTime(event: RecordedEvent): Date {
  const occurredAt = Date.parse(event.metadata?.occurredAt ?? '');
  return Number.isNaN(occurredAt) ? event.recordedAt : new Date(occurredAt);
}
