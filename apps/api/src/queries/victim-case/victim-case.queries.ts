import { NotFoundException } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { AccessScope } from '@vcs/domain';
import { CasePersonalParts, openedParts } from '@vcs/read-models';
import { openerFor, VictimDataKeyStore } from '@vcs/security';
import { ReadModelFreshness } from '../shared/read-model-freshness';
import { SCOPE_PROJECTION, victimInScope } from '../shared/access-scope.sql';
import { CaseSort, CaseStatus, TimelineOrder } from './victim-case.requests';
import {
  CaseTimelineResponse,
  TimelineEntryResponse,
  VictimCaseListItem,
  VictimCaseListResponse,
  VictimCaseResponse,
} from './victim-case.responses';

/** Projection names (libs/read-models/src/victim-case): what read-your-writes waits for. */
export const VICTIM_CASE_VIEW = 'victim-case-view';
export const CASE_TIMELINE = 'case-timeline';

type Row = Record<string, unknown>;

/** The row's personal parts, sealed at rest under the victim's key, opened for this answer only (erased: null). */
function personalPartsOf(row: Row, open: Parameters<typeof openedParts>[0]): CasePersonalParts {
  return openedParts(open, row.victim_id as string, {
    contactDetails: row.contact_details as CasePersonalParts['contactDetails'],
    actingPersons: (row.acting_persons as CasePersonalParts['actingPersons'] | undefined) ?? [],
    contactPreferences: (row.contact_preferences as CasePersonalParts['contactPreferences'] | undefined) ?? null,
  });
}

const notFound = (victimId: string) =>
  new NotFoundException({
    statusCode: 404,
    error: 'Not Found',
    rule: 'victim-not-found',
    message: `no victim ${victimId} is known`,
  });

// ---------------------------------------------------------------- case view

export class GetVictimCase {
  constructor(
    readonly victimId: string,
    readonly minPosition?: string,
  ) {}
}

@QueryHandler(GetVictimCase)
export class GetVictimCaseHandler implements IQueryHandler<GetVictimCase, VictimCaseResponse> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly freshness: ReadModelFreshness,
    private readonly keys: VictimDataKeyStore,
  ) {}

  async execute(query: GetVictimCase): Promise<VictimCaseResponse> {
    await this.freshness.waitFor([VICTIM_CASE_VIEW], query.minPosition);
    const rows: Row[] = await this.dataSource.query(
      `SELECT victim_id, revision::text, status, scheme, referred_for, circumstance, referral_source,
              to_char(referral_received_on, 'YYYY-MM-DD') AS referral_received_on, enrolment, vlo_id, probation_region, sentences,
              contact_preferences, safety_flag, last_safety_check, contact_details, acting_persons, personal_data_erased, last_contact,
              tasks, to_char(next_due_on, 'YYYY-MM-DD') AS next_due_on, next_due_task, contact_count, representation_count, created_at, updated_at
       FROM victim_case_view WHERE victim_id = $1`,
      [query.victimId],
    );
    const r = rows[0];
    if (!r) throw notFound(query.victimId);
    const personal = personalPartsOf(r, await openerFor(this.keys, [r.victim_id as string]));
    return {
      victimId: r.victim_id as string,
      revision: r.revision as string,
      status: r.status as string,
      scheme: r.scheme as string | null,
      referredFor: r.referred_for as string,
      circumstance: r.circumstance as string,
      referralSource: r.referral_source as string,
      referralReceivedOn: r.referral_received_on as string,
      enrolment: r.enrolment as VictimCaseResponse['enrolment'],
      victimLiaisonOfficerId: r.vlo_id as string | null,
      probationRegion: r.probation_region as string | null,
      sentences: r.sentences as VictimCaseResponse['sentences'],
      contactPreferences: personal.contactPreferences as VictimCaseResponse['contactPreferences'],
      safety: { flag: r.safety_flag as boolean, lastCheck: r.last_safety_check as object | null },
      contactDetails: personal.contactDetails as VictimCaseResponse['contactDetails'],
      personalDataErased: r.personal_data_erased as boolean,
      actingPersons: personal.actingPersons as VictimCaseResponse['actingPersons'],
      lastContact: r.last_contact as VictimCaseResponse['lastContact'],
      tasks: r.tasks as VictimCaseResponse['tasks'],
      nextDue: r.next_due_on ? { kind: r.next_due_task as string, dueOn: r.next_due_on as string } : null,
      counts: { contacts: r.contact_count as number, representations: r.representation_count as number },
      createdAt: r.created_at as Date,
      updatedAt: r.updated_at as Date,
    };
  }
}

// ---------------------------------------------------------------- timeline

export class GetCaseTimeline {
  constructor(
    readonly victimId: string,
    readonly page: number,
    readonly pageSize: number,
    readonly order: TimelineOrder,
    readonly minPosition?: string,
  ) {}
}

@QueryHandler(GetCaseTimeline)
export class GetCaseTimelineHandler implements IQueryHandler<GetCaseTimeline, CaseTimelineResponse> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly freshness: ReadModelFreshness,
  ) {}

  async execute(query: GetCaseTimeline): Promise<CaseTimelineResponse> {
    await this.freshness.waitFor([CASE_TIMELINE], query.minPosition);
    const direction = query.order === 'desc' ? 'DESC' : 'ASC';
    // Both statements read the (victim_id, commit_position, prepare_position) primary key only.
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      'SELECT count(*)::int AS total FROM case_timeline_entry WHERE victim_id = $1',
      [query.victimId],
    );
    if (total === 0) throw notFound(query.victimId);
    const rows: Row[] = await this.dataSource.query(
      `SELECT commit_position::text, prepare_position::text, event_id, event_type, stream_id, stream_revision::text, sentence_id,
              occurred_at, actor_user_id, actor_role, summary
       FROM case_timeline_entry WHERE victim_id = $1
       ORDER BY case_timeline_entry.commit_position ${direction}, case_timeline_entry.prepare_position ${direction}
       LIMIT $2 OFFSET $3`,
      [query.victimId, query.pageSize, (query.page - 1) * query.pageSize],
    );
    const items: TimelineEntryResponse[] = rows.map((r) => ({
      what: r.summary as string,
      who: { userId: r.actor_user_id as string, role: r.actor_role as string },
      occurredAt: r.occurred_at as Date,
      eventType: r.event_type as string,
      eventId: r.event_id as string,
      stream: r.stream_id as string,
      streamRevision: r.stream_revision as string,
      position: `${r.commit_position as string}/${r.prepare_position as string}`,
      sentenceId: r.sentence_id as string | null,
    }));
    return { victimId: query.victimId, page: query.page, pageSize: query.pageSize, total, order: query.order, items };
  }
}

// ---------------------------------------------------------------- list

export interface VictimCaseFilters {
  readonly vloId?: string;
  /** Only cases with no victim liaison officer allocated. */
  readonly unallocated?: boolean;
  readonly region?: string;
  readonly scheme?: string;
  readonly status?: CaseStatus;
  readonly nextDueBefore?: string;
  readonly reference?: string;
}

export class ListVictimCases {
  constructor(
    readonly scope: AccessScope,
    readonly filters: VictimCaseFilters,
    readonly sort: CaseSort,
    readonly page: number,
    readonly pageSize: number,
    readonly minPosition?: string,
  ) {}
}

@QueryHandler(ListVictimCases)
export class ListVictimCasesHandler implements IQueryHandler<ListVictimCases, VictimCaseListResponse> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly freshness: ReadModelFreshness,
    private readonly keys: VictimDataKeyStore,
  ) {}

  async execute(query: ListVictimCases): Promise<VictimCaseListResponse> {
    await this.freshness.waitFor([VICTIM_CASE_VIEW, SCOPE_PROJECTION], query.minPosition);
    const { where, values } = whereClause(query.scope, query.filters);
    // Sorts match the migration's indexes: (…, next_due_on, victim_id) and (…, updated_at DESC, victim_id).
    // Qualified: next_due_on is also the name of a text column selected below.
    const orderBy =
      query.sort === 'updatedAt'
        ? 'updated_at DESC, victim_id'
        : 'victim_case_view.next_due_on ASC NULLS LAST, victim_id';
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM victim_case_view ${where}`,
      values,
    );
    const rows: Row[] = await this.dataSource.query(
      `SELECT victim_id, contact_details, status, scheme, vlo_id, probation_region, sentences,
              to_char(next_due_on, 'YYYY-MM-DD') AS next_due_on, next_due_task, to_char(last_contact_on, 'YYYY-MM-DD') AS last_contact_on,
              safety_flag, updated_at
       FROM victim_case_view ${where}
       ORDER BY ${orderBy}
       LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
      [...values, query.pageSize, (query.page - 1) * query.pageSize],
    );
    // Names are sealed under each victim's key: opened for this page only, with one key lookup for the page.
    const open = await openerFor(
      this.keys,
      rows.map((r) => r.victim_id as string),
    );
    const items: VictimCaseListItem[] = rows.map((r) => ({
      victimId: r.victim_id as string,
      fullName: personalPartsOf(r, open).contactDetails?.fullName ?? null,
      status: r.status as string,
      scheme: r.scheme as string | null,
      victimLiaisonOfficerId: r.vlo_id as string | null,
      probationRegion: r.probation_region as string | null,
      sentences: (r.sentences as { sentenceId: string; reference: string | null }[]).map(
        ({ sentenceId, reference }) => ({ sentenceId, reference }),
      ),
      nextDue: r.next_due_on ? { kind: r.next_due_task as string, dueOn: r.next_due_on as string } : null,
      lastContactOn: r.last_contact_on as string | null,
      safetyFlag: r.safety_flag as boolean,
      updatedAt: r.updated_at as Date,
    }));
    return { page: query.page, pageSize: query.pageSize, total, items };
  }
}

function whereClause(scope: AccessScope, filters: VictimCaseFilters): { where: string; values: unknown[] } {
  const values: unknown[] = [];
  // Only the caller's victims, in the query itself: the page, its total and its order never see another unit's.
  const conditions: string[] = [victimInScope(scope, 'victim_id', values)];
  const add = (sql: (placeholder: string) => string, value: unknown) => {
    values.push(value);
    conditions.push(sql(`$${values.length}`));
  };
  if (filters.vloId !== undefined) add((p) => `vlo_id = ${p}`, filters.vloId);
  if (filters.unallocated) conditions.push('vlo_id IS NULL');
  if (filters.region !== undefined) add((p) => `probation_region = ${p}`, filters.region);
  if (filters.scheme !== undefined) add((p) => `scheme = ${p}`, filters.scheme);
  if (filters.status !== undefined) add((p) => `status = ${p}`, filters.status);
  if (filters.nextDueBefore !== undefined) add((p) => `next_due_on < ${p}::date`, filters.nextDueBefore);
  if (filters.reference !== undefined) add((p) => `sentence_references @> ARRAY[${p}]::text[]`, filters.reference);
  return { where: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', values };
}
