import { IsoDate } from './iso-date';

/** The languages the service writes dates in: English, and Welsh for victims who ask for it. */
export type DateLanguage = 'en' | 'cy';

const MONTH_NAMES = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  cy: [
    'Ionawr',
    'Chwefror',
    'Mawrth',
    'Ebrill',
    'Mai',
    'Mehefin',
    'Gorffennaf',
    'Awst',
    'Medi',
    'Hydref',
    'Tachwedd',
    'Rhagfyr',
  ],
} as const satisfies Record<DateLanguage, readonly string[]>;

/** A month number's name; a number that is no month is left as written. */
const monthName = (month: string, language: DateLanguage): string => MONTH_NAMES[language][Number(month) - 1] ?? month;

/**
 * "2027-03-12" → "12 March 2027" (Welsh: "12 Mawrth 2027"), as GOV.UK writes dates: in letters, pages and the case
 * timeline alike. Undefined when `date` is not written YYYY-MM-DD.
 */
export function dateInWords(date: IsoDate, language: DateLanguage = 'en'): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match ? `${Number(match[3])} ${monthName(match[2], language)} ${match[1]}` : undefined;
}

/** "2027-03" → "March 2027" (Welsh: "Mawrth 2027"). Undefined when `month` is not written YYYY-MM. */
export function monthInWords(month: string, language: DateLanguage = 'en'): string | undefined {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  return match ? `${monthName(match[2], language)} ${match[1]}` : undefined;
}
