import { DateOutsideCalendar, InvalidCalendarDate, createWorkingDayCalendar, englandAndWalesCalendar as calendar } from './working-day-calendar';
import fc from 'fast-check';
import bankHolidays from './bank-holidays-england-and-wales.json';
import data from './bank-holidays-england-and-wales.json';

describe('working-day calendar (England and Wales)', () => {
  it('keeps the date the bank holiday data was taken and the range it covers', () => {
    expect(calendar.taken).toBe(data.taken);
    expect(calendar.covers).toEqual({ from: '2017-01-01', to: '2027-12-31' });
  });

  it('treats weekends as non-working days', () => {
    expect(calendar.isWorkingDay('2024-01-06')).toBe(false); // Saturday
    expect(calendar.isWorkingDay('2024-01-07')).toBe(false); // Sunday
    expect(calendar.isWorkingDay('2024-01-08')).toBe(true); // Monday
  });

  it('treats England and Wales bank holidays as non-working days, including the one-off days of 2022 and 2023', () => {
    expect(calendar.isWorkingDay('2024-12-25')).toBe(false);
    expect(calendar.isWorkingDay('2022-09-19')).toBe(false); // State Funeral of Queen Elizabeth II
    expect(calendar.isWorkingDay('2023-05-08')).toBe(false); // coronation of King Charles III
    expect(calendar.isWorkingDay('2022-12-27')).toBe(false); // substitute Christmas Day
  });

  it('adds working days without counting the start day', () => {
    expect(calendar.addWorkingDays('2024-01-08', 10)).toBe('2024-01-22');
    expect(calendar.addWorkingDays('2024-01-08', 0)).toBe('2024-01-08');
  });

  it('adds working days from a weekend start', () => {
    expect(calendar.addWorkingDays('2024-01-06', 1)).toBe('2024-01-08');
  });

  it('skips bank holidays when adding working days across Christmas', () => {
    // Fri 20 Dec 2024 + 5 working days: 23, 24, 27, 30, 31 Dec (25 and 26 are bank holidays)
    expect(calendar.addWorkingDays('2024-12-20', 5)).toBe('2024-12-31');
  });

  it('skips Easter when adding working days', () => {
    // Thu 28 Mar 2024 + 1: Good Friday 29 Mar and Easter Monday 1 Apr are bank holidays
    expect(calendar.addWorkingDays('2024-03-28', 1)).toBe('2024-04-02');
  });

  it('counts working days after the first date up to and including the second', () => {
    expect(calendar.countWorkingDays('2024-01-08', '2024-01-22')).toBe(10);
    expect(calendar.countWorkingDays('2024-01-22', '2024-01-08')).toBe(-10);
    expect(calendar.countWorkingDays('2024-12-20', '2024-12-31')).toBe(5);
    expect(calendar.countWorkingDays('2024-01-08', '2024-01-08')).toBe(0);
  });

  it('counts back to what it added', () => {
    for (const start of ['2019-12-23', '2022-09-15', '2023-05-05', '2026-04-02']) {
      for (const n of [1, 10, 15, 20, 40]) {
        expect(calendar.countWorkingDays(start, calendar.addWorkingDays(start, n))).toBe(n);
      }
    }
  });

  it('throws DateOutsideCalendar for a date before the data begins', () => {
    expect(() => calendar.isWorkingDay('2016-12-30')).toThrow(DateOutsideCalendar);
  });

  it('throws DateOutsideCalendar when adding working days runs past the end of the data', () => {
    expect(() => calendar.addWorkingDays('2027-12-20', 20)).toThrow(DateOutsideCalendar);
  });

  it('throws DateOutsideCalendar when counting to a date past the end of the data', () => {
    expect(() => calendar.countWorkingDays('2027-12-01', '2028-01-10')).toThrow(DateOutsideCalendar);
  });

  it('throws InvalidCalendarDate for a date that does not exist', () => {
    expect(() => calendar.isWorkingDay('2023-02-30')).toThrow(InvalidCalendarDate);
  });

  it('refuses bank holiday data with a holiday outside the range it claims to cover', () => {
    expect(() =>
      createWorkingDayCalendar({
        division: 'england-and-wales',
        source: 'test',
        taken: '2024-01-01',
        covers: { from: '2024-01-01', to: '2024-12-31' },
        events: [{ title: 'Boxing Day', date: '2025-12-26', notes: '' }],
      }),
    ).toThrow(DateOutsideCalendar);
  });
});

describe('the indexed calendar agrees with counting day by day', () => {
  // The plain definition: step one calendar day at a time, counting Monday–Friday days that are not bank holidays.
  const MS = 86_400_000;
  const naiveIsWorking = (date: string) => {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6 && !HOLIDAYS.has(date);
  };
  const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + MS).toISOString().slice(0, 10);
  const naiveAdd = (date: string, n: number) => {
    let current = date;
    for (let remaining = n; remaining > 0; ) {
      current = nextDay(current);
      if (naiveIsWorking(current)) remaining -= 1;
    }
    return current;
  };
  const naiveCount = (from: string, to: string): number => {
    if (to < from) return -naiveCount(to, from);
    let count = 0;
    for (let day = nextDay(from); day <= to; day = nextDay(day)) if (naiveIsWorking(day)) count += 1;
    return count;
  };
  const HOLIDAYS = new Set((bankHolidays as { events: { date: string }[] }).events.map((e) => e.date));
  const aDate = fc.integer({ min: Date.UTC(2017, 0, 1) / MS, max: Date.UTC(2027, 10, 30) / MS }).map((day) => new Date(day * MS).toISOString().slice(0, 10));

  it('for isWorkingDay, addWorkingDays and countWorkingDays on random dates', () => {
    fc.assert(
      fc.property(aDate, aDate, fc.integer({ min: 0, max: 20 }), (a, b, n) => {
        expect(calendar.isWorkingDay(a)).toBe(naiveIsWorking(a));
        expect(calendar.addWorkingDays(a, n)).toBe(naiveAdd(a, n));
        expect(calendar.countWorkingDays(a, b)).toBe(naiveCount(a, b) + 0); // + 0: no "-0" for an empty span
      }),
      { numRuns: 2000, seed: 20261123 },
    );
  });
});
