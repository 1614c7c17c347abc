import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { Environment } from '@vcs/config';
import { ENVIRONMENT } from '@vcs/infrastructure';
import { AuthGuard, TokenVerifier } from '@vcs/security';

/** Bearer tokens on every route (deny by default), verified against the configured key or JWKS. */
@Module({
  providers: [
    {
      provide: TokenVerifier,
      inject: [ENVIRONMENT],
      useFactory: (env: Environment) => {
        if (env.AUTH_JWKS_URL) return new TokenVerifier({ issuer: env.AUTH_ISSUER, audience: env.AUTH_AUDIENCE, jwksUrl: env.AUTH_JWKS_URL });
        // A relative path is taken from the working directory (the project root under `npm start`).
        const file = resolve(env.AUTH_JWT_PUBLIC_KEY_FILE);
        return new TokenVerifier({ issuer: env.AUTH_ISSUER, audience: env.AUTH_AUDIENCE, publicKeyPem: readFileSync(file, 'utf8') });
      },
    },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
})
export class AuthModule {}
