import { VictimDataKeyStore } from '@vcs/security';
import { randomUUID } from 'node:crypto';
import { addCalendarDays, englandAndWalesCalendar, IsoDate } from '@vcs/domain';
import { allProjections } from '@vcs/read-models';
import { ApiHarness, startApi } from '@vcs/test-support';
import request, { Response, Test } from 'supertest';
import { DataSource } from 'typeorm';
import { rebuildProjection } from '../../../../worker/src/projector/rebuild';
import { Clock } from '../../commands/clock';
import { weekOf } from './caseload-summary/caseload-summary.query';

// The caseload routes over HTTP, fed by the live projector from data written through the command routes. "Today"
// is the API's own Clock; the data is dated relative to it (a referral received 40 working days ago with no
// contact is overdue), so these tests hold whatever day they run on (within the working-day calendar's years).

/** The day `workingDays` working days before `date`. */
function workingDaysBefore(date: IsoDate, workingDays: number): IsoDate {
  let day = date;
  while (englandAndWalesCalendar.countWorkingDays(day, date) < workingDays) day = addCalendarDays(day, -1);
  return day;
}

describe('caseload routes', () => {
  let api: ApiHarness;
  let manager: string;
  let vloA: string;
  let today: IsoDate;
  let position = '';
  const ids = { s1: randomUUID(), s2: randomUUID(), v1: randomUUID(), v2: randomUUID(), v3: randomUUID() };
  let v1ReferredOn: IsoDate;

  const write = async (method: 'post' | 'put', path: string, body: object) => {
    const response = await request(api.http)[method](path).set('Authorization', `Bearer ${manager}`).send(body);
    if (response.status !== 201 && response.status !== 200)
      throw new Error(`${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
    position = response.body.position;
    return response;
  };
  const read = (path: string, token = manager): Test => {
    const separator = path.includes('?') ? '&' : '?';
    return request(api.http).get(`${path}${separator}minPosition=${position}`).set('Authorization', `Bearer ${token}`);
  };
  const sentence = (sentenceId: string, sentenceDate: IsoDate) => ({
    sentenceId,
    reference: 'X654321',
    offenceCategory: 'specified-violent',
    offenceCausedDeath: false,
    sentenceType: 'determinate-custody',
    lengthMonths: 48,
    sentencingCourt: 'Inner London Crown Court',
    sentenceDate,
    probationRegion: 'london',
  });
  const referral = (victimId: string, sentenceId: string, receivedOn: IsoDate) => ({
    victimId,
    sentenceId,
    referredFor: 'vcs',
    source: 'witness-care-unit',
    circumstance: 'adult-victim',
    receivedOn,
    personal: { fullName: 'Jane Example', address: { lines: ['12 Acacia Avenue', 'London'], postcode: 'SE1 7PB' } },
  });
  const enrol = (victimId: string, sentenceId: string, enrolledOn: IsoDate, vlo: string) =>
    write('post', `/victims/${victimId}/enrolment`, {
      sentenceId,
      scheme: 'vcs-statutory',
      enrolledOn,
      victimLiaisonOfficerId: vlo,
    });

  beforeAll(async () => {
    api = await startApi();
    api.startProjectors();
    manager = await api.token('VLO_MANAGER', 'manager-1');
    vloA = await api.token('VLO', 'vlo-a');
    today = api.app.get(Clock).today();
    v1ReferredOn = workingDaysBefore(today, 40);

    // s1: referral 40 working days ago, v1 never contacted (overdue); v3 enrolled then withdrew.
    await write('post', '/sentences', sentence(ids.s1, addCalendarDays(v1ReferredOn, -7)));
    await write('post', '/victims', referral(ids.v1, ids.s1, v1ReferredOn));
    await enrol(ids.v1, ids.s1, v1ReferredOn, 'vlo-a');
    await write('post', '/victims', referral(ids.v3, ids.s1, v1ReferredOn));
    await enrol(ids.v3, ids.s1, v1ReferredOn, 'vlo-a');
    await write('post', `/victims/${ids.v3}/withdrawal`, { withdrewOn: today });
    // v2: referred today, written to today with a follow-up on Sunday of this week (due this week, not overdue).
    await write('post', '/victims', referral(ids.v2, ids.s1, today));
    await enrol(ids.v2, ids.s1, today, 'vlo-b');
    await write('post', `/victims/${ids.v2}/contacts`, {
      method: 'letter',
      direction: 'outbound',
      result: 'letter-sent',
      occurredOn: today,
      followUpOn: weekOf(today).to,
      personal: { summary: 'First letter to Jane at 12 Acacia Avenue' },
    });
    // s2: sentenced 30 days ago, nobody referred: the region's victim liaison unit has a missed referral.
    await write('post', '/sentences', sentence(ids.s2, addCalendarDays(today, -30)));
  });

  afterAll(async () => {
    await api.close();
  });

  it('lists overdue tasks oldest due first, naming victims by id only', async () => {
    const response = await read('/caseload/tasks?overdue=true').expect(200);
    expect(response.body.today).toBe(today);
    const items = response.body.items as {
      kind: string;
      victimId: string | null;
      sentenceId: string;
      dueOn: string;
      overdue: boolean;
      vloId: string | null;
    }[];
    expect(items.map((t) => `${t.kind}:${t.victimId ?? t.sentenceId}`)).toEqual(
      [
        { key: `initial-contact:${ids.v1}`, due: englandAndWalesCalendar.addWorkingDays(v1ReferredOn, 20) },
        {
          key: `missed-referral:${ids.s2}`,
          due: englandAndWalesCalendar.addWorkingDays(addCalendarDays(today, -30), 10),
        },
      ]
        .sort((a, b) => a.due.localeCompare(b.due))
        .map((t) => t.key),
    );
    expect(items.every((t) => t.overdue && t.dueOn < today)).toBe(true);
    expect(items.find((t) => t.victimId === ids.v1)).toMatchObject({
      vloId: 'vlo-a',
      dueOn: englandAndWalesCalendar.addWorkingDays(v1ReferredOn, 20),
    });
    expect(JSON.stringify(response.body)).not.toMatch(/Jane|Acacia|SE1 7PB/);
  });

  it('filters by officer, status, kind, unassigned, region and due date', async () => {
    const keys = (r: Response) =>
      (r.body.items as { kind: string; victimId: string | null; sentenceId: string }[]).map(
        (t) => `${t.kind}:${t.victimId ?? t.sentenceId}`,
      );
    expect(keys(await read('/caseload/tasks?vloId=vlo-a').expect(200))).toEqual([`initial-contact:${ids.v1}`]);
    const done = await read('/caseload/tasks?vloId=vlo-a&status=done').expect(200);
    expect(done.body.items).toEqual([
      expect.objectContaining({ victimId: ids.v3, status: 'done', closedBecause: 'victim-withdrew', overdue: false }),
    ]);
    expect(keys(await read('/caseload/tasks?kind=follow-up').expect(200))).toEqual([`follow-up:${ids.v2}`]);
    expect(keys(await read('/caseload/tasks?unassigned=true').expect(200))).toEqual([`missed-referral:${ids.s2}`]);
    expect((await read('/caseload/tasks?region=wales').expect(200)).body.total).toBe(0);
    expect(keys(await read(`/caseload/tasks?dueBefore=${today}&vloId=vlo-a`).expect(200))).toEqual([
      `initial-contact:${ids.v1}`,
    ]);
    expect(keys(await read('/caseload/tasks?overdue=false').expect(200))).toEqual([`follow-up:${ids.v2}`]);
    const closedS1 = await read('/caseload/tasks?status=done&kind=missed-referral').expect(200);
    expect(closedS1.body.items).toEqual([
      expect.objectContaining({ sentenceId: ids.s1, closedBecause: 'referral-received' }),
    ]);
  });

  it('sorts latest due first on request and pages', async () => {
    const all = await read('/caseload/tasks?region=london').expect(200);
    const dues = (all.body.items as { dueOn: string }[]).map((t) => t.dueOn);
    expect(dues).toEqual([...dues].sort());
    expect(all.body.total).toBe(3);
    const reversed = await read('/caseload/tasks?region=london&sort=-dueOn').expect(200);
    expect((reversed.body.items as { dueOn: string }[]).map((t) => t.dueOn)).toEqual([...dues].reverse());
    const page2 = await read('/caseload/tasks?region=london&pageSize=1&page=2').expect(200);
    expect(page2.body).toMatchObject({ page: 2, pageSize: 1, total: 3 });
    expect(page2.body.items[0].taskId).toBe(all.body.items[1].taskId);
  });

  it('refuses bad filters with 400 naming each field', async () => {
    const response = await read(
      '/caseload/tasks?overdue=yes&dueBefore=2026-02-30&status=closed&sort=name&region=mars&pageSize=1000&kind=Not%20a%20kind',
    ).expect(400);
    expect((response.body.problems as { field: string }[]).map((p) => p.field).sort()).toEqual([
      'dueBefore',
      'kind',
      'overdue',
      'pageSize',
      'region',
      'sort',
      'status',
    ]);
    const conflict = await read('/caseload/tasks?vloId=vlo-a&unassigned=true').expect(400);
    expect(conflict.body.problems[0].field).toBe('unassigned');
    const overdueDone = await read('/caseload/tasks?overdue=true&status=done').expect(400);
    expect(overdueDone.body.problems[0].field).toBe('overdue');
    const summary = await read('/caseload/summary?groupBy=team').expect(400);
    expect(summary.body.problems[0].field).toBe('groupBy');
  });

  it('gives managers counts per officer: open cases, due this week, overdue', async () => {
    const response = await read('/caseload/summary?groupBy=vlo&region=london').expect(200);
    expect(response.body.week).toEqual(weekOf(today));
    expect(response.body.rows).toEqual(
      expect.arrayContaining([
        { vloId: 'vlo-a', vloName: null, openCases: 1, openTasks: 1, dueThisWeek: 0, overdue: 1, dueDateUnknown: 0 },
        { vloId: 'vlo-b', vloName: null, openCases: 1, openTasks: 1, dueThisWeek: 1, overdue: 0, dueDateUnknown: 0 },
        { vloId: null, vloName: null, openCases: 0, openTasks: 1, dueThisWeek: 0, overdue: 1, dueDateUnknown: 0 },
      ]),
    );
    expect(response.body.rows).toHaveLength(3);
  });

  it('gives managers counts per region', async () => {
    const response = await read('/caseload/summary?groupBy=region').expect(200);
    expect(response.body.rows).toEqual([
      { region: 'london', openCases: 2, openTasks: 3, dueThisWeek: 1, overdue: 2, dueDateUnknown: 0 },
    ]);
  });

  it("shows a VLO their own figures only, never regional or a colleague's", async () => {
    const own = await read('/caseload/summary', vloA).expect(200);
    expect(own.body.rows).toEqual([
      { vloId: 'vlo-a', vloName: null, openCases: 1, openTasks: 1, dueThisWeek: 0, overdue: 1, dueDateUnknown: 0 },
    ]);
    await read('/caseload/summary?groupBy=region', vloA).expect(403);
    await read('/caseload/summary?vloId=vlo-b', vloA).expect(403);
    // …but a VLO may list a colleague's tasks (cover while they are away).
    expect((await read('/caseload/tasks?vloId=vlo-b', vloA).expect(200)).body.total).toBe(1);
  });

  it('writes every read of tasks to the access audit, with the victims named', async () => {
    await read('/caseload/tasks?vloId=vlo-a', vloA).expect(200);
    const admin = await api.token('ADMIN', 'admin-1');
    const audit = await request(api.http)
      .get(`/access-audit?victimId=${ids.v1}&userId=vlo-a`)
      .set('Authorization', `Bearer ${admin}`)
      .set('X-Purpose', 'audit review: checking the caseload audit')
      .expect(200);
    expect(audit.body.items[0]).toMatchObject({
      userId: 'vlo-a',
      role: 'VLO',
      action: 'read caseload tasks',
      victimIds: [ids.v1],
    });
  });

  it('refuses partner agencies and the worker (an ADMIN has parked-work tasks only: admin-caseload.e2e.spec.ts)', async () => {
    for (const role of ['PAROLE_BOARD', 'MAPPA_PARTNER', 'WORKER'] as const) {
      await request(api.http)
        .get('/caseload/tasks')
        .set('Authorization', `Bearer ${await api.token(role)}`)
        .set('X-Purpose', 'audit review: testing')
        .expect(403);
    }
  });

  it('rebuilds to exactly the rows the live projector wrote', async () => {
    await read('/caseload/tasks').expect(200); // the live projector has passed the last command
    const dataSource = api.app.get(DataSource);
    const snapshot = async () => ({
      tasks: await dataSource.query('SELECT * FROM caseload_tasks ORDER BY task_id'),
      victims: await dataSource.query('SELECT * FROM caseload_victims ORDER BY victim_id'),
      sentences: await dataSource.query('SELECT * FROM caseload_sentences ORDER BY sentence_id'),
    });
    const live = await snapshot();
    expect(live.tasks.length).toBeGreaterThan(4);
    const projection = allProjections({
      pseudonymKey: 'unused-by-caseload',
      dataKeys: api.app.get(VictimDataKeyStore),
    }).find((p) => p.name === 'caseload-tasks');
    if (!projection) throw new Error('caseload-tasks is not registered');
    const result = await rebuildProjection(dataSource, api.store, projection, { batchSize: 3 });
    expect(result.phase).toBe('done');
    expect(await snapshot()).toEqual(live);
  });
});
