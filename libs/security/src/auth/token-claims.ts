import { Agency, AGENCIES, VLO_UNITS } from '@vcs/domain';
import { isRole, Role } from './role';

/** The unit code that, for an ADMIN only, reaches every unit (information governance: subject access, erasure). */
export const NATIONAL_UNIT = 'national';

/** Which claims carry roles, units and the person's name (configurable: AUTH_AUTHORITIES_CLAIM, AUTH_UNITS_CLAIM, AUTH_NAME_CLAIM). */
export interface ClaimNames {
  /** HMPPS Auth style: an array of role names, `ROLE_VLO` or `VLO`; roles of other services are ignored. */
  readonly authorities: string;
  /** An array of unit codes. */
  readonly units: string;
  /** The person's name as colleagues know them (HMPPS Auth's `name`); optional in a token. */
  readonly name?: string;
}

export const DEFAULT_CLAIM_NAMES: ClaimNames = { authorities: 'authorities', units: 'units', name: 'name' };

/** The longest display name kept: a person's name, not a document. */
const MAX_NAME_LENGTH = 120;

/**
 * The person's display name from the name claim, trimmed with its spaces collapsed; none when the claim is absent,
 * empty, too long or holds control characters. A name is for showing to colleagues only, so an unusable one is left
 * out rather than refusing the sign-in.
 */
export function nameFromClaims(payload: Readonly<Record<string, unknown>>, names: ClaimNames): string | undefined {
  const name = payload[names.name ?? 'name'];
  // eslint-disable-next-line no-control-regex
  if (typeof name !== 'string' || /[\u0000-\u001f\u007f]/.test(name)) return undefined;
  const tidy = name.replace(/ +/g, ' ').trim();
  return tidy === '' || tidy.length > MAX_NAME_LENGTH ? undefined : tidy;
}

export type ClaimsResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

/**
 * Roles from the authorities claim (other services' roles ignored) and from this service's own `roles` claim
 * (every entry must be one of ours). At least one role is needed.
 */
export function rolesFromClaims(payload: Readonly<Record<string, unknown>>, names: ClaimNames): ClaimsResult<Role[]> {
  const problem = { ok: false as const, reason: 'roles claim must list known roles' };
  const own = payload.roles;
  if (own !== undefined && (!Array.isArray(own) || !own.every(isRole))) return problem;
  const authorities = payload[names.authorities];
  if (authorities !== undefined && (!Array.isArray(authorities) || !authorities.every((a) => typeof a === 'string')))
    return problem;
  const fromAuthorities = ((authorities as string[] | undefined) ?? [])
    .map((a) => a.replace(/^ROLE_/, ''))
    .filter(isRole);
  const roles = [...new Set<Role>([...((own as Role[] | undefined) ?? []), ...fromAuthorities])];
  return roles.length > 0 ? { ok: true, value: roles } : problem;
}

/** Units from the units claim: known unit codes (or `national`), no repeats; absent means none. */
export function unitsFromClaims(payload: Readonly<Record<string, unknown>>, names: ClaimNames): ClaimsResult<string[]> {
  const units = payload[names.units];
  if (units === undefined) return { ok: true, value: [] };
  const known: readonly string[] = [...VLO_UNITS, NATIONAL_UNIT];
  if (
    !Array.isArray(units) ||
    units.length > known.length ||
    !units.every((u) => typeof u === 'string' && known.includes(u))
  ) {
    return { ok: false, reason: 'units claim must list known unit codes' };
  }
  return { ok: true, value: [...new Set(units as string[])] };
}

/** The claim naming the agency a partner works for (police, prison, …): a MAPPA partner reads the meetings it attended. */
export const AGENCY_CLAIM = 'agency';

/** The agency from the `agency` claim: one of the agencies meetings record as present; absent means none. */
export function agencyFromClaims(payload: Readonly<Record<string, unknown>>): ClaimsResult<Agency | undefined> {
  const agency = payload[AGENCY_CLAIM];
  if (agency === undefined) return { ok: true, value: undefined };
  if (typeof agency !== 'string' || !(AGENCIES as readonly string[]).includes(agency))
    return { ok: false, reason: 'agency claim must name a known agency' };
  return { ok: true, value: agency as Agency };
}
