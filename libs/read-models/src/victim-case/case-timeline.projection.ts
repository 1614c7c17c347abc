import { DomainEventType } from '@vcs/domain';
import { RecordedEvent } from '@vcs/event-store';
import { EntityManager } from 'typeorm';
import { BatchColumn, BatchWrite, distinct, writeRows } from '../batch-sql';
import { MemoryBuild } from '../memory-build';
import { Projection } from '../projection';
import { RecordedDomainEvent, recordedDomainEventOf } from '../recorded-domain-event';
import {
  NOTIFICATION_TIMELINE_EVENTS,
  NotificationTimelineEventType,
  notificationEventWords,
} from './notification-words';
import { sentenceEventWords, victimEventWords } from './plain-words';

export const CASE_TIMELINE_PROJECTION = 'case-timeline';

const SENTENCE_EVENTS = [
  'SentenceRecorded',
  'SentenceMilestoneReached',
  'InterAgencyMeetingHeld',
] as const satisfies readonly DomainEventType[];
const VICTIM_EVENTS = [
  'ReferralReceived',
  'VictimEnrolled',
  'VictimDeclined',
  'VictimWithdrew',
  'VictimRejoined',
  'VictimLinkedToSentence',
  'ActingForVictimNominated',
  'ContactPreferencesUpdated',
  'ContactRecorded',
  'RepresentationSubmitted',
  'RepresentationDisclosed',
  'VictimLiaisonOfficerAssigned',
  'VictimDetailsUpdated',
  'VictimCaseClosed',
  'VictimCaseReopened',
  'RetentionReviewRaised',
  'RetentionDecided',
  'VictimPersonalDataErased',
  'VictimCaseTransferred',
  'CaseAccessGranted',
  'CaseAccessRevoked',
  'VictimRequestMade',
  'VictimRequestAnswered',
  'VictimRightExplained',
] as const satisfies readonly DomainEventType[];

type SentenceTimelineEventType = (typeof SENTENCE_EVENTS)[number];
type VictimTimelineEventType = (typeof VICTIM_EVENTS)[number];
/** Every type the timeline handles: its words are exhaustive over these. */
type TimelineEventType = SentenceTimelineEventType | VictimTimelineEventType | NotificationTimelineEventType;

const ENTRY_COLUMNS: readonly BatchColumn[] = [
  ['commit_position', 'bigint'],
  ['prepare_position', 'bigint'],
  ['event_id', 'uuid'],
  ['event_type', 'text'],
  ['stream_id', 'text'],
  ['stream_revision', 'bigint'],
  ['occurred_at', 'timestamptz'],
  ['actor_user_id', 'text'],
  ['actor_role', 'text'],
  ['summary', 'text'],
];
const ENTRY_NAMES = ENTRY_COLUMNS.map(([name]) => name).join(', ');
const SENTENCE_COLUMNS: readonly BatchColumn[] = [
  ['sentence_id', 'uuid'],
  ['reference', 'text'],
];
const LINK_COLUMNS: readonly BatchColumn[] = [
  ['sentence_id', 'uuid'],
  ['victim_id', 'uuid'],
];
const SENTENCE_ENTRY_COLUMNS: readonly BatchColumn[] = [['sentence_id', 'uuid'], ...ENTRY_COLUMNS];
const VICTIM_ENTRY_COLUMNS: readonly BatchColumn[] = [['victim_id', 'uuid'], ['sentence_id', 'uuid'], ...ENTRY_COLUMNS];
const VICTIM_ENTRY_KEY: readonly string[] = ['victim_id', 'commit_position', 'prepare_position'];
/** Inserts keep what is there (any unique key). */
const KEEP: readonly string[] = [];

/**
 * Every event on a victim and on the sentences linked to them, in history order, in plain words a VLO can read.
 * It never reads `data.personal`: the words carry no name, address or free text, so they stay the same (and
 * safe) after a victim's personal data is erased.
 *
 * Sentence events are stored once per sentence (case_timeline_sentence_entry) and fanned out to the victims
 * linked at the time; a victim linked later (referral or link) gets the sentence's earlier entries copied, so
 * the result depends only on the history, never on timing.
 *
 * A batch reads the references it needs once, words every event in order, then writes with one statement per
 * step. Every write is an insert that keeps what is there, and links are never removed, so fanning the batch's
 * sentence entries out to the links as they stand after the batch, and copying each linked sentence's entries
 * after them, gives exactly the rows event-by-event gives. `apply` is a batch of one.
 */
export class CaseTimelineProjection implements Projection {
  readonly name = CASE_TIMELINE_PROJECTION;
  readonly handles: readonly string[] = [...SENTENCE_EVENTS, ...VICTIM_EVENTS, ...NOTIFICATION_TIMELINE_EVENTS];
  readonly tables = [
    'case_timeline_entry',
    'case_timeline_sentence_entry',
    'case_timeline_sentence_victim',
    'case_timeline_sentence',
  ];
  readonly readsPersonalData = false;

  apply(event: RecordedEvent, manager: EntityManager): Promise<void> {
    return this.applyBatch([event], manager);
  }

  async applyBatch(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const sentenceIds = distinct(
      events.flatMap((e) => sentenceIdOf(recordedDomainEventOf<TimelineEventType>(e)) ?? []).map(key),
    );
    const references = await loadReferences(sentenceIds, manager);
    const recorded = new Map<string, unknown[]>();
    const sentenceEntries: unknown[][] = [];
    const links: unknown[][] = [];
    const victimEntries: unknown[][] = [];

    for (const event of events) {
      const row = timelineRowOf(event, references);
      if (row.kind === 'sentence') {
        if (row.recorded) recorded.set(key(row.sentenceId), row.recorded);
        sentenceEntries.push(row.entry);
      } else {
        if (row.links) links.push([row.sentenceId, row.victimId]);
        victimEntries.push(row.entry);
      }
    }

    await writeRows(manager, {
      table: 'case_timeline_sentence',
      columns: SENTENCE_COLUMNS,
      rows: [...recorded.values()],
      onConflict: { update: ['sentence_id'] },
    });
    await writeRows(manager, {
      table: 'case_timeline_sentence_entry',
      columns: SENTENCE_ENTRY_COLUMNS,
      rows: sentenceEntries,
      onConflict: { nothing: KEEP },
    });
    await writeRows(manager, {
      table: 'case_timeline_sentence_victim',
      columns: LINK_COLUMNS,
      rows: links,
      onConflict: { nothing: KEEP },
    });
    // The batch's sentence entries, to every victim linked to their sentence (before the batch or during it).
    if (sentenceEntries.length > 0) {
      await manager.query(
        `INSERT INTO case_timeline_entry (victim_id, sentence_id, ${ENTRY_NAMES})
         SELECT l.victim_id, e.sentence_id, ${prefixed('e')}
         FROM json_to_recordset($1::json) AS b(sentence_id uuid, commit_position bigint, prepare_position bigint)
         JOIN case_timeline_sentence_entry e
           ON e.sentence_id = b.sentence_id AND e.commit_position = b.commit_position AND e.prepare_position = b.prepare_position
         JOIN case_timeline_sentence_victim l ON l.sentence_id = e.sentence_id
         ON CONFLICT DO NOTHING`,
        [
          JSON.stringify(
            sentenceEntries.map(([sentenceId, commit, prepare]) => ({
              sentence_id: sentenceId,
              commit_position: commit,
              prepare_position: prepare,
            })),
          ),
        ],
      );
    }
    // The sentence's history so far joins the victim's timeline (each entry keeps its own position).
    if (links.length > 0) {
      await manager.query(
        `INSERT INTO case_timeline_entry (victim_id, sentence_id, ${ENTRY_NAMES})
         SELECT b.victim_id, e.sentence_id, ${prefixed('e')}
         FROM json_to_recordset($1::json) AS b(sentence_id uuid, victim_id uuid)
         JOIN case_timeline_sentence_entry e ON e.sentence_id = b.sentence_id
         ON CONFLICT DO NOTHING`,
        [JSON.stringify(links.map(([sentenceId, victimId]) => ({ sentence_id: sentenceId, victim_id: victimId })))],
      );
    }
    await writeRows(manager, {
      table: 'case_timeline_entry',
      columns: VICTIM_ENTRY_COLUMNS,
      rows: victimEntries,
      onConflict: { nothing: VICTIM_ENTRY_KEY },
    });
  }
  /**
   * The whole history as one batch: victims' own entries are written as they come (append-only); sentences, their
   * entries and links stay in memory, and at the end each link gets every entry of its sentence — what fanning out
   * and copying on linking give, once every event is in.
   */
  memoryBuild(): MemoryBuild {
    const references = new Map<string, string>();
    const recorded = new Map<string, unknown[]>();
    const entriesBySentence = new Map<string, unknown[][]>();
    const links = new Map<string, unknown[]>();
    return {
      apply: (events) => {
        const victimEntries: unknown[][] = [];
        for (const event of events) {
          const row = timelineRowOf(event, references);
          if (row.kind === 'sentence') {
            if (row.recorded) recorded.set(key(row.sentenceId), row.recorded);
            const entries = entriesBySentence.get(key(row.sentenceId)) ?? [];
            entries.push(row.entry);
            entriesBySentence.set(key(row.sentenceId), entries);
            continue;
          }
          victimEntries.push(row.entry);
          const linkKey = row.links && `${key(row.sentenceId as string)} ${key(row.victimId)}`;
          if (linkKey && !links.has(linkKey)) links.set(linkKey, [row.sentenceId, row.victimId]);
        }
        return [
          {
            table: 'case_timeline_entry',
            columns: VICTIM_ENTRY_COLUMNS,
            rows: victimEntries,
            onConflict: { nothing: VICTIM_ENTRY_KEY },
          },
        ];
      },
      rows: () => {
        const fannedOut: unknown[][] = [];
        for (const [sentenceId, victimId] of links.values()) {
          for (const [entrySentenceId, ...entry] of entriesBySentence.get(key(String(sentenceId))) ?? [])
            fannedOut.push([victimId, entrySentenceId, ...entry]);
        }
        return [
          { table: 'case_timeline_sentence', columns: SENTENCE_COLUMNS, rows: [...recorded.values()] },
          {
            table: 'case_timeline_sentence_entry',
            columns: SENTENCE_ENTRY_COLUMNS,
            rows: [...entriesBySentence.values()].flat(),
          },
          { table: 'case_timeline_sentence_victim', columns: LINK_COLUMNS, rows: [...links.values()] },
          {
            table: 'case_timeline_entry',
            columns: VICTIM_ENTRY_COLUMNS,
            rows: fannedOut,
            onConflict: { nothing: VICTIM_ENTRY_KEY },
          },
        ] satisfies BatchWrite[];
      },
    };
  }
}

/** What the timeline keeps of one event: a sentence's entry (fanned out to its victims) or a victim's own. */
type TimelineRow =
  | {
      readonly kind: 'sentence';
      readonly sentenceId: string;
      readonly entry: unknown[];
      readonly recorded: unknown[] | undefined;
    }
  | {
      readonly kind: 'victim';
      readonly victimId: string;
      readonly sentenceId: string | null;
      readonly entry: unknown[];
      readonly links: boolean;
    };

/** One event in plain words, in history order: a recorded sentence's reference joins `references` for the events after it. */
function timelineRowOf(recorded: RecordedEvent, references: Map<string, string>): TimelineRow {
  const event = recordedDomainEventOf<TimelineEventType>(recorded);
  const referenceOf = (sentenceId: string) => references.get(key(sentenceId)) ?? 'not yet recorded';
  if (isSentenceEvent(event)) {
    const { sentenceId } = event.data;
    const reference = event.type === 'SentenceRecorded' ? event.data.reference : undefined;
    if (reference !== undefined) references.set(key(sentenceId), reference);
    return {
      kind: 'sentence',
      sentenceId,
      recorded: reference !== undefined ? [sentenceId, reference] : undefined,
      entry: [sentenceId, ...entryValues(event, sentenceEventWords(event, referenceOf(sentenceId)))],
    };
  }
  const { victimId } = event.data;
  const sentenceId = sentenceIdOf(event) ?? null;
  const links = (event.type === 'ReferralReceived' || event.type === 'VictimLinkedToSentence') && sentenceId !== null;
  return {
    kind: 'victim',
    victimId,
    sentenceId,
    links,
    entry: [victimId, sentenceId, ...entryValues(event, victimSummary(event, sentenceId, referenceOf))],
  };
}

/** A victim event's words; a sentence it names is called by the reference known when it happened. */
function victimSummary(
  event: RecordedDomainEvent<VictimTimelineEventType | NotificationTimelineEventType>,
  sentenceId: string | null,
  referenceOf: (sentenceId: string) => string,
): string {
  if (isNotificationEvent(event)) return notificationEventWords(event); // scheduled, sent, failed, cancelled; letters and safety checks
  const known = new Map<string, string>();
  if (sentenceId) known.set(sentenceId, referenceOf(sentenceId));
  return victimEventWords(event, (id) => (typeof id === 'string' ? (known.get(id) ?? 'not yet recorded') : 'unknown'));
}

const isSentenceEvent = (
  event: RecordedDomainEvent<TimelineEventType>,
): event is RecordedDomainEvent<SentenceTimelineEventType> =>
  (SENTENCE_EVENTS as readonly string[]).includes(event.type);

const isNotificationEvent = (
  event: RecordedDomainEvent<TimelineEventType>,
): event is RecordedDomainEvent<NotificationTimelineEventType> =>
  (NOTIFICATION_TIMELINE_EVENTS as readonly string[]).includes(event.type);

/** The sentence an event names, if it names one. */
function sentenceIdOf(event: RecordedDomainEvent<TimelineEventType>): string | undefined {
  return 'sentenceId' in event.data && typeof event.data.sentenceId === 'string' ? event.data.sentenceId : undefined;
}

async function loadReferences(sentenceIds: string[], manager: EntityManager): Promise<Map<string, string>> {
  const references = new Map<string, string>();
  if (sentenceIds.length === 0) return references;
  const rows: { sentence_id: string; reference: string }[] = await manager.query(
    'SELECT sentence_id, reference FROM case_timeline_sentence WHERE sentence_id = ANY($1::uuid[])',
    [sentenceIds],
  );
  for (const row of rows) references.set(key(row.sentence_id), row.reference);
  return references;
}

function entryValues(
  event: Omit<RecordedEvent, 'type' | 'data'> & { readonly type: string },
  summary: string,
): unknown[] {
  const actor = event.metadata?.actor ?? { userId: 'unknown', role: 'unknown' };
  return [
    event.position.commit.toString(),
    event.position.prepare.toString(),
    event.id,
    event.type,
    event.streamId,
    event.revision.toString(),
    occurredAtOf(event),
    String(actor.userId),
    String(actor.role),
    summary,
  ];
}

/** Ids are uuid columns: compared as PostgreSQL does, whatever their case. */
function key(id: string): string {
  return id.toLowerCase();
}

/** When it happened: the metadata's occurredAt, else when the store recorded it (never the clock). */
export function occurredAtOf(event: Pick<RecordedEvent, 'metadata' | 'recordedAt'>): Date {
  const stated = event.metadata?.occurredAt;
  const parsed = typeof stated === 'string' ? new Date(stated) : undefined;
  return parsed && !Number.isNaN(parsed.getTime()) ? parsed : event.recordedAt;
}

function prefixed(alias: string): string {
  return ENTRY_COLUMNS.map(([column]) => `${alias}.${column}`).join(', ');
}
