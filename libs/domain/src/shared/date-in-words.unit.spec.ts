import { addCalendarDays } from './iso-date';
import { dateInWords, monthInWords } from './date-in-words';

/** An independent reading of the same date: the platform's own English (GB) and Welsh calendars. */
const calendars = (['en', 'cy'] as const).map((language) => {
  const locale = language === 'en' ? 'en-GB' : 'cy';
  return {
    language,
    day: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
    month: new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  };
});

describe('a date in words', () => {
  it.each([
    ['2024-02-29', '29 February 2024'], // leap day
    ['2000-02-29', '29 February 2000'], // a century that is a leap year
    ['2100-02-28', '28 February 2100'], // a century that is not
    ['2026-12-25', '25 December 2026'], // Christmas Day on a Friday
    ['2026-12-28', '28 December 2026'], // Boxing Day's substitute bank holiday (Monday)
    ['2027-03-26', '26 March 2027'], // Good Friday
    ['2027-03-29', '29 March 2027'], // Easter Monday, the day after the clocks go forward
    ['2027-10-31', '31 October 2027'], // the clocks go back
    ['2027-01-01', '1 January 2027'], // no leading zero on the day
    ['2045-08-28', '28 August 2045'], // a far-future summer bank holiday
  ])('writes %s as %s', (date, words) => {
    expect(dateInWords(date)).toBe(words);
  });

  it('writes Welsh months for a victim who asked for Welsh', () => {
    expect(dateInWords('2024-02-29', 'cy')).toBe('29 Chwefror 2024');
    expect(dateInWords('2026-12-28', 'cy')).toBe('28 Rhagfyr 2026');
    expect(monthInWords('2027-07', 'cy')).toBe('Gorffennaf 2027');
  });

  it('agrees with the platform calendar, in English and Welsh, on every day from 1990 to 2060', () => {
    const differences: string[] = [];
    for (let date = '1990-01-01'; date <= '2060-12-31'; date = addCalendarDays(date, 1)) {
      const instant = new Date(`${date}T00:00:00Z`);
      for (const { language, day, month } of calendars) {
        if (dateInWords(date, language) !== day.format(instant)) differences.push(`${date} ${language}`);
        if (monthInWords(date.slice(0, 7), language) !== month.format(instant)) differences.push(`${date} ${language}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it('writes nothing for what is not a YYYY-MM-DD date, and leaves a number that is no month as written', () => {
    for (const notADate of ['', '2027-3-12', '12/03/2027', '2027-03-12T10:00:00Z', 'soon'])
      expect(dateInWords(notADate)).toBeUndefined();
    for (const notAMonth of ['', '2027-3', '2027-03-12', 'March']) expect(monthInWords(notAMonth)).toBeUndefined();
    expect(dateInWords('2027-13-01')).toBe('1 13 2027');
  });
});
