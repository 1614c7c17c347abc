import { randomUUID } from 'node:crypto';
import { ApiHarness, startApi } from '@vcs/test-support';
import request from 'supertest';
import { aReferral, aSentence } from '../../../victims/testing/victim-fixtures';

// The team page's "Not allocated" row (apps/web team.njk) is the summary's null row, and its "cases not allocated"
// list is GET /victims?unallocated=true: the row must come after the officers and agree with the open cases listed.

describe('the caseload summary’s row for what no officer holds', () => {
  let api: ApiHarness;
  let manager: string;
  let vlo: string;
  let position = '';
  const declined = randomUUID();

  const send = async (token: string, path: string, body: object) => {
    const response = await request(api.http).post(path).set('Authorization', `Bearer ${token}`).send(body);
    if (response.status !== 201)
      throw new Error(`${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
    position = response.body.position as string;
  };
  const read = async (path: string) => {
    const response = await request(api.http)
      .get(`${path}${path.includes('?') ? '&' : '?'}minPosition=${position}`)
      .set('Authorization', `Bearer ${manager}`);
    expect(response.status).toBe(200);
    return response.body;
  };

  beforeAll(async () => {
    api = await startApi();
    api.startProjectors();
    manager = await api.token('VLO_MANAGER', 'manager-london', { units: ['london'] });
    vlo = await api.token('VLO', 'vlo-london', { units: ['london'] });
    const sentenceId = randomUUID();
    await send(vlo, '/sentences', aSentence({ sentenceId, probationRegion: 'london', sentenceDate: '2026-06-01' }));
    // The VLO's own case (one overdue first contact); two the manager left unallocated (two overdue), one of which
    // the victim declined; and a London sentence nobody referred (the unit's missed referral, overdue).
    await send(vlo, '/victims', aReferral(sentenceId, { victimId: randomUUID(), receivedOn: '2026-06-05' }));
    await send(manager, '/victims', aReferral(sentenceId, { victimId: randomUUID(), receivedOn: '2026-06-05' }));
    await send(manager, '/victims', aReferral(sentenceId, { victimId: declined, receivedOn: '2026-06-05' }));
    await send(manager, `/victims/${declined}/declining`, { declinedOn: '2026-06-10' });
    await send(
      vlo,
      '/sentences',
      aSentence({
        sentenceId: randomUUID(),
        probationRegion: 'london',
        sentenceDate: '2026-06-01',
        reference: 'X999999',
      }),
    );
  });

  afterAll(async () => {
    await api.close();
  });

  it('comes after every officer, however overdue its tasks, and counts only open cases', async () => {
    const summary = await read('/caseload/summary?groupBy=vlo');
    expect(summary.rows.map((row: { vloId: string | null }) => row.vloId)).toEqual(['vlo-london', null]);
    expect(summary.rows[1]).toMatchObject({ openCases: 1, openTasks: 2, overdue: 2 });
  });

  it('agrees with the list of cases not allocated that are open (status referred), not the declined one', async () => {
    const [summary, open, all] = await Promise.all([
      read('/caseload/summary?groupBy=vlo'),
      read('/victims?unallocated=true&status=referred&pageSize=100'),
      read('/victims?unallocated=true&pageSize=100'),
    ]);
    const unallocatedRow = summary.rows.find((row: { vloId: string | null }) => row.vloId === null);
    expect(open.total).toBe(unallocatedRow.openCases);
    expect(open.items.map((item: { victimId: string }) => item.victimId)).not.toContain(declined);
    // Without the status, the list also holds the declined case: the team page must not ask for it that way.
    expect(all.total).toBe(2);
  });
});
