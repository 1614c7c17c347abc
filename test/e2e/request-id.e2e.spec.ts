import { randomUUID } from 'node:crypto';
import { ApiHarness, startApi } from '@vcs/test-support';
import request from 'supertest';

/** A support call traced from page to API to event: the X-Request-Id goes into the answer, the logs and the events. */
describe('request ids', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi();
  });

  afterAll(async () => {
    await api.close();
  });

  const sentence = (sentenceId: string) => ({
    sentenceId,
    reference: 'X123456',
    offenceCategory: 'specified-violent',
    offenceCausedDeath: false,
    sentenceType: 'extended-determinate',
    lengthMonths: 96,
    sentencingCourt: 'Leeds Crown Court',
    sentenceDate: '2026-10-01',
    probationRegion: 'yorkshire-and-the-humber',
  });

  it("returns the caller's X-Request-Id, logs the request under it and puts it on the events the request appended", async () => {
    const requestId = `support-${randomUUID()}`;
    const response = await request(api.http)
      .post('/sentences')
      .set('Authorization', `Bearer ${await api.token('VLO', 'vlo-7')}`)
      .set('X-Request-Id', requestId)
      .send(sentence(randomUUID()))
      .expect(201);
    expect(response.headers['x-request-id']).toBe(requestId);

    const lines = api.logLines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => line.requestId === requestId);
    expect(lines.find((line) => line.msg === 'request')).toMatchObject({
      method: 'POST',
      path: '/sentences',
      status: 201,
    });

    const events = await api.store.readStream(response.body.streamId);
    expect(events.map((event) => event.metadata.correlationId)).toEqual(events.map(() => requestId));
  });

  it('makes up an id when there is none or it is malformed, and returns it', async () => {
    const none = await request(api.http).get('/health/liveness').expect(200);
    const malformed = await request(api.http)
      .get('/health/liveness')
      .set('X-Request-Id', 'not an id; <script>')
      .expect(200);
    for (const answer of [none, malformed]) expect(answer.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(none.headers['x-request-id']).not.toBe(malformed.headers['x-request-id']);
  });
});
