import { ReferredFor } from '@vcs/domain';
import { DataKeySource, openerFor } from '@vcs/security';
import { EntityManager } from 'typeorm';
import { BatchColumn } from '../batch-sql';
import { OpenText, openedParts, SealText, sealedParts } from './victim-case-sealing';
import {
  CaseActingPerson,
  CaseContactDetails,
  CaseContactFact,
  CaseRequest,
  CaseRow,
  CaseSentence,
  CaseStatus,
  CaseTaskRow,
} from './victim-case.evolve';

// victim_case_view as the projection reads and writes it: the columns, the load by victim id (personal parts opened),
// a row's values (personal parts sealed under the victim's key).

type Json = Record<string, unknown>;

export const CASE_COLUMNS: readonly BatchColumn[] = [
  ['victim_id', 'uuid'],
  ['revision', 'bigint'],
  ['status', 'text'],
  ['scheme', 'text'],
  ['referred_for', 'text'],
  ['circumstance', 'text'],
  ['referral_source', 'text'],
  ['referral_received_on', 'date'],
  ['referral_sentence_id', 'uuid'],
  ['enrolment', 'jsonb'],
  ['vlo_id', 'text'],
  ['probation_region', 'text'],
  ['sentence_ids', 'uuid[]'],
  ['sentence_references', 'text[]'],
  ['sentences', 'jsonb'],
  ['contact_preferences', 'jsonb'],
  ['safety_flag', 'boolean'],
  ['last_safety_check', 'jsonb'],
  ['contact_details', 'jsonb'],
  ['acting_persons', 'jsonb'],
  ['personal_data_erased', 'boolean'],
  ['last_contact', 'jsonb'],
  ['last_contact_on', 'date'],
  ['contact_facts', 'jsonb'],
  ['tasks', 'jsonb'],
  ['next_due_on', 'date'],
  ['next_due_task', 'text'],
  ['contact_count', 'integer'],
  ['representation_count', 'integer'],
  ['requests', 'jsonb'],
  ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
];

export async function loadCases(
  victimIds: string[],
  manager: EntityManager,
  keys: DataKeySource,
): Promise<Map<string, CaseRow>> {
  const cases = new Map<string, CaseRow>();
  if (victimIds.length === 0) return cases;
  const rows: Record<string, unknown>[] = await manager.query(
    `SELECT victim_id, revision::text, status, scheme, referred_for, circumstance, referral_source,
            to_char(referral_received_on, 'YYYY-MM-DD') AS referral_received_on, referral_sentence_id, enrolment, vlo_id,
            probation_region, sentences, contact_preferences, safety_flag, last_safety_check, contact_details, acting_persons,
            personal_data_erased, last_contact, contact_facts, tasks, contact_count, representation_count, requests, created_at,
            updated_at
     FROM victim_case_view WHERE victim_id = ANY($1::uuid[])`,
    [victimIds],
  );
  const open = await openerFor(
    keys,
    rows.map((r) => r.victim_id as string),
  );
  for (const r of rows) cases.set(key(r.victim_id), caseRowOf(r, open));
  return cases;
}

function caseRowOf(r: Record<string, unknown>, open: OpenText): CaseRow {
  const personal = openedParts(open, r.victim_id as string, {
    contactDetails: r.contact_details as CaseContactDetails | null,
    actingPersons: r.acting_persons as CaseActingPerson[],
    contactPreferences: r.contact_preferences as Json | null,
  });
  return {
    victimId: r.victim_id as string,
    revision: r.revision as string,
    status: r.status as CaseStatus,
    scheme: r.scheme as string | null,
    referredFor: r.referred_for as ReferredFor,
    circumstance: r.circumstance as string,
    referralSource: r.referral_source as string,
    referralReceivedOn: r.referral_received_on as string,
    referralSentenceId: r.referral_sentence_id as string,
    enrolment: r.enrolment as Json | null,
    vloId: r.vlo_id as string | null,
    probationRegion: r.probation_region as string | null,
    sentences: r.sentences as CaseSentence[],
    contactPreferences: personal.contactPreferences,
    safetyFlag: r.safety_flag as boolean,
    lastSafetyCheck: r.last_safety_check as Json | null,
    contactDetails: personal.contactDetails,
    actingPersons: [...personal.actingPersons],
    personalDataErased: r.personal_data_erased as boolean,
    lastContact: r.last_contact as Json | null,
    contactFacts: r.contact_facts as CaseContactFact[],
    tasks: r.tasks as CaseTaskRow[],
    contactCount: r.contact_count as number,
    representationCount: r.representation_count as number,
    requests: (r.requests as CaseRequest[] | null) ?? [],
    createdAt: r.created_at as Date,
    updatedAt: r.updated_at as Date,
  };
}

/** The row's columns, in the order of CASE_COLUMNS, its personal parts sealed with `seal`. */
export function columnValues(row: CaseRow, seal: SealText): unknown[] {
  const personal = sealedParts(seal, row.victimId, row);
  const next = row.tasks
    .filter((t) => t.dueOn !== null)
    .sort((a, b) => (a.dueOn as string).localeCompare(b.dueOn as string))[0];
  const values = new Map<string, unknown>([
    ['victim_id', row.victimId],
    ['revision', row.revision],
    ['status', row.status],
    ['scheme', row.scheme],
    ['referred_for', row.referredFor],
    ['circumstance', row.circumstance],
    ['referral_source', row.referralSource],
    ['referral_received_on', row.referralReceivedOn],
    ['referral_sentence_id', row.referralSentenceId],
    ['enrolment', row.enrolment],
    ['vlo_id', row.vloId],
    ['probation_region', row.probationRegion],
    ['sentence_ids', row.sentences.map((s) => s.sentenceId)],
    ['sentence_references', row.sentences.map((s) => s.reference).filter((r): r is string => r !== null)],
    ['sentences', row.sentences],
    ['contact_preferences', personal.contactPreferences],
    ['safety_flag', row.safetyFlag],
    ['last_safety_check', row.lastSafetyCheck],
    ['contact_details', personal.contactDetails],
    ['acting_persons', personal.actingPersons],
    ['personal_data_erased', row.personalDataErased],
    ['last_contact', row.lastContact],
    ['last_contact_on', row.lastContact ? row.lastContact.occurredOn : null],
    ['contact_facts', row.contactFacts],
    ['tasks', row.tasks],
    ['next_due_on', next?.dueOn ?? null],
    ['next_due_task', next?.kind ?? null],
    ['contact_count', row.contactCount],
    ['representation_count', row.representationCount],
    ['requests', row.requests],
    ['created_at', row.createdAt],
    ['updated_at', row.updatedAt],
  ]);
  return CASE_COLUMNS.map(([name]) => values.get(name));
}

export /** Ids are uuid columns: compared as PostgreSQL does, whatever their case. */
function key(id: unknown): string {
  return String(id).toLowerCase();
}
