import { ApiHarness } from '@vcs/test-support';
import request from 'supertest';
import { itGuardsLikeEveryVictimCommand } from '../testing/victim-command-guards';
import { expectStatus, problemsOf, VictimsClient } from '../testing/victim-fixtures';
import { useVictimsApi } from '../testing/victims-api';

describe('PUT /victims/:victimId/victim-liaison-officer', () => {
  let api: ApiHarness;
  let vlo: VictimsClient;
  let manager: VictimsClient;
  let sentenceId: string;

  const enrolledVictim = async () => {
    const victimId = await vlo.referVictim(sentenceId);
    await vlo.enrol(victimId, sentenceId);
    return victimId;
  };

  useVictimsApi((given) => ({ api, vlo, manager, sentenceId } = given));

  beforeAll(async () => {
    // Officers the service knows from their sign-in: vlo-9 works in every unit, vlo-wales only in Wales.
    expectStatus(await (await VictimsClient.as(api, 'VLO', 'vlo-9')).send('get', '/caseload/summary', undefined), 200);
    const wales = await api.token('VLO', 'vlo-wales', { units: ['wales'] });
    expect((await request(api.http).get('/caseload/summary').set('Authorization', `Bearer ${wales}`)).status).toBe(200);
  });

  it('lets a manager assign the victim to another officer, with the actor', async () => {
    const victimId = await enrolledVictim();
    const response = await manager.send('put', `/victims/${victimId}/victim-liaison-officer`, {
      victimLiaisonOfficerId: 'vlo-9',
      assignedOn: '2026-11-20',
    });

    expectStatus(response, 200);
    expect(response.body).toEqual({
      id: victimId,
      streamId: `victim-${victimId}`,
      revision: '2',
      position: expect.any(String),
      events: ['VictimLiaisonOfficerAssigned'],
    });
    const events = await vlo.events(victimId);
    expect(events[2]).toMatchObject({
      type: 'VictimLiaisonOfficerAssigned',
      data: { victimId, victimLiaisonOfficerId: 'vlo-9', assignedOn: '2026-11-20' },
      metadata: { actor: { userId: 'manager-2', role: 'VLO_MANAGER' } },
    });
  });

  it('refuses a victim liaison officer (403): reassigning is a manager decision', async () => {
    const victimId = await enrolledVictim();
    const response = await request(api.http)
      .put(`/victims/${victimId}/victim-liaison-officer`)
      .set('Authorization', `Bearer ${vlo.token}`)
      .send({ victimLiaisonOfficerId: 'vlo-7', assignedOn: '2026-11-20' });

    expect(response.status).toBe(403);
    expect(await vlo.events(victimId)).toHaveLength(2);
  });

  it('refuses bad input with 400 naming each field and rule, and appends nothing', async () => {
    const victimId = await enrolledVictim();
    const response = await manager.send('put', `/victims/${victimId}/victim-liaison-officer`, {
      victimLiaisonOfficerId: '',
      assignedOn: '20-11-2026',
    });

    expectStatus(response, 400);
    expect(problemsOf(response)).toEqual(
      expect.arrayContaining(['victimLiaisonOfficerId:matches', 'assignedOn:isCivilDate']),
    );
    expect(await vlo.events(victimId)).toHaveLength(2);
  });

  it('refuses unknown fields', async () => {
    const victimId = await enrolledVictim();
    const response = await manager.send('put', `/victims/${victimId}/victim-liaison-officer`, {
      victimLiaisonOfficerId: 'vlo-9',
      assignedOn: '2026-11-20',
      region: 'wales',
    });

    expectStatus(response, 400);
    expect(problemsOf(response)).toEqual(['region:whitelistValidation']);
  });

  it('refuses (422, naming the field) an officer who works in another unit, or one the service does not know', async () => {
    const victimId = await enrolledVictim();
    for (const officer of ['vlo-wales', 'vlo-never-signed-in']) {
      const response = await manager.send('put', `/victims/${victimId}/victim-liaison-officer`, {
        victimLiaisonOfficerId: officer,
        assignedOn: '2026-11-20',
      });
      expectStatus(response, 422);
      expect(response.body).toMatchObject({ rule: 'officer-not-in-unit', field: 'victimLiaisonOfficerId' });
      expect(response.body.message).toContain('Yorkshire and the Humber victim liaison unit');
    }
    expect(await vlo.events(victimId)).toHaveLength(2);
  });

  it('answers 422 when the officer is already assigned', async () => {
    const victimId = await enrolledVictim();
    const response = await manager.send('put', `/victims/${victimId}/victim-liaison-officer`, {
      victimLiaisonOfficerId: 'vlo-7',
      assignedOn: '2026-11-20',
    });

    expectStatus(response, 422);
    expect(response.body.rule).toBe('already-assigned');
  });

  itGuardsLikeEveryVictimCommand({
    client: () => manager,
    method: 'put',
    path: (victimId) => `/victims/${victimId}/victim-liaison-officer`,
    ready: async () => ({
      victimId: await enrolledVictim(),
      body: { victimLiaisonOfficerId: 'vlo-9', assignedOn: '2026-11-20' },
    }),
  });

  it('never answered with, or logged, a name, address, phone or email', () => {
    vlo.expectNothingPersonalLeaked();
    manager.expectNothingPersonalLeaked();
  });
});
