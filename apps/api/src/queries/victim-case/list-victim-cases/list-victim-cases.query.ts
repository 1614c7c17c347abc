import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { AccessScope } from '@vcs/domain';
import { openerFor, VictimDataKeyStore } from '@vcs/security';
import { ReadModelFreshness } from '../../shared/read-model-freshness';
import { SCOPE_PROJECTION, victimInScope, victimInScopeByProbes } from '../../shared/access-scope.sql';
import { CaseSort, CaseStatus } from '../victim-case.requests';
import { VictimCaseListItem, VictimCaseListResponse } from '../victim-case.responses';
import { personalPartsOf, Row, VICTIM_CASE_VIEW } from '../shared/victim-case-reading';

export interface VictimCaseFilters {
  readonly vloId?: string;
  /** Only cases with no victim liaison officer allocated. */
  readonly unallocated?: boolean;
  readonly region?: string;
  readonly scheme?: string;
  readonly status?: CaseStatus;
  readonly nextDueBefore?: string;
  readonly reference?: string;
  /** Only these victims. */
  readonly victimIds?: readonly string[];
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
  // Only the caller's victims, in the query itself: the page, its total and its order never see another unit's. One
  // officer's caseload or named victims are a few hundred rows at most: each is probed, never every case hashed.
  const narrow = filters.vloId !== undefined || filters.victimIds !== undefined;
  const inScope = narrow ? victimInScopeByProbes : victimInScope;
  const conditions: string[] = [inScope(scope, 'victim_case_view.victim_id', values)];
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
  if (filters.victimIds !== undefined) add((p) => `victim_id = ANY(${p}::uuid[])`, filters.victimIds);
  return { where: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', values };
}
