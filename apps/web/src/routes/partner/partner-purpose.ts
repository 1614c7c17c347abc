// The lists the API checks X-Purpose against (a plain constant module: the web service loads nothing else of the API's).
import { PURPOSES, purposesFor } from '../../../../../libs/security/src/audit/purpose';

declare module 'express-session' {
  interface SessionData {
    /** The purpose a partner stated for each sentence they looked up, by sentence id (never in a URL). */
    partnerPurposes?: Record<string, string>;
  }
}

/** The purposes the API lets someone with these roles give, in the audit list's order. */
export function purposesOf(roles: readonly string[]): string[] {
  return PURPOSES.filter((purpose) => roles.some((role) => purposesFor(role).includes(purpose)));
}

/** The purposes offered to someone with these roles, in words. */
export function purposeOptions(roles: readonly string[]): { value: string; text: string }[] {
  return purposesOf(roles).map((purpose) => ({
    value: purpose,
    text: purpose.charAt(0).toUpperCase() + purpose.slice(1),
  }));
}

/** A reference to the hearing, meeting or request: the free text after the listed purpose. Codes and words, no control characters. */
const DETAIL = /^[\p{L}\p{N} _.:/-]{1,100}$/u;

export type StatedPurpose =
  { ok: true; purpose: string } | { ok: false; field: 'purpose' | 'purposeDetail'; text: string };

/**
 * The X-Purpose text from the form: one of the purposes offered to the partner's roles, then optionally ": " and the
 * partner's reference.
 */
export function statedPurpose(choice: unknown, detail: unknown, roles: readonly string[]): StatedPurpose {
  const listed = purposesOf(roles).find((purpose) => purpose === choice);
  if (!listed) return { ok: false, field: 'purpose', text: 'Select why you are looking at this sentence' };
  const words = typeof detail === 'string' ? detail.trim() : '';
  if (words === '') return { ok: true, purpose: listed };
  if (!DETAIL.test(words))
    return {
      ok: false,
      field: 'purposeDetail',
      text: 'Reference must be up to 100 letters, numbers, spaces and the characters . : / - _',
    };
  return { ok: true, purpose: `${listed}: ${words}` };
}
