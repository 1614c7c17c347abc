import { readFileSync } from 'node:fs';
import { createPrivateKey } from 'node:crypto';
import Provider, { Configuration, errors, KoaContextWithOIDC } from 'oidc-provider';
import { installedFile } from './installed-files';
import { SEEDED_USERS, SeededUser } from './seeded-users';

export interface DevIdentityOptions {
  readonly issuer: string;
  /** The audience the API expects on access tokens (AUTH_AUDIENCE). */
  readonly audience: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** The web service's origin: sign-in comes back to /sign-in/callback, sign-out to /signed-out. */
  readonly webBaseUrl: string;
  readonly accessTokenTtlSeconds?: number;
  /** Who can sign in: the seeded users (default), or a benchmark's own officers of its seeded units (bench/web). */
  readonly users?: readonly SeededUser[];
}

/** The API, as a resource indicator; access tokens for it are JWTs whose audience is the API's. */
export const API_RESOURCE = 'urn:vcs:api';
const API_SCOPE = 'vcs';
/** The committed development signing key: in the project; mounted into the image by the compose file, never built in. */
const DEV_SIGNING_KEY = 'config/dev/jwt-dev-private.pem';

/** oidc-provider configured as a stand-in for HMPPS Auth: authorisation code with PKCE, JWT access tokens with authorities and units. */
export function createDevIdentityProvider(options: DevIdentityOptions): Provider {
  const users = new Map((options.users ?? SEEDED_USERS).map((user) => [user.username, user]));
  const findUser = (username: string): SeededUser | undefined => users.get(username);
  // The committed development key (config/dev) signs the provider's tokens; it is refused in production everywhere.
  const signingKey = {
    ...createPrivateKey(readFileSync(installedFile(DEV_SIGNING_KEY), 'utf8')).export({ format: 'jwk' }),
    alg: 'ES256',
    use: 'sig',
    kid: 'dev-identity-1',
  };
  const configuration: Configuration = {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: [`${options.webBaseUrl}/sign-in/callback`],
        post_logout_redirect_uris: [`${options.webBaseUrl}/signed-out`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
        id_token_signed_response_alg: 'ES256',
      },
    ],
    jwks: { keys: [signingKey as never] },
    cookies: { keys: ['dev-identity-cookie-key-not-for-production'] },
    pkce: { required: () => true },
    scopes: ['openid', 'profile', API_SCOPE],
    claims: { openid: ['sub'], profile: ['name', 'authorities', 'units'] },
    conformIdTokenClaims: false,
    findAccount: (_ctx, id) => {
      const user = findUser(id);
      if (!user) return undefined;
      return {
        accountId: id,
        claims: () => ({ sub: id, name: user.name, authorities: [...user.authorities], units: [...user.units] }),
      };
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: true, logoutSource: signOutPage },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => API_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, indicator) => {
          if (indicator !== API_RESOURCE) throw new errors.InvalidTarget();
          return {
            scope: API_SCOPE,
            audience: options.audience,
            accessTokenFormat: 'jwt',
            accessTokenTTL: options.accessTokenTtlSeconds ?? 3600,
            jwt: { sign: { alg: 'ES256' } },
          };
        },
      },
    },
    extraTokenClaims: (_ctx, token) => {
      const user = 'accountId' in token && typeof token.accountId === 'string' ? findUser(token.accountId) : undefined;
      if (!user) return undefined;
      // HMPPS Auth's claim names, which the API reads (AUTH_AUTHORITIES_CLAIM, AUTH_UNITS_CLAIM, AUTH_NAME_CLAIM);
      // a partner's agency.
      return {
        name: user.name,
        authorities: [...user.authorities],
        units: [...user.units],
        ...(user.agency ? { agency: user.agency } : {}),
      };
    },
    interactions: { url: (_ctx: KoaContextWithOIDC, interaction) => `/interaction/${interaction.uid}` },
    ttl: { Session: 8 * 3600, Interaction: 3600, Grant: 8 * 3600, IdToken: 3600, AuthorizationCode: 60 },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = `<!DOCTYPE html><html lang="en"><head><title>Sign-in error</title></head><body><h1>Sign-in error</h1><p>${escapeHtml(String(out.error))}: ${escapeHtml(String(out.error_description ?? ''))}</p></body></html>`;
    },
  };
  return new Provider(options.issuer, configuration);
}

/** The provider's own "sign out?" step: submitted at once with JavaScript, one button without it (the web service already asked). */
function signOutPage(ctx: KoaContextWithOIDC, form: string): void {
  ctx.type = 'html';
  ctx.body =
    `<!DOCTYPE html><html lang="en"><head><title>Signing out</title></head><body><main>${form}` +
    '<h1>Signing out</h1><button form="op.logoutForm" type="submit" name="logout" value="yes">Finish signing out</button>' +
    '<script>var f=document.forms["op.logoutForm"];var i=document.createElement("input");i.type="hidden";i.name="logout";i.value="yes";f.appendChild(i);f.submit();</script>' +
    '</main></body></html>';
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
