import { createPublicKey, KeyObject } from 'node:crypto';
import { createRemoteJWKSet, decodeJwt, errors, JWTPayload, jwtVerify, JWTVerifyGetKey } from 'jose';
import { AuthenticatedUser } from './authenticated-user';
import { DEV_SIGNING_KEY_FINGERPRINT, keyFingerprint } from './key-fingerprint';
import {
  agencyFromClaims,
  ClaimNames,
  DEFAULT_CLAIM_NAMES,
  nameFromClaims,
  rolesFromClaims,
  unitsFromClaims,
} from './token-claims';

export interface TokenVerifierOptions {
  readonly issuer: string;
  readonly audience: string;
  /** PEM (SPKI) public key; or a JWKS URL for an identity provider that rotates keys. */
  readonly publicKeyPem?: string;
  readonly jwksUrl?: string;
  /** Further issuers trusted through their JWKS (the development identity provider beside the development key). */
  readonly additionalIssuers?: readonly { readonly issuer: string; readonly jwksUrl: string }[];
  /** Seconds of clock skew allowed on exp/nbf/iat. */
  readonly clockToleranceSeconds?: number;
  /** The longest a token may live (exp - iat), in seconds; default one hour. */
  readonly maxLifetimeSeconds?: number;
  /** Which claims carry roles and units. */
  readonly claimNames?: ClaimNames;
  /** Refuse tokens signed with the committed development key, wherever the key came from (production). */
  readonly refuseDevelopmentKey?: boolean;
}

/** Why a token was refused; the reason goes to logs and the 401 body, never the token itself. */
export class InvalidTokenError extends Error {
  constructor(readonly reason: string) {
    super(`invalid bearer token: ${reason}`);
    this.name = 'InvalidTokenError';
  }
}

/** The configured key is the committed development key, and this process must not accept it. */
export class DevelopmentKeyRefusedError extends Error {
  constructor() {
    super('the token signing key is the committed development key (config/dev), refused when NODE_ENV=production');
    this.name = 'DevelopmentKeyRefusedError';
  }
}

const ALGORITHMS = ['ES256', 'RS256', 'EdDSA'];
const ONE_HOUR = 3600;

/** Checks signature, issuer, audience, issue time, expiry and lifetime, and the claims we rely on (sub, roles, units). */
export class TokenVerifier {
  /** Each trusted issuer and the key (or JWKS) that signs its tokens. */
  private readonly keys = new Map<string, KeyObject | JWTVerifyGetKey>();
  private readonly claimNames: ClaimNames;
  private readonly checkedKeys = new WeakMap<object, boolean>();

  constructor(private readonly options: TokenVerifierOptions) {
    this.claimNames = options.claimNames ?? DEFAULT_CLAIM_NAMES;
    if (options.jwksUrl) this.keys.set(options.issuer, createRemoteJWKSet(new URL(options.jwksUrl)));
    else if (options.publicKeyPem) {
      const key = createPublicKey(options.publicKeyPem);
      if (options.refuseDevelopmentKey && keyFingerprint(key) === DEV_SIGNING_KEY_FINGERPRINT)
        throw new DevelopmentKeyRefusedError();
      this.keys.set(options.issuer, key);
    } else throw new Error('a token verifier needs a public key or a JWKS URL');
    for (const { issuer, jwksUrl } of options.additionalIssuers ?? [])
      this.keys.set(issuer, createRemoteJWKSet(new URL(jwksUrl)));
  }

  async verify(token: string): Promise<AuthenticatedUser> {
    const tolerance = this.options.clockToleranceSeconds ?? 30;
    let payload: JWTPayload;
    try {
      // The unverified issuer only chooses which key to check the signature with; jwtVerify then checks it too.
      const issuer = this.keys.size === 1 ? this.options.issuer : decodeJwt(token).iss;
      const key = issuer === undefined ? undefined : this.keys.get(issuer);
      if (issuer === undefined || key === undefined)
        throw new errors.JWTClaimValidationFailed('unexpected "iss" claim value', {}, 'iss', 'check_failed');
      const verified = await jwtVerify(token, key as KeyObject, {
        issuer,
        audience: this.options.audience,
        algorithms: ALGORITHMS,
        requiredClaims: ['exp', 'iat', 'sub'],
        clockTolerance: tolerance,
      });
      payload = verified.payload;
      // A JWKS may serve any key: the development key is refused here too, by what it is.
      if (this.options.refuseDevelopmentKey && this.isDevelopmentKey((verified as { key?: unknown }).key))
        throw new InvalidTokenError('signing key is not acceptable');
    } catch (error) {
      if (error instanceof InvalidTokenError) throw error;
      throw new InvalidTokenError(describeJoseError(error));
    }
    const now = Math.floor(Date.now() / 1000);
    const issuedAt = payload.iat as number;
    if (issuedAt > now + tolerance) throw new InvalidTokenError('claim iat is not acceptable');
    if ((payload.exp as number) - issuedAt > (this.options.maxLifetimeSeconds ?? ONE_HOUR))
      throw new InvalidTokenError('token lifetime is too long');
    // The subject becomes the actor recorded in events: it must name someone.
    if (typeof payload.sub !== 'string' || !/^[A-Za-z0-9_.@:|-]{1,200}$/.test(payload.sub))
      throw new InvalidTokenError('claim sub is not acceptable');
    const roles = rolesFromClaims(payload, this.claimNames);
    if (!roles.ok) throw new InvalidTokenError(roles.reason);
    const units = unitsFromClaims(payload, this.claimNames);
    if (!units.ok) throw new InvalidTokenError(units.reason);
    const agency = agencyFromClaims(payload);
    if (!agency.ok) throw new InvalidTokenError(agency.reason);
    const name = nameFromClaims(payload, this.claimNames);
    return {
      userId: payload.sub,
      roles: roles.value,
      units: units.value,
      ...(agency.value ? { agency: agency.value } : {}),
      ...(name ? { name } : {}),
    };
  }

  private isDevelopmentKey(key: unknown): boolean {
    if (!(key instanceof KeyObject)) return false;
    const known = this.checkedKeys.get(key);
    if (known !== undefined) return known;
    const isDev = key.type === 'public' && keyFingerprint(key) === DEV_SIGNING_KEY_FINGERPRINT;
    this.checkedKeys.set(key, isDev);
    return isDev;
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
