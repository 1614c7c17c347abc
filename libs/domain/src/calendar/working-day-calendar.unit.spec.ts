import {
  DateOutsideCalendar,
  InvalidCalendarDate,
  createWorkingDayCalendar,
  englandAndWalesCalendar as calendar,
  firstDayCalendarsDiffer,
  watchProjected,
} from './working-day-calendar';
import { easterSunday, statutoryBankHolidays } from './statutory-bank-holidays';
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

  it('answers for days before the published list from the statutory pattern, marked projected', () => {
    expect(calendar.isWorkingDay('2016-12-30')).toBe(true); // Friday
    expect(calendar.isWorkingDay('2016-12-27')).toBe(false); // substitute Christmas Day (25th a Sunday)
    expect(calendar.isProjected('2016-12-30')).toBe(true);
    expect(calendar.isProjected('2017-01-03')).toBe(false);
  });

  it('adds working days past the end of the published list, over the projected New Year', () => {
    // Mon 20 Dec 2027 + 10: 21–24 Dec, (27, 28 published substitutes), 29–31 Dec, (Sat 1 Jan 2028 → Mon 3 projected), 4–6 Jan
    expect(calendar.addWorkingDays('2027-12-20', 10)).toBe('2028-01-06');
    expect(calendar.countWorkingDays('2027-12-01', '2028-01-10')).toBe(25);
  });

  it('answers for the far-future dates that stopped the planner (licence end 2030, hearing 2028, 2045) and life licences to 2100', () => {
    expect(calendar.isWorkingDay('2030-08-26')).toBe(false); // summer bank holiday, last Monday of August
    expect(calendar.addWorkingDays('2030-08-23', 1)).toBe('2030-08-27');
    expect(calendar.isWorkingDay('2028-01-20')).toBe(true);
    expect(calendar.isWorkingDay('2045-04-07')).toBe(false); // Good Friday (Easter Sunday 9 April 2045)
    expect(calendar.isWorkingDay('2045-04-10')).toBe(false); // Easter Monday
    expect(calendar.addWorkingDays('2100-12-24', 1)).toBe('2100-12-29'); // Fri 24; Christmas (Sat) → Mon 27, Boxing Day (Sun) → Tue 28
    expect(calendar.isWorkingDay('2100-12-28')).toBe(false);
    expect(calendar.isProjected('2045-01-01')).toBe(true);
  });

  it('grows its index for a date far ahead and still agrees with itself', () => {
    expect(calendar.isWorkingDay('2190-12-25')).toBe(false);
    expect(calendar.countWorkingDays('2190-12-20', calendar.addWorkingDays('2190-12-20', 30))).toBe(30);
  });

  it('throws DateOutsideCalendar only outside 1900–2199', () => {
    expect(() => calendar.isWorkingDay('1899-12-29')).toThrow(DateOutsideCalendar);
    expect(() => calendar.isWorkingDay('2200-01-05')).toThrow(DateOutsideCalendar);
    expect(() => calendar.addWorkingDays('2199-12-20', 20)).toThrow(DateOutsideCalendar);
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
    for (let remaining = n; remaining > 0;) {
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
  const published = (bankHolidays as { events: { date: string }[] }).events.map((e) => e.date);
  const projected = [];
  for (let year = 2010; year <= 2070; year++)
    if (year < 2017 || year > 2027) projected.push(...statutoryBankHolidays(year).map((h) => h.date));
  const HOLIDAYS = new Set([...published, ...projected]);
  const aDate = fc
    .integer({ min: Date.UTC(2012, 0, 1) / MS, max: Date.UTC(2060, 10, 30) / MS })
    .map((day) => new Date(day * MS).toISOString().slice(0, 10));

  it('for isWorkingDay, addWorkingDays and countWorkingDays on random dates', () => {
    fc.assert(
      fc.property(aDate, fc.integer({ min: -400, max: 400 }), fc.integer({ min: 0, max: 20 }), (a, offset, n) => {
        const b = new Date(Date.parse(`${a}T00:00:00Z`) + offset * MS).toISOString().slice(0, 10);
        expect(calendar.isWorkingDay(a)).toBe(naiveIsWorking(a));
        expect(calendar.addWorkingDays(a, n)).toBe(naiveAdd(a, n));
        expect(calendar.countWorkingDays(a, b)).toBe(naiveCount(a, b) + 0); // + 0: no "-0" for an empty span
      }),
      { numRuns: 2000, seed: 20261123 },
    );
  });
});

describe('the statutory pattern (projected bank holidays)', () => {
  it('finds Easter Sunday by the Gregorian computus', () => {
    const known: Record<number, string> = {
      1961: '1961-04-02',
      2024: '2024-03-31',
      2025: '2025-04-20',
      2028: '2028-04-16',
      2038: '2038-04-25',
      2045: '2045-04-09',
      2100: '2100-03-28',
      2285: '2285-03-22',
    };
    for (const [year, date] of Object.entries(known)) expect(easterSunday(Number(year))).toBe(date);
  });

  it('gives exactly the published days of 2017–2027 except the one-off changes made by proclamation', () => {
    const publishedDates = new Set(bankHolidays.events.map((e) => e.date));
    const patternDates = new Set<string>();
    for (let year = 2017; year <= 2027; year++) for (const h of statutoryBankHolidays(year)) patternDates.add(h.date);
    const onlyPublished = [...publishedDates].filter((d) => !patternDates.has(d)).sort();
    const onlyPattern = [...patternDates].filter((d) => !publishedDates.has(d)).sort();
    // 2020: early May moved to Friday 8 May (VE Day); 2022: spring holiday moved to Thursday 2 June, Platinum Jubilee
    // Friday 3 June, the State Funeral on 19 September; 2023: the coronation on 8 May.
    expect(onlyPublished).toEqual(['2020-05-08', '2022-06-02', '2022-06-03', '2022-09-19', '2023-05-08']);
    expect(onlyPattern).toEqual(['2020-05-04', '2022-05-30']);
  });

  it('puts substitute days after a weekend Christmas, Boxing Day and New Year', () => {
    const dates = (year: number) => statutoryBankHolidays(year).map((h) => h.date);
    expect(dates(2032)).toEqual(expect.arrayContaining(['2032-12-27', '2032-12-28'])); // Christmas on a Saturday
    expect(dates(2033)).toEqual(expect.arrayContaining(['2033-01-03', '2033-12-26', '2033-12-27'])); // New Year Sat; Christmas Sun
    expect(dates(2037)).toEqual(expect.arrayContaining(['2037-12-25', '2037-12-28'])); // Boxing Day on a Saturday
    for (let year = 2028; year <= 2100; year++) expect(statutoryBankHolidays(year)).toHaveLength(8);
  });
});

describe('a newer published list', () => {
  const LIST = bankHolidays as {
    division: string;
    source: string;
    taken: string;
    covers: { from: string; to: string };
    events: { title: string; date: string; notes: string }[];
  };
  // The same list extended by a year, as GOV.UK would publish it, with a one-off day (say a jubilee on Friday 2 June 2028).
  const next = createWorkingDayCalendar({
    ...LIST,
    taken: '2027-06-01',
    covers: { from: LIST.covers.from, to: '2028-12-31' },
    events: [
      ...LIST.events,
      ...statutoryBankHolidays(2028),
      { title: 'A one-off bank holiday', date: '2028-06-02', notes: '' },
    ],
  });

  it('moves a date that was computed on projected days, and has another version', () => {
    expect(calendar.addWorkingDays('2028-05-31', 5)).toBe('2028-06-07');
    expect(next.addWorkingDays('2028-05-31', 5)).toBe('2028-06-08');
    expect(next.version).not.toBe(calendar.version);
    expect(calendar.isProjected('2028-06-02')).toBe(true);
    expect(next.isProjected('2028-06-02')).toBe(false);
  });

  it('tells a caller whether what it computed rested on projected days', () => {
    const inside = watchProjected(calendar);
    inside.calendar.addWorkingDays('2026-05-01', 10);
    expect(inside.usedProjectedDays()).toBe(false);
    const beyond = watchProjected(calendar);
    beyond.calendar.addWorkingDays('2027-12-20', 10);
    expect(beyond.usedProjectedDays()).toBe(true);
  });

  it('names the first day the lists disagree on, and none when a new year follows the pattern', () => {
    expect(firstDayCalendarsDiffer(calendar, next)).toBe('2028-06-02');
    expect(firstDayCalendarsDiffer(next, calendar)).toBe('2028-06-02');
    expect(firstDayCalendarsDiffer(calendar, createWorkingDayCalendar(LIST))).toBeUndefined();
    const patternOnly = createWorkingDayCalendar({
      ...LIST,
      covers: { from: LIST.covers.from, to: '2028-12-31' },
      events: [...LIST.events, ...statutoryBankHolidays(2028)],
    });
    expect(firstDayCalendarsDiffer(calendar, patternOnly)).toBeUndefined();
    // A one-off day announced for a year already published (as the 2023 coronation was) is a difference too.
    const corrected = createWorkingDayCalendar({
      ...LIST,
      events: [...LIST.events, { title: 'A one-off bank holiday', date: '2027-07-02', notes: '' }],
    });
    expect(firstDayCalendarsDiffer(calendar, corrected)).toBe('2027-07-02');
    expect(calendar.list).toBe(bankHolidays);
  });
});
