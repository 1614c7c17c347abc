import { SentenceFacts } from '@vcs/domain';
import { EntityManager } from 'typeorm';
import { BatchColumn } from '../batch-sql';
import { TaskRow } from './caseload-task-table';
import { VictimCaseloadState } from './caseload-task.rules';

// The caseload's three tables as the projection reads and writes them: the columns, the loads by id, the values.

interface VictimRow {
  victim_id: string;
  sentence_id: string;
  region: string | null;
  unit: string;
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
  reoffers: VictimCaseloadState['reoffers'];
  coming_of_age: VictimCaseloadState['comingOfAge'];
  case_closed: boolean;
}

/** What caseload_sentences holds for one sentence. */
export interface SentenceRow {
  region: string | null;
  sentenceDate: string | null;
  referrals: number;
  /** The recorded sentence facts; null for a sentence known only from a referral, or stored before they were kept. */
  facts: SentenceFacts | null;
}

export const TASK_COLUMNS: readonly BatchColumn[] = [
  ['task_id', 'text'],
  ['kind', 'text'],
  ['victim_id', 'text'],
  ['sentence_id', 'text'],
  ['contact_id', 'text'],
  ['vlo_id', 'text'],
  ['region', 'text'],
  ['unit', 'text'],
  ['due_on', 'date'],
  ['due_date_problem', 'text'],
  ['opened_at', 'timestamptz'],
  ['reopened_at', 'timestamptz'],
  ['done_at', 'timestamptz'],
  ['closed_because', 'text'],
  ['description', 'text'],
  ['rule', 'text'],
];

export const VICTIM_COLUMNS: readonly BatchColumn[] = [
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
  ['reoffers', 'jsonb'],
  ['unit', 'text'],
  ['coming_of_age', 'jsonb'],
  ['case_closed', 'boolean'],
];

export const SENTENCE_COLUMNS: readonly BatchColumn[] = [
  ['sentence_id', 'text'],
  ['region', 'text'],
  ['sentence_date', 'date'],
  ['referrals', 'integer'],
  ['facts', 'jsonb'],
];

export async function loadVictims(
  victimIds: string[],
  manager: EntityManager,
): Promise<Map<string, VictimCaseloadState>> {
  const victims = new Map<string, VictimCaseloadState>();
  if (victimIds.length === 0) return victims;
  const rows: VictimRow[] = await manager.query(
    `SELECT victim_id, sentence_id, region, sentence_date::text AS sentence_date, referred_for, referral_received_on::text AS referral_received_on,
            participation, vlo_id, safety_check_before_letters, letters_chosen, contacts,
            preferences_updated_on::text AS preferences_updated_on, safety_checks, notifications, letters, personal_data_erased, reoffers, unit,
            coming_of_age, case_closed
       FROM caseload_victims WHERE victim_id = ANY($1::text[])`,
    [victimIds],
  );
  for (const row of rows) {
    victims.set(row.victim_id, {
      victimId: row.victim_id,
      sentenceId: row.sentence_id,
      region: row.region,
      unit: row.unit,
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
      reoffers: row.reoffers,
      comingOfAge: row.coming_of_age,
      caseClosed: row.case_closed,
    });
  }
  return victims;
}

export async function loadSentences(sentenceIds: string[], manager: EntityManager): Promise<Map<string, SentenceRow>> {
  const sentences = new Map<string, SentenceRow>();
  if (sentenceIds.length === 0) return sentences;
  const rows: {
    sentence_id: string;
    region: string | null;
    sentence_date: string | null;
    referrals: number;
    facts: SentenceFacts | null;
  }[] = await manager.query(
    'SELECT sentence_id, region, sentence_date::text AS sentence_date, referrals, facts FROM caseload_sentences WHERE sentence_id = ANY($1::text[])',
    [sentenceIds],
  );
  for (const row of rows)
    sentences.set(row.sentence_id, {
      region: row.region,
      sentenceDate: row.sentence_date,
      referrals: row.referrals,
      facts: row.facts,
    });
  return sentences;
}

/** Every task of the batch's victims (open or done: a done one may reopen) and the missed-referral tasks of its sentences. */
export async function loadTasks(
  victimIds: string[],
  sentenceIds: string[],
  manager: EntityManager,
): Promise<TaskRow[]> {
  if (victimIds.length === 0 && sentenceIds.length === 0) return [];
  const rows: Record<string, unknown>[] = await manager.query(
    `SELECT task_id, kind, victim_id, sentence_id, contact_id, vlo_id, region, unit, due_on::text AS due_on, due_date_problem, opened_at, reopened_at,
            done_at, closed_because, description, rule
       FROM caseload_tasks WHERE victim_id = ANY($1::text[])
     UNION ALL
     SELECT task_id, kind, victim_id, sentence_id, contact_id, vlo_id, region, unit, due_on::text AS due_on, due_date_problem, opened_at, reopened_at,
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
    unit: r.unit as string | null,
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

export function victimValues(state: VictimCaseloadState): unknown[] {
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
    state.reoffers,
    state.unit,
    state.comingOfAge,
    state.caseClosed,
  ];
}

export function taskValues(t: TaskRow): unknown[] {
  return [
    t.taskId,
    t.kind,
    t.victimId,
    t.sentenceId,
    t.contactId,
    t.vloId,
    t.region,
    t.unit,
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
