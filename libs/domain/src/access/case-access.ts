import { IsoInstant, instantMs } from '../shared/iso-instant';
import { VloUnit } from './vlo-unit';

/** One cross-unit grant on a case: it opens this case, and only this case, to one person until `expiresAt`. */
export interface AccessGrant {
  readonly grantId: string;
  readonly granteeUserId: string;
  readonly granteeUnit: VloUnit;
  readonly grantedAt: IsoInstant;
  readonly expiresAt: IsoInstant;
  readonly revokedAt?: IsoInstant;
}

/** Who may reach a case: its unit and its grants. */
export interface CaseAccess {
  /** Undefined only for a history recorded before units, until derived from the referral sentence's region. */
  readonly unit?: VloUnit;
  readonly grants: readonly AccessGrant[];
}

/** Whom a request acts for: a person's units, or every unit for the national roles (see docs/privacy.md). */
export interface AccessScope {
  readonly userId: string;
  readonly units: readonly string[];
  readonly national: boolean;
}

/** Why a caller may reach a case: it is in one of their units, or a live grant names them. */
export type AccessBasis =
  { readonly basis: 'national' } | { readonly basis: 'unit' } | { readonly basis: 'grant'; readonly grantId: string };

/** A grant is live from when it was granted until it expires or is revoked. */
export function isGrantLive(grant: AccessGrant, now: IsoInstant): boolean {
  const at = instantMs(now);
  return grant.revokedAt === undefined && instantMs(grant.grantedAt) <= at && at < instantMs(grant.expiresAt);
}

/** How `scope` reaches the case at `now`, or undefined when it does not (answer as if the case did not exist). */
export function accessBasis(scope: AccessScope, access: CaseAccess, now: IsoInstant): AccessBasis | undefined {
  if (scope.national) return { basis: 'national' };
  if (access.unit !== undefined && scope.units.includes(access.unit)) return { basis: 'unit' };
  const grant = access.grants.find((g) => g.granteeUserId === scope.userId && isGrantLive(g, now));
  return grant ? { basis: 'grant', grantId: grant.grantId } : undefined;
}
