import { RecordedEvent } from '@vcs/event-store';
import { EntityManager } from 'typeorm';
import { BatchColumn, BatchWrite, distinct, writeRows } from '../batch-sql';
import { MemoryBuild } from '../memory-build';
import { Projection } from '../projection';
import { ReferredFor, VICTIM_EVENT_TYPES } from '@vcs/domain';
import {
  CaseActingPerson,
  CaseContactDetails,
  CaseContactFact,
  CaseRow,
  CaseSentence,
  CaseSentenceFacts,
  CaseStatus,
  CaseTaskRow,
  evolveCase,
  withOpenTasks,
} from './victim-case.evolve';

export { CASE_STATUSES } from './victim-case.evolve';
export type {
  CaseActingPerson,
  CaseContactDetails,
  CaseContactFact,
  CaseSentence,
  CaseStatus,
  CaseTaskRow,
} from './victim-case.evolve';

export const VICTIM_CASE_VIEW_PROJECTION = 'victim-case-view';

type Data = Readonly<Record<string, unknown>>;
type Json = Record<string, unknown>;

const CASE_COLUMNS: readonly BatchColumn[] = [
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
  ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
];

/** Case rows per statement when a memory build is written out (each carries its contacts and tasks as jsonb). */
const CASES_PER_STATEMENT = 1000;

const SENTENCE_COLUMNS: readonly BatchColumn[] = [
  ['sentence_id', 'uuid'],
  ['reference', 'text'],
  ['sentence_date', 'date'],
  ['probation_region', 'text'],
  ['sentence_type', 'text'],
  ['offence_category', 'text'],
];

/**
 * One row per victim: scheme and status, linked sentences, VLO and region, preferences, contact details, people
 * acting for the victim, the last contact, open tasks with their due dates, counts. Deterministic: it reads only
 * the event and its own tables (victim_case_view, victim_case_sentence), never the clock.
 *
 * Personal data (contact details, the acting persons' details, language/formats/times not to call) is kept here
 * and only here among read models, for the VLO running the case. When an event arrives with the personal part
 * erased (the victim's key was destroyed), all of it is removed from the row and `personalDataErased` is set;
 * a rebuild after erasure never stores it at all.
 *
 * A batch loads the rows and sentences it touches (one query each), evolves them in memory in event order
 * (`victim-case.evolve.ts`) and writes each changed row once; `apply` is a batch of one.
 */
export class VictimCaseViewProjection implements Projection {
  readonly name = VICTIM_CASE_VIEW_PROJECTION;
  readonly readsPersonalData = true;
  /** The others' personal part is read only for "erased or not": in a rebuild the referral says it first (see Projection). */
  readonly personalDataTypes: readonly string[] = [
    'ReferralReceived',
    'ActingForVictimNominated',
    'ContactPreferencesUpdated',
    'VictimDetailsUpdated',
  ];
  /**
   * Every event on a victim's stream (and sentences, for their reference and region): the row's `revision` is the
   * victim stream's, whoever appended (the planner's notifications, letters, the worker's sends), so it can be sent
   * back as If-Match. Events that change nothing else on the row still move its revision and `updatedAt`.
   */
  readonly handles: readonly string[] = ['SentenceRecorded', ...VICTIM_EVENT_TYPES];
  readonly tables = ['victim_case_view', 'victim_case_sentence'];

  apply(event: RecordedEvent, manager: EntityManager): Promise<void> {
    return this.applyBatch([event], manager);
  }

  async applyBatch(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const victimIds = distinct(events.filter((e) => e.type !== 'SentenceRecorded').map((e) => key(dataOf(e).victimId)));
    const sentenceIds = distinct(
      events.filter((e) => typeof dataOf(e).sentenceId === 'string').map((e) => key(dataOf(e).sentenceId)),
    );
    const batch = new CaseViewBatch(await loadCases(victimIds, manager), await loadSentences(sentenceIds, manager));
    for (const event of events) batch.apply(event);
    for (const write of batch.writes()) await writeRows(manager, write);
  }

  /** The whole history as one batch: every case evolves in memory, its open tasks are worked out once, at the end. */
  memoryBuild(): MemoryBuild {
    const batch = new CaseViewBatch(new Map(), new Map());
    return {
      apply: (events) => {
        for (const event of events) batch.apply(event);
        return [];
      },
      rows: () => batch.everyRow(),
    };
  }
}

/** The rows a batch touches, evolved in memory in event order; the writes that store what changed. */
class CaseViewBatch {
  readonly changed = new Set<string>();
  private readonly newSentences: unknown[][] = [];

  constructor(
    readonly cases: Map<string, CaseRow>,
    private readonly sentences: Map<string, CaseSentenceFacts>,
  ) {}

  apply(event: RecordedEvent): void {
    const data = dataOf(event);
    if (event.type === 'SentenceRecorded') {
      // First recording wins (ON CONFLICT DO NOTHING), as in the table.
      if (this.sentences.has(key(data.sentenceId))) return;
      this.sentences.set(key(data.sentenceId), {
        reference: stringOf(data.reference),
        sentenceDate: stringOf(data.sentenceDate),
        probationRegion: stringOf(data.probationRegion),
      });
      this.newSentences.push([
        data.sentenceId,
        data.reference,
        data.sentenceDate,
        data.probationRegion,
        data.sentenceType,
        data.offenceCategory,
      ]);
      return;
    }
    const victimId = key(data.victimId);
    const row = evolveCase(this.cases.get(victimId), event, (sentenceId) => this.sentences.get(key(sentenceId)));
    if (!row) return;
    this.cases.set(victimId, row);
    this.changed.add(victimId);
  }

  /** The new sentences and the changed cases (with their open tasks), as upserts. */
  writes(): BatchWrite[] {
    return [
      {
        table: 'victim_case_sentence',
        columns: SENTENCE_COLUMNS,
        rows: this.newSentences,
        onConflict: { nothing: ['sentence_id'] },
      },
      {
        table: 'victim_case_view',
        columns: CASE_COLUMNS,
        rows: this.caseValues([...this.changed]),
        onConflict: { update: ['victim_id'] },
      },
    ];
  }

  /** Every row, as plain inserts into empty tables; the cases' open tasks are worked out a statement's worth at a time, as they are written. */
  *everyRow(): Generator<BatchWrite> {
    yield { table: 'victim_case_sentence', columns: SENTENCE_COLUMNS, rows: this.newSentences };
    const victimIds = [...this.cases.keys()];
    for (let start = 0; start < victimIds.length; start += CASES_PER_STATEMENT) {
      yield {
        table: 'victim_case_view',
        columns: CASE_COLUMNS,
        rows: this.caseValues(victimIds.slice(start, start + CASES_PER_STATEMENT)),
      };
    }
  }

  private caseValues(victimIds: readonly string[]): unknown[][] {
    return victimIds.map((victimId) => columnValues(withOpenTasks(this.cases.get(victimId) as CaseRow)));
  }
}

async function loadCases(victimIds: string[], manager: EntityManager): Promise<Map<string, CaseRow>> {
  const cases = new Map<string, CaseRow>();
  if (victimIds.length === 0) return cases;
  const rows: Record<string, unknown>[] = await manager.query(
    `SELECT victim_id, revision::text, status, scheme, referred_for, circumstance, referral_source,
            to_char(referral_received_on, 'YYYY-MM-DD') AS referral_received_on, referral_sentence_id, enrolment, vlo_id,
            probation_region, sentences, contact_preferences, safety_flag, last_safety_check, contact_details, acting_persons,
            personal_data_erased, last_contact, contact_facts, tasks, contact_count, representation_count, created_at, updated_at
     FROM victim_case_view WHERE victim_id = ANY($1::uuid[])`,
    [victimIds],
  );
  for (const r of rows) cases.set(key(r.victim_id), caseRowOf(r));
  return cases;
}

async function loadSentences(sentenceIds: string[], manager: EntityManager): Promise<Map<string, CaseSentenceFacts>> {
  const sentences = new Map<string, CaseSentenceFacts>();
  if (sentenceIds.length === 0) return sentences;
  const rows: { sentence_id: string; reference: string; sentence_date: string; probation_region: string }[] =
    await manager.query(
      `SELECT sentence_id, reference, to_char(sentence_date, 'YYYY-MM-DD') AS sentence_date, probation_region FROM victim_case_sentence WHERE sentence_id = ANY($1::uuid[])`,
      [sentenceIds],
    );
  for (const r of rows)
    sentences.set(key(r.sentence_id), {
      reference: r.reference,
      sentenceDate: r.sentence_date,
      probationRegion: r.probation_region,
    });
  return sentences;
}

function caseRowOf(r: Record<string, unknown>): CaseRow {
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
    contactPreferences: r.contact_preferences as Json | null,
    safetyFlag: r.safety_flag as boolean,
    lastSafetyCheck: r.last_safety_check as Json | null,
    contactDetails: r.contact_details as CaseContactDetails | null,
    actingPersons: r.acting_persons as CaseActingPerson[],
    personalDataErased: r.personal_data_erased as boolean,
    lastContact: r.last_contact as Json | null,
    contactFacts: r.contact_facts as CaseContactFact[],
    tasks: r.tasks as CaseTaskRow[],
    contactCount: r.contact_count as number,
    representationCount: r.representation_count as number,
    createdAt: r.created_at as Date,
    updatedAt: r.updated_at as Date,
  };
}

/** The row's columns, in the order of CASE_COLUMNS. */
function columnValues(row: CaseRow): unknown[] {
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
    ['contact_preferences', row.contactPreferences],
    ['safety_flag', row.safetyFlag],
    ['last_safety_check', row.lastSafetyCheck],
    ['contact_details', row.contactDetails],
    ['acting_persons', row.actingPersons],
    ['personal_data_erased', row.personalDataErased],
    ['last_contact', row.lastContact],
    ['last_contact_on', row.lastContact ? row.lastContact.occurredOn : null],
    ['contact_facts', row.contactFacts],
    ['tasks', row.tasks],
    ['next_due_on', next?.dueOn ?? null],
    ['next_due_task', next?.kind ?? null],
    ['contact_count', row.contactCount],
    ['representation_count', row.representationCount],
    ['created_at', row.createdAt],
    ['updated_at', row.updatedAt],
  ]);
  return CASE_COLUMNS.map(([name]) => values.get(name));
}

function dataOf(event: RecordedEvent): Data {
  return (event.data ?? {}) as Data;
}

/** Ids are uuid columns: compared as PostgreSQL does, whatever their case. */
function key(id: unknown): string {
  return String(id).toLowerCase();
}

function stringOf(value: unknown): string | null {
  return value === undefined || value === null ? null : String(value);
}
