import { ApiHarness, startApi } from '@vcs/test-support';
import request from 'supertest';

describe('GET /staff/officers', () => {
  let api: ApiHarness;
  let manager: string;

  const get = (path: string, token: string) => request(api.http).get(path).set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    api = await startApi();
    manager = await api.token('VLO_MANAGER', 'manager-london', { units: ['london'] });
    // Officers become known when they call the service (their sign-in says their units).
    for (const [userId, units] of [
      ['vlo-london', ['london']],
      ['vlo-both', ['london', 'wales']],
      ['vlo-wales', ['wales']],
    ] as const)
      expect((await get('/caseload/summary', await api.token('VLO', userId, { units }))).status).toBe(200);
  });

  afterAll(async () => {
    await api.close();
  });

  it("lists the officers of the manager's unit who have signed in, not other units' nor managers", async () => {
    const response = await get('/staff/officers?unit=london', manager).expect(200);
    expect(response.body.items).toEqual([
      { userId: 'vlo-both', name: null, units: ['london', 'wales'] },
      { userId: 'vlo-london', name: null, units: ['london'] },
    ]);
  });

  it("refuses another unit's officers (403), a VLO (403) and an unknown unit (400, naming the field)", async () => {
    await get('/staff/officers?unit=wales', manager).expect(403);
    await get('/staff/officers?unit=london', await api.token('VLO', 'vlo-london', { units: ['london'] })).expect(403);
    const bad = await get('/staff/officers?unit=mars', manager).expect(400);
    expect(bad.body.problems).toEqual([expect.objectContaining({ field: 'unit' })]);
  });

  it('keeps what the latest sign-in says: an officer who moved unit is listed in the new one only', async () => {
    expect((await get('/caseload/summary', await api.token('VLO', 'vlo-london', { units: ['wales'] }))).status).toBe(
      200,
    );
    const response = await get('/staff/officers?unit=london', manager).expect(200);
    expect(response.body.items.map((o: { userId: string }) => o.userId)).toEqual(['vlo-both']);
  });
});
