import { randomUUID } from 'node:crypto';
import { addCalendarDays, englandAndWalesCalendar, EVENT_SCHEMA_VERSIONS, IsoDate } from '@vcs/domain';
import { EventToAppend } from '@vcs/event-store';
import { allProjections } from '@vcs/read-models';
import { VictimDataKeyStore } from '@vcs/security';
import { ApiHarness, startApi } from '@vcs/test-support';
import request, { Test } from 'supertest';
import { DataSource } from 'typeorm';
import { rebuildProjection } from '../../../../worker/src/projector/rebuild';
import { Clock } from '../../commands/clock';
import { aReferral, aSentence, VICTIM } from '../../victims/testing/victim-fixtures';

// The managers' figures over HTTP: cases written through the command routes (and, for what only the worker writes,
// notification events appended to the history), counted by the live projector, read back per month for the
// manager's unit only. Dates are relative to the API's own clock, so the figures hold whatever day the test runs on.

function workingDaysBefore(date: IsoDate, workingDays: number): IsoDate {
  let day = date;
  while (englandAndWalesCalendar.countWorkingDays(day, date) < workingDays) day = addCalendarDays(day, -1);
  return day;
}

const UNIT = 'yorkshire-and-the-humber';

describe('performance figures', () => {
  let api: ApiHarness;
  let vlo: string;
  let manager: string;
  let today: IsoDate;
  let referredOn: IsoDate;
  let position = '';
  const ids = {
    s1: randomUUID(),
    s2: randomUUID(),
    wales: randomUUID(),
    v1: randomUUID(),
    v2: randomUUID(),
    v3: randomUUID(),
    v4: randomUUID(),
    v5: randomUUID(),
  };
  let missedDueOn: IsoDate;

  const write = async (token: string, method: 'post' | 'put', path: string, body: object) => {
    const response = await request(api.http)[method](path).set('Authorization', `Bearer ${token}`).send(body);
    if (response.status !== 201 && response.status !== 200)
      throw new Error(`${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
    position = response.body.position;
    return response;
  };
  const read = (path: string, token = manager): Test => {
    const separator = path.includes('?') ? '&' : '?';
    return request(api.http).get(`${path}${separator}minPosition=${position}`).set('Authorization', `Bearer ${token}`);
  };
  const append = async (victimId: string, type: string, data: object, occurredAt = new Date().toISOString()) => {
    const event: EventToAppend = {
      id: randomUUID(),
      type,
      data,
      metadata: {
        correlationId: randomUUID(),
        causationId: randomUUID(),
        actor: { userId: 'worker', role: 'WORKER' },
        occurredAt,
        schemaVersion: EVENT_SCHEMA_VERSIONS[type as keyof typeof EVENT_SCHEMA_VERSIONS],
      },
    };
    const result = await api.store.appendToStream(`victim-${victimId}`, [event], 'stream_exists');
    position = `${result.position.commit}/${result.position.prepare}`;
  };
  const thisMonth = () => today.slice(0, 7);
  const monthOf = (body: { months: Record<string, unknown>[] }, month: string) =>
    body.months.find((row) => row.month === month);

  beforeAll(async () => {
    api = await startApi();
    api.startProjectors();
    vlo = await api.token('VLO', 'vlo-7', { units: [UNIT] });
    manager = await api.token('VLO_MANAGER', 'manager-yorkshire', { units: [UNIT] });
    today = api.app.get(Clock).today();
    referredOn = workingDaysBefore(today, 40);
    const contact = (occurredOn: IsoDate) => ({
      method: 'phone',
      direction: 'outbound',
      result: 'contact-made',
      occurredOn,
      personal: { summary: 'Explained the scheme' },
    });

    await write(
      vlo,
      'post',
      '/sentences',
      aSentence({
        sentenceId: ids.s1,
        sentenceType: 'extended-determinate',
        lengthMonths: 96,
        sentenceDate: addCalendarDays(referredOn, -7),
      }),
    );
    for (const victimId of [ids.v1, ids.v2, ids.v3])
      await write(vlo, 'post', '/victims', aReferral(ids.s1, { victimId, receivedOn: referredOn }));
    await write(vlo, 'post', '/victims', aReferral(ids.s1, { victimId: ids.v4, receivedOn: today }));
    // v1 reached on the 5th working day (in time), v2 on the 30th (late), v3 never (late once the 20th passed).
    await write(
      vlo,
      'post',
      `/victims/${ids.v1}/contacts`,
      contact(englandAndWalesCalendar.addWorkingDays(referredOn, 5)),
    );
    await write(
      vlo,
      'post',
      `/victims/${ids.v2}/contacts`,
      contact(englandAndWalesCalendar.addWorkingDays(referredOn, 30)),
    );
    // s2: sentenced 30 days ago and nobody referred: a missed referral in the month its deadline passed.
    const s2Date = addCalendarDays(today, -30);
    missedDueOn = englandAndWalesCalendar.addWorkingDays(s2Date, 10);
    await write(vlo, 'post', '/sentences', aSentence({ sentenceId: ids.s2, sentenceDate: s2Date }));
    // Another unit's case, never contacted: not in this unit's figures.
    const walesVlo = await api.token('VLO', 'vlo-wales', { units: ['wales'] });
    await write(
      walesVlo,
      'post',
      '/sentences',
      aSentence({ sentenceId: ids.wales, probationRegion: 'wales', sentenceDate: addCalendarDays(referredOn, -7) }),
    );
    await write(walesVlo, 'post', '/victims', aReferral(ids.wales, { victimId: ids.v5, receivedOn: referredOn }));

    // A parole decision: v1 told at once, v2 two days after the same-day deadline, v3's message failed and fell back to a letter.
    const decision = await write(vlo, 'post', `/sentences/${ids.s1}/milestones`, {
      kind: 'parole-decision',
      date: today,
      detail: { outcome: 'release' },
    });
    const milestoneId = decision.body.milestoneId as string;
    const [{ recorded_at: recordedAt, deadline }]: { recorded_at: Date; deadline: string }[] = await waitForRow(
      api.app.get(DataSource),
      `SELECT recorded_at, same_day_deadline::text AS deadline FROM performance_milestones WHERE milestone_id = $1`,
      [milestoneId],
    );
    const notification = (
      victimId: string,
      notificationId: string,
      channel = 'email',
      reason = 'same-day-decision',
    ) => ({
      victimId,
      notificationId,
      sentenceId: ids.s1,
      stage: 'parole-decision',
      dueAt: recordedAt.toISOString(),
      channel,
      reason,
      causedBy: { milestoneId },
    });
    const [n1, n2, n3, fallback] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    await append(ids.v1, 'NotificationScheduled', notification(ids.v1, n1));
    await append(ids.v1, 'NotificationSent', {
      victimId: ids.v1,
      notificationId: n1,
      channel: 'email',
      providerReference: 'p1',
      sentAt: recordedAt.toISOString(),
    });
    await append(ids.v1, 'NotificationDeliveryStatusRecorded', {
      victimId: ids.v1,
      notificationId: n1,
      status: 'permanent-failure',
      at: recordedAt.toISOString(),
    });
    await append(ids.v2, 'NotificationScheduled', notification(ids.v2, n2));
    await append(ids.v2, 'NotificationSent', {
      victimId: ids.v2,
      notificationId: n2,
      channel: 'email',
      providerReference: 'p2',
      sentAt: `${addCalendarDays(deadline, 2)}T10:00:00.000Z`,
    });
    await append(ids.v3, 'NotificationScheduled', notification(ids.v3, n3));
    await append(ids.v3, 'NotificationFailed', {
      victimId: ids.v3,
      notificationId: n3,
      attempt: 6,
      errorCode: 'provider-refused',
      final: true,
      failedAt: recordedAt.toISOString(),
    });
    await append(ids.v3, 'NotificationScheduled', notification(ids.v3, fallback, 'letter', 'delivery-fallback'));

    // A letter: drafted, returned once, approved by a manager who did not write it, then sent.
    await write(vlo, 'put', `/victims/${ids.v4}/contact-preferences`, {
      updatedOn: today,
      channels: ['letter'],
      stages: { choice: 'all-key-stages' },
      safetyCheckBeforeLetters: false,
      personal: { address: VICTIM.address, language: 'en' },
    });
    const drafted = await write(vlo, 'post', `/victims/${ids.v4}/letters`, {
      signature: { name: 'Sam Officer', phone: '0113 496 0000' },
      stage: 'parole-decision',
    });
    const letter = `/victims/${ids.v4}/letters/${drafted.body.letterId as string}`;
    await write(vlo, 'post', `${letter}/submission`, {});
    await write(manager, 'post', `${letter}/return`, { personal: { comments: 'Say when the conditions start.' } });
    await write(vlo, 'post', `${letter}/submission`, {});
    await write(manager, 'post', `${letter}/approval`, {});
    await append(ids.v4, 'NotificationSent', {
      victimId: ids.v4,
      notificationId: randomUUID(),
      channel: 'letter',
      providerReference: 'p4',
      sentAt: new Date(Date.now() + 3600_000).toISOString(),
      letterId: drafted.body.letterId,
    });
  });

  afterAll(async () => {
    await api.close();
  });

  it("counts first contact within 20 working days of the referral, by the referral's month, against the target", async () => {
    const response = await read('/performance/first-contact').expect(200);
    expect(response.body).toMatchObject({ today, to: thisMonth(), units: [UNIT], targetPercent: 100 });
    expect(response.body.months).toHaveLength(12);
    expect(monthOf(response.body, referredOn.slice(0, 7))).toMatchObject({
      referrals: referredOn.slice(0, 7) === thisMonth() ? 4 : 3,
      contactedInTime: 1,
      late: 2,
      percentInTime: 33.3,
    });
    expect(monthOf(response.body, thisMonth())).toMatchObject({ notYetDue: 1 });
  });

  it('counts referrals and the eligible sentences nobody was referred for by their deadline', async () => {
    const response = await read('/performance/referrals').expect(200);
    const due = monthOf(response.body, missedDueOn.slice(0, 7));
    expect(due?.missedReferrals).toBe(missedDueOn < today ? 1 : 0);
    const total = (response.body.months as { referrals: number }[]).reduce((sum, row) => sum + row.referrals, 0);
    expect(total).toBe(4);
  });

  it('times release and parole decision notices and counts those told the same working day', async () => {
    const response = await read('/performance/decision-notices').expect(200);
    expect(response.body.stages).toContain('parole-decision');
    expect(monthOf(response.body, thisMonth())).toMatchObject({
      notices: 3,
      told: 2,
      toldSameWorkingDay: 1,
      percentSameWorkingDay: 50,
      medianHoursToTell: expect.any(Number),
    });
  });

  it('counts letters drafted, approved, sent and returned, with the median days between', async () => {
    const response = await read('/performance/letters').expect(200);
    expect(monthOf(response.body, thisMonth())).toMatchObject({
      drafted: 1,
      approved: 1,
      sent: 1,
      returned: 1,
      medianDaysToApprove: expect.any(Number),
      medianDaysToSend: expect.any(Number),
    });
  });

  it('counts notifications that failed, were not delivered or fell back to a letter', async () => {
    const response = await read('/performance/notifications').expect(200);
    expect(monthOf(response.body, thisMonth())).toEqual({
      month: thisMonth(),
      due: 4,
      sent: 2,
      failed: 1,
      notDelivered: 1,
      fellBackToLetter: 1,
    });
  });

  it("gives another unit's manager none of these figures, and refuses a VLO and a bad month", async () => {
    const wales = await api.token('VLO_MANAGER', 'manager-wales', { units: ['wales'] });
    const response = await read('/performance/first-contact', wales).expect(200);
    const counted = (response.body.months as { referrals: number; late: number }[]).reduce(
      (sum, row) => sum + row.referrals,
      0,
    );
    expect(counted).toBe(1);
    expect(monthOf(response.body, referredOn.slice(0, 7))).toMatchObject({ referrals: 1, late: 1 });
    await read('/performance/letters', vlo).expect(403);
    const bad = await read('/performance/letters?from=2026-13').expect(400);
    expect(bad.body.problems).toEqual([expect.objectContaining({ field: 'from' })]);
    const backwards = await read('/performance/letters?from=2026-06&to=2026-01').expect(400);
    expect(backwards.body.problems).toEqual([expect.objectContaining({ field: 'from', rule: 'order' })]);
  });

  it('answers 400 naming the field and the rule for every bad month range, on every figure', async () => {
    const cases: [string, { field: string; rule: string }][] = [
      ['from=2026-6', { field: 'from', rule: 'matches' }],
      ['to=December', { field: 'to', rule: 'matches' }],
      ['from=2026-00&to=2026-13', { field: 'from', rule: 'matches' }],
      ['from=', { field: 'from', rule: 'matches' }],
      ['from=2026-06&to=2026-01', { field: 'from', rule: 'order' }],
      ['from=2199-12', { field: 'from', rule: 'order' }],
      ['from=2020-01&to=2026-12', { field: 'from', rule: 'range' }],
      ['from=1900-01&to=2199-12', { field: 'from', rule: 'range' }],
    ];
    for (const figure of ['first-contact', 'referrals', 'decision-notices', 'letters', 'notifications']) {
      for (const [query, problem] of cases) {
        const answer = await read(`/performance/${figure}?${query}`);
        expect({ figure, query, status: answer.status }).toEqual({ figure, query, status: 400 });
        expect(answer.body.problems).toEqual(expect.arrayContaining([expect.objectContaining(problem)]));
      }
    }
  });

  it('rebuilds to exactly the rows the live projector wrote', async () => {
    await read('/performance/letters').expect(200);
    const dataSource = api.app.get(DataSource);
    const projection = allProjections({
      pseudonymKey: 'unused-by-performance',
      dataKeys: api.app.get(VictimDataKeyStore),
    }).find((p) => p.name === 'performance-figures');
    if (!projection) throw new Error('performance-figures is not registered');
    const snapshot = async () =>
      Object.fromEntries(
        await Promise.all(
          projection.tables.map(async (table) => [table, await dataSource.query(`SELECT * FROM ${table} ORDER BY 1`)]),
        ),
      );
    const live = await snapshot();
    expect(Object.values(live).every((rows) => (rows as unknown[]).length > 0)).toBe(true);
    const result = await rebuildProjection(dataSource, api.store, projection, { batchSize: 3 });
    expect(result.phase).toBe('done');
    expect(await snapshot()).toEqual(live);
  });
});

async function waitForRow<T>(dataSource: DataSource, sql: string, values: unknown[]): Promise<T[]> {
  for (let tries = 0; tries < 300; tries += 1) {
    const rows: T[] = await dataSource.query(sql, values);
    if (rows.length > 0) return rows;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the projection did not write the row');
}
