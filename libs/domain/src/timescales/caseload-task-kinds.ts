/**
 * Every kind of task on a caseload: the Victims' Code contact tasks (`CaseTaskKind`), the tasks notifications, letters
 * and re-offers give a VLO, the region's missed referrals, and administrators' retention reviews and parked work.
 * The read model's contact tasks take their kind from `CaseTaskKind`, so it must stay a part of this union.
 * A table keyed by this union (`satisfies Record<CaseloadTaskKind, …>`) fails to compile until a new kind has its row.
 */
export const CASELOAD_TASK_KINDS = [
  'initial-contact',
  'vns-contact',
  'follow-up',
  'safety-check',
  'missed-referral',
  'notification-failed',
  'notification-safety-check',
  'notification-letter',
  'notification-undelivered',
  'ask-victim-about-reconsideration',
  'ask-victim-about-public-hearing',
  'phone-victim-offender-at-large',
  'reoffer-before-release',
  'letter-returned',
  'letter-not-sent',
  'hand-contact-to-victim',
  'retention-review',
  'parked-work',
] as const;

export type CaseloadTaskKind = (typeof CASELOAD_TASK_KINDS)[number];

export function isCaseloadTaskKind(value: unknown): value is CaseloadTaskKind {
  return typeof value === 'string' && (CASELOAD_TASK_KINDS as readonly string[]).includes(value);
}
