/** Dates in messages, from the milestone's `YYYY-MM-DD` detail, in English or Welsh. */
export type MessageLanguage = 'en' | 'cy';

const MONTHS: Record<MessageLanguage, readonly string[]> = {
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
};

/** "2027-03-12" → "12 March 2027" / "12 Mawrth 2027". */
export function longDate(date: unknown, language: MessageLanguage = 'en'): string | undefined {
  if (typeof date !== 'string') return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match ? `${Number(match[3])} ${MONTHS[language][Number(match[2]) - 1]} ${match[1]}` : undefined;
}

/** "2027-03-12" → "March 2027" / "Mawrth 2027". */
export function monthOf(date: unknown, language: MessageLanguage = 'en'): string | undefined {
  if (typeof date !== 'string') return undefined;
  const match = /^(\d{4})-(\d{2})-\d{2}$/.exec(date);
  return match ? `${MONTHS[language][Number(match[2]) - 1]} ${match[1]}` : undefined;
}
