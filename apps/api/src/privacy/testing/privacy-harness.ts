import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { createLogger, Environment, loadEnvironment } from '@vcs/config';
import { EVENT_STORE, EventStore } from '@vcs/event-store';
import { createVictimDataKeyStore, ENVIRONMENT } from '@vcs/infrastructure';
import { mintToken, NATIONAL_UNIT, Role, VictimDataKeyStore } from '@vcs/security';
import { VLO_UNITS } from '@vcs/domain';
import type { TokenExtras } from '@vcs/test-support';
import { ApiHarness, createTestDatabase, currentRun, eventStoreUnderTest, TEST_REDIS_URL } from '@vcs/test-support';
import { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { Projector } from '../../../../worker/src/projector/projector';
import { registeredProjections } from '../../../../worker/src/projector/projections';
import { ErasureCompletion } from '../../../../worker/src/retention/erasure-completion';
import { erasureParticipants } from '../../../../worker/src/retention/erasure-participants';
import { RetentionJob } from '../../../../worker/src/retention/retention-job';
import { ApiModule } from '../../api.module';
import { configureHttp } from '../../http/configure-http';
import { PrivacyModule } from '../privacy.module';

const ROOT = join(__dirname, '../../../../..');
const DEV_PRIVATE_KEY = readFileSync(join(ROOT, 'config/dev/jwt-dev-private.pem'), 'utf8');

/** The API harness plus what the worker runs for privacy: the erasure completion and the retention job. */
export interface PrivacyHarness extends ApiHarness {
  readonly environment: Environment;
  /** The worker's retention job, on this database, with RETENTION_PERIOD_MONTHS from the environment. */
  readonly retentionJob: RetentionJob;
  /** Starts every projection and the erasure completion in this process (as the worker would). */
  startWorker(): void;
}

// Imports PrivacyModule next to ApiModule: harmless once ApiModule imports it as well (Nest keeps one instance).
@Module({})
class PrivacyTestModule {
  static register(environment: Environment, log: Logger): DynamicModule {
    return {
      module: PrivacyTestModule,
      imports: [ApiModule.register(environment, log), PrivacyModule, DiscoveryModule],
    };
  }
}

/** As test/support/api-harness.ts `startApi`, with the privacy routes and the worker's privacy parts. */
export async function startPrivacyApi(overrides: Record<string, string> = {}): Promise<PrivacyHarness> {
  const database = await createTestDatabase();
  const environment = loadEnvironment({
    DATABASE_URL: database.url,
    REDIS_URL: TEST_REDIS_URL,
    REDIS_KEY_PREFIX: `${currentRun().redisPrefix}:privacy`,
    LOG_LEVEL: 'info',
    AUTH_JWT_PUBLIC_KEY_FILE: join(ROOT, 'config/dev/jwt-dev-public.pem'),
    MIGRATE_ON_START: 'false',
    RATE_LIMIT_PER_TOKEN: '100000',
    // Each projector holds a pooled connection for its advisory lock: leave room for the requests and the job.
    DATABASE_POOL_SIZE: '5',
    ...eventStoreUnderTest(),
    ...overrides,
  });
  const logLines: string[] = [];
  const log: Logger = createLogger(
    { level: 'info', service: 'api' },
    new Writable({ write: (chunk, _e, done) => (logLines.push(String(chunk)), done()) }),
  );
  const moduleRef = await Test.createTestingModule({
    imports: [PrivacyTestModule.register(environment, log)],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false, bodyParser: false });
  configureHttp(app, environment, log);
  await app.init();
  const store = app.get<EventStore>(EVENT_STORE);
  const dataSource = app.get(DataSource);
  const projectors: Projector[] = [];
  const quiet = {
    info: (details: object, message: string) => log.info(details, message),
    warn: (details: object, message: string) => log.warn(details, message),
    error: (details: object, message: string) => log.error(details, message),
  };
  const env = app.get<Environment>(ENVIRONMENT);
  return {
    app,
    http: app.getHttpServer(),
    store,
    database,
    logLines,
    environment: env,
    retentionJob: new RetentionJob(dataSource, store, env.RETENTION_PERIOD_MONTHS, quiet, {
      attempts: 2,
      backoffMs: 10,
      retryPollMs: 100,
    }),
    startProjectors: () => startAll(false),
    startWorker: () => startAll(true),
    token: (role: Role, userId = `${role.toLowerCase()}-1`, extra: TokenExtras = {}) =>
      mintToken({
        privateKeyPem: DEV_PRIVATE_KEY,
        issuer: env.AUTH_ISSUER,
        audience: extra.audience ?? env.AUTH_AUDIENCE,
        userId,
        roles: [role],
        // Tests act in every unit unless they say otherwise (the unit matrix and scope tests do).
        units: extra.units ?? [...VLO_UNITS, NATIONAL_UNIT],
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

  function startAll(withErasureCompletion: boolean): void {
    const projections = [...registeredProjections(env, app.get(VictimDataKeyStore))];
    if (withErasureCompletion)
      projections.push(
        new ErasureCompletion(
          (db) => createVictimDataKeyStore(env, db as DataSource),
          app.get(VictimDataKeyStore),
          erasureParticipants(),
          quiet,
        ),
      );
    for (const projection of projections) {
      const projector = new Projector(dataSource, store, projection, { batchSize: 200, retryMs: 100, log: quiet });
      projector.start();
      projectors.push(projector);
    }
  }
}
