import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DiscoveryModule } from '@nestjs/core';
import { createLogger, loadEnvironment } from '@vcs/config';
import { EVENT_STORE, EventStore } from '@vcs/event-store';
import { mintToken, NATIONAL_UNIT, Role, VictimDataKeyStore } from '@vcs/security';
import { VLO_UNITS } from '@vcs/domain';
import { Logger } from 'pino';
import { Writable } from 'node:stream';
import { ApiModule } from '../../apps/api/src/api.module';
import { Projector } from '../../apps/worker/src/projector/projector';
import { registeredProjections } from '../../apps/worker/src/projector/projections';
import { DataSource } from 'typeorm';
import { configureHttp } from '../../apps/api/src/http/configure-http';
import { createTestDatabase, TestDatabase } from './test-database';
import { currentRun, eventStoreUnderTest, TEST_REDIS_URL } from './test-environment';

const ROOT = join(__dirname, '../..');
const DEV_PRIVATE_KEY = readFileSync(join(ROOT, 'config/dev/jwt-dev-private.pem'), 'utf8');

/** What a test token carries besides its role; `units` defaults to every unit (and `national`). */
export interface TokenExtras {
  readonly units?: readonly string[];
  /** The `agency` claim (a partner's agency). */
  readonly agency?: string;
  /** The `name` claim: the person's name, as the identity provider gives it. */
  readonly name?: string;
  readonly asAuthorities?: boolean;
  readonly ttlSeconds?: number;
  readonly issuedAt?: number;
  readonly audience?: string;
}

/** The API as it runs in production, on a fresh database of this test run, with every log line kept for inspection. */
export interface ApiHarness {
  readonly app: INestApplication;
  readonly http: ReturnType<INestApplication['getHttpServer']>;
  readonly store: EventStore;
  readonly database: TestDatabase;
  readonly logLines: string[];
  /** Runs every registered projection in this process (as the worker would), until close(). */
  startProjectors(): void;
  token(role: Role, userId?: string, extra?: TokenExtras): Promise<string>;
  close(): Promise<void>;
}

export async function startApi(overrides: Record<string, string> = {}): Promise<ApiHarness> {
  const database = await createTestDatabase();
  const environment = loadEnvironment({
    DATABASE_URL: database.url,
    REDIS_URL: TEST_REDIS_URL,
    // Each API its own keys (rate-limit counters live in Redis and are shared by every replica with the same prefix).
    REDIS_KEY_PREFIX: `${currentRun().redisPrefix}:${database.name}`,
    LOG_LEVEL: 'info',
    AUTH_JWT_PUBLIC_KEY_FILE: join(ROOT, 'config/dev/jwt-dev-public.pem'),
    MIGRATE_ON_START: 'false',
    // Two test files run at once against one PostgreSQL (100 connections): keep each app's pools small (4, as the web
    // stack's; at 5 a clean-clone run on 2026-12-07 peaked at 71 connections against the suite's budget of 70).
    DATABASE_POOL_SIZE: '4',
    ...eventStoreUnderTest(),
    ...overrides,
  });
  const logLines: string[] = [];
  const log: Logger = createLogger(
    { level: 'info', service: 'api' },
    new Writable({ write: (chunk, _e, done) => (logLines.push(String(chunk)), done()) }),
  );
  const moduleRef = await Test.createTestingModule({
    imports: [ApiModule.register(environment, log), DiscoveryModule],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false, bodyParser: false });
  configureHttp(app, environment, log);
  await app.init();
  const projectors: Projector[] = [];
  const quiet = {
    info: () => undefined,
    warn: (details: object, message: string) => log.warn(details, message),
    error: (details: object, message: string) => log.error(details, message),
  };
  return {
    startProjectors: () => {
      const store = app.get<EventStore>(EVENT_STORE);
      for (const projection of registeredProjections(environment, app.get(VictimDataKeyStore))) {
        const projector = new Projector(app.get(DataSource), store, projection, {
          batchSize: 200,
          retryMs: 100,
          log: quiet,
        });
        projector.start();
        projectors.push(projector);
      }
    },
    app,
    http: app.getHttpServer(),
    store: app.get<EventStore>(EVENT_STORE),
    database,
    logLines,
    token: (role, userId = `${role.toLowerCase()}-1`, extra: TokenExtras = {}) =>
      mintToken({
        privateKeyPem: DEV_PRIVATE_KEY,
        issuer: environment.AUTH_ISSUER,
        audience: extra.audience ?? environment.AUTH_AUDIENCE,
        userId,
        roles: [role],
        // Tests act in every unit unless they say otherwise (the unit matrix and scope tests do).
        units: extra.units ?? [...VLO_UNITS, NATIONAL_UNIT],
        agency: extra.agency,
        name: extra.name,
        asAuthorities: extra.asAuthorities,
        ttlSeconds: extra.ttlSeconds,
        issuedAt: extra.issuedAt,
      }),
    close: async () => {
      await Promise.all(projectors.map((projector) => projector.stop()));
      await app.close();
      await database.drop();
    },
  };
}
