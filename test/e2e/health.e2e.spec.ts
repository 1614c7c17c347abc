import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { createLogger, loadEnvironment } from '@vcs/config';
import { EVENT_STORE, EventStore } from '@vcs/event-store';
import { Client } from 'pg';
import { HealthDetails, MetricsServer } from '@vcs/infrastructure';
import { createTestDatabase, startApi as startHarness, TestDatabase, TEST_REDIS_URL } from '@vcs/test-support';
import { parkedWork } from '@vcs/read-models';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ApiModule } from '../../apps/api/src/api.module';

const ROOT = join(__dirname, '../..');

async function startApi(
  database: TestDatabase,
  redisUrl: string,
  extra: Record<string, string> = {},
): Promise<INestApplication> {
  const environment = loadEnvironment({
    DATABASE_URL: database.url,
    REDIS_URL: redisUrl,
    LOG_LEVEL: 'silent',
    ...extra,
  });
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

  it('answers the HMPPS health routes when PostgreSQL, Redis and the event store answer, and keeps the earlier ones', async () => {
    const app = await startApi(database, TEST_REDIS_URL);
    try {
      const http = app.getHttpServer();
      const health = await request(http).get('/health').expect(200);
      expect(health.body).toMatchObject({
        status: 'UP',
        components: { database: { status: 'UP' }, redis: { status: 'UP' }, eventStore: { status: 'UP' } },
      });
      await request(http).get('/health/ping').expect(200, { status: 'UP' });
      await request(http).get('/health/liveness').expect(200, { status: 'UP' });
      const readiness = await request(http).get('/health/readiness').expect(200);
      expect(readiness.body).toMatchObject({
        status: 'UP',
        components: { database: { status: 'UP' }, redis: { status: 'UP' }, eventStore: { status: 'UP' } },
      });
      await request(http).get('/health/live').expect(200, { status: 'ok' });
      const ready = await request(http).get('/health/ready').expect(200);
      expect(ready.body).toMatchObject({
        status: 'ok',
        checks: { postgres: { status: 'ok' }, redis: { status: 'ok' }, eventStore: { status: 'ok' } },
      });
    } finally {
      await app.close();
    }
  });

  it("answers statuses only in public; each consumer's position, lag and parked work only to an ADMIN and on the operations port", async () => {
    const api = await startHarness({ METRICS_PORT: '0' });
    const admin = new Client({ connectionString: api.database.url });
    await admin.connect();
    try {
      // One consumer caught up to an event, two more events after it; a second consumer that has applied nothing, with
      // parked work and its lease held (as an active worker holds it).
      const stream = `health-probe-${randomUUID()}`;
      const first = await api.store.appendToStream(stream, [probeEvent()], 'no_stream');
      await api.store.appendToStream(stream, [probeEvent(), probeEvent()], first.nextExpectedRevision);
      await admin.query(
        `INSERT INTO projection_checkpoints (projection, commit_position, prepare_position) VALUES ('probe-caught-up', $1, $2), ('probe-behind', NULL, NULL)`,
        [first.position.commit.toString(), first.position.prepare.toString()],
      );
      await admin.query(
        `INSERT INTO parked_events (consumer, event_id, stream_id, event_type, commit_position, prepare_position, reason, error, attempts)
         VALUES ('probe-behind', $1, $2, 'ProbeHappened', 1, 1, 'failed', 'TypeError', 3)`,
        [randomUUID(), stream],
      );
      await admin.query(`SELECT pg_advisory_lock(hashtextextended('projector:probe-behind', 0))`);

      // In public (HMPPS convention): each component's status, nothing else (no consumer, figure, time or error).
      const statusesOnly = { status: expect.stringMatching(/^(UP|DEGRADED|DOWN)$/) };
      for (const route of ['/health', '/health/readiness']) {
        const { body } = await request(api.http).get(route).expect(200);
        expect(body).toEqual({
          status: 'DEGRADED',
          components: {
            database: statusesOnly,
            redis: statusesOnly,
            eventStore: statusesOnly,
            consumerHealth: { status: 'DEGRADED' },
          },
        });
      }
      const ready = await request(api.http).get('/health/ready').expect(200);
      expect(ready.body).toEqual({
        status: 'degraded',
        checks: {
          postgres: { status: 'ok' },
          redis: { status: 'ok' },
          eventStore: { status: 'ok' },
          consumerHealth: { status: 'degraded' },
        },
      });

      // The figures: ADMIN only on the API (a token, the role), and on the process's unpublished operations port.
      await request(api.http).get('/operations/health').expect(401);
      await request(api.http)
        .get('/operations/health')
        .set('Authorization', `Bearer ${await api.token('VLO')}`)
        .expect(403);
      const detailed = await request(api.http)
        .get('/operations/health')
        .set('Authorization', `Bearer ${await api.token('ADMIN')}`)
        .expect(200);
      const operationsPort = api.app.get(MetricsServer).port;
      const internal = await fetch(`http://127.0.0.1:${operationsPort}/health/details`);
      expect(internal.headers.get('cache-control')).toBe('no-store');
      for (const body of [detailed.body, await internal.json()]) {
        expect(body.status).toBe('DEGRADED');
        expect(body.components.database).toEqual({ status: 'UP', details: { ms: expect.any(Number) } });
        expect(body.components.consumerHealth.details.error).toContain('probe-behind: 1 parked');
        const consumers = body.components.consumers.details;
        expect(consumers['probe-caught-up']).toMatchObject({
          active: false,
          lagEvents: 2,
          lagEventsAtLeast: false,
          parked: 0,
        });
        expect(consumers['probe-caught-up'].position).toBe(`${first.position.commit}/${first.position.prepare}`);
        expect(consumers['probe-caught-up'].lagSeconds).toBeGreaterThanOrEqual(0);
        expect(consumers['probe-behind']).toMatchObject({ active: true, position: null, lagEvents: 3, parked: 1 });
      }

      const info = await request(api.http).get('/info').expect(200);
      expect(info.body.build).toMatchObject({
        name: 'victim-contact-service',
        version: expect.any(String),
        gitCommit: expect.any(String),
      });
      expect(info.body.activeProjections).toEqual(['probe-behind']);
    } finally {
      await admin.end();
      await api.close();
    }
  });

  it('reports DEGRADED (still 200), naming the consumer, while a consumer has parked work or has stalled with events waiting', async () => {
    const app = await startApi(database, TEST_REDIS_URL, { CONSUMER_STALL_AFTER_MS: '1000' });
    const dataSource = app.get(DataSource);
    try {
      const store = app.get<EventStore>(EVENT_STORE);
      const stream = `health-${randomUUID()}`;
      await store.appendToStream(stream, [probeEvent()], 'no_stream');
      const [written] = await store.readStream(stream);
      // The dispatcher's checkpoint has not moved for an hour while that event waits; the planner parked it.
      await dataSource.query(
        "INSERT INTO projection_checkpoints (projection, updated_at) VALUES ('notification-dispatcher', now() - interval '1 hour') ON CONFLICT (projection) DO UPDATE SET commit_position = NULL, prepare_position = NULL, updated_at = EXCLUDED.updated_at",
      );
      await parkedWork.park(dataSource, 'notification-planner', written, 'failed', 'Error: test', 5);
      // A checkpoint left by a consumer this service no longer runs (a renamed projection): shown, never judged.
      await dataSource.query(
        "INSERT INTO projection_checkpoints (projection, updated_at) VALUES ('retired-projection', now() - interval '1 hour')",
      );

      const readiness = await request(app.getHttpServer()).get('/health/readiness').expect(200);
      expect(readiness.body).toMatchObject({
        status: 'DEGRADED',
        components: { database: { status: 'UP' }, consumerHealth: { status: 'DEGRADED' } },
      });
      // Which consumers and why: the detailed report (an ADMIN's GET /operations/health, the operations port).
      const details = await app.get(HealthDetails).report();
      expect(details.status).toBe('DEGRADED');
      expect(details.components.consumerHealth.details.error).toContain('notification-planner: 1 parked');
      expect(details.components.consumerHealth.details.error).toMatch(
        /notification-dispatcher: not advanced for over 1 s with \d+ events waiting/,
      );
      expect(details.components.consumerHealth.details.error).not.toContain('retired-projection');
      expect(details.components.consumers.details['retired-projection']).toMatchObject({
        position: null,
        lagEvents: expect.any(Number),
        stalled: false,
      });
      expect(details.components.consumers.details['notification-dispatcher']).toMatchObject({ stalled: true });
      const ready = await request(app.getHttpServer()).get('/health/ready').expect(200);
      expect(ready.body).toMatchObject({
        status: 'degraded',
        checks: { postgres: { status: 'ok' }, consumerHealth: { status: 'degraded' } },
      });

      await dataSource.query("DELETE FROM parked_events WHERE consumer = 'notification-planner'");
      const head = await store.headPosition();
      await dataSource.query(
        "UPDATE projection_checkpoints SET commit_position = $1, prepare_position = $2, updated_at = now() WHERE projection = 'notification-dispatcher'",
        [head?.commit.toString(), head?.prepare.toString()],
      );
      // Those two are well again (the other consumers, never started here, still have events waiting for them).
      const after = await app.get(HealthDetails).report();
      expect(after.components.consumerHealth.details.error).not.toMatch(
        /notification-planner: \d+ parked|notification-dispatcher/,
      );
    } finally {
      await app.close();
    }
  });

  it('reports DOWN, naming Redis, when Redis does not answer; liveness still UP', async () => {
    const app = await startApi(database, 'redis://127.0.0.1:1');
    try {
      const response = await request(app.getHttpServer()).get('/health').expect(503);
      expect(response.body.status).toBe('DOWN');
      expect(response.body.components.redis.status).toBe('DOWN');
      expect(response.body.components.database.status).toBe('UP');
      expect((await request(app.getHttpServer()).get('/health/readiness').expect(503)).body.status).toBe('DOWN');
      await request(app.getHttpServer()).get('/health/liveness').expect(200);
      await request(app.getHttpServer()).get('/health/live').expect(200);
    } finally {
      await app.close();
    }
  });
});

function probeEvent() {
  return {
    id: randomUUID(),
    type: 'ProbeHappened',
    data: { probe: true },
    metadata: {
      correlationId: randomUUID(),
      causationId: randomUUID(),
      actor: { userId: 'health-test', role: 'WORKER' },
      occurredAt: new Date().toISOString(),
      schemaVersion: 1,
    },
  };
}

describe('start-up configuration', () => {
  it('stops with one line per bad variable, naming it and its rule', () => {
    const result = spawnSync(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/api/src/main.ts'],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          PORT: 'eighty',
          DATABASE_URL: 'mysql://db/vcs',
          TS_NODE_PROJECT: join(ROOT, 'tsconfig.json'),
        },
        encoding: 'utf8',
        timeout: 60000,
      },
    );

    expect(result.status).toBe(78);
    expect(result.stderr.trim().split('\n').sort()).toEqual([
      'configuration error: DATABASE_URL must be a postgres:// URL, e.g. postgres://postgres@127.0.0.1:5432/vcs',
      'configuration error: PORT must be a whole number',
    ]);
  });
});
