import { IsoDate, addCalendarDays, dayOfWeek } from '../shared/iso-date';

/** A bank holiday the statutory pattern gives for a year not yet published by GOV.UK. */
export interface ProjectedBankHoliday {
  readonly title: string;
  readonly date: IsoDate;
  readonly notes: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const dateOf = (year: number, month: number, day: number): IsoDate =>
  `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus, "Meeus/Jones/Butcher"). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dateOf(year, month, day);
}

const MONDAY = 1;
const isWeekend = (date: IsoDate): boolean => dayOfWeek(date) === 0 || dayOfWeek(date) === 6;

function firstMondayOf(year: number, month: number): IsoDate {
  const first = dateOf(year, month, 1);
  return addCalendarDays(first, (MONDAY - dayOfWeek(first) + 7) % 7);
}

function lastMondayOf(year: number, month: number, daysInMonth: number): IsoDate {
  const last = dateOf(year, month, daysInMonth);
  return addCalendarDays(last, -((dayOfWeek(last) - MONDAY + 7) % 7));
}

/**
 * England and Wales bank holidays as the statutory pattern gives them (Banking and Financial Dealings Act 1971,
 * Schedule 1, and the royal proclamations that have fixed the May and New Year days every year since 1978):
 * New Year's Day, Good Friday, Easter Monday, the first and last Mondays of May, the last Monday of August, Christmas
 * Day and Boxing Day. A New Year's Day, Christmas Day or Boxing Day on a Saturday or Sunday gives a substitute day: the
 * next weekday that is not already a bank holiday (Christmas on a Saturday: Monday 27 and Tuesday 28; on a Sunday:
 * Tuesday 27, since Monday 26 is Boxing Day). One-off days (jubilees, coronations, a moved May day) cannot be
 * foreseen: only a published list has them.
 */
export function statutoryBankHolidays(year: number): ProjectedBankHoliday[] {
  const easter = easterSunday(year);
  const holidays: ProjectedBankHoliday[] = [];
  const taken = new Set<IsoDate>();
  const add = (title: string, date: IsoDate, notes = ''): void => {
    holidays.push({ title, date, notes });
    taken.add(date);
  };
  const nextFreeWeekday = (from: IsoDate): IsoDate => {
    let day = addCalendarDays(from, 1);
    while (isWeekend(day) || taken.has(day)) day = addCalendarDays(day, 1);
    return day;
  };

  const newYear = dateOf(year, 1, 1);
  add(
    "New Year's Day",
    isWeekend(newYear) ? nextFreeWeekday(newYear) : newYear,
    isWeekend(newYear) ? 'Substitute day' : '',
  );
  add('Good Friday', addCalendarDays(easter, -2));
  add('Easter Monday', addCalendarDays(easter, 1));
  add('Early May bank holiday', firstMondayOf(year, 5));
  add('Spring bank holiday', lastMondayOf(year, 5, 31));
  add('Summer bank holiday', lastMondayOf(year, 8, 31));
  // Christmas and Boxing Day: the days themselves first, then the substitutes for those falling at a weekend.
  const christmas = dateOf(year, 12, 25);
  const boxingDay = dateOf(year, 12, 26);
  if (!isWeekend(christmas)) add('Christmas Day', christmas);
  if (!isWeekend(boxingDay)) add('Boxing Day', boxingDay);
  if (isWeekend(christmas)) add('Christmas Day', nextFreeWeekday(christmas), 'Substitute day');
  if (isWeekend(boxingDay)) add('Boxing Day', nextFreeWeekday(boxingDay), 'Substitute day');
  return holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
