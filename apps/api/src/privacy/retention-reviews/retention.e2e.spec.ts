import { comparePositions, formatPosition } from '@vcs/event-store';
import request from 'supertest';
import { parkedWork } from '@vcs/read-models';
import { VictimDataKeyStore } from '@vcs/security';
import { DataSource } from 'typeorm';
import { londonToday } from '../../../../worker/src/retention/retention.service';
import { CaseWriter } from '../../queries/victim-case/testing/victim-case-scenario';
import { PrivacyHarness, startPrivacyApi } from '../testing/privacy-harness';

describe('retention: closures, reviews, decisions (RETENTION_PERIOD_MONTHS=1)', () => {
  let api: PrivacyHarness;
  let writer: CaseWriter;
  let admin: string;
  let withdrawn: string;
  let sentenceEnded: string;
  let open: string;
  const today = londonToday();

  const asAdmin = (method: 'get' | 'post', path: string, body?: object) => {
    const call = request(api.http)
      [method](path)
      .set('Authorization', `Bearer ${admin}`)
      .set('X-Purpose', 'retention review RR-2026-11');
    return body ? call.send(body) : call;
  };
  const reviews = async (): Promise<
    { victimId: string; closedOn: string; closureReason: string; raisedOn: string }[]
  > => {
    await request(api.http)
      .get(`/victims/${open}?minPosition=${writer.position}`)
      .set('Authorization', `Bearer ${writer.token}`)
      .expect(200);
    const response = await asAdmin('get', `/retention-reviews?minPosition=${writer.position}`).expect(200);
    return response.body.items;
  };

  const lastPositionOf = async (...victimIds: string[]): Promise<string> => {
    const lasts = await Promise.all(
      victimIds.map(async (id) => (await api.store.readStream(`victim-${id}`)).at(-1)!.position),
    );
    return formatPosition(lasts.reduce((a, b) => (comparePositions(a, b) >= 0 ? a : b)));
  };

  beforeAll(async () => {
    api = await startPrivacyApi({ RETENTION_PERIOD_MONTHS: '1' });
    api.startWorker();
    writer = await CaseWriter.as(api);
    admin = await api.token('ADMIN', 'admin-1');

    const running = await writer.sentence();
    withdrawn = await writer.refer(running.sentenceId);
    await writer.enrol(withdrawn, running.sentenceId);
    await writer.send('post', `/victims/${withdrawn}/withdrawal`, { withdrewOn: '2026-10-12' });
    open = await writer.refer(running.sentenceId);
    await writer.enrol(open, running.sentenceId);

    const ended = await writer.sentence({ sentenceType: 'determinate-custody', lengthMonths: 12 });
    await writer.milestone(ended.sentenceId, { kind: 'release-on-licence', date: '2026-09-15' });
    await writer.milestone(ended.sentenceId, { kind: 'sentence-end', date: '2026-10-01' });
    sentenceEnded = await writer.refer(ended.sentenceId, { receivedOn: '2026-09-20' });
    await writer.enrol(sentenceEnded, ended.sentenceId, { enrolledOn: '2026-09-22' });
    await reviews();
  });

  afterAll(async () => {
    await api.close();
  });

  it('records the closures the events show (withdrawal, every sentence ended) and raises one review per closure, as ADMIN tasks', async () => {
    expect(await api.retentionJob.runOnce(today)).toEqual({
      closuresRecorded: 2,
      reviewsRaised: 2,
      refused: 0,
      failed: 0,
      parked: 0,
    });
    const history = async (victimId: string) =>
      (await api.store.readStream(`victim-${victimId}`)).map((e) => ({ type: e.type, data: e.data }));
    expect(await history(withdrawn)).toEqual(
      expect.arrayContaining([
        { type: 'VictimCaseClosed', data: { victimId: withdrawn, closedOn: '2026-10-12', reason: 'victim-withdrew' } },
        {
          type: 'RetentionReviewRaised',
          data: { victimId: withdrawn, raisedOn: today, closedOn: '2026-10-12', retentionPeriodMonths: 1 },
        },
      ]),
    );
    expect((await history(sentenceEnded)).find((e) => e.type === 'VictimCaseClosed')?.data).toMatchObject({
      reason: 'sentences-ended',
      closedOn: '2026-10-01',
    });
    expect((await history(open)).map((e) => e.type)).not.toContain('VictimCaseClosed');

    // The job's own appends are what the read models must reach (the head may lag behind them, see docs/ARCHITECTURE.md).
    writer.position = await lastPositionOf(withdrawn, sentenceEnded);
    const listed = await reviews();
    expect(listed.map((r) => r.victimId).sort()).toEqual([withdrawn, sentenceEnded].sort());
    expect(listed.find((r) => r.victimId === withdrawn)).toMatchObject({
      closedOn: '2026-10-12',
      closureReason: 'victim-withdrew',
      raisedOn: today,
    });

    const view = await request(api.http)
      .get(`/victims/${withdrawn}`)
      .set('Authorization', `Bearer ${writer.token}`)
      .expect(200);
    expect(view.body.status).toBe('closed');

    // Once per closure: the next run raises nothing.
    expect(await api.retentionJob.runOnce(today)).toEqual({
      closuresRecorded: 0,
      reviewsRaised: 0,
      refused: 0,
      failed: 0,
      parked: 0,
    });
  });

  it('lists reviews for administrators only, who say why', async () => {
    expect(
      (await request(api.http).get('/retention-reviews').set('Authorization', `Bearer ${writer.token}`)).status,
    ).toBe(403);
    expect((await request(api.http).get('/retention-reviews').set('Authorization', `Bearer ${admin}`)).status).toBe(
      400,
    );
  });

  it('erases nothing without the decision; a decision to retain closes the review, a decision to erase allows the erasure', async () => {
    const tooEarly = await asAdmin('post', `/victims/${sentenceEnded}/erasure`, {
      basis: 'retention-period-ended',
      requestReference: 'RR-2026-11',
    });
    expect(tooEarly.status).toBe(422);
    expect(tooEarly.body.rule).toBe('erase-decision-required');

    const badDecision = await asAdmin('post', `/victims/${withdrawn}/retention-decision`, {
      decision: 'keep',
      basis: 'whim',
    });
    expect(badDecision.status).toBe(400);
    const retain = await asAdmin('post', `/victims/${withdrawn}/retention-decision`, {
      decision: 'retain',
      basis: 'ongoing-proceedings',
      retainUntil: '2027-06-30',
    });
    expect(retain.status).toBe(201);
    expect(retain.body.events).toEqual(['RetentionDecided']);

    const decide = await asAdmin('post', `/victims/${sentenceEnded}/retention-decision`, {
      decision: 'erase',
      basis: 'retention-period-ended',
    });
    expect(decide.status).toBe(201);
    const erasure = await asAdmin('post', `/victims/${sentenceEnded}/erasure`, {
      basis: 'retention-period-ended',
      requestReference: 'RR-2026-11',
    });
    expect(erasure.status).toBe(201);
    writer.position = erasure.body.position;

    expect(await reviews()).toEqual([]);
    const tasks: { task_id: string; closed_because: string }[] = await api.app
      .get(DataSource)
      .query("SELECT task_id, closed_because FROM caseload_tasks WHERE kind = 'retention-review' ORDER BY task_id");
    expect(tasks.map((t) => t.closed_because)).toEqual(['retention-decided', 'retention-decided']);
    const view = await request(api.http)
      .get(`/victims/${sentenceEnded}`)
      .set('Authorization', `Bearer ${writer.token}`)
      .expect(200);
    expect(view.body).toMatchObject({ status: 'closed', personalDataErased: true, contactDetails: null });

    const audit: { action: string; purpose: string; status: number }[] = await api.app
      .get(DataSource)
      .query(
        "SELECT action, purpose, status FROM access_audit WHERE resource_id = $1 AND action <> 'read victim case view' ORDER BY occurred_at",
        [sentenceEnded],
      );
    expect(audit).toEqual([
      { action: 'erase victim personal data', purpose: 'retention review RR-2026-11', status: 422 },
      { action: 'decide retention', purpose: 'retention review RR-2026-11', status: 201 },
      { action: 'erase victim personal data', purpose: 'retention review RR-2026-11', status: 201 },
    ]);
  });

  it('runs on one replica at a time: a second caller while the lock is held does nothing', async () => {
    const dataSource = api.app.get(DataSource);
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    await runner.query("SELECT pg_advisory_lock(hashtext('vcs:retention-job'))");
    try {
      const { RetentionService } = await import('../../../../worker/src/retention/retention.service');
      const service = Object.create(RetentionService.prototype) as InstanceType<typeof RetentionService>;
      Object.assign(service, { dataSource, job: api.retentionJob });
      expect(await service.runIfLeader(today)).toBeUndefined();
    } finally {
      await runner.query("SELECT pg_advisory_unlock(hashtext('vcs:retention-job'))");
      await runner.release();
    }
  });

  it('given one victim whose history cannot be read, then the others are still closed, that one is parked and left out of later runs, and one retry after the repair closes it', async () => {
    const running = await writer.sentence();
    const [unreadable, readable] = [await writer.refer(running.sentenceId), await writer.refer(running.sentenceId)];
    for (const victimId of [unreadable, readable]) {
      await writer.enrol(victimId, running.sentenceId);
      await writer.send('post', `/victims/${victimId}/withdrawal`, { withdrewOn: '2026-10-12' });
    }
    writer.position = await lastPositionOf(unreadable, readable);
    await reviews(); // the read models have seen both withdrawals
    const dataSource = api.app.get(DataSource);
    await dataSource.query(
      "UPDATE victim_data_keys SET wrapped_key = '\\x00'::bytea || wrapped_key WHERE victim_id = $1",
      [unreadable],
    );
    api.app.get(VictimDataKeyStore).evict(unreadable);

    expect(await api.retentionJob.runOnce(today)).toEqual({
      closuresRecorded: 1,
      reviewsRaised: 1,
      refused: 0,
      failed: 1,
      parked: 1,
    });
    expect((await api.store.readStream(`victim-${readable}`)).map((e) => e.type)).toContain('VictimCaseClosed');
    const parked = await parkedWork.list(dataSource, 'retention-job');
    expect(parked).toEqual([
      expect.objectContaining({
        streamId: `victim-${unreadable}`,
        eventType: 'retention-closure',
        reason: 'failed',
        attempts: 2,
        retryRequestedAt: null,
      }),
    ]);
    expect(parked[0].error).not.toMatch(/Jane|Example|@/); // an error summary, never personal data
    const readiness = await request(api.http).get('/health/readiness').expect(200);
    expect(readiness.body.components.consumerHealth).toEqual({ status: 'DEGRADED' });
    // Which consumer and how much: for administrators, not on the public route.
    const details = await asAdmin('get', '/operations/health').expect(200);
    expect(details.body.components.consumerHealth.details.error).toContain('retention-job: 1 parked');
    // Parked: later runs leave it out (no attempts, no error lines) until an operator asks for a retry.
    expect(await api.retentionJob.runOnce(today)).toMatchObject({ failed: 0, parked: 0 });
    const listed = await asAdmin('get', '/parked-work').expect(200);
    expect(listed.body.items).toContainEqual(
      expect.objectContaining({ consumer: 'retention-job', streamId: `victim-${unreadable}` }),
    );
    // …and a task on the ADMIN's caseload, closed by the retry below.
    const retentionTask = async () =>
      (await asAdmin('get', '/caseload/tasks?status=all').expect(200)).body.items.find(
        (task: { taskId: string }) => task.taskId === `parked-work:retention-job:victim-${unreadable}`,
      );
    expect(await retentionTask()).toMatchObject({
      victimId: unreadable,
      status: 'open',
      parkedWork: { consumer: 'retention-job', eventType: 'retention-closure' },
    });

    // Still broken: a retry keeps it parked; repaired: one retry closes the case and releases it.
    await parkedWork.requestRetry(dataSource, 'retention-job');
    expect(await api.retentionJob.retryParked(today)).toBe(0);
    expect(await parkedWork.list(dataSource, 'retention-job')).toEqual([
      expect.objectContaining({ attempts: 4, retryRequestedAt: null }),
    ]);
    await dataSource.query(
      'UPDATE victim_data_keys SET wrapped_key = substring(wrapped_key from 2) WHERE victim_id = $1',
      [unreadable],
    );
    api.app.get(VictimDataKeyStore).evict(unreadable);
    await parkedWork.requestRetry(dataSource, 'retention-job');
    expect(await api.retentionJob.retryParked(today)).toBe(1);
    expect(await parkedWork.list(dataSource, 'retention-job')).toEqual([]);
    expect(await retentionTask()).toMatchObject({ status: 'done', closedBecause: 'retried' });
    const after = await asAdmin('get', '/operations/health').expect(200);
    expect(after.body.components.consumerHealth.details?.error ?? '').not.toContain('retention-job');
    expect((await api.store.readStream(`victim-${unreadable}`)).map((e) => e.type)).toContain('VictimCaseClosed');
  });
});
