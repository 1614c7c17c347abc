import { IsoDate, addCalendarDays, dayOfWeek, fromDayNumber, isIsoDate, toDayNumber } from '../shared/iso-date';
import bankHolidayData from './bank-holidays-england-and-wales.json';

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

/** Asked about a day the bank holiday data does not cover: a deadline computed from a guess could be wrong. */
export class DateOutsideCalendar extends Error {
  readonly code = 'date-outside-calendar';

  constructor(
    readonly date: string,
    readonly covers: { readonly from: IsoDate; readonly to: IsoDate },
  ) {
    super(
      `The working-day calendar covers ${covers.from} to ${covers.to}; ${date} is outside it. ` +
        'Update libs/domain/src/calendar/bank-holidays-england-and-wales.json from GOV.UK.',
    );
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

/** Monday to Friday, excluding England and Wales bank holidays (Victims' Code working days). */
export interface WorkingDayCalendar {
  readonly taken: IsoDate;
  readonly covers: { readonly from: IsoDate; readonly to: IsoDate };
  isWorkingDay(date: IsoDate): boolean;
  /** The date `workingDays` working days after `date` (`date` itself is never counted; it may be a non-working day). */
  addWorkingDays(date: IsoDate, workingDays: number): IsoDate;
  /** Working days after `from` up to and including `to`; negative when `to` is before `from`. */
  countWorkingDays(from: IsoDate, to: IsoDate): number;
}

export function createWorkingDayCalendar(data: BankHolidayData): WorkingDayCalendar {
  const { covers } = data;
  if (!isIsoDate(covers.from) || !isIsoDate(covers.to) || covers.from > covers.to) {
    throw new InvalidCalendarDate(`${covers.from}..${covers.to}`);
  }
  const holidays = new Set<IsoDate>();
  for (const event of data.events) {
    if (!isIsoDate(event.date) || event.date < covers.from || event.date > covers.to) {
      throw new DateOutsideCalendar(event.date, covers);
    }
    holidays.add(event.date);
  }

  // The covered days, indexed once (about 4,000): whether each is a working day, and how many working days there are
  // up to and including it. Deadlines are computed for every event a projection replays (millions in a rebuild), so
  // each call is a few array reads instead of a walk day by day.
  const firstDay = toDayNumber(covers.from);
  const dayCount = toDayNumber(covers.to) - firstDay + 1;
  const working: boolean[] = [];
  const workingUpTo: number[] = [];
  const workingDates: IsoDate[] = [];
  for (let i = 0; i < dayCount; i++) {
    const date = fromDayNumber(firstDay + i);
    const weekday = dayOfWeek(date);
    working.push(weekday !== 0 && weekday !== 6 && !holidays.has(date));
    if (working[i]) workingDates.push(date);
    workingUpTo.push(workingDates.length);
  }
  /** Valid dates inside the calendar, by their text: the regex and Date checks run once per distinct date. */
  const indexOf = new Map<string, number>();

  const checked = (date: IsoDate): number => {
    const known = indexOf.get(date);
    if (known !== undefined) return known;
    if (!isIsoDate(date)) throw new InvalidCalendarDate(date);
    if (date < covers.from || date > covers.to) throw new DateOutsideCalendar(date, covers);
    const index = toDayNumber(date) - firstDay;
    indexOf.set(date, index);
    return index;
  };

  const isWorkingDay = (date: IsoDate): boolean => working[checked(date)];

  const addWorkingDays = (date: IsoDate, workingDays: number): IsoDate => {
    if (!Number.isInteger(workingDays) || workingDays < 0) {
      throw new RangeError(`workingDays must be a whole number of zero or more, got ${workingDays}.`);
    }
    const index = checked(date);
    if (workingDays === 0) return date;
    // The (up-to-and-including + n)-th working day, 1-based.
    const target = workingUpTo[index] + workingDays;
    if (target > workingDates.length) throw new DateOutsideCalendar(addCalendarDays(covers.to, 1), covers);
    return workingDates[target - 1];
  };

  const countWorkingDays = (from: IsoDate, to: IsoDate): number => workingUpTo[checked(to)] - workingUpTo[checked(from)];

  return { taken: data.taken, covers, isWorkingDay, addWorkingDays, countWorkingDays };
}

/** England and Wales working days from the GOV.UK extract kept in this folder. */
export const englandAndWalesCalendar: WorkingDayCalendar = createWorkingDayCalendar(bankHolidayData);
