import { Environment } from 'nunjucks';
// The MOJ components' own filters (mojDate for the timeline); the package ships them as CommonJS without types.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const mojFilters = require('@ministryofjustice/frontend/moj/filters/all') as () => Record<
  string,
  (...args: unknown[]) => unknown
>;
import { dateInWords } from '@vcs/domain';
import { listInWords, wordsFor } from './words';
import { staffName } from './staff-words';
import { taskTitle } from './task-words';
import { letterSendingWords } from './letter-sending-words';
import { stageInWords } from './stage-words';
import { longMonth } from '../charts/month-words';

/** 2026-12-07 (or an ISO timestamp) → 7 December 2026, as GOV.UK writes dates. */
export function govukDate(value: unknown): string {
  if (typeof value !== 'string') return '';
  return dateInWords(value.slice(0, 10)) ?? value;
}

export function registerFilters(views: Environment): void {
  for (const [name, filter] of Object.entries(mojFilters())) views.addFilter(name, filter);
  views.addFilter('govukDate', govukDate);
  views.addFilter('words', (value: unknown) => wordsFor(value));
  views.addFilter('taskTitle', (value: unknown) => taskTitle(value));
  views.addFilter('stageWords', (value: unknown) => stageInWords(value));
  views.addFilter('listWords', listInWords);
  views.addFilter('letterSending', letterSendingWords);
  views.addFilter('staffName', (name: unknown, userId?: unknown) => staffName(name, userId));
  views.addFilter('monthWords', (value: unknown) => (typeof value === 'string' ? longMonth(value) : ''));
}
