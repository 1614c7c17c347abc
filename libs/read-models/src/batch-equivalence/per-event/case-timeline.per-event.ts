// The per-event projection as it stood before batching (commit 4dbe351), kept unchanged as the oracle that
// batch-equivalence.int.spec.ts compares the batched projection with. Not used by the application.
import { RecordedEvent } from '@vcs/event-store';
import { EntityManager } from 'typeorm';
import { Projection } from '../../projection';
import { NOTIFICATION_TIMELINE_EVENTS, notificationEventWords } from '../../victim-case/notification-words';
import { sentenceEventWords, victimEventWords } from '../../victim-case/plain-words';

export const CASE_TIMELINE_PROJECTION = 'case-timeline';

const SENTENCE_EVENTS = ['SentenceRecorded', 'SentenceMilestoneReached', 'InterAgencyMeetingHeld'] as const;
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
  'VictimLiaisonOfficerAssigned',
  'VictimDetailsUpdated',
  'VictimCaseClosed',
  'VictimCaseReopened',
  'RetentionReviewRaised',
  'RetentionDecided',
  'VictimPersonalDataErased',
] as const;

type Data = Readonly<Record<string, unknown>>;

const ENTRY_COLUMNS =
  'commit_position, prepare_position, event_id, event_type, stream_id, stream_revision, occurred_at, actor_user_id, actor_role, summary';

/**
 * Every event on a victim and on the sentences linked to them, in history order, in plain words a VLO can read.
 * It never reads `data.personal`: the words carry no name, address or free text, so they stay the same (and
 * safe) after a victim's personal data is erased.
 *
 * Sentence events are stored once per sentence (case_timeline_sentence_entry) and fanned out to the victims
 * linked at the time; a victim linked later (referral or link) gets the sentence's earlier entries copied, so
 * the result depends only on the history, never on timing.
 */
export class CaseTimelineProjection implements Projection {
  readonly name = CASE_TIMELINE_PROJECTION;
  readonly handles: readonly string[] = [...SENTENCE_EVENTS, ...VICTIM_EVENTS, ...NOTIFICATION_TIMELINE_EVENTS];
  readonly tables = ['case_timeline_entry', 'case_timeline_sentence_entry', 'case_timeline_sentence_victim', 'case_timeline_sentence'];

  async apply(event: RecordedEvent, manager: EntityManager): Promise<void> {
    const data = (event.data ?? {}) as Data;
    if ((SENTENCE_EVENTS as readonly string[]).includes(event.type)) return this.applySentenceEvent(event, data, manager);
    return this.applyVictimEvent(event, data, manager);
  }

  private async applySentenceEvent(event: RecordedEvent, data: Data, manager: EntityManager): Promise<void> {
    const sentenceId = String(data.sentenceId);
    if (event.type === 'SentenceRecorded') {
      await manager.query(
        `INSERT INTO case_timeline_sentence (sentence_id, reference) VALUES ($1, $2)
         ON CONFLICT (sentence_id) DO UPDATE SET reference = EXCLUDED.reference`,
        [sentenceId, String(data.reference)],
      );
    }
    const reference = await this.referenceOf(sentenceId, manager);
    const summary = sentenceEventWords(event.type, data, reference);
    await manager.query(
      `INSERT INTO case_timeline_sentence_entry (sentence_id, ${ENTRY_COLUMNS})
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT DO NOTHING`,
      [sentenceId, ...this.entryValues(event, summary)],
    );
    // Fan out to every victim already linked; victims linked later copy it when they are linked.
    await manager.query(
      `INSERT INTO case_timeline_entry (victim_id, sentence_id, ${ENTRY_COLUMNS})
       SELECT l.victim_id, e.sentence_id, ${prefixed('e')}
       FROM case_timeline_sentence_victim l
       JOIN case_timeline_sentence_entry e ON e.sentence_id = l.sentence_id
       WHERE l.sentence_id = $1 AND e.commit_position = $2 AND e.prepare_position = $3
       ON CONFLICT DO NOTHING`,
      [sentenceId, event.position.commit.toString(), event.position.prepare.toString()],
    );
  }

  private async applyVictimEvent(event: RecordedEvent, data: Data, manager: EntityManager): Promise<void> {
    const victimId = String(data.victimId);
    const linksSentence = event.type === 'ReferralReceived' || event.type === 'VictimLinkedToSentence';
    const sentenceId = typeof data.sentenceId === 'string' ? data.sentenceId : null;
    const references = new Map<string, string>();
    if (sentenceId) references.set(sentenceId, await this.referenceOf(sentenceId, manager));
    const summary = (NOTIFICATION_TIMELINE_EVENTS as readonly string[]).includes(event.type)
      ? notificationEventWords(event.type, data)
      : victimEventWords(event.type, data, (id) => (typeof id === 'string' ? (references.get(id) ?? 'not yet recorded') : 'unknown'));

    if (linksSentence && sentenceId) {
      await manager.query(
        'INSERT INTO case_timeline_sentence_victim (sentence_id, victim_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
        [sentenceId, victimId],
      );
      // The sentence's history so far joins the victim's timeline (each entry keeps its own position).
      await manager.query(
        `INSERT INTO case_timeline_entry (victim_id, sentence_id, ${ENTRY_COLUMNS})
         SELECT $1, e.sentence_id, ${prefixed('e')}
         FROM case_timeline_sentence_entry e
         WHERE e.sentence_id = $2
         ON CONFLICT DO NOTHING`,
        [victimId, sentenceId],
      );
    }
    await manager.query(
      `INSERT INTO case_timeline_entry (victim_id, sentence_id, ${ENTRY_COLUMNS})
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT DO NOTHING`,
      [victimId, sentenceId, ...this.entryValues(event, summary)],
    );
  }

  private async referenceOf(sentenceId: string, manager: EntityManager): Promise<string> {
    const rows: { reference: string }[] = await manager.query('SELECT reference FROM case_timeline_sentence WHERE sentence_id = $1', [sentenceId]);
    return rows[0]?.reference ?? 'not yet recorded';
  }

  private entryValues(event: RecordedEvent, summary: string): unknown[] {
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
}

/** When it happened: the metadata's occurredAt, else when the store recorded it (never the clock). */
export function occurredAtOf(event: RecordedEvent): Date {
  const stated = event.metadata?.occurredAt;
  const parsed = typeof stated === 'string' ? new Date(stated) : undefined;
  return parsed && !Number.isNaN(parsed.getTime()) ? parsed : event.recordedAt;
}

function prefixed(alias: string): string {
  return ENTRY_COLUMNS.split(', ')
    .map((column) => `${alias}.${column}`)
    .join(', ');
}
