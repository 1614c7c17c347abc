import {
  DomainEventType,
  MilestoneKind,
  OffenceCategory,
  ProbationRegion,
  SENTENCE_EVENT_TYPES,
  SentenceEventType,
  SentenceType,
  unreachable,
} from '@vcs/domain';
import { RecordedEvent } from '@vcs/event-store';
import { pseudonymousVictimReference } from '@vcs/security';
import { EntityManager } from 'typeorm';
import { Projection } from '../projection';
import { RecordedDomainEvent, recordedDomainEventOf } from '../recorded-domain-event';
import { BatchColumn, BatchWrite, distinct, writeRows } from '../batch-sql';
import { MemoryBuild } from '../memory-build';
import { ProjectionDependencies } from '../read-model-area';
import { ExpectedRow, key, SentenceViewBatch, SentenceViewRow, VictimStatusRow } from './sentence-view.batch';

/** Both sentence streams and the victim events that link a victim to a sentence or change their status. */
const SENTENCE_VIEW_EVENTS = [
  'SentenceRecorded',
  'SentenceMilestoneReached',
  'InterAgencyMeetingHeld',
  'ReferralReceived',
  'VictimLinkedToSentence',
  'VictimEnrolled',
  'VictimDeclined',
  'VictimWithdrew',
  'VictimRejoined',
] as const satisfies readonly DomainEventType[];
type SentenceViewEventType = (typeof SENTENCE_VIEW_EVENTS)[number];
type SentenceViewEvent = RecordedDomainEvent<SentenceViewEventType>;

/**
 * The sentence view (VLOs and managers only): the sentence, its milestones, what is expected next, and the victims
 * linked to it with their scheme and status. It reads both sentence streams and victim streams, and never stores a
 * victim's personal data (their `data.personal` is ignored): victims appear by id and pseudonymous reference only.
 *
 * A batch loads the sentences, expectations, milestone ids and victim statuses it touches (one query per table),
 * applies the events in order in memory (`SentenceViewBatch`) and writes each table once. `apply` is a batch of one.
 */
export class SentenceViewProjection implements Projection {
  static readonly NAME = 'sentence-view';
  readonly name = SentenceViewProjection.NAME;
  readonly handles = SENTENCE_VIEW_EVENTS;
  readonly tables = [
    'sentence_view',
    'sentence_view_milestones',
    'sentence_view_expected',
    'sentence_view_victims',
    'sentence_view_victim_status',
  ];
  readonly readsPersonalData = false;

  constructor(private readonly deps: ProjectionDependencies) {}

  apply(event: RecordedEvent, manager: EntityManager): Promise<void> {
    return this.applyBatch([event], manager);
  }

  async applyBatch(recorded: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const events = recorded.map(recordedDomainEventOf<SentenceViewEventType>);
    const milestones = events.flatMap((e) => (e.type === 'SentenceMilestoneReached' ? [e.data] : []));
    const victimIds = distinct(events.flatMap((e) => (isSentenceStreamEvent(e) ? [] : [key(e.data.victimId)])));
    const batch = new SentenceViewBatch(
      await loadSentences(
        distinct(events.flatMap((e) => (isSentenceStreamEvent(e) ? [key(e.data.sentenceId)] : []))),
        manager,
      ),
      await loadExpected(distinct(milestones.map((m) => key(m.sentenceId))), manager),
      await loadMilestoneIds(distinct(milestones.map((m) => key(m.milestoneId))), manager),
      await loadStatuses(victimIds, manager),
    );
    for (const event of events) this.evolve(batch, event);
    await this.write(batch, manager);
  }

  /** The whole history as one batch, held in memory; each row written once (a link: its first). */
  memoryBuild(): MemoryBuild {
    const batch = new SentenceViewBatch(new Map(), new Map(), new Set(), new Map());
    return {
      apply: (events) => {
        for (const event of events) this.evolve(batch, recordedDomainEventOf<SentenceViewEventType>(event));
        return [];
      },
      rows: () => memoryRows(batch),
    };
  }

  private evolve(batch: SentenceViewBatch, event: SentenceViewEvent): void {
    this.evolveRows(batch, event);
    if (isSentenceStreamEvent(event)) batch.streamAppended(event.data.sentenceId, event);
  }

  private evolveRows(batch: SentenceViewBatch, event: SentenceViewEvent): void {
    const link = (sentenceId: string, victimId: string, on: string, via: 'referral' | 'linked' | 'enrolment') =>
      batch.link(
        sentenceId,
        victimId,
        pseudonymousVictimReference(victimId, sentenceId, this.deps.pseudonymKey),
        on,
        via,
      );
    switch (event.type) {
      case 'SentenceRecorded':
        return batch.sentenceRecorded(event.data, event);
      case 'SentenceMilestoneReached':
        return batch.milestoneReached(event.data, event);
      case 'ReferralReceived': {
        const { data } = event;
        link(data.sentenceId, data.victimId, data.receivedOn, 'referral');
        return batch.setStatus(data.victimId, {
          referredFor: data.referredFor,
          status: 'referred',
          on: data.receivedOn,
        });
      }
      case 'VictimLinkedToSentence': {
        const { data } = event;
        return link(data.sentenceId, data.victimId, data.linkedOn, 'linked');
      }
      case 'VictimEnrolled': {
        const { data } = event;
        link(data.sentenceId, data.victimId, data.enrolledOn, 'enrolment');
        return batch.setStatus(data.victimId, { scheme: data.scheme, status: 'enrolled', on: data.enrolledOn });
      }
      case 'VictimRejoined': {
        const { data } = event;
        return batch.setStatus(data.victimId, { scheme: data.scheme, status: 'enrolled', on: data.rejoinedOn });
      }
      case 'VictimDeclined': {
        const { data } = event;
        return batch.setStatus(data.victimId, { status: 'declined', on: data.declinedOn });
      }
      case 'VictimWithdrew': {
        const { data } = event;
        return batch.setStatus(data.victimId, { status: 'withdrawn', on: data.withdrewOn });
      }
      case 'InterAgencyMeetingHeld':
        return; // only moves the sentence stream's revision (evolve)
      default:
        return unreachable(event);
    }
  }

  private async write(batch: SentenceViewBatch, manager: EntityManager): Promise<void> {
    await writeRows(manager, {
      table: 'sentence_view',
      columns: SENTENCE_COLUMNS,
      rows: [...batch.changedSentences].map((id) => sentenceValues(batch.sentences.get(id) as SentenceViewRow)),
      onConflict: { update: ['sentence_id'] },
    });
    await writeRows(manager, {
      table: 'sentence_view_milestones',
      columns: MILESTONE_COLUMNS,
      rows: batch.newMilestones,
      onConflict: { nothing: ['milestone_id'] },
    });
    // A sentence's expectations after the batch replace those before it.
    const expectedFor = [...batch.changedExpectations];
    if (expectedFor.length > 0)
      await manager.query('DELETE FROM sentence_view_expected WHERE sentence_id = ANY($1::uuid[])', [expectedFor]);
    await writeRows(manager, {
      table: 'sentence_view_expected',
      columns: EXPECTED_COLUMNS,
      rows: expectedFor.flatMap((id) =>
        [...(batch.expected.get(id)?.values() ?? [])].map((e) => [
          id,
          e.kind,
          e.expectedOn,
          e.detail,
          e.setByMilestoneId,
          e.setOn,
        ]),
      ),
    });
    await writeRows(manager, {
      table: 'sentence_view_victims',
      columns: LINK_COLUMNS,
      rows: batch.newLinks,
      onConflict: { nothing: ['sentence_id', 'victim_id'] },
    });
    await writeRows(manager, {
      table: 'sentence_view_victim_status',
      columns: STATUS_COLUMNS,
      rows: [...batch.changedStatuses].map((id) => {
        const s = batch.statuses.get(id) as VictimStatusRow;
        return [s.victimId, s.referredFor, s.scheme, s.status, s.statusOn];
      }),
      onConflict: { update: ['victim_id'] },
    });
  }
}

/** An event on a sentence's own stream (recorded, milestones, meetings): it moves the sentence's revision. */
function isSentenceStreamEvent(event: SentenceViewEvent): event is RecordedDomainEvent<SentenceEventType> {
  return (SENTENCE_EVENT_TYPES as readonly string[]).includes(event.type);
}

function memoryRows(batch: SentenceViewBatch): BatchWrite[] {
  const links = new Map<string, unknown[]>();
  for (const link of batch.newLinks) {
    const linkKey = `${key(link[0])} ${key(link[1])}`;
    if (!links.has(linkKey)) links.set(linkKey, link);
  }
  return [
    { table: 'sentence_view', columns: SENTENCE_COLUMNS, rows: [...batch.sentences.values()].map(sentenceValues) },
    { table: 'sentence_view_milestones', columns: MILESTONE_COLUMNS, rows: batch.newMilestones },
    {
      table: 'sentence_view_expected',
      columns: EXPECTED_COLUMNS,
      rows: [...batch.expected].flatMap(([id, expected]) =>
        [...expected.values()].map((e) => [id, e.kind, e.expectedOn, e.detail, e.setByMilestoneId, e.setOn]),
      ),
    },
    { table: 'sentence_view_victims', columns: LINK_COLUMNS, rows: [...links.values()] },
    {
      table: 'sentence_view_victim_status',
      columns: STATUS_COLUMNS,
      rows: [...batch.statuses.values()].map((s) => [s.victimId, s.referredFor, s.scheme, s.status, s.statusOn]),
    },
  ];
}

const SENTENCE_COLUMNS: readonly BatchColumn[] = [
  ['sentence_id', 'uuid'],
  ['reference', 'text'],
  ['offence_category', 'text'],
  ['offence_caused_death', 'boolean'],
  ['sentence_type', 'text'],
  ['length_months', 'integer'],
  ['sentencing_court', 'text'],
  ['sentence_date', 'date'],
  ['probation_region', 'text'],
  ['custody_status', 'text'],
  ['in_open_conditions', 'boolean'],
  ['ended_by', 'text'],
  ['ended_on', 'date'],
  ['milestone_count', 'integer'],
  ['last_milestone_kind', 'text'],
  ['last_milestone_on', 'date'],
  ['recorded_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
  ['revision', 'bigint'],
];
const MILESTONE_COLUMNS: readonly BatchColumn[] = [
  ['milestone_id', 'uuid'],
  ['sentence_id', 'uuid'],
  ['kind', 'text'],
  ['occurred_on', 'date'],
  ['detail', 'jsonb'],
  ['stream_revision', 'bigint'],
  ['recorded_at', 'timestamptz'],
];
const EXPECTED_COLUMNS: readonly BatchColumn[] = [
  ['sentence_id', 'uuid'],
  ['kind', 'text'],
  ['expected_on', 'date'],
  ['detail', 'jsonb'],
  ['set_by_milestone_id', 'uuid'],
  ['set_on', 'date'],
];
const LINK_COLUMNS: readonly BatchColumn[] = [
  ['sentence_id', 'uuid'],
  ['victim_id', 'uuid'],
  ['victim_reference', 'text'],
  ['linked_on', 'date'],
  ['linked_via', 'text'],
];
const STATUS_COLUMNS: readonly BatchColumn[] = [
  ['victim_id', 'uuid'],
  ['referred_for', 'text'],
  ['scheme', 'text'],
  ['status', 'text'],
  ['status_on', 'date'],
];

function sentenceValues(r: SentenceViewRow): unknown[] {
  return [
    r.sentenceId,
    r.reference,
    r.offenceCategory,
    r.offenceCausedDeath,
    r.sentenceType,
    r.lengthMonths,
    r.sentencingCourt,
    r.sentenceDate,
    r.probationRegion,
    r.custodyStatus,
    r.inOpenConditions,
    r.endedBy,
    r.endedOn,
    r.milestoneCount,
    r.lastMilestoneKind,
    r.lastMilestoneOn,
    r.recordedAt,
    r.updatedAt,
    r.revision,
  ];
}

async function loadSentences(ids: string[], manager: EntityManager): Promise<Map<string, SentenceViewRow>> {
  const sentences = new Map<string, SentenceViewRow>();
  if (ids.length === 0) return sentences;
  const rows: Record<string, unknown>[] = await manager.query(
    `SELECT sentence_id, reference, offence_category, offence_caused_death, sentence_type, length_months, sentencing_court,
            sentence_date::text AS sentence_date, probation_region, custody_status, in_open_conditions, ended_by, ended_on::text AS ended_on,
            milestone_count, last_milestone_kind, last_milestone_on::text AS last_milestone_on, recorded_at, updated_at, revision::text AS revision
       FROM sentence_view WHERE sentence_id = ANY($1::uuid[])`,
    [ids],
  );
  for (const r of rows) {
    sentences.set(key(r.sentence_id), {
      sentenceId: r.sentence_id as string,
      reference: r.reference as string,
      offenceCategory: r.offence_category as OffenceCategory,
      offenceCausedDeath: r.offence_caused_death as boolean,
      sentenceType: r.sentence_type as SentenceType,
      lengthMonths: r.length_months as number | null,
      sentencingCourt: r.sentencing_court as string,
      sentenceDate: r.sentence_date as string,
      probationRegion: r.probation_region as ProbationRegion,
      custodyStatus: r.custody_status as SentenceViewRow['custodyStatus'],
      inOpenConditions: r.in_open_conditions as boolean,
      endedBy: r.ended_by as SentenceViewRow['endedBy'],
      endedOn: r.ended_on as string | null,
      milestoneCount: r.milestone_count as number,
      lastMilestoneKind: r.last_milestone_kind as MilestoneKind | null,
      lastMilestoneOn: r.last_milestone_on as string | null,
      recordedAt: r.recorded_at as Date,
      updatedAt: r.updated_at as Date,
      revision: r.revision as string,
    });
  }
  return sentences;
}

async function loadExpected(
  sentenceIds: string[],
  manager: EntityManager,
): Promise<Map<string, Map<string, ExpectedRow>>> {
  const expected = new Map<string, Map<string, ExpectedRow>>();
  if (sentenceIds.length === 0) return expected;
  const rows: {
    sentence_id: string;
    kind: string;
    expected_on: string | null;
    detail: unknown;
    set_by_milestone_id: string;
    set_on: string;
  }[] = await manager.query(
    `SELECT sentence_id, kind, expected_on::text AS expected_on, detail, set_by_milestone_id, set_on::text AS set_on
       FROM sentence_view_expected WHERE sentence_id = ANY($1::uuid[])`,
    [sentenceIds],
  );
  for (const r of rows) {
    const forSentence = expected.get(key(r.sentence_id)) ?? new Map<string, ExpectedRow>();
    forSentence.set(r.kind, {
      kind: r.kind,
      expectedOn: r.expected_on,
      detail: r.detail,
      setByMilestoneId: r.set_by_milestone_id,
      setOn: r.set_on,
    });
    expected.set(key(r.sentence_id), forSentence);
  }
  return expected;
}

async function loadMilestoneIds(ids: string[], manager: EntityManager): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows: { milestone_id: string }[] = await manager.query(
    'SELECT milestone_id FROM sentence_view_milestones WHERE milestone_id = ANY($1::uuid[])',
    [ids],
  );
  return new Set(rows.map((r) => key(r.milestone_id)));
}

async function loadStatuses(victimIds: string[], manager: EntityManager): Promise<Map<string, VictimStatusRow>> {
  const statuses = new Map<string, VictimStatusRow>();
  if (victimIds.length === 0) return statuses;
  const rows: {
    victim_id: string;
    referred_for: string | null;
    scheme: string | null;
    status: string;
    status_on: string;
  }[] = await manager.query(
    'SELECT victim_id, referred_for, scheme, status, status_on::text AS status_on FROM sentence_view_victim_status WHERE victim_id = ANY($1::uuid[])',
    [victimIds],
  );
  for (const r of rows)
    statuses.set(key(r.victim_id), {
      victimId: r.victim_id,
      referredFor: r.referred_for,
      scheme: r.scheme,
      status: r.status,
      statusOn: r.status_on,
    });
  return statuses;
}
