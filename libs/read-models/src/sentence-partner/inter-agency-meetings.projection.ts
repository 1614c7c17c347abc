import { DomainEventType, MeetingNotesAboutVictim } from '@vcs/domain';
import { RecordedEvent } from '@vcs/event-store';
import { isErasedPersonalData, pseudonymousVictimReference, sealerForMany } from '@vcs/security';
import { EntityManager } from 'typeorm';
import { BatchColumn, writeRows } from '../batch-sql';
import { Projection } from '../projection';
import { ProjectionDependencies } from '../read-model-area';
import { recordedDomainEventOf } from '../recorded-domain-event';

const HANDLED = ['InterAgencyMeetingHeld', 'VictimPersonalDataErased'] as const satisfies readonly DomainEventType[];

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
  readonly handles = HANDLED;
  readonly tables = ['inter_agency_meetings', 'inter_agency_meeting_victims', 'inter_agency_meeting_notes'];
  /** The notes per victim are in `data.personal`. */
  readonly readsPersonalData = true;

  constructor(private readonly deps: ProjectionDependencies) {}

  apply(event: RecordedEvent, manager: EntityManager): Promise<void> {
    return this.applyBatch([event], manager);
  }

  /**
   * Rows of the batch's new meetings built in memory, in order; an erasure nulls the notes already stored (one
   * UPDATE, before the batch's rows go in) and those of the batch's earlier meetings. `apply` is a batch of one.
   */
  async applyBatch(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const handled = events.map((event) => recordedDomainEventOf<(typeof HANDLED)[number]>(event));
    const meetingIds = handled.flatMap((e) =>
      e.type === 'InterAgencyMeetingHeld' ? [e.data.meetingId.toLowerCase()] : [],
    );
    const known = await storedMeetings(meetingIds, manager);
    const meetings: unknown[][] = [];
    const victims: unknown[][] = [];
    const notes: NotesRow[] = [];
    const erasedBefore: string[] = [];
    for (const event of handled) {
      if (event.type === 'VictimPersonalDataErased') {
        // What was said about the erased victim goes, in place; the other victims' notes stay.
        const victimId = event.data.victimId;
        erasedBefore.push(victimId);
        for (const row of notes)
          if (row.victimId === victimId.toLowerCase())
            Object.assign(row, {
              viewsPresented: null,
              outcome: null,
              notes: null,
              actionDescriptions: {},
              erased: true,
            });
        continue;
      }
      if (event.type !== 'InterAgencyMeetingHeld') continue;
      const data = event.data;
      if (known.has(data.meetingId.toLowerCase())) continue;
      known.add(data.meetingId.toLowerCase());
      meetings.push([
        data.meetingId,
        data.sentenceId,
        data.kind,
        data.mappa?.category ?? null,
        data.mappa?.level ?? null,
        data.heldOn,
        [...data.agenciesPresent],
        event.revision.toString(),
        event.recordedAt,
      ]);
      const personal = personalByVictim(data.personal);
      for (const [index, victim] of data.victimsConsidered.entries()) {
        const victimId = victim.victimId.toLowerCase();
        const actions = data.actions
          .filter((action) => action.forVictimId.toLowerCase() === victimId)
          .map((action) => ({
            actionId: action.actionId,
            ownerAgency: action.ownerAgency,
            dueOn: action.dueOn ?? null,
          }));
        victims.push([
          data.meetingId,
          victimId,
          data.sentenceId,
          pseudonymousVictimReference(victimId, data.sentenceId, this.deps.pseudonymKey),
          index,
          victim.viewsPresented,
          victim.outcome,
          actions,
        ]);
        const entry = personal.get(victimId);
        if (entry === undefined) continue;
        const erased = isErasedPersonalData(entry);
        const said: MeetingNotesAboutVictim = erased ? {} : (entry as MeetingNotesAboutVictim);
        notes.push({
          meetingId: data.meetingId,
          victimId,
          sentenceId: data.sentenceId,
          viewsPresented: said.viewsPresented ?? null,
          outcome: said.outcome ?? null,
          notes: said.notes ?? null,
          actionDescriptions: said.actions ?? {},
          erased,
        });
      }
    }

    if (erasedBefore.length > 0) {
      await manager.query(
        `UPDATE inter_agency_meeting_notes SET views_presented = NULL, outcome = NULL, notes = NULL, action_descriptions = '{}'::jsonb, erased = true
         WHERE victim_id = ANY($1::uuid[])`,
        [erasedBefore],
      );
    }
    await writeRows(manager, {
      table: 'inter_agency_meetings',
      columns: MEETING_COLUMNS,
      rows: meetings,
      onConflict: { nothing: ['meeting_id'] },
    });
    await writeRows(manager, { table: 'inter_agency_meeting_victims', columns: VICTIM_COLUMNS, rows: victims });
    // What was said about a victim is sealed under their own key (opened in the query path).
    const seal = await sealerForMany(
      this.deps.dataKeys,
      notes.map((n) => n.victimId),
    );
    const sealed = (victimId: string, text: unknown) => seal(victimId, typeof text === 'string' ? text : null);
    await writeRows(manager, {
      table: 'inter_agency_meeting_notes',
      columns: NOTES_COLUMNS,
      rows: notes.map((n) => [
        n.meetingId,
        n.victimId,
        n.sentenceId,
        sealed(n.victimId, n.viewsPresented),
        sealed(n.victimId, n.outcome),
        sealed(n.victimId, n.notes),
        Object.fromEntries(
          Object.entries(n.actionDescriptions as Record<string, unknown>).map(([actionId, text]) => [
            actionId,
            sealed(n.victimId, text),
          ]),
        ),
        n.erased,
      ]),
    });
  }
}

/** One row of inter_agency_meeting_notes, kept in memory until the batch is written. */
interface NotesRow {
  meetingId: string;
  victimId: string;
  sentenceId: string;
  viewsPresented: unknown;
  outcome: unknown;
  notes: unknown;
  actionDescriptions: unknown;
  erased: boolean;
}

const MEETING_COLUMNS: readonly BatchColumn[] = [
  ['meeting_id', 'uuid'],
  ['sentence_id', 'uuid'],
  ['kind', 'text'],
  ['mappa_category', 'smallint'],
  ['mappa_level', 'smallint'],
  ['held_on', 'date'],
  ['agencies_present', 'text[]'],
  ['stream_revision', 'bigint'],
  ['recorded_at', 'timestamptz'],
];
const VICTIM_COLUMNS: readonly BatchColumn[] = [
  ['meeting_id', 'uuid'],
  ['victim_id', 'uuid'],
  ['sentence_id', 'uuid'],
  ['victim_reference', 'text'],
  ['position', 'integer'],
  ['views_presented', 'boolean'],
  ['outcome', 'text'],
  ['actions', 'jsonb'],
];
const NOTES_COLUMNS: readonly BatchColumn[] = [
  ['meeting_id', 'uuid'],
  ['victim_id', 'uuid'],
  ['sentence_id', 'uuid'],
  ['views_presented', 'text'],
  ['outcome', 'text'],
  ['notes', 'text'],
  ['action_descriptions', 'jsonb'],
  ['erased', 'boolean'],
];

/** The batch's meetings already stored (a meeting is applied once). */
async function storedMeetings(meetingIds: string[], manager: EntityManager): Promise<Set<string>> {
  if (meetingIds.length === 0) return new Set();
  const rows: { meeting_id: string }[] = await manager.query(
    'SELECT meeting_id FROM inter_agency_meetings WHERE meeting_id = ANY($1::uuid[])',
    [meetingIds],
  );
  return new Set(rows.map((r) => r.meeting_id.toLowerCase()));
}

/** `data.personal` keyed by lower-case victim id (each entry decrypted with that victim's key, or the erased marker). */
function personalByVictim(personal: object | undefined): Map<string, unknown> {
  const entries = new Map<string, unknown>();
  for (const [victimId, entry] of Object.entries(personal ?? {})) entries.set(victimId.toLowerCase(), entry);
  return entries;
}
