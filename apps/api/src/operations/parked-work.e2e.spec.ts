import { RecordedEvent } from '@vcs/event-store';
import { parkedWork } from '@vcs/read-models';
import { ApiHarness, startApi } from '@vcs/test-support';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';

describe('parked work through the API (ADMIN)', () => {
  let api: ApiHarness;
  let dataSource: DataSource;
  const victimId = randomUUID();
  const events: RecordedEvent[] = [1n, 2n, 3n].map((n) => ({
    id: randomUUID(),
    type: n === 1n ? 'VictimEnrolled' : 'ContactPreferencesUpdated',
    streamId: `victim-${victimId}`,
    revision: n,
    position: { commit: 100n + n, prepare: n },
    recordedAt: new Date(),
    data: {},
    metadata: {} as RecordedEvent['metadata'],
  }));

  beforeAll(async () => {
    api = await startApi();
    dataSource = api.app.get(DataSource);
    await parkedWork.park(
      dataSource,
      'notification-planner',
      events[0],
      'failed',
      'DateOutsideCalendar: 2301-01-01 is outside it',
      5,
    );
    for (const event of events.slice(1))
      await parkedWork.park(
        dataSource,
        'notification-planner',
        event,
        'behind-parked',
        'waiting behind an earlier parked event of its stream',
        0,
      );
  });

  afterAll(async () => {
    await api?.close();
  });

  const as = async (role: 'ADMIN' | 'VLO') => `Bearer ${await api.token(role, `${role.toLowerCase()}-1`)}`;

  it('lists one task per parked stream for an ADMIN, with the failed event, its error and what waits behind it; audited', async () => {
    const response = await request(api.http)
      .get('/parked-work')
      .set('Authorization', await as('ADMIN'))
      .set('X-Purpose', 'data quality: checking the worker')
      .expect(200);
    expect(response.body).toEqual({
      total: 1,
      items: [
        expect.objectContaining({
          consumer: 'notification-planner',
          streamId: `victim-${victimId}`,
          first: expect.objectContaining({
            eventId: events[0].id,
            eventType: 'VictimEnrolled',
            position: '101/1',
            reason: 'failed',
            attempts: 5,
          }),
          waitingBehind: 2,
          retryRequestedAt: null,
        }),
      ],
    });
    const audit = await request(api.http)
      .get(`/access-audit?victimId=${victimId}`)
      .set('Authorization', await as('ADMIN'))
      .set('X-Purpose', 'audit review: checking the audit')
      .expect(200);
    expect(audit.body.items[0]).toMatchObject({ action: 'list parked work', victimIds: [victimId] });
  });

  it('refuses anyone but an ADMIN, and an ADMIN without a purpose', async () => {
    await request(api.http)
      .get('/parked-work')
      .set('Authorization', await as('VLO'))
      .expect(403);
    await request(api.http)
      .post('/parked-work/retry')
      .set('Authorization', await as('VLO'))
      .send({})
      .expect(403);
    await request(api.http)
      .get('/parked-work')
      .set('Authorization', await as('ADMIN'))
      .expect(400);
  });

  it('asks for a retry of every parked event, or of one consumer; a bad consumer name is a 400 naming the field', async () => {
    const bad = await request(api.http)
      .post('/parked-work/retry')
      .set('Authorization', await as('ADMIN'))
      .send({ consumer: 'Robert; DROP' })
      .expect(400);
    expect(JSON.stringify(bad.body.problems)).toContain('consumer');
    await request(api.http)
      .post('/parked-work/retry')
      .set('Authorization', await as('ADMIN'))
      .send({ consumer: 'case-timeline' })
      .expect(202, { retryRequested: 0 });
    await request(api.http)
      .post('/parked-work/retry')
      .set('Authorization', await as('ADMIN'))
      .send({})
      .expect(202, { retryRequested: 3 });
    expect((await parkedWork.list(dataSource)).every((p) => p.retryRequestedAt !== null)).toBe(true);
  });
});
