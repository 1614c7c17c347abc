import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { Environment } from '@vcs/config';
import { ENVIRONMENT } from '@vcs/infrastructure';
import { AuthGuard, TokenVerifier } from '@vcs/security';

/** Bearer tokens on every route (deny by default), verified against the configured key or JWKS (and the development identity provider's). */
@Module({
  providers: [
    {
      provide: TokenVerifier,
      inject: [ENVIRONMENT],
      useFactory: (env: Environment) => {
        // Outside production the development identity provider's sign-ins (apps/web) are trusted beside the configured issuer.
        const additionalIssuers =
          env.DEV_IDENTITY_PROVIDER === 'true'
            ? [{ issuer: env.DEV_IDENTITY_PROVIDER_URL, jwksUrl: `${env.DEV_IDENTITY_PROVIDER_URL}/jwks` }]
            : [];
        const common = {
          issuer: env.AUTH_ISSUER,
          audience: env.AUTH_AUDIENCE,
          additionalIssuers,
          maxLifetimeSeconds: env.AUTH_MAX_TOKEN_LIFETIME_SECONDS,
          claimNames: {
            authorities: env.AUTH_AUTHORITIES_CLAIM,
            units: env.AUTH_UNITS_CLAIM,
            name: env.AUTH_NAME_CLAIM,
          },
          // The committed development key is refused in production by its fingerprint, wherever it is read from.
          refuseDevelopmentKey: env.NODE_ENV === 'production',
        };
        if (env.AUTH_JWKS_URL) return new TokenVerifier({ ...common, jwksUrl: env.AUTH_JWKS_URL });
        // A relative path is taken from the working directory (the project root under `npm start`).
        const file = resolve(env.AUTH_JWT_PUBLIC_KEY_FILE);
        return new TokenVerifier({ ...common, publicKeyPem: readFileSync(file, 'utf8') });
      },
    },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
})
export class AuthModule {}
