import { RecordedEvent } from '@vcs/event-store';
import { EntityManager } from 'typeorm';
import { BatchColumn, BatchWrite, distinct, writeRows } from '../batch-sql';
import { MemoryBuild } from '../memory-build';
import { Projection } from '../projection';
import { RecordedDomainEvent, recordedDomainEventOf } from '../recorded-domain-event';
import { englandAndWalesCalendar, VICTIM_EVENT_TYPES, VictimEventType, WorkingDayCalendar } from '@vcs/domain';
import { DataKeySource, sealerForMany } from '@vcs/security';
import { CaseRow, CaseSentenceFacts, evolveCase, withOpenTasks } from './victim-case.evolve';
import { CASE_COLUMNS, columnValues, key, loadCases } from './victim-case-rows';
import { CaseViewDeadlines } from './victim-case-deadlines';
import { SealText } from './victim-case-sealing';

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

/** The sentence's reference and region, and every victim event. */
type CaseViewEventType = 'SentenceRecorded' | VictimEventType;

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
 * for the VLO running the case, sealed under the victim's own data key (`victim-case-sealing.ts`): rows evolve in
 * plain form in memory, sealed as they are written and opened as they are loaded. When an event arrives with the personal part
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
  /** Open tasks' deadlines counted with this calendar; counted again when a newer bank holiday list is deployed. */
  readonly workingDayDeadlines: CaseViewDeadlines;

  constructor(
    private readonly dataKeys: DataKeySource,
    private readonly calendar: WorkingDayCalendar = englandAndWalesCalendar,
  ) {
    this.workingDayDeadlines = new CaseViewDeadlines(calendar, dataKeys);
  }

  apply(event: RecordedEvent, manager: EntityManager): Promise<void> {
    return this.applyBatch([event], manager);
  }

  async applyBatch(recorded: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const events = recorded.map(recordedDomainEventOf<CaseViewEventType>);
    const victimIds = distinct(events.flatMap((e) => (e.type === 'SentenceRecorded' ? [] : [key(e.data.victimId)])));
    const sentenceIds = distinct(
      events.flatMap((e) =>
        'sentenceId' in e.data && typeof e.data.sentenceId === 'string' ? [key(e.data.sentenceId)] : [],
      ),
    );
    const batch = new CaseViewBatch(
      await loadCases(victimIds, manager, this.dataKeys),
      await loadSentences(sentenceIds, manager),
      this.calendar,
    );
    for (const event of events) batch.apply(event);
    const seal = await sealerForMany(this.dataKeys, batch.changed);
    for (const write of batch.writes(seal)) await writeRows(manager, write);
  }

  /**
   * The whole history as one batch: every case evolves in memory, its open tasks are worked out once, at the end,
   * and it is sealed as it is written out (every victim's key looked up once, before the rows are written).
   */
  memoryBuild(): MemoryBuild {
    const batch = new CaseViewBatch(new Map(), new Map(), this.calendar);
    let seal: SealText | undefined;
    return {
      apply: (events) => {
        for (const event of events) batch.apply(recordedDomainEventOf<CaseViewEventType>(event));
        return [];
      },
      beforeRows: async () => {
        seal = await sealerForMany(this.dataKeys, batch.cases.keys());
      },
      rows: () => {
        if (!seal) throw new Error('the case view is sealed as it is written: call beforeRows() first');
        return batch.everyRow(seal);
      },
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
    private readonly calendar: WorkingDayCalendar,
  ) {}

  apply(event: RecordedDomainEvent<CaseViewEventType>): void {
    if (event.type === 'SentenceRecorded') {
      const { data } = event;
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
    const victimId = key(event.data.victimId);
    const row = evolveCase(this.cases.get(victimId), event, (sentenceId) => this.sentences.get(key(sentenceId)));
    if (!row) return;
    this.cases.set(victimId, row);
    this.changed.add(victimId);
  }

  /** The new sentences and the changed cases (with their open tasks, personal parts sealed), as upserts. */
  writes(seal: SealText): BatchWrite[] {
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
        rows: this.caseValues([...this.changed], seal),
        onConflict: { update: ['victim_id'] },
      },
    ];
  }

  /** Every row, as plain inserts into empty tables; the cases' open tasks are worked out a statement's worth at a time, as they are written. */
  *everyRow(seal: SealText): Generator<BatchWrite> {
    yield { table: 'victim_case_sentence', columns: SENTENCE_COLUMNS, rows: this.newSentences };
    const victimIds = [...this.cases.keys()];
    for (let start = 0; start < victimIds.length; start += CASES_PER_STATEMENT) {
      yield {
        table: 'victim_case_view',
        columns: CASE_COLUMNS,
        rows: this.caseValues(victimIds.slice(start, start + CASES_PER_STATEMENT), seal),
      };
    }
  }

  private caseValues(victimIds: readonly string[], seal: SealText): unknown[][] {
    return victimIds.map((victimId) =>
      columnValues(withOpenTasks(this.cases.get(victimId) as CaseRow, this.calendar), seal),
    );
  }
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

function stringOf(value: unknown): string | null {
  return value === undefined || value === null ? null : String(value);
}
