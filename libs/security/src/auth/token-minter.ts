import { createPrivateKey } from 'node:crypto';
import { SignJWT } from 'jose';
import { Role } from './role';

export interface MintOptions {
  readonly privateKeyPem: string;
  readonly issuer: string;
  readonly audience: string;
  readonly userId: string;
  readonly roles: readonly Role[];
  readonly region?: string;
  readonly ttlSeconds?: number;
  /** For tests of expiry: the token's issue time, in seconds since the epoch. */
  readonly issuedAt?: number;
}

/** Signs a token the way the identity provider would: for local use and tests only. */
export async function mintToken(options: MintOptions): Promise<string> {
  const issuedAt = options.issuedAt ?? Math.floor(Date.now() / 1000);
  const claims: Record<string, unknown> = { roles: options.roles };
  if (options.region) claims.region = options.region;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256' })
    .setSubject(options.userId)
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + (options.ttlSeconds ?? 3600))
    .sign(createPrivateKey(options.privateKeyPem));
}
