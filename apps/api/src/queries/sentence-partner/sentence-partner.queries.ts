import { NotFoundException } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AccessScope } from '@vcs/domain';
import { DataKeySource, openerFor, recipientReadBy, Role, VictimDataKeyStore } from '@vcs/security';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../commands/clock';
import { SCOPE_PROJECTION, sentenceInScope, victimInScope } from '../shared/access-scope.sql';
import { ReadModelFreshness } from '../shared/read-model-freshness';
import {
  INTER_AGENCY_MEETINGS,
  ListSentencesQueryDto,
  PARTNER_REPRESENTATIONS,
  SENTENCE_VIEW,
} from './sentence-partner.params';
import {
  InterAgencyMeetingPageResponse,
  InterAgencyMeetingResponse,
  MeetingVictimResponse,
  PartnerRepresentationPageResponse,
  PartnerRepresentationResponse,
  SentencePageResponse,
  SentenceSummaryResponse,
  SentenceViewResponse,
} from './sentence-partner.responses';

/**
 * The victims whose data an answer carried, for the access audit. A symbol-keyed property: JSON never serialises
 * it, so an answer that shows victims only by pseudonymous reference still audits their real ids.
 */
export const AUDITED_VICTIM_IDS = Symbol('audited victim ids');
export type Audited<T> = T & { [AUDITED_VICTIM_IDS]?: string[] };

export function auditedVictimIds(result: unknown): string[] {
  return (result as Audited<object> | undefined)?.[AUDITED_VICTIM_IDS] ?? [];
}

function audited<T extends object>(value: T, victimIds: readonly string[]): Audited<T> {
  Object.defineProperty(value, AUDITED_VICTIM_IDS, { value: [...new Set(victimIds)], enumerable: false });
  return value as Audited<T>;
}

const PARTNERS: readonly Role[] = ['PAROLE_BOARD', 'MAPPA_PARTNER'];

export function notFound(sentenceId: string): NotFoundException {
  return new NotFoundException({
    statusCode: 404,
    error: 'Not Found',
    message: `no sentence ${sentenceId} is recorded`,
  });
}

export const SUMMARY_COLUMNS = `sentence_id, reference, offence_category, offence_caused_death, sentence_type, length_months, sentencing_court,
  sentence_date::text AS sentence_date, probation_region, custody_status, in_open_conditions, ended_by, ended_on::text AS ended_on,
  last_milestone_kind, last_milestone_on::text AS last_milestone_on`;

export function toSummary(row: Record<string, unknown>): SentenceSummaryResponse {
  return {
    sentenceId: row.sentence_id as string,
    reference: row.reference as string,
    offenceCategory: row.offence_category as string,
    offenceCausedDeath: row.offence_caused_death as boolean,
    sentenceType: row.sentence_type as string,
    lengthMonths: row.length_months as number | null,
    sentencingCourt: row.sentencing_court as string,
    sentenceDate: row.sentence_date as string,
    probationRegion: row.probation_region as string,
    custodyStatus: row.custody_status as string,
    inOpenConditions: row.in_open_conditions as boolean,
    endedBy: row.ended_by as string | null,
    endedOn: row.ended_on as string | null,
    lastMilestoneKind: row.last_milestone_kind as string | null,
    lastMilestoneOn: row.last_milestone_on as string | null,
  };
}

/**
 * Whose view of a sentence a query answers: a VLO or manager reaches a sentence of their units (or one linked to a
 * victim they reach) and sees only the victims they reach on it; a partner (undefined) is filtered by organisation.
 */
export type SentenceReader = AccessScope | undefined;

/** A sentence outside the reader's reach exists for them no more than an unknown one (the same 404). */
async function sentenceExists(manager: EntityManager, sentenceId: string, reader: SentenceReader): Promise<boolean> {
  const values: unknown[] = [sentenceId];
  const reach = reader
    ? ` AND ${sentenceInScope(reader, { id: 'sentence_id', region: 'probation_region' }, values)}`
    : '';
  const rows: unknown[] = await manager.query(`SELECT 1 FROM sentence_view WHERE sentence_id = $1${reach}`, values);
  return rows.length > 0;
}

/** The SQL condition on a row's victim for this reader: only victims they reach (every victim for a partner). */
function victimShown(reader: SentenceReader, column: string, values: unknown[]): string {
  return reader ? victimInScope(reader, column, values) : 'TRUE';
}

/** What a query waits for with `minPosition`: the unit tables too when it is filtered by unit. */
function readModelsFor(reader: SentenceReader, ...projections: string[]): string[] {
  return reader ? [...projections, SCOPE_PROJECTION] : projections;
}

// ---- GET /sentences/:sentenceId ----

export class GetSentenceQuery {
  constructor(
    readonly sentenceId: string,
    readonly minPosition: string | undefined,
    readonly scope: AccessScope,
  ) {}
}

@QueryHandler(GetSentenceQuery)
export class GetSentenceHandler implements IQueryHandler<GetSentenceQuery, Audited<SentenceViewResponse>> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly freshness: ReadModelFreshness,
    private readonly clock: Clock,
  ) {}

  async execute({ sentenceId, minPosition, scope }: GetSentenceQuery): Promise<Audited<SentenceViewResponse>> {
    await this.freshness.waitFor(readModelsFor(scope, SENTENCE_VIEW), minPosition);
    // One snapshot for the four reads, so the parts agree with each other.
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const sentenceValues: unknown[] = [sentenceId];
      const reach = sentenceInScope(scope, { id: 'sentence_id', region: 'probation_region' }, sentenceValues);
      const [row] = await manager.query(
        `SELECT ${SUMMARY_COLUMNS}, revision::text AS revision FROM sentence_view WHERE sentence_id = $1 AND ${reach}`,
        sentenceValues,
      );
      if (!row) throw notFound(sentenceId);
      const victimValues: unknown[] = [sentenceId];
      const victimReached = victimInScope(scope, 'v.victim_id', victimValues);
      const [milestones, expected, victims] = await Promise.all([
        manager.query(
          `SELECT milestone_id, kind, occurred_on::text AS occurred_on, detail FROM sentence_view_milestones
           WHERE sentence_id = $1 ORDER BY sentence_view_milestones.occurred_on, stream_revision`,
          [sentenceId],
        ),
        manager.query(
          `SELECT kind, expected_on::text AS expected_on, detail, set_by_milestone_id FROM sentence_view_expected
           WHERE sentence_id = $1 ORDER BY sentence_view_expected.expected_on NULLS LAST, kind`,
          [sentenceId],
        ),
        manager.query(
          `SELECT v.victim_id, v.victim_reference, v.linked_on::text AS linked_on, v.linked_via, s.referred_for, s.scheme, s.status, s.status_on::text AS status_on
           FROM sentence_view_victims v LEFT JOIN sentence_view_victim_status s ON s.victim_id = v.victim_id
           WHERE v.sentence_id = $1 AND ${victimReached} ORDER BY v.linked_on, v.victim_id`,
          victimValues,
        ),
      ]);
      const today = this.clock.today();
      const shown = new Set<string>(victims.map((v: { victim_id: string }) => v.victim_id));
      const answer: SentenceViewResponse = {
        ...toSummary(row),
        revision: row.revision as string,
        milestones: milestones.map((m: Record<string, unknown>) => ({
          milestoneId: m.milestone_id,
          kind: m.kind,
          date: m.occurred_on,
          detail: withoutVictimsOutOfReach(m.detail, shown),
        })),
        expected: expected.map((e: Record<string, unknown>) => ({
          kind: e.kind,
          date: e.expected_on,
          passed: e.expected_on !== null && (e.expected_on as string) < today,
          detail: e.detail,
          setByMilestoneId: e.set_by_milestone_id,
        })),
        victims: victims.map((v: Record<string, unknown>) => ({
          victimId: v.victim_id,
          victimReference: v.victim_reference,
          linkedOn: v.linked_on,
          linkedVia: v.linked_via,
          referredFor: v.referred_for,
          scheme: v.scheme,
          status: v.status,
          statusOn: v.status_on,
        })),
      } as SentenceViewResponse;
      return audited(
        answer,
        answer.victims.map((v) => v.victimId),
      );
    });
  }
}

/** Licence conditions name the victims they protect: only those the reader sees on the sentence stay named. */
function withoutVictimsOutOfReach(detail: unknown, shown: ReadonlySet<string>): unknown {
  const protects = (detail as { protectsVictimIds?: unknown } | null)?.protectsVictimIds;
  if (!Array.isArray(protects)) return detail;
  return { ...(detail as object), protectsVictimIds: protects.filter((id) => shown.has(id as string)) };
}

// ---- GET /sentences ----

export class ListSentencesQuery {
  constructor(
    readonly filter: ListSentencesQueryDto,
    readonly scope: AccessScope,
  ) {}
}

@QueryHandler(ListSentencesQuery)
export class ListSentencesHandler implements IQueryHandler<ListSentencesQuery, SentencePageResponse> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly freshness: ReadModelFreshness,
  ) {}

  async execute({ filter, scope }: ListSentencesQuery): Promise<SentencePageResponse> {
    await this.freshness.waitFor(readModelsFor(scope, SENTENCE_VIEW), filter.minPosition);
    const values: unknown[] = [];
    const conditions: string[] = [sentenceInScope(scope, { id: 'sentence_id', region: 'probation_region' }, values)];
    const where = (column: string, value: unknown) => {
      values.push(value);
      conditions.push(`${column} = $${values.length}`);
    };
    if (filter.region) where('probation_region', filter.region);
    if (filter.sentenceType) where('sentence_type', filter.sentenceType);
    if (filter.reference) where('reference', filter.reference);
    const clause = `WHERE ${conditions.join(' AND ')}`;
    const [[{ total }], rows] = await Promise.all([
      this.dataSource.query(`SELECT count(*)::int AS total FROM sentence_view ${clause}`, values),
      this.dataSource.query(
        `SELECT ${SUMMARY_COLUMNS} FROM sentence_view ${clause} ORDER BY sentence_view.sentence_date DESC, sentence_id LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
        [...values, filter.pageSize, (filter.page - 1) * filter.pageSize],
      ),
    ]);
    return { page: filter.page, pageSize: filter.pageSize, total, items: rows.map(toSummary) };
  }
}

// ---- GET /sentences/:sentenceId/representations ----

export class GetSentenceRepresentationsQuery {
  constructor(
    readonly sentenceId: string,
    readonly role: Role,
    readonly page: number,
    readonly pageSize: number,
    readonly minPosition: string | undefined,
    readonly reader: SentenceReader,
  ) {}
}

@QueryHandler(GetSentenceRepresentationsQuery)
export class GetSentenceRepresentationsHandler implements IQueryHandler<
  GetSentenceRepresentationsQuery,
  Audited<PartnerRepresentationPageResponse>
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
  }: GetSentenceRepresentationsQuery): Promise<Audited<PartnerRepresentationPageResponse>> {
    await this.freshness.waitFor(readModelsFor(reader, SENTENCE_VIEW, PARTNER_REPRESENTATIONS), minPosition);
    const recipient = recipientReadBy(role);
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      if (!(await sentenceExists(manager, sentenceId, reader))) throw notFound(sentenceId);
      const { total, rows, items } = recipient
        ? await disclosedTo(manager, this.keys, recipient, sentenceId, page, pageSize)
        : await allRepresentations(manager, this.keys, sentenceId, reader, page, pageSize);
      return audited(
        { sentenceId, page, pageSize, total, items },
        rows.map((row) => row.victim_id as string),
      );
    });
  }
}

type Rows = Record<string, unknown>[];
interface RepresentationPage {
  readonly total: number;
  /** victim_id is read for the access audit only; it never goes into a partner's answer. */
  readonly rows: Rows;
  readonly items: PartnerRepresentationResponse[];
}

/**
 * A partner reads only what a VLO disclosed to their organisation, in the version approved for it: the filter is in
 * the query (not after it), so totals and pages agree. A representation not (yet) disclosed to them does not exist
 * for them, whatever it was sent to when it was recorded.
 */
async function disclosedTo(
  manager: EntityManager,
  keys: DataKeySource,
  recipient: string,
  sentenceId: string,
  page: number,
  pageSize: number,
): Promise<RepresentationPage> {
  const [[{ total }], rows]: [[{ total: number }], Rows] = await Promise.all([
    manager.query('SELECT count(*)::int AS total FROM partner_disclosures WHERE sentence_id = $1 AND recipient = $2', [
      sentenceId,
      recipient,
    ]),
    manager.query(
      `SELECT r.representation_id, r.victim_id, r.victim_reference, r.kind, r.requested_conditions, r.vps_presentation, r.submitted_on::text AS submitted_on,
         d.statement_text, d.condition_descriptions, d.disclosed_on::text AS disclosed_on, d.personal_data_erased
       FROM partner_disclosures d JOIN partner_representations r ON r.representation_id = d.representation_id
       WHERE d.sentence_id = $1 AND d.recipient = $2
       ORDER BY r.submitted_on DESC, r.recorded_at DESC, r.representation_id LIMIT $3 OFFSET $4`,
      [sentenceId, recipient, pageSize, (page - 1) * pageSize],
    ),
  ]);
  // Texts are sealed under each victim's key: opened here, for this answer only (an erased victim's read as null).
  const open = await openerFor(
    keys,
    rows.map((row) => row.victim_id as string),
  );
  const items = rows.map((row): PartnerRepresentationResponse => {
    const victimId = row.victim_id as string;
    const descriptions = row.condition_descriptions as Record<string, string | null>;
    return {
      representationId: row.representation_id as string,
      victimReference: row.victim_reference as string,
      kind: row.kind as string,
      // Only ids and kinds come from the victim's own request; every description is the disclosed one.
      requestedConditions: (row.requested_conditions as { conditionId: string; kind: string }[]).map(
        ({ conditionId, kind }) => {
          const description = open(victimId, descriptions[conditionId]);
          return { conditionId, kind, description, descriptionWithheld: description === null };
        },
      ),
      statementText: open(victimId, row.statement_text),
      vpsPresentation: row.vps_presentation as string | null,
      sentTo: [recipient],
      submittedOn: row.submitted_on as string,
      disclosedOn: row.disclosed_on as string,
      erased: row.personal_data_erased as boolean,
    };
  });
  return { total, rows, items };
}

/** VLOs and managers: every representation in the victim's words, with the disclosures made of it so far. */
async function allRepresentations(
  manager: EntityManager,
  keys: DataKeySource,
  sentenceId: string,
  reader: SentenceReader,
  page: number,
  pageSize: number,
): Promise<RepresentationPage> {
  const values: unknown[] = [sentenceId];
  const where = `sentence_id = $1 AND ${victimShown(reader, 'victim_id', values)}`;
  const [[{ total }], rows]: [[{ total: number }], Rows] = await Promise.all([
    manager.query(`SELECT count(*)::int AS total FROM partner_representations WHERE ${where}`, values),
    manager.query(
      `SELECT representation_id, victim_id, victim_reference, kind, requested_conditions, statement_text, vps_presentation, sent_to,
         submitted_on::text AS submitted_on, personal_data_erased
       FROM partner_representations WHERE ${where}
       ORDER BY partner_representations.submitted_on DESC, recorded_at DESC, representation_id
       LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
      [...values, pageSize, (page - 1) * pageSize],
    ),
  ]);
  const disclosures: Rows = rows.length
    ? await manager.query(
        `SELECT representation_id, recipient, disclosed_on::text AS disclosed_on, approved_by, flagged FROM partner_disclosures
         WHERE representation_id = ANY($1::uuid[]) ORDER BY recipient`,
        [rows.map((row) => row.representation_id)],
      )
    : [];
  const open = await openerFor(
    keys,
    rows.map((row) => row.victim_id as string),
  );
  const items = rows.map((row): PartnerRepresentationResponse => ({
    representationId: row.representation_id as string,
    victimReference: row.victim_reference as string,
    kind: row.kind as string,
    requestedConditions: (row.requested_conditions as PartnerRepresentationResponse['requestedConditions']).map(
      (condition) => ({
        ...condition,
        description: open(row.victim_id as string, condition.description),
      }),
    ),
    statementText: open(row.victim_id as string, row.statement_text),
    vpsPresentation: row.vps_presentation as string | null,
    sentTo: row.sent_to as string[],
    submittedOn: row.submitted_on as string,
    erased: row.personal_data_erased as boolean,
    disclosures: disclosures
      .filter((d) => d.representation_id === row.representation_id)
      .map((d) => ({
        recipient: d.recipient as string,
        disclosedOn: d.disclosed_on as string,
        approvedBy: d.approved_by as string,
        flagged: d.flagged as string[],
      })),
  }));
  return { total, rows, items };
}

// ---- GET /sentences/:sentenceId/inter-agency-meetings ----

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
      const victimReached = victimShown(reader, 'victim_id', victimValues);
      const victims: Record<string, unknown>[] = meetingIds.length
        ? await manager.query(
            `SELECT meeting_id, victim_id, victim_reference, views_presented, outcome, actions FROM inter_agency_meeting_victims
             WHERE meeting_id = ANY($1::uuid[]) AND ${victimReached} ORDER BY meeting_id, position`,
            victimValues,
          )
        : [];
      // Partners never get what was said about a victim: the notes table is not even read for them.
      const notes: Record<string, unknown>[] =
        !partner && meetingIds.length
          ? await manager.query(
              `SELECT meeting_id, victim_id, views_presented, outcome, notes, action_descriptions, erased FROM inter_agency_meeting_notes
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

export const SENTENCE_PARTNER_QUERY_HANDLERS = [
  GetSentenceHandler,
  ListSentencesHandler,
  GetSentenceRepresentationsHandler,
  GetSentenceMeetingsHandler,
];
