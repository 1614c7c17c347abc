import { DomainRuleCode } from '../shared/domain-rule-codes';
import { DomainRuleViolation, ensure } from '../shared/domain-rule-violation';
import { IsoDate, assertIsoDate } from '../shared/iso-date';
import { IsoInstant, assertIsoInstant, londonDateOf } from '../shared/iso-instant';
import { SentenceFacts } from '../sentence/sentence-facts';
import { assertId } from '../shared/text';
import { KnownVictim } from './victim.state';

/** Longest free text (reasons, summaries, notes) and longest name a victim's record takes. */
export const TEXT_MAX = 10_000;
export const NAME_MAX = 200;

/** A dated fact about the victim: a real date, not before the referral, not after today; a refusal names the field. */
export function checkDated(state: KnownVictim, date: IsoDate, field: string, recordedOn: IsoDate): void {
  assertIsoDate(date, field);
  if (date < state.referralReceivedOn)
    throw new DomainRuleViolation(
      'before-referral',
      `${field} (${date}) cannot be before the referral was received on ${state.referralReceivedOn}.`,
      undefined,
      field,
    );
  if (date > recordedOn)
    throw new DomainRuleViolation(
      'date-in-future',
      `${field} (${date}) is after today (${recordedOn}).`,
      undefined,
      field,
    );
}

/** A moment something happened: a UTC instant whose day in England and Wales is not after today. */
export function checkInstantHappened(instant: IsoInstant, field: string, recordedOn: IsoDate): void {
  assertIsoInstant(instant, field);
  ensure(
    londonDateOf(instant) <= recordedOn,
    'date-in-future',
    `${field} (${instant}) is after today (${recordedOn}).`,
  );
}

/** Codes (provider references, error codes): letters, digits and `_ . : -`, never free text. */
const CODE = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,199}$/;

export function assertCode(value: unknown, field: string, rule: DomainRuleCode): asserts value is string {
  ensure(
    typeof value === 'string' && CODE.test(value),
    rule,
    `${field} must be a code (letters, digits, "_", ".", ":" or "-"), not free text.`,
  );
}

/** The sentence is one the victim is linked to. */
export function checkLinked(state: KnownVictim, sentence: SentenceFacts): void {
  assertId(sentence.sentenceId, 'sentence.sentenceId');
  ensure(
    state.linkedSentenceIds.includes(sentence.sentenceId),
    'sentence-not-linked',
    'The victim is not linked to this sentence.',
  );
}

/** Bereaved relatives and next of kin come in only where the offence caused the death. */
export function checkBereavement(circumstance: string, sentence: SentenceFacts): void {
  if (circumstance === 'deceased-victim' || circumstance === 'bereaved-relative') {
    ensure(
      sentence.offenceCausedDeath === true,
      'bereavement-needs-offence-causing-death',
      "Bereaved relatives and next of kin are in the scheme only where the offence caused the victim's death.",
    );
  }
}

export function checkDateOfBirth(dateOfBirth: IsoDate, onOrBefore: IsoDate): void {
  assertIsoDate(dateOfBirth, 'personal.dateOfBirth');
  ensure(dateOfBirth <= onOrBefore, 'date-of-birth-in-future', 'The date of birth cannot be in the future.');
}
