import { AccessScope } from '@vcs/domain';
import { unitInScope, victimInScope } from '../../shared/access-scope.sql';

/** Task kinds that are administrators' work and never appear in a VLO's caseload. */
export const ADMIN_TASK_KINDS = ['retention-review'];

/** The projection behind every caseload route (libs/read-models/src/caseload). */
export const CASELOAD_PROJECTIONS = ['caseload-tasks'] as const;

/** A task about a victim the caller may reach, or (no victim yet: a missed referral) raised for one of their units. */
export function taskInScope(scope: AccessScope, values: unknown[]): string {
  return `(CASE WHEN victim_id IS NULL THEN ${unitInScope(scope, 'region', values)} ELSE ${victimInScope(scope, 'victim_id', values, 'text')} END)`;
}
