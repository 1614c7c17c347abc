import { ApiRefusal } from '../../data/api-client';
import { UUID } from '../forms/form-submit';

export type FormError = { text: string; href: string };

/** A reference to a request or review: a code, never a name (it is stored in plain text). As the API's REFERENCE_CODE. */
export const REFERENCE_CODE = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/;
export const REFERENCE_RULE =
  'Enter a reference made of letters, numbers and the characters _ . : - (no spaces, not a name)';

/** The victim's record id from a route, or a 404 page. */
export function victimIdParam(value: unknown): string {
  const victimId = String(value);
  if (!UUID.test(victimId)) throw new ApiRefusal(404, []);
  return victimId;
}

/** The API's refusal (400 field problems, 409/422 rule) as error summary entries pointing at this page's fields. */
export function errorsFromRefusal(error: unknown, fieldIds: Record<string, string>, otherwise: string): FormError[] {
  if (!(error instanceof ApiRefusal) || ![400, 409, 422].includes(error.status)) throw error;
  const found = error.problems.map((problem) => ({
    text: problem.message,
    href: `#${fieldIds[problem.field ?? ''] ?? otherwise}`,
  }));
  return found.length ? found : [{ text: 'The service could not do this', href: `#${otherwise}` }];
}

/** `YYYY-MM-DD` from a GOV.UK date input's three fields, or undefined when they do not make a real day. */
export function civilDate(day: unknown, month: unknown, year: unknown): string | undefined {
  const [d, m, y] = [day, month, year].map((part) => String(part ?? '').trim());
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return undefined;
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(iso) ? iso : undefined;
}
