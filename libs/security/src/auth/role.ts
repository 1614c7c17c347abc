/** Who may call what. Every route names the roles it admits; a route that names none admits nobody. */
export const ROLES = ['VLO', 'VLO_MANAGER', 'PAROLE_BOARD', 'MAPPA_PARTNER', 'WORKER', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** Partner agencies: they read representations and meetings, never victims' contact details, and write nothing of a victim's. */
export const PARTNER_ROLES: readonly Role[] = ['PAROLE_BOARD', 'MAPPA_PARTNER'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
