import type { Role } from '../auth/role';

/**
 * Why someone reads or acts on victims' data (the `X-Purpose` header): one of a short list of purposes, then, after a
 * colon or a space, free text naming the case, meeting or request (e.g. "parole review: PB-2026-0113", "subject
 * access SAR-17"). The audit keeps the whole text; the list makes the trail searchable by purpose.
 */
export const PURPOSES = [
  'case management',
  'parole review',
  'MAPPA meeting',
  'safeguarding',
  'subject access',
  'erasure request',
  'retention review',
  'audit review',
  'complaint',
  'legal claim',
  'data quality',
] as const;
export type Purpose = (typeof PURPOSES)[number];

/** What partners read for: a hearing or a meeting, safeguarding, a complaint or a legal claim. */
const PARTNER_PURPOSES = ['parole review', 'MAPPA meeting', 'safeguarding', 'complaint', 'legal claim'] as const;

/**
 * The purposes each role may give: the one list the API checks X-Purpose against and the pages offer. An
 * administrator's own work on a record (subject access, erasure, retention review, data quality) is theirs alone; the
 * audit review is theirs and managers' (who read their units' audit); caseworkers give their case work or a partner's
 * reasons; the worker reads nothing through the API.
 */
export const PURPOSES_BY_ROLE = {
  VLO: ['case management', ...PARTNER_PURPOSES],
  VLO_MANAGER: ['case management', ...PARTNER_PURPOSES, 'audit review'],
  PAROLE_BOARD: PARTNER_PURPOSES,
  MAPPA_PARTNER: PARTNER_PURPOSES,
  WORKER: [],
  ADMIN: PURPOSES,
} as const satisfies Record<Role, readonly Purpose[]>;

/** The purposes someone acting in `role` may give, in the list's order (none for a role not known). */
export function purposesFor(role: string): readonly Purpose[] {
  const allowed: readonly Purpose[] = (PURPOSES_BY_ROLE as Record<string, readonly Purpose[]>)[role] ?? [];
  return PURPOSES.filter((purpose) => allowed.includes(purpose));
}

/** What a VLO's own case work is recorded under when they give no X-Purpose. */
export const DEFAULT_PURPOSE: Purpose = 'case management';

// No control characters (C0, DEL, C1) and no bidirectional controls, which would make the trail read otherwise.
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const PLAIN = /^[^\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]{3,200}$/;

/** The listed purpose a header names, or undefined when it names none (or is not plain text of 3-200 characters). */
export function purposeOf(header: string): Purpose | undefined {
  if (!PLAIN.test(header)) return undefined;
  const words = header.trim().toLowerCase().replace(/-/g, ' ');
  return PURPOSES.find((purpose) => {
    const name = purpose.toLowerCase();
    return words === name || words.startsWith(`${name}:`) || words.startsWith(`${name} `);
  });
}

/** The rule in words, for 400 answers. */
export const PURPOSE_RULE = `X-Purpose must start with one of: ${PURPOSES.join(', ')}; then, optionally, ":" and free text (3-200 characters of plain text in all), e.g. "parole review: PB-2026-0113"`;

/** The rule in words when a listed purpose is not one the caller's role may give, for 400 answers. */
export function purposeNotForRole(purpose: Purpose, role: string): string {
  return `X-Purpose "${purpose}" is not one a ${role} may give: one of ${purposesFor(role).join(', ') || 'none'}`;
}
