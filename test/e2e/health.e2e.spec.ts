import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { createLogger, loadEnvironment } from '@vcs/config';
import { createTestDatabase, TestDatabase, TEST_REDIS_URL } from '@vcs/test-support';
import request from 'supertest';
import { ApiModule } from '../../apps/api/src/api.module';

const ROOT = join(__dirname, '../..');

async function startApi(database: TestDatabase, redisUrl: string): Promise<INestApplication> {
  const environment = loadEnvironment({ DATABASE_URL: database.url, REDIS_URL: redisUrl, LOG_LEVEL: 'silent' });
  const moduleRef = await Test.createTestingModule({
    imports: [ApiModule.register(environment, createLogger({ level: 'silent', service: 'api' }))],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.init();
  return app;
}

describe('health endpoints', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database.drop();
  });

  it('reports ready when PostgreSQL, Redis and the event store answer', async () => {
    const app = await startApi(database, TEST_REDIS_URL);
    try {
      const response = await request(app.getHttpServer()).get('/health/ready').expect(200);
      expect(response.body).toMatchObject({
        status: 'ok',
        checks: { postgres: { status: 'ok' }, redis: { status: 'ok' }, eventStore: { status: 'ok' } },
      });
      await request(app.getHttpServer()).get('/health/live').expect(200, { status: 'ok' });
    } finally {
      await app.close();
    }
  });

  it('reports unavailable, naming Redis, when Redis does not answer', async () => {
    const app = await startApi(database, 'redis://127.0.0.1:1');
    try {
      const response = await request(app.getHttpServer()).get('/health').expect(503);
      expect(response.body.ready.checks.redis.status).toBe('unavailable');
      expect(response.body.ready.checks.postgres.status).toBe('ok');
      await request(app.getHttpServer()).get('/health/live').expect(200);
    } finally {
      await app.close();
    }
  });
});

describe('start-up configuration', () => {
  it('stops with one line per bad variable, naming it and its rule', () => {
    const result = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/api/src/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: 'eighty', DATABASE_URL: 'mysql://db/vcs', TS_NODE_PROJECT: join(ROOT, 'tsconfig.json') },
      encoding: 'utf8',
      timeout: 60000,
    });

    expect(result.status).toBe(78);
    expect(result.stderr.trim().split('\n').sort()).toEqual([
      'configuration error: DATABASE_URL must be a postgres:// URL, e.g. postgres://postgres@127.0.0.1:5432/vcs',
      'configuration error: PORT must be a whole number',
    ]);
  });
});
