import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { createLogger, loadEnvironment } from '@vcs/config';
import { createTestDatabase, TestDatabase, TEST_REDIS_URL } from '@vcs/test-support';
import { EVENT_STORE, EventStore } from '@vcs/event-store';
import { parkedWork } from '@vcs/read-models';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ApiModule } from '../../apps/api/src/api.module';

const ROOT = join(__dirname, '../..');

async function startApi(database: TestDatabase, redisUrl: string, extra: Record<string, string> = {}): Promise<INestApplication> {
  const environment = loadEnvironment({ DATABASE_URL: database.url, REDIS_URL: redisUrl, LOG_LEVEL: 'silent', ...extra });
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

  it('reports degraded (still 200), naming the consumer, while a consumer has parked work or has stalled with events waiting', async () => {
    const app = await startApi(database, TEST_REDIS_URL, { CONSUMER_STALL_AFTER_MS: '1000' });
    const dataSource = app.get(DataSource);
    try {
      const store = app.get<EventStore>(EVENT_STORE);
      const [event] = await store.readStream('never-written');
      expect(event).toBeUndefined();
      await store.appendToStream(`health-${randomUUID()}`, [{ id: randomUUID(), type: 'HealthProbe', data: {}, metadata: { correlationId: randomUUID(), causationId: randomUUID(), actor: { userId: 'test', role: 'WORKER' }, occurredAt: new Date().toISOString(), schemaVersion: 1 } }], 'no_stream');
      const [written] = await store.readAll({ maxCount: 1 });
      // The dispatcher's checkpoint has not moved for an hour while that event waits; the planner parked it.
      await dataSource.query("INSERT INTO projection_checkpoints (projection, updated_at) VALUES ('notification-dispatcher', now() - interval '1 hour') ON CONFLICT (projection) DO UPDATE SET updated_at = EXCLUDED.updated_at");
      await parkedWork.park(dataSource, 'notification-planner', written, 'failed', 'Error: test', 5);

      const response = await request(app.getHttpServer()).get('/health/ready').expect(200);
      expect(response.body.status).toBe('degraded');
      expect(response.body.checks.postgres.status).toBe('ok');
      expect(response.body.checks.consumers).toMatchObject({ status: 'degraded', error: expect.stringContaining('notification-planner: 1 parked') });
      expect(response.body.checks.consumers.error).toContain('notification-dispatcher: not advanced for over 1 s with 1 events waiting');

      await dataSource.query('DELETE FROM parked_events');
      await dataSource.query("UPDATE projection_checkpoints SET commit_position = $1, prepare_position = $2, updated_at = now() WHERE projection = 'notification-dispatcher'", [
        written.position.commit.toString(),
        written.position.prepare.toString(),
      ]);
      // Those two are well again (the other consumers, never started here, still have the event waiting for them).
      const after = await request(app.getHttpServer()).get('/health/ready').expect(200);
      expect(after.body.checks.consumers.error).not.toMatch(/parked|notification-dispatcher/);
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
