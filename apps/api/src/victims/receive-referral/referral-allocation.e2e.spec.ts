import { randomUUID } from 'node:crypto';
import { ApiHarness } from '@vcs/test-support';
import request from 'supertest';
import { aReferral, expectStatus, problemsOf, VICTIM, VictimsClient } from '../testing/victim-fixtures';
import { useVictimsApi } from '../testing/victims-api';

/** Who a referral's case is allocated to as it is recorded, and that the caseload and the victim list see it. */
describe('POST /victims: allocation with the referral', () => {
  let api: ApiHarness;
  let vlo: VictimsClient;
  let manager: VictimsClient;
  let sentenceId: string;

  useVictimsApi((given) => ({ api, vlo, manager, sentenceId } = given), { projectors: true });

  const refer = async (client: VictimsClient, overrides: Record<string, unknown> = {}) => {
    const victimId = randomUUID();
    const response = await client.send('post', '/victims', aReferral(sentenceId, { victimId, ...overrides }));
    expectStatus(response, 201);
    return { victimId, position: response.body.position as string };
  };
  const get = async (client: VictimsClient, path: string) => {
    const response = await client.send('get', path, undefined);
    expectStatus(response, 200);
    return response.body;
  };
  const officerOf = async (victimId: string) =>
    ((await vlo.events(victimId))[0].data as { victimLiaisonOfficerId?: string }).victimLiaisonOfficerId;

  it('puts a referral a VLO records on their caseload: its first-contact task, and their victim list (by name)', async () => {
    const { victimId, position } = await refer(vlo);

    const tasks = await get(vlo, `/caseload/tasks?vloId=vlo-7&status=open&minPosition=${position}`);
    expect(tasks.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ victimId, kind: 'initial-contact', vloId: 'vlo-7' })]),
    );
    const mine = await get(vlo, `/victims?vloId=vlo-7&pageSize=100&minPosition=${position}`);
    expect(mine.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ victimId, fullName: VICTIM.fullName, victimLiaisonOfficerId: 'vlo-7' }),
      ]),
    );
    const view = await get(vlo, `/victims/${victimId}?minPosition=${position}`);
    expect(view.victimLiaisonOfficerId).toBe('vlo-7');
  });

  it('leaves a VLO’s referral for the manager to allocate when they say so', async () => {
    const { victimId, position } = await refer(vlo, { leaveUnallocated: true });
    expect(await officerOf(victimId)).toBeUndefined();
    const unallocated = await get(manager, `/victims?unallocated=true&pageSize=100&minPosition=${position}`);
    expect(unallocated.items.map((item: { victimId: string }) => item.victimId)).toContain(victimId);
  });

  it('leaves a manager’s referral on the unallocated list, or gives it to the officer they name', async () => {
    const left = await refer(manager);
    expect(await officerOf(left.victimId)).toBeUndefined();
    const unallocated = await get(manager, `/victims?unallocated=true&pageSize=100&minPosition=${left.position}`);
    expect(unallocated.items.map((item: { victimId: string }) => item.victimId)).toContain(left.victimId);

    const given = await refer(manager, { victimLiaisonOfficerId: 'vlo-7' });
    expect(await officerOf(given.victimId)).toBe('vlo-7');
    const mine = await get(vlo, `/victims?vloId=vlo-7&pageSize=100&minPosition=${given.position}`);
    expect(mine.items.map((item: { victimId: string }) => item.victimId)).toContain(given.victimId);
  });

  it('refuses (422, naming the field) a manager’s referral allocated to an officer of another unit', async () => {
    const wales = await api.token('VLO', 'vlo-wales', { units: ['wales'] });
    expect((await request(api.http).get('/caseload/summary').set('Authorization', `Bearer ${wales}`)).status).toBe(200);
    const victimId = randomUUID();
    const response = await manager.send(
      'post',
      '/victims',
      aReferral(sentenceId, { victimId, victimLiaisonOfficerId: 'vlo-wales' }),
    );
    expectStatus(response, 422);
    expect(response.body).toMatchObject({ rule: 'officer-not-in-unit', field: 'victimLiaisonOfficerId' });
    expect(await vlo.events(victimId)).toEqual([]);
  });

  it('refuses a VLO giving the referral to a colleague (403): that is a manager’s decision', async () => {
    const victimId = randomUUID();
    const response = await request(api.http)
      .post('/victims')
      .set('Authorization', `Bearer ${vlo.token}`)
      .send(aReferral(sentenceId, { victimId, victimLiaisonOfficerId: 'vlo-8' }));
    expect(response.status).toBe(403);
    expect(await vlo.events(victimId)).toEqual([]);
  });

  it('refuses naming an officer and leaving it unallocated at once, naming the field', async () => {
    const victimId = randomUUID();
    const response = await manager.send(
      'post',
      '/victims',
      aReferral(sentenceId, { victimId, victimLiaisonOfficerId: 'vlo-7', leaveUnallocated: true }),
    );
    expectStatus(response, 400);
    expect(problemsOf(response)).toEqual(['leaveUnallocated:conflict']);
    expect(await vlo.events(victimId)).toEqual([]);
  });
});
