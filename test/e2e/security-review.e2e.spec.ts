import { randomUUID } from 'node:crypto';
import { ApiHarness, startApi } from '@vcs/test-support';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { aReferral, aSentence } from '../../apps/api/src/victims/testing/victim-fixtures';

/** The smaller findings of the security review (issue 13 §4), each reproduced as it was reported. */
describe('security review findings', () => {
  let api: ApiHarness;
  let dataSource: DataSource;
  const refusals = async (
    userId: string,
  ): Promise<{ route: string; status: number; refusal_reason: string; purpose: string; victim_ids: string[] }[]> =>
    dataSource.query(
      "SELECT route, status, refusal_reason, purpose, victim_ids::text[] AS victim_ids FROM access_audit WHERE user_id = $1 AND action = 'refused call' ORDER BY id",
      [userId],
    );

  beforeAll(async () => {
    api = await startApi();
    dataSource = api.app.get(DataSource);
  });

  afterAll(async () => {
    await api.close();
  });

  it('L1: a NUL byte in a path id answers 400 naming the parameter, and the refusal is audited', async () => {
    const vlo = await api.token('VLO', 'vlo-l1');
    const response = await request(api.http).get('/victims/%00abc/timeline').set('Authorization', `Bearer ${vlo}`);
    expect(response.status).toBe(400);
    expect(response.body.problems).toEqual([expect.objectContaining({ field: 'victimId', rule: 'format' })]);
    expect(JSON.stringify(response.body)).not.toContain('abc');
    expect(await refusals('vlo-l1')).toEqual([
      {
        route: '/victims/:victimId/timeline',
        status: 400,
        refusal_reason: 'invalid-id',
        purpose: '(not given)',
        victim_ids: [],
      },
    ]);
  });

  it('L2: refused calls (a role not admitted, X-Purpose missing or not listed) are audited with user, route pattern and reason', async () => {
    const victimId = randomUUID();
    const vlo = await api.token('VLO', 'vlo-l2');
    expect((await request(api.http).get('/access-audit').set('Authorization', `Bearer ${vlo}`)).status).toBe(403);
    const admin = await api.token('ADMIN', 'admin-l2');
    expect(
      (
        await request(api.http)
          .get(`/victims/${victimId}/subject-access-export`)
          .set('Authorization', `Bearer ${admin}`)
      ).status,
    ).toBe(400);
    expect(
      (
        await request(api.http)
          .get(`/victims/${victimId}/subject-access-export`)
          .set('Authorization', `Bearer ${admin}`)
          .set('X-Purpose', 'curiosity')
      ).status,
    ).toBe(400);
    expect(
      (
        await request(api.http)
          .post(`/victims/${victimId}/erasure`)
          .set('Authorization', `Bearer ${admin}`)
          .send({ basis: 'erasure-request', requestReference: 'SAR-1' })
      ).status,
    ).toBe(400);
    expect(await refusals('vlo-l2')).toEqual([
      {
        route: '/access-audit',
        status: 403,
        refusal_reason: 'role-not-admitted',
        purpose: '(not given)',
        victim_ids: [],
      },
    ]);
    expect(await refusals('admin-l2')).toEqual([
      {
        route: '/victims/:victimId/subject-access-export',
        status: 400,
        refusal_reason: 'purpose-missing',
        purpose: '(not given)',
        victim_ids: [victimId],
      },
      {
        route: '/victims/:victimId/subject-access-export',
        status: 400,
        refusal_reason: 'purpose-not-listed',
        purpose: 'curiosity',
        victim_ids: [victimId],
      },
      {
        route: '/victims/:victimId/erasure',
        status: 400,
        refusal_reason: 'purpose-missing',
        purpose: '(not given)',
        victim_ids: [victimId],
      },
    ]);
  });

  it('X-Purpose: a purpose from the list, then free text; "any three characters" is refused', async () => {
    const pb = await api.token('PAROLE_BOARD', 'pb-purpose');
    const sentenceId = randomUUID();
    const refused = await request(api.http)
      .get(`/sentences/${sentenceId}/representations`)
      .set('Authorization', `Bearer ${pb}`)
      .set('X-Purpose', 'abc');
    expect({ status: refused.status, field: refused.body.problems?.[0]?.field }).toEqual({
      status: 400,
      field: 'X-Purpose',
    });
    const listed = await request(api.http)
      .get(`/sentences/${sentenceId}/representations`)
      .set('Authorization', `Bearer ${pb}`)
      .set('X-Purpose', 'parole review: PB-2026-0113');
    expect(listed.status).toBe(404);
  });

  it('L6: a malformed percent-encoding in a path answers 400 in the usual shape, without repeating the value', async () => {
    const vlo = await api.token('VLO', 'vlo-l6');
    const response = await request(api.http)
      .get('/victims/jane.example%E0%A4%A@example.org')
      .set('Authorization', `Bearer ${vlo}`);
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'the path is not valid percent-encoding',
    });
    expect(response.text).not.toContain('jane');
    expect(response.text).not.toContain('Failed to decode');
  });

  it('L7: a minPosition beyond the history’s head is refused at once', async () => {
    const vlo = await api.token('VLO', 'vlo-l7');
    const response = await request(api.http)
      .get(`/victims?minPosition=99999999999/99999999999`)
      .set('Authorization', `Bearer ${vlo}`);
    expect({ status: response.status, problems: response.body.problems }).toEqual({
      status: 400,
      problems: [expect.objectContaining({ field: 'minPosition', rule: 'beyond-history' })],
    });
  });

  it('L7: a minPosition a command answered with is waited for and answered once the read models pass it', async () => {
    api.startProjectors();
    const vlo = await api.token('VLO', 'vlo-l7-wait');
    const sentenceId = randomUUID();
    await request(api.http)
      .post('/sentences')
      .set('Authorization', `Bearer ${vlo}`)
      .send({ sentenceId, ...aSentence() })
      .expect(201);
    const victimId = randomUUID();
    const referral = await request(api.http)
      .post('/victims')
      .set('Authorization', `Bearer ${vlo}`)
      .send({ victimId, ...aReferral(sentenceId) })
      .expect(201);
    await request(api.http)
      .get(`/victims/${victimId}?minPosition=${referral.body.position}`)
      .set('Authorization', `Bearer ${vlo}`)
      .expect(200);
  });

  it('refuses bidirectional-override and control characters in text a person typed (a name, an address line, a note)', async () => {
    const vlo = await api.token('VLO', 'vlo-bidi');
    const sentenceId = randomUUID();
    await request(api.http)
      .post('/sentences')
      .set('Authorization', `Bearer ${vlo}`)
      .send({ sentenceId, ...aSentence() })
      .expect(201);
    for (const [field, personal] of [
      ['personal.fullName', { fullName: 'Jane \u202Eelpmaxe' }],
      ['personal.fullName', { fullName: 'Jane\u2066 Example' }],
      ['personal.fullName', { fullName: 'Jane\u0085Example' }],
      ['personal.address.lines', { fullName: 'Jane Example', address: { lines: ['12 Acacia \u202EAvenue'] } }],
    ] as const) {
      const response = await request(api.http)
        .post('/victims')
        .set('Authorization', `Bearer ${vlo}`)
        .send({ victimId: randomUUID(), ...aReferral(sentenceId, { personal }) });
      expect({
        status: response.status,
        fields: (response.body.problems ?? []).map((p: { field: string }) => p.field),
      }).toEqual({ status: 400, fields: [field] });
    }
  });
});

describe('security review findings: rate limits (RATE_LIMIT_PER_IP=3)', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi({ RATE_LIMIT_PER_IP: '3' });
  });

  afterAll(async () => {
    await api.close();
  });

  it('L3: health routes are not limited, so bad requests cannot make /health/live answer 429; L4: unknown routes and /openapi.json are', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await request(api.http).get('/no/such/route/jane.example@example.org')).status);
    expect(statuses).toEqual([404, 404, 404, 429, 429]);
    expect((await request(api.http).get('/openapi.json')).status).toBe(429);
    expect((await request(api.http).get('/victims')).status).toBe(429);
    for (let i = 0; i < 5; i++) expect((await request(api.http).get('/health/live')).status).toBe(200);
  });
});
