import { IsoDate, fromDayNumber, isIsoDate, toDayNumber } from '../shared/iso-date';
import bankHolidayData from './bank-holidays-england-and-wales.json';
import { statutoryBankHolidays } from './statutory-bank-holidays';

/** The shape of the GOV.UK bank holiday extract held in this folder. */
export interface BankHolidayData {
  readonly division: string;
  readonly source: string;
  /** The day the extract was taken from GOV.UK. */
  readonly taken: IsoDate;
  /** The first and last day the extract is complete for. */
  readonly covers: { readonly from: IsoDate; readonly to: IsoDate };
  readonly events: readonly { readonly title: string; readonly date: IsoDate; readonly notes: string }[];
}

/**
 * The days the calendar answers for at all: from 1900 (no sentence is older) to the end of 2199 (a life licence
 * begun today runs past 2100). A date beyond is refused rather than indexed (each year is ~365 array entries).
 */
export const CALENDAR_LIMITS = { from: '1900-01-01', to: '2199-12-31' } as const;

/** Asked about a day outside CALENDAR_LIMITS (or bank holiday data that contradicts itself). */
export class DateOutsideCalendar extends Error {
  readonly code = 'date-outside-calendar';

  constructor(
    readonly date: string,
    readonly covers: { readonly from: IsoDate; readonly to: IsoDate },
  ) {
    super(`The working-day calendar answers for ${covers.from} to ${covers.to}; ${date} is outside it.`);
    this.name = 'DateOutsideCalendar';
  }
}

export class InvalidCalendarDate extends Error {
  readonly code = 'invalid-calendar-date';

  constructor(readonly date: unknown) {
    super(`"${String(date)}" is not a real date written YYYY-MM-DD.`);
    this.name = 'InvalidCalendarDate';
  }
}

/**
 * Monday to Friday, excluding England and Wales bank holidays (Victims' Code working days), for any day from 1900 to
 * 2199. Inside `covers` the bank holidays are GOV.UK's published list; outside it they are **projected** from the
 * statutory pattern (statutory-bank-holidays.ts), which cannot know one-off days. Anything computed from a projected
 * day may move when a newer list is published: `version` names the list, `isProjected` says which days are guesses,
 * and `watchProjected` (below) tells a caller whether a computation looked at one.
 */
export interface WorkingDayCalendar {
  /** Names the published list (its coverage and a digest of its dates): it changes whenever the list does. */
  readonly version: string;
  readonly taken: IsoDate;
  /** The days the published list covers; the rest are projected. */
  readonly covers: { readonly from: IsoDate; readonly to: IsoDate };
  isWorkingDay(date: IsoDate): boolean;
  /** The date `workingDays` working days after `date` (`date` itself is never counted; it may be a non-working day). */
  addWorkingDays(date: IsoDate, workingDays: number): IsoDate;
  /** Working days after `from` up to and including `to`; negative when `to` is before `from`. */
  countWorkingDays(from: IsoDate, to: IsoDate): number;
  /** Whether the day is outside the published list (its bank holidays are the statutory pattern's). */
  isProjected(date: IsoDate): boolean;
  /** The published list the calendar was made from (kept by read models, to know what a newer list changes). */
  readonly list: BankHolidayData;
}

/** Days indexed beyond the furthest day asked so far, when the index has to grow (about 20 years: life licences). */
const GROWTH_DAYS = 7305;
/** Indexed from the start: the published list and a few years past it (what nearly every deadline needs). */
const EAGER_YEARS_PAST_PUBLISHED = 5;

export function createWorkingDayCalendar(data: BankHolidayData): WorkingDayCalendar {
  const { covers } = data;
  if (
    !isIsoDate(covers.from) ||
    !isIsoDate(covers.to) ||
    covers.from > covers.to ||
    covers.from < CALENDAR_LIMITS.from
  ) {
    throw new InvalidCalendarDate(`${covers.from}..${covers.to}`);
  }
  const holidays: IsoDate[] = [];
  for (const event of data.events) {
    if (!isIsoDate(event.date) || event.date < covers.from || event.date > covers.to) {
      throw new DateOutsideCalendar(event.date, covers);
    }
    holidays.push(event.date);
  }
  const publishedFrom = toDayNumber(covers.from);
  const publishedTo = toDayNumber(covers.to);
  const lastDay = toDayNumber(CALENDAR_LIMITS.to);
  const holidayDays = new Set<number>([...holidays].map(toDayNumber));
  const projectedYears = new Set<number>();
  /** Bank holidays of a year outside the published list, from the statutory pattern (computed once per year). */
  const projectYear = (year: number): void => {
    if (projectedYears.has(year)) return;
    projectedYears.add(year);
    for (const holiday of statutoryBankHolidays(year)) {
      const day = toDayNumber(holiday.date);
      if (day < publishedFrom || day > publishedTo) holidayDays.add(day);
    }
  };

  // The indexed days: whether each is a working day, and how many working days there are up to and including it.
  // Deadlines are computed for every event a projection replays (millions in a rebuild), so each call is a few array
  // reads instead of a walk day by day. The index starts in 1900 and grows forward on demand (a date decades ahead
  // indexes up to it and about 20 years more, once); a working day's text is made the first time it is answered.
  const firstDay = toDayNumber(CALENDAR_LIMITS.from);
  const working: boolean[] = [];
  const workingUpTo: number[] = [];
  const workingDays: number[] = [];
  const workingText: (IsoDate | undefined)[] = [];
  let year = Number(CALENDAR_LIMITS.from.slice(0, 4));
  let nextYearStarts = toDayNumber(`${year + 1}-01-01`);
  const indexUpTo = (untilDay: number): void => {
    const end = Math.min(untilDay, lastDay);
    for (let dayNumber = firstDay + working.length; dayNumber <= end; dayNumber++) {
      if (dayNumber === nextYearStarts) nextYearStarts = toDayNumber(`${++year + 1}-01-01`);
      if (dayNumber < publishedFrom || dayNumber > publishedTo) projectYear(year);
      const weekday = (((dayNumber + 4) % 7) + 7) % 7; // day 0, 1970-01-01, was a Thursday
      const isWorking = weekday !== 0 && weekday !== 6 && !holidayDays.has(dayNumber);
      working.push(isWorking);
      if (isWorking) {
        workingDays.push(dayNumber);
        workingText.push(undefined);
      }
      workingUpTo.push(workingDays.length);
    }
  };
  indexUpTo(toDayNumber(`${Number(covers.to.slice(0, 4)) + EAGER_YEARS_PAST_PUBLISHED}-12-31`));
  const growTo = (dayNumber: number): void => {
    if (dayNumber - firstDay >= working.length) indexUpTo(dayNumber + GROWTH_DAYS);
  };
  const workingDateAt = (position: number): IsoDate => (workingText[position] ??= fromDayNumber(workingDays[position]));

  /** Valid dates inside the limits, by their text: the regex and Date checks run once per distinct date. */
  const indexOf = new Map<string, number>();
  const checked = (date: IsoDate): number => {
    const known = indexOf.get(date);
    if (known !== undefined) return known;
    if (!isIsoDate(date)) throw new InvalidCalendarDate(date);
    if (date < CALENDAR_LIMITS.from || date > CALENDAR_LIMITS.to) throw new DateOutsideCalendar(date, CALENDAR_LIMITS);
    const dayNumber = toDayNumber(date);
    growTo(dayNumber);
    const index = dayNumber - firstDay;
    indexOf.set(date, index);
    return index;
  };

  const isWorkingDay = (date: IsoDate): boolean => working[checked(date)];

  const addWorkingDays = (date: IsoDate, count: number): IsoDate => {
    if (!Number.isInteger(count) || count < 0) {
      throw new RangeError(`workingDays must be a whole number of zero or more, got ${count}.`);
    }
    const index = checked(date);
    if (count === 0) return date;
    // The (up-to-and-including + n)-th working day, 1-based.
    const target = workingUpTo[index] + count;
    while (target > workingDays.length) {
      if (firstDay + working.length > lastDay)
        throw new DateOutsideCalendar(`${CALENDAR_LIMITS.to} + ${count} working days`, CALENDAR_LIMITS);
      growTo(firstDay + working.length);
    }
    return workingDateAt(target - 1);
  };

  const countWorkingDays = (from: IsoDate, to: IsoDate): number =>
    workingUpTo[checked(to)] - workingUpTo[checked(from)];

  const isProjected = (date: IsoDate): boolean => {
    const index = checked(date) + firstDay;
    return index < publishedFrom || index > publishedTo;
  };

  return {
    version: calendarVersionOf(data),
    taken: data.taken,
    covers,
    isWorkingDay,
    addWorkingDays,
    countWorkingDays,
    isProjected,
    list: data,
  };
}

/**
 * The first day two calendars disagree on (a working day in one and not in the other), or undefined when they agree on
 * every day. Outside both published lists both follow the same statutory pattern, so only days inside either list can
 * differ: a new list's one-off day, a projected day the new list publishes differently, a correction.
 */
export function firstDayCalendarsDiffer(older: WorkingDayCalendar, newer: WorkingDayCalendar): IsoDate | undefined {
  const from = toDayNumber(older.covers.from < newer.covers.from ? older.covers.from : newer.covers.from);
  const to = toDayNumber(older.covers.to > newer.covers.to ? older.covers.to : newer.covers.to);
  for (let day = from; day <= to; day++) {
    const date = fromDayNumber(day);
    if (older.isWorkingDay(date) !== newer.isWorkingDay(date)) return date;
  }
  return undefined;
}

/** `<division>:<last published day>:<digest of the published dates>`: changes whenever the list does. */
export function calendarVersionOf(data: BankHolidayData): string {
  const text = `${data.covers.from}|${data.covers.to}|${data.events
    .map((e) => e.date)
    .sort()
    .join(',')}`;
  // FNV-1a, 32 bits: a name for the list, not a security measure.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${data.division}:${data.covers.to}:${hash.toString(16).padStart(8, '0')}`;
}

/**
 * The same calendar, noting whether any answer it gave rested on a projected day: the days a call looks at are
 * between its arguments and its answer, so one of them is projected when either end lies outside the published list
 * (the list is one unbroken range). Used by the notification planner to mark what must be re-planned when a newer
 * list is published.
 */
export function watchProjected(calendar: WorkingDayCalendar): {
  readonly calendar: WorkingDayCalendar;
  usedProjectedDays(): boolean;
} {
  let used = false;
  const note = (...dates: IsoDate[]): void => {
    if (!used && dates.some((date) => calendar.isProjected(date))) used = true;
  };
  const watched: WorkingDayCalendar = {
    ...calendar,
    isWorkingDay: (date) => {
      const answer = calendar.isWorkingDay(date);
      note(date);
      return answer;
    },
    addWorkingDays: (date, workingDays) => {
      const answer = calendar.addWorkingDays(date, workingDays);
      note(date, answer);
      return answer;
    },
    countWorkingDays: (from, to) => {
      const answer = calendar.countWorkingDays(from, to);
      note(from, to);
      return answer;
    },
  };
  return { calendar: watched, usedProjectedDays: () => used };
}

/** England and Wales working days: the GOV.UK extract kept in this folder, projected beyond it. */
export const englandAndWalesCalendar: WorkingDayCalendar = createWorkingDayCalendar(bankHolidayData);
