import { readFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { createLogger, Environment, loadEnvironment } from '@vcs/config';
import { VLO_UNITS } from '@vcs/domain';
import { mintToken, NATIONAL_UNIT, Role } from '@vcs/security';
import { ApiModule } from '../../apps/api/src/api.module';
import { configureHttp } from '../../apps/api/src/http/configure-http';

const ROOT = join(__dirname, '../..');

/** The API as production builds it (ApiModule + configureHttp), listening on loopback, with dev tokens minted here. */
export interface BenchApi {
  readonly app: INestApplication;
  readonly baseUrl: string;
  /** A token for every unit (and national), or for the units given. */
  token(role: Role, userId: string, units?: readonly string[]): Promise<string>;
  close(): Promise<void>;
}

export async function startApi(databaseUrl: string, redisPrefix: string): Promise<BenchApi> {
  const environment: Readonly<Environment> = loadEnvironment({
    DATABASE_URL: databaseUrl,
    REDIS_KEY_PREFIX: redisPrefix,
    LOG_LEVEL: 'silent',
    MIGRATE_ON_START: 'false',
    DATABASE_POOL_SIZE: '10',
    AUTH_JWT_PUBLIC_KEY_FILE: join(ROOT, 'config/dev/jwt-dev-public.pem'),
    // The bench sends thousands of reads with a handful of tokens; the limit is not what is measured.
    RATE_LIMIT_PER_TOKEN: '1000000',
  });
  const log = createLogger({ level: 'silent', service: 'bench-api' });
  const moduleRef = await Test.createTestingModule({
    imports: [ApiModule.register(environment, log), DiscoveryModule],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false, bodyParser: false });
  configureHttp(app, environment, log);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as AddressInfo;
  const privateKeyPem = readFileSync(join(ROOT, 'config/dev/jwt-dev-private.pem'), 'utf8');
  return {
    app,
    baseUrl: `http://127.0.0.1:${address.port}`,
    token: (role, userId, units = [...VLO_UNITS, NATIONAL_UNIT]) =>
      mintToken({
        privateKeyPem,
        issuer: environment.AUTH_ISSUER,
        audience: environment.AUTH_AUDIENCE,
        userId,
        roles: [role],
        units: [...units],
        ttlSeconds: 3600,
      }),
    close: () => app.close(),
  };
}
