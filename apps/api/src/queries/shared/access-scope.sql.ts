import { AccessScope } from '@vcs/domain';
import { CASE_ACCESS_PROJECTION } from '@vcs/read-models';

/** Read-your-writes for a query filtered by scope waits for the unit table too. */
export const SCOPE_PROJECTION = CASE_ACCESS_PROJECTION;

/**
 * The SQL condition "this row's victim is one the caller may reach": the case is held by one of their units, or a
 * live grant names them (`case_units`, `case_access_grants`, kept by the case-access projection). It goes in the
 * query's own WHERE, so a page, a count or a figure never includes another unit's victim. `values` gets the
 * parameters; `column` is the row's victim id and `columnType` its SQL type (uuid, or text in older tables).
 * A national scope (ADMIN with the `national` unit) reaches every victim.
 *
 * For a uuid column the condition is a correlated EXISTS on each table's victim id index: one id (a route's
 * `:victimId`) is two index probes, and for many rows the planner may still hash the unit's cases. The older
 * `column IN (SELECT victim_id FROM case_units WHERE unit = ANY(…))` hashed every case of the caller's units for
 * each query, even for one id: ~40 ms per request at national scale for a caller of every unit (bench/HISTORY.md,
 * 2026-12-07). A text column keeps that form (a cast of each row's text to uuid could fail).
 */
export function victimInScope(
  scope: AccessScope,
  column: string,
  values: unknown[],
  columnType: 'uuid' | 'text' = 'uuid',
): string {
  if (scope.national) return 'TRUE';
  if (columnType === 'uuid') assertOuterVictimId(column);
  values.push([...scope.units]);
  const units = `$${values.length}`;
  values.push(scope.userId);
  const user = `$${values.length}`;
  const liveGrant = liveGrantOf(user);
  if (columnType === 'uuid')
    return (
      `(EXISTS (SELECT 1 FROM case_units held WHERE held.victim_id = ${column} AND held.unit = ANY(${units}::text[]))` +
      ` OR EXISTS (SELECT 1 FROM case_access_grants granted WHERE granted.victim_id = ${column} AND granted.${liveGrant}))`
    );
  return (
    `(${column} IN (SELECT victim_id::text FROM case_units WHERE unit = ANY(${units}::text[]))` +
    ` OR ${column} IN (SELECT victim_id::text FROM case_access_grants WHERE ${liveGrant}))`
  );
}

/**
 * The same condition as `victimInScope` on a uuid column, written as one EXISTS over both tables (UNION ALL) that the
 * planner can neither hash nor turn into a join: every row is checked by at most two index probes, the grant table's
 * only when no unit of the caller holds the case. For a list another filter already narrows to one officer's cases or
 * a few named victims. With the OR of two EXISTS the planner chose per query between those probes and hashing every
 * case of the caller's units, and chose the hash once an officer's caseload was large enough: ~60 ms for a caller of
 * every unit at national scale (100,000 cases) against ~1 ms of probes (bench/HISTORY.md, 2026-12-08).
 */
export function victimInScopeByProbes(scope: AccessScope, column: string, values: unknown[]): string {
  if (scope.national) return 'TRUE';
  assertOuterVictimId(column);
  values.push([...scope.units]);
  const units = `$${values.length}`;
  values.push(scope.userId);
  const user = `$${values.length}`;
  return (
    `EXISTS (SELECT 1 FROM case_units held WHERE held.victim_id = ${column} AND held.unit = ANY(${units}::text[])` +
    ` UNION ALL SELECT 1 FROM case_access_grants granted WHERE granted.victim_id = ${column} AND granted.${liveGrantOf(user)})`
  );
}

function liveGrantOf(user: string): string {
  return `grantee_user_id = ${user} AND revoked_at IS NULL AND granted_at <= now() AND expires_at > now()`;
}

// What an EXISTS may compare its table's id with: a parameter (`$1::uuid`) or a column qualified by the caller's own
// table or alias (`t.victim_id`, optionally `::uuid`). Inside the EXISTS an unqualified column (bare `victim_id`, or
// `victim_id::uuid`) or one qualified by the EXISTS' own aliases (`held`, `granted`) names the inner table's own id:
// the condition would hold for every row, and every victim (or sentence) would be in scope.
const OUTER_ID = /^(\$\d+|[a-z_][a-z0-9_]*\.[a-z_][a-z0-9_]*)(::uuid)?$/;
const EXISTS_ALIASES = ['held', 'granted', 'case_units', 'case_access_grants'];
const SENTENCE_EXISTS_ALIASES = ['linked', 'sentence_view_victims', ...EXISTS_ALIASES];

function assertOuterVictimId(column: string): void {
  assertOuterId('victimInScope', column, EXISTS_ALIASES);
}

function assertOuterId(caller: string, column: string, innerAliases: readonly string[]): void {
  const qualifier = column.includes('.') ? column.slice(0, column.indexOf('.')) : undefined;
  if (!OUTER_ID.test(column) || (qualifier !== undefined && innerAliases.includes(qualifier)))
    throw new Error(
      `${caller}: "${column}" must be a parameter ($1::uuid) or a column qualified by your query's table or alias (e.g. "t.victim_id"), not one of ${innerAliases.join(', ')}`,
    );
}

/** The SQL condition "this unit is one of the caller's" for rows that name a unit but no victim (e.g. a missed referral task). */
export function unitInScope(scope: AccessScope, column: string, values: unknown[]): string {
  if (scope.national) return 'TRUE';
  values.push([...scope.units]);
  return `${column} = ANY($${values.length}::text[])`;
}

/**
 * The SQL condition "the caller may reach this sentence": its probation region is one of their units (the unit its
 * victims are referred to, so a sentence just recorded can be found for a referral), or a victim linked to it is one
 * they may reach (a case transferred or opened to them by a grant). `id` and `region` are the sentence_view row's
 * columns; `id` must be qualified (`sentence_view.sentence_id`), as for `victimInScope`. What the sentence says about a
 * victim outside the caller's reach is filtered out separately (`victimInScope` on the victims' rows).
 *
 * The linked victims are a correlated EXISTS on the sentence's own rows of `sentence_view_victims` (its primary key's
 * sentence_id prefix, then two index probes per victim). The older `id IN (SELECT linked.sentence_id FROM
 * sentence_view_victims linked WHERE …)` under the OR was a hashed subplan of every linked victim of every sentence,
 * built whenever the region did not settle it (bench/HISTORY.md, 2026-12-08).
 */
export function sentenceInScope(
  scope: AccessScope,
  sentence: { readonly id: string; readonly region: string },
  values: unknown[],
): string {
  if (scope.national) return 'TRUE';
  assertOuterId('sentenceInScope', sentence.id, SENTENCE_EXISTS_ALIASES);
  values.push([...scope.units]);
  const units = `$${values.length}`;
  const linkedVictim = victimInScope(scope, 'linked.victim_id', values);
  return (
    `(${sentence.region} = ANY(${units}::text[])` +
    ` OR EXISTS (SELECT 1 FROM sentence_view_victims linked WHERE linked.sentence_id = ${sentence.id} AND ${linkedVictim}))`
  );
}
