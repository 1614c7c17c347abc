import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { aFullCase, CaseWriter } from '../../queries/victim-case/testing/victim-case-scenario';
import { PrivacyHarness, startPrivacyApi } from '../testing/privacy-harness';

describe('GET /victims/:victimId/record', () => {
  let api: PrivacyHarness;
  let writer: CaseWriter;
  let admin: string;
  let victimId: string;

  const recordOf = (id: string, token = admin, purpose: string | null = 'retention review') => {
    const call = request(api.http)
      .get(`/victims/${id}/record?minPosition=${writer.position}`)
      .set('Authorization', `Bearer ${token}`);
    return purpose === null ? call : call.set('X-Purpose', purpose);
  };

  beforeAll(async () => {
    api = await startPrivacyApi();
    api.startWorker();
    writer = await CaseWriter.as(api);
    admin = await api.token('ADMIN', 'admin-7');
    ({ victimId } = await aFullCase(writer));
  });

  afterAll(async () => {
    await api.close();
  });

  it('answers an administrator with the record’s status, scheme, region, closure and erasure, and no personal data', async () => {
    const response = await recordOf(victimId).expect(200);
    expect(response.body).toEqual({
      victimId,
      status: 'enrolled',
      scheme: expect.any(String),
      probationRegion: expect.any(String),
      closedOn: null,
      closureReason: null,
      personalDataErased: false,
      retentionReviewRaisedOn: null,
    });
  });

  it('answers 404 for an id that names no victim, and for a victim outside the administrator’s units, alike', async () => {
    const unknown = await recordOf(randomUUID()).expect(404);
    expect(unknown.body.rule).toBe('victim-not-found');
    const walesAdmin = await api.token('ADMIN', 'admin-wales', { units: ['wales'] });
    const outside = await recordOf(victimId, walesAdmin).expect(404);
    expect(outside.body.rule).toBe('victim-not-found');
  });

  it('is for administrators only, who must say why', async () => {
    await recordOf(victimId, admin, null).expect(400);
    await recordOf(victimId, writer.token).expect(403);
  });
});
