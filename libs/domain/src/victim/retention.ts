/**
 * Closing a victim's case, retention and erasure (issue 4; UK GDPR Art. 5(1)(e) storage limitation and
 * Art. 17 right to erasure). Codes only: the reasons are never free text.
 */

/** Why the case closed: the victim said no and did not come back, or every linked sentence ended. */
export const CASE_CLOSURE_REASONS = ['victim-withdrew', 'victim-declined', 'sentences-ended'] as const;
export type CaseClosureReason = (typeof CASE_CLOSURE_REASONS)[number];

/** How a sentence ended, for a `sentences-ended` closure. */
export const CLOSURE_SENTENCE_ENDINGS = [
  'sentence-end',
  'licence-end',
  'offender-died',
  'absolute-discharge',
  'conviction-quashed',
] as const;
export type SentenceEndingForClosure = (typeof CLOSURE_SENTENCE_ENDINGS)[number];

export interface EndedSentence {
  readonly sentenceId: string;
  readonly ending: SentenceEndingForClosure;
  readonly endedOn: string;
}

export const CASE_REOPEN_REASONS = ['victim-rejoined', 'victim-enrolled', 'linked-to-sentence'] as const;
export type CaseReopenReason = (typeof CASE_REOPEN_REASONS)[number];

export const RETENTION_DECISIONS = ['erase', 'retain'] as const;
export type RetentionDecision = (typeof RETENTION_DECISIONS)[number];

/** The ADMIN's basis for the decision. */
export const RETENTION_BASES = [
  'retention-period-ended',
  'ongoing-proceedings',
  'complaint-or-legal-claim',
  'safeguarding-concern',
  'offender-may-be-released-again',
  'other',
] as const;
export type RetentionBasis = (typeof RETENTION_BASES)[number];

export const ERASURE_BASES = ['retention-period-ended', 'erasure-request', 'other'] as const;
export type ErasureBasis = (typeof ERASURE_BASES)[number];

/** A reference is a code (a case-management or request number), never free text. */
export const REFERENCE_CODE = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/;

/** Longest configurable retention period: 100 years. */
export const MAX_RETENTION_MONTHS = 1200;
