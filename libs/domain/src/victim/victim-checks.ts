import { DomainRuleCode } from '../shared/domain-rule-codes';
import { ensure } from '../shared/domain-rule-violation';
import { IsoDate, assertIsoDate } from '../shared/iso-date';
import { IsoInstant, assertIsoInstant, londonDateOf } from '../shared/iso-instant';
import { KnownVictim } from './victim.state';

/** A dated fact about the victim: a real date, not before the referral, not after today. */
export function checkDated(state: KnownVictim, date: IsoDate, field: string, recordedOn: IsoDate): void {
  assertIsoDate(date, field);
  ensure(
    date >= state.referralReceivedOn,
    'before-referral',
    `${field} (${date}) cannot be before the referral was received on ${state.referralReceivedOn}.`,
  );
  ensure(date <= recordedOn, 'date-in-future', `${field} (${date}) is after today (${recordedOn}).`);
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
