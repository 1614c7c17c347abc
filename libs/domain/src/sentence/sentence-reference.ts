import { DomainRuleViolation } from '../shared/domain-rule-violation';

/**
 * The offender's case reference number (CRN) as held in nDelius: one capital letter then six digits,
 * e.g. "X123456". It identifies the offender's case, never the victim.
 */
const SENTENCE_REFERENCE = /^[A-Z][0-9]{6}$/;

export function isSentenceReference(value: unknown): value is string {
  return typeof value === 'string' && SENTENCE_REFERENCE.test(value);
}

export function assertSentenceReference(value: unknown): asserts value is string {
  if (!isSentenceReference(value)) {
    throw new DomainRuleViolation(
      'invalid-sentence-reference',
      `The case reference must be one capital letter followed by six digits (e.g. X123456), got "${String(value)}".`,
    );
  }
}
