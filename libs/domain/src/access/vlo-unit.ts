import { PROBATION_REGIONS, ProbationRegion } from '../shared/probation-region';

/**
 * A victim liaison unit: the VLO unit of one probation region, which holds the cases referred on that region's
 * sentences. The unit codes are the probation region codes (England's eleven regions and Wales), so a token's
 * `units` claim names them the same way sentences do.
 */
export const VLO_UNITS = PROBATION_REGIONS;
export type VloUnit = ProbationRegion;

export function isVloUnit(value: unknown): value is VloUnit {
  return typeof value === 'string' && (VLO_UNITS as readonly string[]).includes(value);
}

/** Why a case moves to another unit. */
export const CASE_TRANSFER_REASONS = [
  'victim-moved',
  'offender-managed-elsewhere',
  'referred-to-wrong-unit',
  'workload',
  'other',
] as const;
export type CaseTransferReason = (typeof CASE_TRANSFER_REASONS)[number];

/** Why someone outside the case's unit needs to open it for a while. */
export const ACCESS_GRANT_REASONS = [
  'victim-moved',
  'offender-managed-elsewhere',
  'joint-working',
  'cover-for-absence',
  'other',
] as const;
export type AccessGrantReason = (typeof ACCESS_GRANT_REASONS)[number];

/** The longest a cross-unit access grant may run: 30 days (a longer need is a transfer). */
export const MAX_ACCESS_GRANT_HOURS = 24 * 30;
