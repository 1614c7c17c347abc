import type { Request } from 'express';
// The lists the API checks X-Purpose against (a plain constant module: the web service loads nothing else of the API's).
import type { Purpose } from '../../../../../libs/security/src/audit/purpose';
import { purposesOf } from '../partner/partner-purpose';
import { REFERENCE_CODE, REFERENCE_RULE } from './admin-forms';

declare module 'express-session' {
  interface SessionData {
    /** Why the administrator opened each victim's record (the X-Purpose of its reads), by victim id (never in a URL). */
    recordPurposes?: Record<string, string>;
  }
}

/** Why an administrator opens a victim's record: the work the record pages offer, in words. */
export const RECORD_PURPOSE_WORDS = {
  'subject access': 'To answer a subject access request',
  'erasure request': 'To answer a request to erase the victim’s personal data',
  'retention review': 'For a retention review',
} as const satisfies Partial<Record<Purpose, string>>;
export type RecordPurpose = keyof typeof RECORD_PURPOSE_WORDS;

/** The record purposes offered to someone with these roles: only those the API lets them give (PURPOSES_BY_ROLE). */
export function recordPurposeOptions(roles: readonly string[]): { value: string; text: string }[] {
  const allowed = purposesOf(roles);
  return (Object.keys(RECORD_PURPOSE_WORDS) as RecordPurpose[])
    .filter((purpose) => allowed.includes(purpose))
    .map((purpose) => ({ value: purpose, text: RECORD_PURPOSE_WORDS[purpose] }));
}

export type StatedRecordPurpose =
  { ok: true; purpose: string } | { ok: false; field: 'purpose' | 'purposeReference'; text: string };

/** The X-Purpose from the find page: one of the offered purposes, then optionally ": " and the request's reference. */
export function statedRecordPurpose(
  choice: unknown,
  reference: unknown,
  roles: readonly string[],
): StatedRecordPurpose {
  const listed = recordPurposeOptions(roles).find((option) => option.value === choice)?.value;
  if (!listed) return { ok: false, field: 'purpose', text: 'Select why you are opening the record' };
  const code = typeof reference === 'string' ? reference.trim() : '';
  if (code === '') return { ok: true, purpose: listed };
  if (!REFERENCE_CODE.test(code)) return { ok: false, field: 'purposeReference', text: REFERENCE_RULE };
  return { ok: true, purpose: `${listed}: ${code}` };
}

/** Why this administrator opened this record, as they said it; undefined when they have not said. */
export const recordPurposeOf = (req: Request, victimId: string): string | undefined =>
  req.session.recordPurposes?.[victimId];

/** Remembers why the administrator works on this record, for every read of it that follows (from a form they posted). */
export function rememberRecordPurpose(req: Request, victimId: string, purpose: string): void {
  req.session.recordPurposes = { ...req.session.recordPurposes, [victimId]: purpose };
}

/**
 * The purpose a link implies (a GET, which any site can make the browser send), kept only when the administrator has
 * not said why themselves: a link never rewrites a purpose they stated, so a forged link cannot change how their
 * later reads of the record are audited. Returns the purpose of this read.
 */
export function purposeFromLink(req: Request, victimId: string, implied: string): string {
  const stated = recordPurposeOf(req, victimId);
  if (stated) return stated;
  rememberRecordPurpose(req, victimId, implied);
  return implied;
}
