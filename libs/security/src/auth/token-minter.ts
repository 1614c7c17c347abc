import { createPrivateKey } from 'node:crypto';
import { SignJWT } from 'jose';
import { Role } from './role';

export interface MintOptions {
  readonly privateKeyPem: string;
  readonly issuer: string;
  readonly audience: string;
  readonly userId: string;
  readonly roles: readonly Role[];
  /** Unit codes for the `units` claim (the probation regions, or `national` for an ADMIN). */
  readonly units?: readonly string[];
  /** The partner's agency for the `agency` claim (e.g. `police`). */
  readonly agency?: string;
  /** The person's name for the `name` claim. */
  readonly name?: string;
  /** Roles go in HMPPS Auth's `authorities` claim (`ROLE_VLO`) instead of `roles`. */
  readonly asAuthorities?: boolean;
  readonly ttlSeconds?: number;
  /** For tests of expiry: the token's issue time, in seconds since the epoch. */
  readonly issuedAt?: number;
}

/** Signs a token the way the identity provider would: for local use and tests only. */
export async function mintToken(options: MintOptions): Promise<string> {
  const issuedAt = options.issuedAt ?? Math.floor(Date.now() / 1000);
  const claims: Record<string, unknown> = options.asAuthorities
    ? { authorities: options.roles.map((role) => `ROLE_${role}`) }
    : { roles: options.roles };
  if (options.units) claims.units = options.units;
  if (options.agency) claims.agency = options.agency;
  if (options.name) claims.name = options.name;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256' })
    .setSubject(options.userId)
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + (options.ttlSeconds ?? 3600))
    .sign(createPrivateKey(options.privateKeyPem));
}
