// The per-event projection as it stood before batching (commit 4dbe351), kept unchanged as the oracle that
// batch-equivalence.int.spec.ts compares the batched projection with. Not used by the application.
import {
  ContactPreferencesUpdated,
  LetterApproved,
  LetterDrafted,
  LetterEdited,
  LetterReturned,
  LetterSubmittedForApproval,
  NotificationScheduled,
  NotificationSent,
  ReferralReceived,
  SentenceRecorded,
} from '@vcs/domain';
import { RecordedEvent } from '@vcs/event-store';
import { isErasedPersonalData } from '@vcs/security';
import { EntityManager } from 'typeorm';
import { Projection } from '../../projection';

export const LETTERS_PROJECTION = 'letters';

type Personal<T> = Partial<T> | undefined;

/**
 * Letters and their workflow state (docs/letters.md). Reads every event so that `letter_victims.revision` follows
 * the victim's stream (the ETag a letter answers with); acts on sentences (region), referrals, preferences (large
 * print), the letter events, notifications that link or send a letter, and erasure. Times come from the events.
 */
export class LettersProjection implements Projection {
  readonly name = LETTERS_PROJECTION;
  readonly handles = '*' as const;
  readonly tables = ['letters', 'letter_victims', 'letter_sentences'];

  async apply(event: RecordedEvent, manager: EntityManager): Promise<void> {
    if (event.type === 'SentenceRecorded') {
      const { sentenceId, probationRegion } = event.data as SentenceRecorded['data'];
      await manager.query('INSERT INTO letter_sentences (sentence_id, region) VALUES ($1, $2) ON CONFLICT (sentence_id) DO NOTHING', [sentenceId, probationRegion]);
      return;
    }
    if (!event.streamId.startsWith('victim-')) return;
    const data = (event.data ?? {}) as { victimId?: unknown; personal?: unknown };
    const victimId = typeof data.victimId === 'string' ? data.victimId : event.streamId.slice('victim-'.length);
    const at = eventTime(event);

    if (event.type === 'ReferralReceived') {
      const { sentenceId } = event.data as ReferralReceived['data'];
      await manager.query(
        `INSERT INTO letter_victims (victim_id, region, large_print, revision)
         VALUES ($1, (SELECT region FROM letter_sentences WHERE sentence_id = $2), false, $3)
         ON CONFLICT (victim_id) DO NOTHING`,
        [victimId, sentenceId, event.revision.toString()],
      );
    }
    await manager.query('UPDATE letter_victims SET revision = $2 WHERE victim_id = $1', [victimId, event.revision.toString()]);

    const erased = isErasedPersonalData(data.personal);
    switch (event.type) {
      case 'ContactPreferencesUpdated': {
        const personal = (erased ? undefined : data.personal) as Personal<ContactPreferencesUpdated['data']['personal']>;
        const largePrint = Array.isArray(personal?.accessibleFormats) && personal.accessibleFormats.includes('large-print');
        await manager.query('UPDATE letter_victims SET large_print = $2 WHERE victim_id = $1', [victimId, largePrint]);
        break;
      }
      case 'LetterDrafted': {
        const { letterId, notificationId, stage, draftedBy, draftedOn } = event.data as LetterDrafted['data'];
        const personal = (erased ? undefined : data.personal) as Personal<LetterDrafted['data']['personal']>;
        await manager.query(
          `INSERT INTO letters (letter_id, victim_id, notification_id, stage, status, region, authors, drafted_by, drafted_on, drafted_at,
                                body, address_block, language, personal_data_erased, updated_at)
           VALUES ($1, $2, $3, $4, 'draft', (SELECT region FROM letter_victims WHERE victim_id = $2), ARRAY[$5], $5, $6, $7, $8, $9, $10, $11, $7)
           ON CONFLICT (letter_id) DO NOTHING`,
          [letterId, victimId, notificationId ?? null, stage, draftedBy, draftedOn, at, personal?.body ?? null, personal?.addressBlock ?? null, personal?.language ?? null, erased],
        );
        break;
      }
      case 'LetterEdited': {
        const { letterId, editedBy } = event.data as LetterEdited['data'];
        const personal = (erased ? undefined : data.personal) as Personal<LetterEdited['data']['personal']>;
        // Any edit returns the letter to draft; an approval no longer stands.
        await manager.query(
          `UPDATE letters SET status = 'draft',
                  authors = CASE WHEN $2 = ANY(authors) THEN authors ELSE authors || $2 END,
                  last_edited_by = $2, last_edited_at = $3,
                  approved_by = NULL, approved_on = NULL, approved_at = NULL,
                  body = COALESCE($4, body), address_block = COALESCE($5, address_block), language = COALESCE($6, language),
                  personal_data_erased = personal_data_erased OR $7,
                  updated_at = $3
            WHERE letter_id = $1`,
          [letterId, editedBy, at, personal?.body ?? null, personal?.addressBlock ?? null, personal?.language ?? null, erased],
        );
        break;
      }
      case 'LetterSubmittedForApproval': {
        const { letterId, submittedBy, submittedOn } = event.data as LetterSubmittedForApproval['data'];
        await manager.query(
          "UPDATE letters SET status = 'submitted', submitted_by = $2, submitted_on = $3, submitted_at = $4, updated_at = $4 WHERE letter_id = $1",
          [letterId, submittedBy, submittedOn, at],
        );
        break;
      }
      case 'LetterApproved': {
        const { letterId, approvedBy, approvedOn } = event.data as LetterApproved['data'];
        await manager.query("UPDATE letters SET status = 'approved', approved_by = $2, approved_on = $3, approved_at = $4, updated_at = $4 WHERE letter_id = $1", [
          letterId,
          approvedBy,
          approvedOn,
          at,
        ]);
        break;
      }
      case 'LetterReturned': {
        const { letterId, returnedBy, returnedOn } = event.data as LetterReturned['data'];
        const personal = (erased ? undefined : data.personal) as Personal<LetterReturned['data']['personal']>;
        await manager.query(
          `UPDATE letters SET status = 'returned', returned_by = $2, returned_on = $3, returned_at = $4, return_comments = $5,
                  personal_data_erased = personal_data_erased OR $6, updated_at = $4
            WHERE letter_id = $1`,
          [letterId, returnedBy, returnedOn, at, personal?.comments ?? null, erased],
        );
        break;
      }
      case 'NotificationScheduled': {
        const { notificationId, letterId } = event.data as NotificationScheduled['data'];
        if (letterId !== undefined) {
          await manager.query('UPDATE letters SET notification_id = $2, updated_at = $3 WHERE letter_id = $1 AND victim_id = $4', [letterId, notificationId, at, victimId]);
        }
        break;
      }
      case 'NotificationSent': {
        const { notificationId, letterId, channel } = event.data as NotificationSent['data'];
        if (channel !== 'letter') break;
        await manager.query(
          "UPDATE letters SET status = 'sent', sent_at = $3, updated_at = $3 WHERE victim_id = $4 AND (letter_id = $1 OR notification_id = $2) AND status = 'approved'",
          [letterId ?? null, notificationId, at, victimId],
        );
        break;
      }
      case 'VictimPersonalDataErased':
        await eraseVictim(victimId, at, manager);
        break;
    }
  }
}

/** The victim's key was destroyed: their letters' words, address blocks and comments go, the workflow facts stay. */
async function eraseVictim(victimId: string, at: Date, manager: EntityManager): Promise<void> {
  await manager.query(
    `UPDATE letters SET body = NULL, address_block = NULL, language = NULL, return_comments = NULL, personal_data_erased = true, updated_at = $2
      WHERE victim_id = $1`,
    [victimId, at],
  );
  await manager.query('UPDATE letter_victims SET large_print = false WHERE victim_id = $1', [victimId]);
}

/** When the fact happened, from the event (never the clock): the caller's occurredAt, else when it was stored. */
function eventTime(event: RecordedEvent): Date {
  const occurredAt = Date.parse(event.metadata?.occurredAt ?? '');
  return Number.isNaN(occurredAt) ? event.recordedAt : new Date(occurredAt);
}
