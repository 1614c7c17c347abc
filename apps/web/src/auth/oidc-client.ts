import * as client from 'openid-client';

export interface OidcOptions {
  readonly issuerUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly redirectUri: string;
  readonly postSignOutUri: string;
  /** http is allowed only for the development identity provider on this machine. */
  readonly allowHttp: boolean;
}

export interface SignInRequest {
  readonly url: string;
  readonly codeVerifier: string;
  readonly state: string;
  readonly nonce: string;
}

export interface SignInResult {
  readonly accessToken: string;
  readonly idToken: string;
  readonly expiresAt: number;
  readonly claims: Record<string, unknown>;
}

/** OpenID Connect authorisation code with PKCE (openid-client), against whichever issuer is configured. */
export class OidcClient {
  private configuration?: Promise<client.Configuration>;

  constructor(private readonly options: OidcOptions) {}

  private config(): Promise<client.Configuration> {
    this.configuration ??= client
      .discovery(new URL(this.options.issuerUrl), this.options.clientId, this.options.clientSecret, undefined, {
        execute: this.options.allowHttp ? [client.allowInsecureRequests] : [],
      })
      .catch((error: unknown) => {
        this.configuration = undefined; // the identity provider may start after us: try again next time
        throw error;
      });
    return this.configuration;
  }

  async signInRequest(): Promise<SignInRequest> {
    const config = await this.config();
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.options.redirectUri,
      scope: 'openid profile vcs',
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url: url.href, codeVerifier, state, nonce };
  }

  async completeSignIn(
    callbackUrl: URL,
    expected: { codeVerifier: string; state: string; nonce: string },
  ): Promise<SignInResult> {
    const config = await this.config();
    const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: expected.codeVerifier,
      expectedState: expected.state,
      expectedNonce: expected.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims || !tokens.id_token) throw new Error('the identity provider sent no ID token');
    const expiresIn = tokens.expiresIn() ?? 3600;
    return {
      accessToken: tokens.access_token,
      idToken: tokens.id_token,
      expiresAt: Math.floor(Date.now() / 1000) + expiresIn,
      claims: { ...claims },
    };
  }

  async signOutUrl(idToken: string): Promise<string> {
    const config = await this.config();
    return client.buildEndSessionUrl(config, {
      id_token_hint: idToken,
      post_logout_redirect_uri: this.options.postSignOutUri,
    }).href;
  }
}
