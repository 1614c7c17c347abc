import { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { IsoDate, addCalendarDays } from '../shared/iso-date';

/**
 * A child victim's contact goes through a parent or guardian; once they are 18 the information is given to them
 * directly (helpforvictims.co.uk Q194; Victims' Code 2020: parents or guardians receive the rights of a victim under 18).
 * Only the month they turn 18 is recorded outside their personal data (data minimisation: docs/privacy.md), and the
 * VLO's task to hand contact to them is due a configurable number of working days before that month begins.
 */

/** `YYYY-MM`: the month a child victim turns 18. */
export type YearMonth = string;

const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function isYearMonth(value: unknown): value is YearMonth {
  return typeof value === 'string' && YEAR_MONTH.test(value);
}

/** The month of the 18th birthday (a 29 February birthday is still in February: the month is all that is kept). */
export function turnsEighteenIn(dateOfBirth: IsoDate): YearMonth {
  const [year, month] = dateOfBirth.split('-');
  return `${String(Number(year) + 18).padStart(4, '0')}-${month}`;
}

export interface HandoverAtEighteenPolicy {
  /** How many working days before the month they turn 18 the VLO's task is due. */
  readonly handoverLeadWorkingDays: number;
}

/**
 * About six months: time to find a young person who may have moved, who may never have dealt with the service
 * themselves, and to agree their own contact choices before the first letter goes to them. No published figure
 * (docs/DOMAIN-RULES.md §11): configurable (`HANDOVER_AT_EIGHTEEN_LEAD_WORKING_DAYS`).
 */
export const DEFAULT_HANDOVER_AT_EIGHTEEN_POLICY: HandoverAtEighteenPolicy = { handoverLeadWorkingDays: 130 };

/**
 * The day the VLO's handover task is due: the lead before the first day of the month they turn 18, or the day the
 * referral was received when that is later (a victim referred at 17 and a half: due at once).
 */
export function handoverAtEighteenDueOn(
  eighteenIn: YearMonth,
  referralReceivedOn: IsoDate,
  calendar: WorkingDayCalendar,
  policy: HandoverAtEighteenPolicy = DEFAULT_HANDOVER_AT_EIGHTEEN_POLICY,
): IsoDate {
  let day = `${eighteenIn}-01`;
  for (let counted = 0; counted < policy.handoverLeadWorkingDays;) {
    day = addCalendarDays(day, -1);
    if (calendar.isWorkingDay(day)) counted += 1;
  }
  return day > referralReceivedOn ? day : referralReceivedOn;
}
