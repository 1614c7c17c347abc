import { randomUUID } from 'node:crypto';
import { ApiHarness, startApi } from '@vcs/test-support';
import request from 'supertest';
import { DataSource } from 'typeorm';

describe('GET /access-audit', () => {
  let api: ApiHarness;
  let admin: string;

  beforeAll(async () => {
    api = await startApi();
    admin = await api.token('ADMIN', 'admin-3');
  });

  afterAll(async () => {
    await api.close();
  });

  it('requires the administrator to say why, naming the X-Purpose header', async () => {
    const response = await request(api.http).get('/access-audit').set('Authorization', `Bearer ${admin}`).expect(400);
    expect(response.body.problems[0].field).toBe('X-Purpose');
  });

  it('records every read of the trail in the trail itself, with who, role, what and why', async () => {
    const victimId = randomUUID();
    await request(api.http)
      .get(`/access-audit?victimId=${victimId}`)
      .set('Authorization', `Bearer ${admin}`)
      .set('X-Purpose', 'subject access request SAR-17')
      .expect(200);

    const response = await request(api.http)
      .get(`/access-audit?victimId=${victimId}`)
      .set('Authorization', `Bearer ${admin}`)
      .set('X-Purpose', 'audit review: checking the trail')
      .expect(200);

    expect(response.body.total).toBe(1);
    expect(response.body.items[0]).toMatchObject({
      userId: 'admin-3',
      role: 'ADMIN',
      action: 'read access audit',
      victimIds: [victimId],
      purpose: 'subject access request SAR-17',
      status: 200,
    });
  });

  it('refuses bad filters with 400 naming the field', async () => {
    const response = await request(api.http)
      .get('/access-audit?victimId=nope&pageSize=1000')
      .set('Authorization', `Bearer ${admin}`)
      .set('X-Purpose', 'audit review: checking')
      .expect(400);
    expect(response.body.problems.map((p: { field: string }) => p.field).sort()).toEqual(['pageSize', 'victimId']);
  });

  it('cannot be changed or deleted, even by the database owner', async () => {
    const dataSource = api.app.get(DataSource);
    await expect(dataSource.query("UPDATE access_audit SET purpose = 'nothing to see'")).rejects.toThrow('append-only');
    await expect(dataSource.query('DELETE FROM access_audit')).rejects.toThrow('append-only');
    await expect(dataSource.query('TRUNCATE access_audit')).rejects.toThrow('append-only');
  });
});
