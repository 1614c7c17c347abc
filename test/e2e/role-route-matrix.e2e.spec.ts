import { ROLES } from '@vcs/security';
import { ApiHarness, startApi } from '@vcs/test-support';
import request from 'supertest';
import { POLICY } from './policy';
import { routeInventory } from './route-inventory';

// The access policy as data (./policy): adding a route without adding it there fails this test, and so does
// any route that admits a role not listed for it.
const SAMPLE_ID = '7d3f8a52-95f1-4c2e-8a1b-2f0c9d4e6b71';
const concrete = (path: string) => path.replace(/:[A-Za-z]+/g, SAMPLE_ID);

describe('who may call each route', () => {
  let api: ApiHarness;
  let routes: ReturnType<typeof routeInventory>;

  beforeAll(async () => {
    // Every route is called without a token from one address: more routes than the per-address limit allows a minute.
    api = await startApi({ RATE_LIMIT_PER_IP: '1000' });
    routes = routeInventory(api.app);
  });

  afterAll(async () => {
    await api.close();
  });

  it('has an entry in the policy for every route, and the route admits exactly those roles', () => {
    const served = Object.fromEntries(
      routes.map((r) => [`${r.method} ${r.path}`, r.isPublic ? 'public' : [...r.roles].sort()]),
    );
    const expected = Object.fromEntries(
      Object.entries(POLICY).map(([route, roles]) => [route, roles === 'public' ? 'public' : [...roles].sort()]),
    );
    expect(served).toEqual(expected);
  });

  it('refuses every route without a token, except the public ones', async () => {
    for (const route of routes.filter((r) => !r.isPublic)) {
      const response = await request(api.http)[route.method.toLowerCase() as 'get'](concrete(route.path)).send({});
      expect({ route: `${route.method} ${route.path}`, status: response.status }).toEqual({
        route: `${route.method} ${route.path}`,
        status: 401,
      });
    }
  });

  it('answers 403 to every role a route does not admit, and lets admitted roles past the guard', async () => {
    const outcomes: string[] = [];
    for (const route of routes.filter((r) => !r.isPublic)) {
      for (const role of ROLES) {
        const token = await api.token(role);
        const response = await request(api.http)
          [route.method.toLowerCase() as 'get'](concrete(route.path))
          .set('Authorization', `Bearer ${token}`)
          .send({});
        const admitted = route.roles.includes(role);
        const passedGuard = response.status !== 401 && response.status !== 403;
        if (admitted !== passedGuard) outcomes.push(`${role} ${route.method} ${route.path} -> ${response.status}`);
      }
    }
    expect(outcomes).toEqual([]);
  });
});
