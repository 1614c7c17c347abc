import { randomUUID } from 'node:crypto';
import { AccessAudit } from '@vcs/security';
import { ApiHarness, startApi } from '@vcs/test-support';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { aReferral, aSentence } from '../../victims/testing/victim-fixtures';

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

  describe('for a manager: only their units’ victims', () => {
    const LONDON = 'london';
    const WALES = 'wales';
    let londonVictim: string;
    let walesVictim: string;
    let position: string;

    async function referIn(unit: string): Promise<string> {
      const token = await api.token('VLO', `vlo-${unit}`, { units: [unit] });
      const sentenceId = randomUUID();
      await request(api.http)
        .post('/sentences')
        .set('Authorization', `Bearer ${token}`)
        .send({ sentenceId, ...aSentence({ probationRegion: unit }) })
        .expect(201);
      const victimId = randomUUID();
      const referred = await request(api.http)
        .post('/victims')
        .set('Authorization', `Bearer ${token}`)
        .send({ victimId, ...aReferral(sentenceId) })
        .expect(201);
      position = referred.body.position;
      return victimId;
    }

    const search = async (token: string, query = '') =>
      request(api.http)
        .get(`/access-audit?pageSize=100${query}`)
        .set('Authorization', `Bearer ${token}`)
        .set('X-Purpose', 'audit review: unit scope')
        .expect(200);

    beforeAll(async () => {
      api.startProjectors();
      londonVictim = await referIn(LONDON);
      walesVictim = await referIn(WALES);
      // The units read model has both cases before the trail is searched.
      const vlo = await api.token('VLO', 'vlo-london', { units: [LONDON] });
      await request(api.http)
        .get(`/victims/${londonVictim}?minPosition=${position}`)
        .set('Authorization', `Bearer ${vlo}`);
      const audit = api.app.get(AccessAudit);
      const entry = (userId: string, victimIds: string[]) =>
        audit.record({
          userId,
          role: 'VLO',
          action: 'read victim case view',
          method: 'GET',
          route: '/victims/:victimId',
          resourceType: 'victim',
          victimIds,
          purpose: 'case management',
          status: 200,
        });
      await entry('reader-of-london', [londonVictim]);
      await entry('reader-of-wales', [walesVictim]);
      await entry('reader-of-both', [walesVictim, londonVictim]);
      await entry('reader-of-nobody', []);
    });

    it('shows a manager only entries about their units’ victims, each naming only those victims', async () => {
      const manager = await api.token('VLO_MANAGER', 'manager-london', { units: [LONDON] });
      const answer = await search(manager);
      const about = answer.body.items.map((e: { userId: string; victimIds: string[] }) => [e.userId, e.victimIds]);
      expect(about).toEqual(
        expect.arrayContaining([
          ['reader-of-london', [londonVictim]],
          ['reader-of-both', [londonVictim]],
        ]),
      );
      expect(JSON.stringify(answer.body)).not.toContain(walesVictim);
      expect(about.map(([userId]: [string]) => userId)).not.toContain('reader-of-wales');
      expect(about.map(([userId]: [string]) => userId)).not.toContain('reader-of-nobody');
      expect(answer.body.total).toBe(answer.body.items.length);
      // Searching for another unit's victim finds nothing, as for a victim never read.
      expect((await search(manager, `&victimId=${walesVictim}`)).body).toMatchObject({ total: 0, items: [] });
    });

    it('shows an administrator every entry, whatever their units', async () => {
      const walesAdmin = await api.token('ADMIN', 'admin-wales', { units: [WALES] });
      const answer = await search(walesAdmin, '&userId=reader-of-both');
      expect(answer.body.items.map((e: { victimIds: string[] }) => [...e.victimIds].sort())).toEqual([
        [walesVictim, londonVictim].sort(),
      ]);
      expect((await search(walesAdmin, `&victimId=${londonVictim}`)).body.total).toBeGreaterThanOrEqual(2);
    });

    it('is not open to a VLO', async () => {
      const vlo = await api.token('VLO', 'vlo-london', { units: [LONDON] });
      await request(api.http)
        .get('/access-audit')
        .set('Authorization', `Bearer ${vlo}`)
        .set('X-Purpose', 'audit review: unit scope')
        .expect(403);
    });
  });
});
