import { randomUUID } from 'node:crypto';
import { RecordedEvent } from '@vcs/event-store';
import { anEvent } from '@vcs/event-store/testing';
import { errorSummary, parkedWork } from '@vcs/read-models';
import { ApiHarness, startApi } from '@vcs/test-support';
import request from 'supertest';
import { DataSource } from 'typeorm';

class DateOutsideCalendar extends Error {
  override name = 'DateOutsideCalendar';
}

/**
 * Issue 11 §1: parked work is "a task for an ADMIN on the caseload". Work is parked the way consumers park it
 * (`parkedWork`, on events written to the store); an ADMIN's `GET /caseload/tasks` shows one `parked-work` task per
 * parked stream (consumer, event type, stream, victim or sentence id, error class, parked at; nothing personal), and a
 * retry that handles the stream closes it (kept as done). (The whole path on the running apps, a consumer parking and
 * `npm run consumers:retry` closing it: test/e2e/far-future-and-parked-work.e2e.spec.ts.)
 */
describe("an ADMIN's caseload: parked work as tasks", () => {
  let api: ApiHarness;
  let dataSource: DataSource;
  const victimId = randomUUID();
  const sentenceId = randomUUID();
  let victimEvents: RecordedEvent[];
  let sentenceEvent: RecordedEvent;

  beforeAll(async () => {
    api = await startApi();
    dataSource = api.app.get(DataSource);
    await api.store.appendToStream(`victim-${victimId}`, [anEvent('Poison'), anEvent('Later')], 'no_stream');
    await api.store.appendToStream(`sentence-${sentenceId}`, [anEvent('Poison')], 'no_stream');
    victimEvents = await api.store.readStream(`victim-${victimId}`);
    [sentenceEvent] = await api.store.readStream(`sentence-${sentenceId}`);
    tokens.national = await api.token('ADMIN', 'admin-1');
    tokens.london = await api.token('ADMIN', 'admin-2', { units: ['london'] });
  });

  afterAll(() => api?.close());

  const tokens: Record<'national' | 'london', string> = { national: '', london: '' };
  const asAdmin = (path: string, unit: keyof typeof tokens = 'national') =>
    request(api.http)
      .get(path)
      .set('Authorization', `Bearer ${tokens[unit]}`)
      .set('X-Purpose', 'data quality: parked work');

  it('given nothing parked, then the ADMIN caseload is empty (and refused without a purpose)', async () => {
    expect((await asAdmin('/caseload/tasks').expect(200)).body).toMatchObject({ total: 0, items: [] });
    await request(api.http)
      .get('/caseload/tasks')
      .set('Authorization', `Bearer ${await api.token('ADMIN')}`)
      .expect(400);
  });

  it('given a parked victim stream and sentence stream, then each is an open parked-work task with no personal data', async () => {
    const failure = errorSummary(new DateOutsideCalendar('2245-01-20 is past the calendar (Jane Example)'));
    await parkedWork.park(dataSource, 'notification-planner', sentenceEvent, 'failed', failure, 2);
    await parkedWork.park(dataSource, 'caseload-tasks', victimEvents[0], 'failed', failure, 5);
    await parkedWork.park(dataSource, 'caseload-tasks', victimEvents[1], 'behind-parked', 'Error: behind', 0);

    const response = await asAdmin('/caseload/tasks').expect(200);
    expect(response.body.total).toBe(2); // one task per parked stream, not per event
    expect(response.body.items).toEqual([
      expect.objectContaining({
        taskId: `parked-work:notification-planner:sentence-${sentenceId}`,
        kind: 'parked-work',
        victimId: null,
        sentenceId,
        status: 'open',
        dueOn: null,
        overdue: false,
        doneAt: null,
        parkedWork: {
          consumer: 'notification-planner',
          eventType: 'Poison',
          streamId: `sentence-${sentenceId}`,
          eventId: sentenceEvent.id,
          errorClass: 'DateOutsideCalendar',
          parkedAt: expect.any(String),
        },
      }),
      expect.objectContaining({
        taskId: `parked-work:caseload-tasks:victim-${victimId}`,
        victimId,
        sentenceId: null,
        status: 'open',
        parkedWork: expect.objectContaining({
          consumer: 'caseload-tasks',
          eventId: victimEvents[0].id,
          errorClass: 'DateOutsideCalendar',
        }),
      }),
    ]);
    expect(JSON.stringify(response.body)).not.toContain('Jane');
    expect(JSON.stringify(response.body)).not.toContain('2245');

    // An ADMIN whose units do not hold the victim sees the sentence's task only.
    const regional = await asAdmin('/caseload/tasks', 'london').expect(200);
    expect(regional.body.items.map((task: { taskId: string }) => task.taskId)).toEqual([
      `parked-work:notification-planner:sentence-${sentenceId}`,
    ]);
    // The read is audited with the victims it named.
    const [audit]: { victim_ids: string[] }[] = await dataSource.query(
      "SELECT victim_ids FROM access_audit WHERE action = 'read caseload tasks' AND user_id = 'admin-1' ORDER BY id DESC LIMIT 1",
    );
    expect(audit.victim_ids).toEqual([victimId]);
  });

  it("given case-work filters, then 400 naming the field; the VLOs' own caseload never shows parked work", async () => {
    const refused = await asAdmin('/caseload/tasks?vloId=vlo-7').expect(400);
    expect(refused.body.problems).toEqual([expect.objectContaining({ field: 'vloId', rule: 'not-for-admin' })]);
    await asAdmin('/caseload/tasks?region=london').expect(400);
    expect((await asAdmin('/caseload/tasks?overdue=true').expect(200)).body.total).toBe(0);
    expect((await asAdmin('/caseload/tasks?kind=initial-contact').expect(200)).body.total).toBe(0);
    expect((await asAdmin('/caseload/tasks?kind=parked-work').expect(200)).body.total).toBe(2);
    const vlo = await request(api.http)
      .get('/caseload/tasks?status=all')
      .set('Authorization', `Bearer ${await api.token('VLO_MANAGER')}`)
      .expect(200);
    expect(vlo.body.items.filter((task: { kind: string }) => task.kind === 'parked-work')).toEqual([]);
  });

  it('given a retry that handles the stream, then its task closes (kept as done) and a new failure opens it again', async () => {
    await parkedWork.release(dataSource, 'caseload-tasks', victimEvents[0].id);
    // One event of the stream still waits: the task stays open.
    expect((await asAdmin('/caseload/tasks').expect(200)).body.total).toBe(2);
    await parkedWork.release(dataSource, 'caseload-tasks', victimEvents[1].id);

    const open = await asAdmin('/caseload/tasks').expect(200);
    expect(open.body.items.map((task: { taskId: string }) => task.taskId)).toEqual([
      `parked-work:notification-planner:sentence-${sentenceId}`,
    ]);
    const done = await asAdmin('/caseload/tasks?status=done').expect(200);
    expect(done.body.items).toEqual([
      expect.objectContaining({
        taskId: `parked-work:caseload-tasks:victim-${victimId}`,
        status: 'done',
        closedBecause: 'retried',
        doneAt: expect.any(String),
      }),
    ]);

    await parkedWork.park(dataSource, 'caseload-tasks', victimEvents[1], 'failed', 'QueryFailedError [23514]: …', 5);
    const reopened = await asAdmin('/caseload/tasks?kind=parked-work&status=open').expect(200);
    expect(reopened.body.items).toContainEqual(
      expect.objectContaining({
        taskId: `parked-work:caseload-tasks:victim-${victimId}`,
        status: 'open',
        reopenedAt: expect.any(String),
        parkedWork: expect.objectContaining({ eventId: victimEvents[1].id, errorClass: 'QueryFailedError' }),
      }),
    );
  });
});
