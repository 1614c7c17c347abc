import { Environment } from 'nunjucks';
// The MOJ components' own filters (mojDate for the timeline); the package ships them as CommonJS without types.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const mojFilters = require('@ministryofjustice/frontend/moj/filters/all') as () => Record<
  string,
  (...args: unknown[]) => unknown
>;
import { wordsFor } from './words';
import { longMonth } from '../charts/month-words';

const MONTHS = [
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
];

/** 2026-12-07 (or an ISO timestamp) → 7 December 2026, as GOV.UK writes dates. */
export function govukDate(value: unknown): string {
  if (typeof value !== 'string') return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1] ?? match[2]} ${match[1]}`;
}

export function registerFilters(views: Environment): void {
  for (const [name, filter] of Object.entries(mojFilters())) views.addFilter(name, filter);
  views.addFilter('govukDate', govukDate);
  views.addFilter('words', (value: unknown) => wordsFor(value));
  views.addFilter('monthWords', (value: unknown) => (typeof value === 'string' ? longMonth(value) : ''));
}
