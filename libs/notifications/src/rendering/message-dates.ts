import { DateLanguage, dateInWords, monthInWords } from '@vcs/domain';

/** Dates in messages, from the milestone's `YYYY-MM-DD` detail, in English or Welsh. */
export type MessageLanguage = DateLanguage;

/** "2027-03-12" → "12 March 2027" / "12 Mawrth 2027". */
export function longDate(date: unknown, language: MessageLanguage = 'en'): string | undefined {
  return typeof date === 'string' ? dateInWords(date, language) : undefined;
}

/** "2027-03-12" → "March 2027" / "Mawrth 2027". */
export function monthOf(date: unknown, language: MessageLanguage = 'en'): string | undefined {
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  return monthInWords(date.slice(0, 7), language);
}
