import { IsoDate, addCalendarDays, dayOfWeek, isIsoDate } from '../shared/iso-date';
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

  const checked = (date: IsoDate): IsoDate => {
    if (!isIsoDate(date)) throw new InvalidCalendarDate(date);
    if (date < covers.from || date > covers.to) throw new DateOutsideCalendar(date, covers);
    return date;
  };

  const isWorkingDay = (date: IsoDate): boolean => {
    const weekday = dayOfWeek(checked(date));
    return weekday !== 0 && weekday !== 6 && !holidays.has(date);
  };

  const addWorkingDays = (date: IsoDate, workingDays: number): IsoDate => {
    if (!Number.isInteger(workingDays) || workingDays < 0) {
      throw new RangeError(`workingDays must be a whole number of zero or more, got ${workingDays}.`);
    }
    let current = checked(date);
    let remaining = workingDays;
    while (remaining > 0) {
      current = addCalendarDays(current, 1);
      if (isWorkingDay(current)) remaining -= 1;
    }
    return current;
  };

  const countWorkingDays = (from: IsoDate, to: IsoDate): number => {
    checked(from);
    checked(to);
    if (to < from) return -countWorkingDays(to, from);
    let count = 0;
    for (let day = addCalendarDays(from, 1); day <= to; day = addCalendarDays(day, 1)) {
      if (isWorkingDay(day)) count += 1;
    }
    return count;
  };

  return { taken: data.taken, covers, isWorkingDay, addWorkingDays, countWorkingDays };
}

/** England and Wales working days from the GOV.UK extract kept in this folder. */
export const englandAndWalesCalendar: WorkingDayCalendar = createWorkingDayCalendar(bankHolidayData);
