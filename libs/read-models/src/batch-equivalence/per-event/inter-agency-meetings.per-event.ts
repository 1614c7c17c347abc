// The per-event projection as it stood before batching (commit 4dbe351), kept unchanged as the oracle that
// batch-equivalence.int.spec.ts compares the batched projection with. Not used by the application.
import { InterAgencyMeetingHeld, MeetingNotesAboutVictim } from '@vcs/domain';
import { RecordedEvent } from '@vcs/event-store';
import { isErasedPersonalData, pseudonymousVictimReference } from '@vcs/security';
import { EntityManager } from 'typeorm';
import { Projection } from '../../projection';
import { ProjectionDependencies } from '../../read-model-area';

/**
 * Inter-agency meetings per sentence. Three tables:
 * - inter_agency_meetings: kind, MAPPA category and level, date, agencies present (no victim data);
 * - inter_agency_meeting_victims: per victim considered, the pseudonymous reference, whether their views were
 *   presented, the outcome code and the actions agreed (owner agency, due date) — what partners see;
 * - inter_agency_meeting_notes: what was said about each victim (data.personal, keyed by victim id): for VLOs and
 *   managers only; the partner query never reads this table. Erased entries read as nulls with `erased`.
 */
export class InterAgencyMeetingsProjection implements Projection {
  static readonly NAME = 'inter-agency-meetings';
  readonly name = InterAgencyMeetingsProjection.NAME;
  readonly handles = ['InterAgencyMeetingHeld', 'VictimPersonalDataErased'] as const;
  readonly tables = ['inter_agency_meetings', 'inter_agency_meeting_victims', 'inter_agency_meeting_notes'];

  constructor(private readonly deps: ProjectionDependencies) {}

  async apply(event: RecordedEvent, manager: EntityManager): Promise<void> {
    if (event.type === 'VictimPersonalDataErased') {
      // What was said about the erased victim goes, in place; the other victims' notes stay.
      await manager.query(
        `UPDATE inter_agency_meeting_notes SET views_presented = NULL, outcome = NULL, notes = NULL, action_descriptions = '{}'::jsonb, erased = true
         WHERE victim_id = $1`,
        [String((event.data as { victimId: unknown }).victimId)],
      );
      return;
    }
    if (event.type !== 'InterAgencyMeetingHeld') return;
    const data = event.data as InterAgencyMeetingHeld['data'];
    const inserted: unknown[] = await manager.query(
      `INSERT INTO inter_agency_meetings (meeting_id, sentence_id, kind, mappa_category, mappa_level, held_on, agencies_present, stream_revision, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7::text[], $8, $9) ON CONFLICT (meeting_id) DO NOTHING RETURNING meeting_id`,
      [
        data.meetingId,
        data.sentenceId,
        data.kind,
        data.mappa?.category ?? null,
        data.mappa?.level ?? null,
        data.heldOn,
        [...data.agenciesPresent],
        event.revision.toString(),
        event.recordedAt,
      ],
    );
    if (inserted.length === 0) return;
    const personal = personalByVictim(data.personal);
    for (const [index, victim] of data.victimsConsidered.entries()) {
      const victimId = victim.victimId.toLowerCase();
      const actions = data.actions
        .filter((action) => action.forVictimId.toLowerCase() === victimId)
        .map((action) => ({ actionId: action.actionId, ownerAgency: action.ownerAgency, dueOn: action.dueOn ?? null }));
      await manager.query(
        `INSERT INTO inter_agency_meeting_victims (meeting_id, victim_id, sentence_id, victim_reference, position, views_presented, outcome, actions)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)`,
        [data.meetingId, victimId, data.sentenceId, pseudonymousVictimReference(victimId, this.deps.pseudonymKey), index, victim.viewsPresented, victim.outcome, JSON.stringify(actions)],
      );
      const entry = personal.get(victimId);
      if (entry === undefined) continue;
      const erased = isErasedPersonalData(entry);
      const notes: MeetingNotesAboutVictim = erased ? {} : (entry as MeetingNotesAboutVictim);
      await manager.query(
        `INSERT INTO inter_agency_meeting_notes (meeting_id, victim_id, sentence_id, views_presented, outcome, notes, action_descriptions, erased)
         VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8)`,
        [
          data.meetingId,
          victimId,
          data.sentenceId,
          notes.viewsPresented ?? null,
          notes.outcome ?? null,
          notes.notes ?? null,
          JSON.stringify(notes.actions ?? {}),
          erased,
        ],
      );
    }
  }
}

/** `data.personal` keyed by lower-case victim id (each entry decrypted with that victim's key, or the erased marker). */
function personalByVictim(personal: InterAgencyMeetingHeld['data']['personal'] | undefined): Map<string, unknown> {
  const entries = new Map<string, unknown>();
  for (const [victimId, entry] of Object.entries(personal ?? {})) entries.set(victimId.toLowerCase(), entry);
  return entries;
}
