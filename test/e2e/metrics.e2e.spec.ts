import { randomUUID } from 'node:crypto';
import { MetricsServer, ServiceMetrics } from '@vcs/infrastructure';
import { ApiHarness, startApi } from '@vcs/test-support';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { StreamCatalogueProjection } from '@vcs/read-models';
import { rebuildProjections } from '../../apps/worker/src/projector/rebuild';
import {
  aReferral,
  aSentence,
  anEnrolment,
  PERSONAL_VALUES,
  VICTIM,
} from '../../apps/api/src/victims/testing/victim-fixtures';

/** Prometheus /metrics on the process's own METRICS_PORT: what it measures, and that no personal data reaches a label. */
describe('metrics', () => {
  let api: ApiHarness;
  let metricsUrl: string;
  const sentenceId = randomUUID();
  const victimId = randomUUID();

  beforeAll(async () => {
    api = await startApi({ METRICS_PORT: '0' }); // any free port, on HOST (loopback)
    metricsUrl = `http://127.0.0.1:${api.app.get(MetricsServer).port}/metrics`;
    api.startProjectors();
    const vlo = await api.token('VLO', 'vlo-7');
    const as = (call: request.Test) => call.set('Authorization', `Bearer ${vlo}`);
    await as(request(api.http).post('/sentences'))
      .send({ sentenceId, ...aSentence() })
      .expect(201);
    await as(request(api.http).post('/victims'))
      .send({ victimId, ...aReferral(sentenceId) })
      .expect(201);
    await as(request(api.http).post(`/victims/${victimId}/enrolment`))
      .send(anEnrolment(sentenceId))
      .expect(201);
    await as(request(api.http).get(`/victims/${victimId}`)).expect((response) =>
      expect([200, 503]).toContain(response.status),
    );
    // Personal data where a careless metric would pick it up: a path that matches no route, an unknown victim.
    await as(
      request(api.http).get(`/victims/${encodeURIComponent(VICTIM.fullName)}/${encodeURIComponent(VICTIM.email)}`),
    );
    await as(request(api.http).get(`/no-such-route/${encodeURIComponent(VICTIM.address.postcode)}`)).expect(404);
  });

  afterAll(async () => {
    await api.close();
  });

  const scrape = async (): Promise<string> => {
    const response = await fetch(metricsUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    return response.text();
  };

  it('has HTTP request histograms by route pattern and status, never the concrete path', async () => {
    const text = await scrape();
    expect(text).toMatch(
      /vcs_http_request_duration_seconds_count\{method="POST",route="\/sentences",status="201"\} 1\b/,
    );
    expect(text).toMatch(
      /vcs_http_request_duration_seconds_count\{method="POST",route="\/victims\/:victimId\/enrolment",status="201"\} 1\b/,
    );
    expect(text).toMatch(
      /vcs_http_request_duration_seconds_count\{method="GET",route="\(no route\)",status="404"\} [1-9]/,
    );
  });

  it("times event-store appends and shows each consumer's lag in events and seconds, parked work and lease", async () => {
    const text = await scrape();
    expect(text).toMatch(
      /vcs_event_store_append_duration_seconds_count\{operation="appendToStream",outcome="ok"\} [1-9]/,
    );
    for (const name of [
      'vcs_consumer_lag_events',
      'vcs_consumer_lag_seconds',
      'vcs_consumer_parked_events',
      'vcs_consumer_active',
    ]) {
      expect(text).toMatch(new RegExp(`^${name}\\{consumer="[a-z-]+"\\} \\d`, 'm'));
    }
    expect(text).toContain('vcs_process_nodejs_eventloop_lag_mean_seconds');
  });

  it('reads BullMQ queue depths when scraped', async () => {
    const metrics = api.app.get(ServiceMetrics);
    metrics.watchQueue('probe-queue', async () => ({ waiting: 3, delayed: 2, failed: 0 }));
    const text = await scrape();
    expect(text).toMatch(/^vcs_queue_jobs\{queue="probe-queue",state="waiting"\} 3$/m);
    expect(text).toMatch(/^vcs_queue_jobs\{queue="probe-queue",state="delayed"\} 2$/m);
  });

  it("shows a rebuild's progress: events read, of how many, and its projections by phase", async () => {
    const metrics = api.app.get(ServiceMetrics);
    const seen: number[] = [];
    await rebuildProjections(api.app.get(DataSource), api.store, [new StreamCatalogueProjection()], {
      batchSize: 2,
      countEvents: async () => (await api.store.readAll({ maxCount: 10_000 })).length,
      onProgress: (progress) => {
        metrics.recordRebuildProgress(progress);
        seen.push(progress.eventsRead);
      },
    });
    const text = await scrape();
    const read = Number(/^vcs_rebuild_events_read (\d+)$/m.exec(text)?.[1]);
    expect(read).toBeGreaterThanOrEqual(3); // the sentence, the referral and the enrolment at least
    expect(read).toBe(Math.max(...seen));
    expect(Number(/^vcs_rebuild_events_total (\d+)$/m.exec(text)?.[1])).toBeGreaterThanOrEqual(read);
    expect(text).toMatch(/^vcs_rebuild_projections\{phase="done"\} 1$/m);
  });

  it('carries no personal data and no ids: names, addresses, phones, emails, victim and sentence ids appear nowhere', async () => {
    const text = await scrape();
    const encoded = PERSONAL_VALUES.map((value) => encodeURIComponent(value));
    for (const secret of [...PERSONAL_VALUES, ...encoded, VICTIM.dateOfBirth, victimId, sentenceId])
      expect(text).not.toContain(secret);
  });

  it('answers /metrics and the detailed health on its port, and none of the public routes', async () => {
    expect((await fetch(metricsUrl.replace('/metrics', '/health'))).status).toBe(404);
    expect((await fetch(metricsUrl.replace('/metrics', '/health/readiness'))).status).toBe(404);
    expect((await fetch(metricsUrl.replace('/metrics', '/health/details'))).status).toBe(200);
  });
});
