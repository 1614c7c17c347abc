import { randomUUID } from 'node:crypto';
import { eraseOutboxFor, OutboxChannel } from '@vcs/notifications';
import { ApiHarness, startApi } from '@vcs/test-support';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ensureNotificationTables } from '../../../../worker/src/notifications/testing/notification-test-kit';
import { VictimDataKeyStore } from '@vcs/security';

describe('GET /outbox', () => {
  let api: ApiHarness;
  let dataSource: DataSource;
  const victimId = randomUUID();
  const otherVictimId = randomUUID();

  beforeAll(async () => {
    api = await startApi();
    dataSource = api.app.get(DataSource);
    await ensureNotificationTables(dataSource);
    const keys = api.app.get(VictimDataKeyStore);
    // Each victim has a data key from their referral on: the outbox seals their message under it.
    for (const id of [victimId, otherVictimId]) await keys.getOrCreate(id);
    const outbox = new OutboxChannel(dataSource, keys);
    const message = (victim: string, stage: string) => {
      const id = randomUUID();
      return {
        reference: id,
        notificationId: id,
        victimId: victim,
        channel: 'email' as const,
        stage,
        language: 'en',
        recipient: { name: 'Jane Example', email: 'jane.example@example.org' },
        subject: 'The offender has been released',
        body: 'Dear Jane Example, …',
      };
    };
    await outbox.send(message(victimId, 'release-on-licence'));
    await outbox.send(message(victimId, 'licence-conditions-set'));
    await outbox.send(message(otherVictimId, 'recall'));
    // Both victims' cases are held by a unit the test tokens work in (the outbox answers only with the caller's victims).
    for (const id of [victimId, otherVictimId]) {
      await dataSource.query(
        "INSERT INTO case_units (victim_id, unit, referral_sentence_id) VALUES ($1, 'london', 's-1')",
        [id],
      );
    }
  });

  afterAll(async () => {
    await api?.close();
  });

  const get = async (
    role: 'VLO' | 'VLO_MANAGER' | 'ADMIN' | 'PAROLE_BOARD' | 'WORKER',
    query: string,
    purpose?: string,
  ) => {
    let call = request(api.http)
      .get(`/outbox${query}`)
      .set('Authorization', `Bearer ${await api.token(role)}`);
    if (purpose) call = call.set('X-Purpose', purpose);
    return call;
  };

  it("lists one victim's messages, newest first, and audits the read with that victim", async () => {
    const response = await get('VLO', `?victimId=${victimId}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ page: 1, pageSize: 25, total: 2 });
    expect(response.body.items.map((item: { stage: string }) => item.stage)).toEqual([
      'licence-conditions-set',
      'release-on-licence',
    ]);
    expect(response.body.items[0]).toMatchObject({
      victimId,
      channel: 'email',
      status: 'sent',
      recipient: { email: 'jane.example@example.org' },
    });
    const [audit] = await dataSource.query(
      `SELECT victim_ids::text[] AS victim_ids, action FROM access_audit WHERE resource_type = 'notification-outbox' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit).toEqual({ victim_ids: [victimId], action: 'read notification outbox' });
  });

  it('lets managers read everything, and administrators only saying why', async () => {
    expect((await get('VLO_MANAGER', '')).body.total).toBe(3);
    expect((await get('ADMIN', '')).status).toBe(400);
    expect((await get('ADMIN', '', 'data quality: support ticket INC-1234')).status).toBe(200);
  });

  it('refuses partners and the worker, and bad filters', async () => {
    expect((await get('PAROLE_BOARD', '', 'parole review')).status).toBe(403);
    expect((await get('WORKER', '')).status).toBe(403);
    expect((await get('VLO', '?victimId=nope')).status).toBe(400);
    expect((await get('VLO', '?status=lost')).status).toBe(400);
  });

  it('shows erased messages without recipient or text once the victim is erased', async () => {
    expect(await dataSource.transaction((manager) => eraseOutboxFor(otherVictimId, manager))).toBe(1);
    const response = await get('VLO', `?victimId=${otherVictimId}&status=erased`);
    expect(response.body.items).toEqual([
      expect.objectContaining({
        status: 'erased',
        recipient: null,
        subject: null,
        body: null,
        language: null,
        stage: 'recall',
      }),
    ]);
    expect((await get('VLO', `?victimId=${otherVictimId}&status=sent`)).body.total).toBe(0);
  });
});
