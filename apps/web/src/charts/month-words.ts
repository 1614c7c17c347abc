import { monthInWords } from '@vcs/domain';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 2026-11 → Nov 2026 (chart axes). */
export function shortMonth(month: string): string {
  const [year, mon] = month.split('-');
  return `${MONTHS[Number(mon) - 1] ?? mon} ${year}`;
}

/** 2026-11 → November 2026 (tables and descriptions). */
export function longMonth(month: string): string {
  return monthInWords(month) ?? month;
}
