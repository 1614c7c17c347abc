import { AccessScope } from '@vcs/domain';
import { DataSource } from 'typeorm';

/** Task kinds that are administrators' work and never appear in a VLO's caseload. */
export const ADMIN_TASK_KINDS = ['retention-review'];

/** The projection behind every caseload route (libs/read-models/src/caseload). */
export const CASELOAD_PROJECTIONS = ['caseload-tasks'] as const;

/**
 * The victims opened to the caller by a live grant (`case_access_grants`, one indexed lookup): the caseload's rows
 * they may reach besides their units'. None for a national scope, which reaches every row anyway.
 */
export async function grantedVictimIds(dataSource: DataSource, scope: AccessScope): Promise<string[]> {
  if (scope.national) return [];
  const rows: { victim_id: string }[] = await dataSource.query(
    `SELECT DISTINCT victim_id::text FROM case_access_grants
      WHERE grantee_user_id = $1 AND revoked_at IS NULL AND granted_at <= now() AND expires_at > now()`,
    [scope.userId],
  );
  return rows.map((row) => row.victim_id);
}

/**
 * The SQL condition "the caller may reach this caseload row" (`caseload_tasks` or `caseload_victims`): the unit
 * holding the case (kept on the row by the projection; a region-level task's unit is its region) is one of theirs, or
 * the victim is opened to them by a live grant (`granted`, from `grantedVictimIds`). The same answer as `victimInScope`
 * on `case_units`, on an indexed column of the row itself: one unit is an equality, so an index on (unit, due_on, …)
 * gives the rows in due order.
 */
export function caseloadRowInScope(scope: AccessScope, granted: readonly string[], values: unknown[]): string {
  if (scope.national) return 'TRUE';
  const units = [...scope.units];
  if (units.length === 1) values.push(units[0]);
  else values.push(units);
  const unit = units.length === 1 ? `unit = $${values.length}` : `unit = ANY($${values.length}::text[])`;
  if (granted.length === 0) return unit;
  values.push([...granted]);
  return `(${unit} OR victim_id = ANY($${values.length}::text[]))`;
}
