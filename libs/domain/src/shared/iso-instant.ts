import { DomainRuleViolation } from './domain-rule-violation';
import { IsoDate, addCalendarDays, dayOfWeek, toDayNumber } from './iso-date';

/**
 * A moment in time, written in UTC: `YYYY-MM-DDTHH:MM:SS(.fff)Z`. Only the `Z` form is accepted so instants
 * stay code-like outside `personal` and compare without zone arithmetic. Wall-clock times in England and Wales
 * are derived with the UK summer-time rule below (no time-zone database, no clock).
 */
export type IsoInstant = string;

const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(\.\d{1,3})?Z$/;
const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MS_PER_MINUTE = 60_000;

export function isIsoInstant(value: unknown): value is IsoInstant {
  if (typeof value !== 'string') return false;
  const match = ISO_INSTANT.exec(value);
  if (!match) return false;
  const ms = Date.parse(value);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === match[1];
}

export function assertIsoInstant(value: unknown, field: string): asserts value is IsoInstant {
  if (!isIsoInstant(value)) {
    throw new DomainRuleViolation(
      'invalid-instant',
      `${field} must be a UTC instant written YYYY-MM-DDTHH:MM:SSZ, got "${String(value)}".`,
    );
  }
}

export function instantMs(instant: IsoInstant): number {
  return Date.parse(instant);
}

export function isInstantBefore(a: IsoInstant, b: IsoInstant): boolean {
  return instantMs(a) < instantMs(b);
}

/** The last Sunday of a month, as a civil date. */
function lastSunday(year: number, month: number): IsoDate {
  const lastDay = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  return addCalendarDays(lastDay, -dayOfWeek(lastDay));
}

/**
 * Minutes London is ahead of UTC at `ms`: British Summer Time (UTC+1) runs from 01:00 UTC on the last Sunday
 * of March to 01:00 UTC on the last Sunday of October (Summer Time Act 1972, Summer Time Order 2002).
 */
export function londonOffsetMinutes(ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  const start = toDayNumber(lastSunday(year, 3)) * 86_400_000 + 3_600_000;
  const end = toDayNumber(lastSunday(year, 10)) * 86_400_000 + 3_600_000;
  return ms >= start && ms < end ? 60 : 0;
}

/** The civil date in England and Wales at `instant`. */
export function londonDateOf(instant: IsoInstant): IsoDate {
  const ms = instantMs(instant);
  return new Date(ms + londonOffsetMinutes(ms) * MS_PER_MINUTE).toISOString().slice(0, 10);
}

/** The wall-clock time `HH:MM` in England and Wales at `instant`. */
export function londonTimeOf(instant: IsoInstant): string {
  const ms = instantMs(instant);
  return new Date(ms + londonOffsetMinutes(ms) * MS_PER_MINUTE).toISOString().slice(11, 16);
}

export function isClockTime(value: unknown): value is string {
  return typeof value === 'string' && CLOCK_TIME.test(value);
}

/** The instant at wall-clock `time` (`HH:MM`) on `date` in England and Wales. */
export function londonInstant(date: IsoDate, time: string): IsoInstant {
  if (!isClockTime(time)) throw new RangeError(`time must be HH:MM, got "${time}".`);
  const [hours, minutes] = time.split(':').map(Number);
  const asIfUtc = toDayNumber(date) * 86_400_000 + (hours * 60 + minutes) * MS_PER_MINUTE;
  // Try the summer offset first; keep it only if that moment really is in summer time.
  const summer = asIfUtc - 60 * MS_PER_MINUTE;
  const ms = londonOffsetMinutes(summer) === 60 ? summer : asIfUtc;
  return new Date(ms).toISOString();
}

/** Whole calendar months later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}
