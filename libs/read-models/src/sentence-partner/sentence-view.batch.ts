import {
  MilestoneKind,
  OffenceCategory,
  ProbationRegion,
  SentenceMilestoneReached,
  SentenceRecorded,
  SentenceType,
} from '@vcs/domain';
import { RecordedEvent } from '@vcs/event-store';
import { expectationChange } from './expected-milestones';
import { initialStatus, SentenceStatus, statusAfter } from './sentence-status';

/** One row of sentence_view. */
export interface SentenceViewRow {
  sentenceId: string;
  reference: string;
  offenceCategory: OffenceCategory;
  offenceCausedDeath: boolean;
  sentenceType: SentenceType;
  lengthMonths: number | null;
  sentencingCourt: string;
  sentenceDate: string;
  probationRegion: ProbationRegion;
  custodyStatus: SentenceStatus['custodyStatus'];
  inOpenConditions: boolean;
  endedBy: SentenceStatus['endedBy'];
  endedOn: string | null;
  milestoneCount: number;
  lastMilestoneKind: MilestoneKind | null;
  lastMilestoneOn: string | null;
  recordedAt: Date;
  updatedAt: Date;
  /** The sentence stream's latest revision, whichever event moved it. */
  revision: string;
}

/** One row of sentence_view_expected (its sentence is the map key it sits under). */
export interface ExpectedRow {
  kind: string;
  expectedOn: string | null;
  detail: unknown;
  setByMilestoneId: string;
  setOn: string;
}

/** One row of sentence_view_victim_status. */
export interface VictimStatusRow {
  victimId: string;
  referredFor: string | null;
  scheme: string | null;
  status: string;
  statusOn: string;
}

export type StatusChange = {
  referredFor?: string;
  scheme?: string;
  status: 'referred' | 'enrolled' | 'declined' | 'withdrawn';
  on: string;
};

/** Ids are uuid columns: compared as PostgreSQL does, whatever their case. */
export function key(id: unknown): string {
  return String(id).toLowerCase();
}

/**
 * The sentence view's rows a batch touches, changed in memory as one event at a time would change them in the
 * tables (first recording and first milestone of an id win; a milestone moves the status and the expectations;
 * links keep the first; a victim's status takes the latest, keeping the scheme and referral it does not restate).
 */
export class SentenceViewBatch {
  readonly changedSentences = new Set<string>();
  readonly changedExpectations = new Set<string>();
  readonly changedStatuses = new Set<string>();
  readonly newMilestones: unknown[][] = [];
  readonly newLinks: unknown[][] = [];

  constructor(
    readonly sentences: Map<string, SentenceViewRow>,
    /** Expectations by sentence, for every sentence a milestone of the batch is about. */
    readonly expected: Map<string, Map<string, ExpectedRow>>,
    /** Milestone ids already stored (of the batch's milestones). */
    private readonly milestones: Set<string>,
    readonly statuses: Map<string, VictimStatusRow>,
  ) {}

  sentenceRecorded(data: SentenceRecorded['data'], event: RecordedEvent): void {
    const id = key(data.sentenceId);
    if (this.sentences.has(id)) return;
    this.sentences.set(id, {
      sentenceId: data.sentenceId,
      reference: data.reference,
      offenceCategory: data.offenceCategory,
      offenceCausedDeath: data.offenceCausedDeath,
      sentenceType: data.sentenceType,
      lengthMonths: data.lengthMonths ?? null,
      sentencingCourt: data.sentencingCourt,
      sentenceDate: data.sentenceDate,
      probationRegion: data.probationRegion,
      ...rowStatus(initialStatus(data)),
      milestoneCount: 0,
      lastMilestoneKind: null,
      lastMilestoneOn: null,
      recordedAt: event.recordedAt,
      updatedAt: event.recordedAt,
      revision: event.revision.toString(),
    });
    this.changedSentences.add(id);
  }

  /** Any event on the sentence's stream (a meeting too) moves the row's revision. */
  streamAppended(sentenceId: string, event: RecordedEvent): void {
    const row = this.sentences.get(key(sentenceId));
    if (!row || BigInt(row.revision) >= event.revision) return;
    row.revision = event.revision.toString();
    this.changedSentences.add(key(sentenceId));
  }

  milestoneReached(data: SentenceMilestoneReached['data'], event: RecordedEvent): void {
    const id = key(data.sentenceId);
    const row = this.sentences.get(id);
    if (!row) return; // the sentence stream always starts with SentenceRecorded; nothing to attach to otherwise
    if (this.milestones.has(key(data.milestoneId))) return; // already applied
    this.milestones.add(key(data.milestoneId));
    this.newMilestones.push([
      data.milestoneId,
      data.sentenceId,
      data.kind,
      data.date,
      data.detail ?? {},
      event.revision.toString(),
      event.recordedAt,
    ]);
    const status = statusAfter(
      {
        custodyStatus: row.custodyStatus,
        inOpenConditions: row.inOpenConditions,
        endedBy: row.endedBy,
        endedOn: row.endedOn,
      },
      recordedOf(row),
      data,
    );
    Object.assign(row, {
      ...rowStatus(status),
      milestoneCount: row.milestoneCount + 1,
      lastMilestoneKind: data.kind,
      lastMilestoneOn: data.date,
      updatedAt: event.recordedAt,
    });
    this.changedSentences.add(id);

    const change = expectationChange(data);
    const expected = this.expected.get(id) ?? new Map<string, ExpectedRow>();
    this.expected.set(id, expected);
    if (change.clear === 'all') expected.clear();
    else for (const kind of change.clear) expected.delete(kind);
    for (const next of change.set) {
      expected.set(next.kind, {
        kind: next.kind,
        expectedOn: next.date,
        detail: next.detail,
        setByMilestoneId: data.milestoneId,
        setOn: data.date,
      });
    }
    this.changedExpectations.add(id);
  }

  link(
    sentenceId: string,
    victimId: string,
    victimReference: string,
    on: string,
    via: 'referral' | 'linked' | 'enrolment',
  ): void {
    this.newLinks.push([sentenceId, victimId, victimReference, on, via]);
  }

  setStatus(victimId: string, change: StatusChange): void {
    const id = key(victimId);
    const known = this.statuses.get(id);
    this.statuses.set(id, {
      victimId,
      referredFor: change.referredFor ?? known?.referredFor ?? null,
      scheme: change.scheme ?? known?.scheme ?? null,
      status: change.status,
      statusOn: change.on,
    });
    this.changedStatuses.add(id);
  }
}

function rowStatus(
  status: SentenceStatus,
): Pick<SentenceViewRow, 'custodyStatus' | 'inOpenConditions' | 'endedBy' | 'endedOn'> {
  return {
    custodyStatus: status.custodyStatus,
    inOpenConditions: status.inOpenConditions,
    endedBy: status.endedBy,
    endedOn: status.endedOn,
  };
}

/** The sentence as it was recorded, from its row (the facts the domain's status rules read). */
function recordedOf(row: SentenceViewRow): SentenceRecorded['data'] {
  return {
    sentenceId: row.sentenceId,
    reference: row.reference,
    offenceCategory: row.offenceCategory,
    offenceCausedDeath: row.offenceCausedDeath,
    sentenceType: row.sentenceType,
    ...(row.lengthMonths === null ? {} : { lengthMonths: row.lengthMonths }),
    sentencingCourt: row.sentencingCourt,
    sentenceDate: row.sentenceDate,
    probationRegion: row.probationRegion,
  };
}
