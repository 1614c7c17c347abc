import { createPublicKey, KeyObject } from 'node:crypto';
import { createRemoteJWKSet, decodeJwt, errors, JWTPayload, jwtVerify, JWTVerifyGetKey } from 'jose';
import { AuthenticatedUser } from './authenticated-user';
import { isRole } from './role';

export interface TokenVerifierOptions {
  readonly issuer: string;
  readonly audience: string;
  /** PEM (SPKI) public key; or a JWKS URL for an identity provider that rotates keys. */
  readonly publicKeyPem?: string;
  readonly jwksUrl?: string;
  /** Further issuers trusted through their JWKS (the development identity provider beside the development key). */
  readonly additionalIssuers?: readonly { readonly issuer: string; readonly jwksUrl: string }[];
  /** Seconds of clock skew allowed on exp/nbf. */
  readonly clockToleranceSeconds?: number;
}

/** Why a token was refused; the reason goes to logs and the 401 body, never the token itself. */
export class InvalidTokenError extends Error {
  constructor(readonly reason: string) {
    super(`invalid bearer token: ${reason}`);
    this.name = 'InvalidTokenError';
  }
}

const ALGORITHMS = ['ES256', 'RS256', 'EdDSA'];

/** Checks signature, issuer, audience, expiry and the claims we rely on (sub, roles). */
export class TokenVerifier {
  /** Each trusted issuer and the key (or JWKS) that signs its tokens. */
  private readonly keys = new Map<string, KeyObject | JWTVerifyGetKey>();

  constructor(private readonly options: TokenVerifierOptions) {
    if (options.jwksUrl) this.keys.set(options.issuer, createRemoteJWKSet(new URL(options.jwksUrl)));
    else if (options.publicKeyPem) this.keys.set(options.issuer, createPublicKey(options.publicKeyPem));
    else throw new Error('a token verifier needs a public key or a JWKS URL');
    for (const { issuer, jwksUrl } of options.additionalIssuers ?? []) this.keys.set(issuer, createRemoteJWKSet(new URL(jwksUrl)));
  }

  async verify(token: string): Promise<AuthenticatedUser> {
    let payload: JWTPayload;
    try {
      // The unverified issuer only chooses which key to check the signature with; jwtVerify then checks it too.
      const issuer = this.keys.size === 1 ? this.options.issuer : decodeJwt(token).iss;
      const key = issuer === undefined ? undefined : this.keys.get(issuer);
      if (issuer === undefined || key === undefined) throw new errors.JWTClaimValidationFailed('unexpected "iss" claim value', {}, 'iss', 'check_failed');
      const verified = await jwtVerify(token, key as KeyObject, {
        issuer,
        audience: this.options.audience,
        algorithms: ALGORITHMS,
        requiredClaims: ['exp', 'sub'],
        clockTolerance: this.options.clockToleranceSeconds ?? 30,
      });
      payload = verified.payload;
    } catch (error) {
      throw new InvalidTokenError(describeJoseError(error));
    }
    // The subject becomes the actor recorded in events: it must name someone.
    if (typeof payload.sub !== 'string' || !/^[A-Za-z0-9_.@:|-]{1,200}$/.test(payload.sub)) throw new InvalidTokenError('claim sub is not acceptable');
    const roles = Array.isArray(payload.roles) ? payload.roles : [];
    if (roles.length === 0 || !roles.every(isRole)) throw new InvalidTokenError('roles claim must list known roles');
    const region = typeof payload.region === 'string' ? payload.region : undefined;
    return { userId: payload.sub as string, roles, region };
  }
}

function describeJoseError(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'token expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `claim ${error.claim} is not acceptable`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'signature does not verify';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'algorithm not allowed';
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return 'malformed token';
  return 'token could not be verified';
}
