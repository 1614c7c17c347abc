import { randomUUID } from 'node:crypto';
import { ApiHarness, currentRun, startApi, TEST_REDIS_URL } from '@vcs/test-support';
import { freePort, WorkerProcess } from '../support/worker-process/worker-process';

/**
 * The worker's own port (issue 13 L5): the API's HTTP hardening, nothing echoed back, and only whether it is live and
 * ready; the detailed consumer status is on the internal operations port (METRICS_PORT), beside /metrics.
 */
const TEST_LIMIT_MS = 180_000;

describe('the worker’s HTTP port', () => {
  let api: ApiHarness;
  let worker: WorkerProcess;
  let publicUrl: string;
  let operationsUrl: string;

  beforeAll(async () => {
    api = await startApi();
    const operationsPort = await freePort();
    worker = new WorkerProcess(
      {
        DATABASE_URL: api.database.url,
        REDIS_URL: TEST_REDIS_URL,
        REDIS_KEY_PREFIX: `${currentRun().redisPrefix}:worker-http-${randomUUID().slice(0, 8)}`,
        MIGRATE_ON_START: 'false',
        DATABASE_POOL_SIZE: '4',
        LOG_LEVEL: 'info',
        NOTIFICATION_CHANNEL: 'outbox',
        METRICS_PORT: String(operationsPort),
      },
      await freePort(),
    );
    await worker.start();
    publicUrl = `http://127.0.0.1:${worker.port}`;
    operationsUrl = `http://127.0.0.1:${operationsPort}`;
  }, TEST_LIMIT_MS);

  afterAll(async () => {
    await worker?.stop();
    await api?.close();
  });

  it('answers health with the API’s security headers and no X-Powered-By', async () => {
    const response = await fetch(`${publicUrl}/health/readiness`);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('strict-transport-security')).toContain('max-age=');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('never repeats a path, a malformed encoding or a body it was sent', async () => {
    const unknown = await fetch(`${publicUrl}/health/jane.example@example.org`);
    const unknownBody = await unknown.text();
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknownBody)).toEqual({ statusCode: 404, error: 'Not Found', message: 'no such route' });
    expect(unknown.headers.get('x-powered-by')).toBeNull();
    expect(unknown.headers.get('content-security-policy')).toContain("default-src 'none'");

    const malformed = await fetch(`${publicUrl}/health/%E0%A4%Ajane`);
    const malformedBody = await malformed.text();
    expect(malformed.status).toBe(400);
    expect(malformedBody).not.toContain('jane');

    const badJson = await fetch(`${publicUrl}/health/readiness`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email": "jane.example@example.org", ',
    });
    const badJsonBody = await badJson.text();
    expect(badJson.status).toBe(404);
    expect(badJsonBody).not.toMatch(/jane|JSON|Unexpected|position/i);
  });

  it('answers its public health routes with statuses only: no consumer, position, lag, parked count, time or error', async () => {
    const status = expect.stringMatching(/^(UP|DEGRADED|DOWN)$/);
    for (const route of ['/health', '/health/readiness']) {
      const body = (await (await fetch(`${publicUrl}${route}`)).json()) as {
        components: Record<string, unknown>;
      };
      expect(body).toEqual({
        status,
        components: {
          database: { status },
          redis: { status },
          eventStore: { status },
          consumerHealth: { status },
        },
      });
    }
    const earlier = (await (await fetch(`${publicUrl}/health/ready`)).json()) as { checks: Record<string, unknown> };
    for (const check of Object.values(earlier.checks)) expect(Object.keys(check as object)).toEqual(['status']);
    const details = await fetch(`${operationsUrl}/health/details`);
    expect(details.status).toBe(200);
    const report = (await details.json()) as {
      components: { consumers: { details: Record<string, { parked: number; lagEvents: number }> } };
    };
    expect(report.components.consumers.details['notification-planner']).toMatchObject({
      parked: expect.any(Number),
      lagEvents: expect.any(Number),
    });
    expect((await fetch(`${publicUrl}/health/details`)).status).toBe(404);
  });

  it('keeps the detailed consumer status off the public port and serves it on the operations port', async () => {
    const publicStatus = await fetch(`${publicUrl}/health/projectors`);
    expect(publicStatus.status).toBe(404);
    const internal = await fetch(`${operationsUrl}/health/projectors`);
    expect(internal.status).toBe(200);
    expect(internal.headers.get('cache-control')).toBe('no-store');
    const consumers = (await internal.json()) as { projection: string; parked: number }[];
    expect(consumers.map((c) => c.projection)).toEqual(
      expect.arrayContaining(['victim-case-view', 'notification-planner']),
    );
  });
});
