import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { openerFor, Role, VictimDataKeyStore } from '@vcs/security';
import { DataSource } from 'typeorm';
import { ReadModelFreshness } from '../../shared/read-model-freshness';
import { INTER_AGENCY_MEETINGS, SENTENCE_VIEW } from '../sentence-partner.params';
import {
  InterAgencyMeetingPageResponse,
  InterAgencyMeetingResponse,
  MeetingVictimResponse,
} from '../sentence-partner.responses';
import {
  Audited,
  audited,
  PARTNERS,
  notFound,
  SentenceReader,
  sentenceExists,
  victimShown,
  readModelsFor,
} from '../shared/sentence-reader';

/* GET /sentences/:sentenceId/inter-agency-meetings */

export class GetSentenceMeetingsQuery {
  constructor(
    readonly sentenceId: string,
    readonly role: Role,
    readonly page: number,
    readonly pageSize: number,
    readonly minPosition: string | undefined,
    readonly reader: SentenceReader,
    /** The caller's agency (the token's `agency` claim): a MAPPA partner reads only the meetings it attended. */
    readonly agency: string | undefined,
  ) {}
}

@QueryHandler(GetSentenceMeetingsQuery)
export class GetSentenceMeetingsHandler implements IQueryHandler<
  GetSentenceMeetingsQuery,
  Audited<InterAgencyMeetingPageResponse>
> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly freshness: ReadModelFreshness,
    private readonly keys: VictimDataKeyStore,
  ) {}

  async execute({
    sentenceId,
    role,
    page,
    pageSize,
    minPosition,
    reader,
    agency,
  }: GetSentenceMeetingsQuery): Promise<Audited<InterAgencyMeetingPageResponse>> {
    await this.freshness.waitFor(readModelsFor(reader, SENTENCE_VIEW, INTER_AGENCY_MEETINGS), minPosition);
    const partner = PARTNERS.includes(role);
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      if (!(await sentenceExists(manager, sentenceId, reader))) throw notFound(sentenceId);
      // A MAPPA partner reads the meetings their agency attended, in the query (so totals and pages agree); a token
      // naming no agency attended none. The Parole Board, VLOs and managers read every meeting about the sentence.
      const attended = role === 'MAPPA_PARTNER' ? 'AND $2::text = ANY(agencies_present)' : 'AND $2::text IS NULL';
      const filter = [sentenceId, role === 'MAPPA_PARTNER' ? (agency ?? null) : null];
      const [[{ total }], meetings] = await Promise.all([
        manager.query(
          `SELECT count(*)::int AS total FROM inter_agency_meetings WHERE sentence_id = $1 ${attended}`,
          filter,
        ),
        manager.query(
          `SELECT meeting_id, kind, mappa_category, mappa_level, held_on::text AS held_on, agencies_present FROM inter_agency_meetings
           WHERE sentence_id = $1 ${attended} ORDER BY inter_agency_meetings.held_on DESC, stream_revision DESC LIMIT $3 OFFSET $4`,
          [...filter, pageSize, (page - 1) * pageSize],
        ),
      ]);
      const meetingIds = meetings.map((m: { meeting_id: string }) => m.meeting_id);
      // A VLO sees, of each meeting, only the victims they reach: another unit's victim is not in the answer at all.
      const victimValues: unknown[] = [meetingIds];
      const victimReached = victimShown(reader, 'seen.victim_id', victimValues);
      const victims: Record<string, unknown>[] = meetingIds.length
        ? await manager.query(
            `SELECT meeting_id, victim_id, victim_reference, views_presented, outcome, actions FROM inter_agency_meeting_victims seen
             WHERE meeting_id = ANY($1::uuid[]) AND ${victimReached} ORDER BY meeting_id, position`,
            victimValues,
          )
        : [];
      // Partners never get what was said about a victim: the notes table is not even read for them.
      const notes: Record<string, unknown>[] =
        !partner && meetingIds.length
          ? await manager.query(
              `SELECT meeting_id, victim_id, views_presented, outcome, notes, action_descriptions, erased FROM inter_agency_meeting_notes seen
               WHERE meeting_id = ANY($1::uuid[]) AND ${victimReached}`,
              victimValues,
            )
          : [];
      const notesOf = new Map(notes.map((n) => [`${n.meeting_id}/${n.victim_id}`, n]));
      // The notes are sealed under each victim's key: opened here (an erased victim's read as null).
      const open = await openerFor(
        this.keys,
        notes.map((n) => n.victim_id as string),
      );
      const items: InterAgencyMeetingResponse[] = meetings.map((m: Record<string, unknown>) => ({
        meetingId: m.meeting_id as string,
        kind: m.kind as string,
        mappa:
          m.mappa_category === null ? null : { category: m.mappa_category as number, level: m.mappa_level as number },
        heldOn: m.held_on as string,
        agenciesPresent: m.agencies_present as string[],
        victimsConsidered: victims
          .filter((v) => v.meeting_id === m.meeting_id)
          .map((v): MeetingVictimResponse => {
            const common = {
              victimReference: v.victim_reference as string,
              viewsPresented: v.views_presented as boolean,
              outcome: v.outcome as string,
              actions: v.actions as MeetingVictimResponse['actions'],
            };
            if (partner) return common;
            const note = notesOf.get(`${v.meeting_id}/${v.victim_id}`);
            return {
              victimId: v.victim_id as string,
              ...common,
              notes: note
                ? {
                    viewsPresented: open(note.victim_id as string, note.views_presented),
                    outcome: open(note.victim_id as string, note.outcome),
                    notes: open(note.victim_id as string, note.notes),
                    actions: Object.fromEntries(
                      Object.entries(note.action_descriptions as Record<string, unknown>).flatMap(
                        ([actionId, text]) => {
                          const opened = open(note.victim_id as string, text);
                          return opened === null ? [] : [[actionId, opened]];
                        },
                      ),
                    ),
                    erased: note.erased as boolean,
                  }
                : null,
            };
          }),
      }));
      return audited(
        { sentenceId, page, pageSize, total, items },
        victims.map((v) => v.victim_id as string),
      );
    });
  }
}
