/**
 * - vcs-statutory: Victim Contact Scheme under DVCV Act 2004 ss.35–39;
 * - vcs-discretionary: the VCS offered case by case outside the statutory criteria, with the reason recorded;
 * - vns: Victim Notification Scheme for stalking, harassment and coercive control with sentences under 12 months.
 */
export const SCHEMES = ['vcs-statutory', 'vcs-discretionary', 'vns'] as const;
export type Scheme = (typeof SCHEMES)[number];

/** Why a victim outside the statutory criteria is offered the VCS (Hansard: domestic abuse, case by case). */
export const DISCRETIONARY_REASONS = [
  'domestic-abuse',
  'stalking-or-harassment',
  'repeat-victimisation',
  'vulnerable-victim',
  'other',
] as const;
export type DiscretionaryReason = (typeof DISCRETIONARY_REASONS)[number];

/** What the Witness Care Unit (or other referrer) referred the victim for; it decides which timescale runs. */
export type ReferredFor = 'vcs' | 'vns';
