import { randomUUID } from 'node:crypto';
import { ApiHarness, startApi } from '@vcs/test-support';
import request from 'supertest';
import { aSentence } from '../../victims/testing/victim-fixtures';
import { useSentencesApi } from '../testing/sentences-api';

describe('POST /sentences', () => {
  let api: ApiHarness;
  let vlo: string;

  useSentencesApi('VLO', 'vlo-7', (given) => ({ api, token: vlo } = given));

  it('records a sentence, answering its id, revision and position', async () => {
    const sentenceId = randomUUID();
    const response = await request(api.http)
      .post('/sentences')
      .set('Authorization', `Bearer ${vlo}`)
      .send(aSentence({ sentenceId }))
      .expect(201);

    expect(response.body).toMatchObject({
      id: sentenceId,
      streamId: `sentence-${sentenceId}`,
      revision: '0',
      events: ['SentenceRecorded'],
    });
    expect(response.headers.etag).toBe('"0"');
    const [event] = await api.store.readStream(`sentence-${sentenceId}`);
    expect(event.type).toBe('SentenceRecorded');
    expect(event.metadata).toMatchObject({ actor: { userId: 'vlo-7', role: 'VLO' }, schemaVersion: 1 });
  });

  it('refuses bad input with 400 naming each field and rule, and appends nothing', async () => {
    const sentenceId = randomUUID();
    const response = await request(api.http)
      .post('/sentences')
      .set('Authorization', `Bearer ${vlo}`)
      .send(aSentence({ sentenceId, reference: 'nope', sentenceDate: '2026-02-30', lengthMonths: -1, surprise: true }))
      .expect(400);

    const fields = response.body.problems.map((p: { field: string; rule: string }) => `${p.field}:${p.rule}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        'reference:matches',
        'sentenceDate:isCivilDate',
        'lengthMonths:min',
        'surprise:whitelistValidation',
      ]),
    );
    expect(await api.store.readStream(`sentence-${sentenceId}`)).toEqual([]);
  });

  it('records the DVCV Act 2004 s.45(2)(b)-(c) facts when given, and refuses them when they are not true or false', async () => {
    const sentenceId = randomUUID();
    await request(api.http)
      .post('/sentences')
      .set('Authorization', `Bearer ${vlo}`)
      .send(
        aSentence({ sentenceId, offenceCategory: 'other', sexOffenderNotification: true, offenceAgainstChild: false }),
      )
      .expect(201);
    const [event] = await api.store.readStream(`sentence-${sentenceId}`);
    expect(event.data).toMatchObject({ sexOffenderNotification: true, offenceAgainstChild: false });

    const bad = await request(api.http)
      .post('/sentences')
      .set('Authorization', `Bearer ${vlo}`)
      .send(aSentence({ offenceAgainstChild: 'yes' }))
      .expect(400);
    expect(bad.body.problems.map((p: { field: string; rule: string }) => `${p.field}:${p.rule}`)).toContain(
      'offenceAgainstChild:isBoolean',
    );
  });

  it('answers 409 when the sentence already exists', async () => {
    const sentenceId = randomUUID();
    await request(api.http)
      .post('/sentences')
      .set('Authorization', `Bearer ${vlo}`)
      .send(aSentence({ sentenceId }))
      .expect(201);
    const again = await request(api.http)
      .post('/sentences')
      .set('Authorization', `Bearer ${vlo}`)
      .send(aSentence({ sentenceId }))
      .expect(409);

    expect(again.body.rule).toBeDefined();
    expect(await api.store.readStream(`sentence-${sentenceId}`)).toHaveLength(1);
  });

  it('answers 422 with the rule in words when the domain refuses', async () => {
    const response = await request(api.http)
      .post('/sentences')
      .set('Authorization', `Bearer ${vlo}`)
      .send(aSentence({ sentenceDate: '2099-01-01' }))
      .expect(422);

    expect(response.body).toMatchObject({ statusCode: 422, rule: expect.any(String), message: expect.any(String) });
  });

  it('returns the first result for a retried request with the same Idempotency-Key, appending nothing new', async () => {
    const key = randomUUID();
    const first = await request(api.http)
      .post('/sentences')
      .set('Authorization', `Bearer ${vlo}`)
      .set('Idempotency-Key', key)
      .send(aSentence())
      .expect(201);
    const retry = await request(api.http)
      .post('/sentences')
      .set('Authorization', `Bearer ${vlo}`)
      .set('Idempotency-Key', key)
      .send(aSentence())
      .expect(201);

    expect(retry.body).toEqual(first.body);
    expect(await api.store.readStream(first.body.streamId)).toHaveLength(1);
  });

  it('refuses an Idempotency-Key reused for a different request', async () => {
    const key = randomUUID();
    await request(api.http)
      .post('/sentences')
      .set('Authorization', `Bearer ${vlo}`)
      .set('Idempotency-Key', key)
      .send(aSentence())
      .expect(201);
    const reused = await request(api.http)
      .post('/sentences')
      .set('Authorization', `Bearer ${vlo}`)
      .set('Idempotency-Key', key)
      .send(aSentence({ reference: 'Y654321' }))
      .expect(422);

    expect(reused.body.rule).toBe('idempotency-key-reused');
  });

  it('refuses a malformed Idempotency-Key or If-Match header, naming it', async () => {
    const bad = await request(api.http)
      .post('/sentences')
      .set('Authorization', `Bearer ${vlo}`)
      .set('Idempotency-Key', 'x')
      .send(aSentence())
      .expect(400);
    expect(bad.body.problems[0].field).toBe('Idempotency-Key');
    const badMatch = await request(api.http)
      .post('/sentences')
      .set('Authorization', `Bearer ${vlo}`)
      .set('If-Match', 'yesterday')
      .send(aSentence())
      .expect(400);
    expect(badMatch.body.problems[0].field).toBe('If-Match');
  });

  it('answers 409 when If-Match names a revision the record is not at', async () => {
    const response = await request(api.http)
      .post('/sentences')
      .set('Authorization', `Bearer ${vlo}`)
      .set('If-Match', '"4"')
      .send(aSentence())
      .expect(409);
    expect(response.body.rule).toBe('stale-revision');
  });

  it('refuses a body that is not JSON or is too large, without a stack trace', async () => {
    const notJson = await request(api.http)
      .post('/sentences')
      .set('Authorization', `Bearer ${vlo}`)
      .set('Content-Type', 'application/json')
      .send('{"reference":')
      .expect(400);
    expect(JSON.stringify(notJson.body)).not.toMatch(/at .*\.js/);
    await request(api.http)
      .post('/sentences')
      .set('Authorization', `Bearer ${vlo}`)
      .send(aSentence({ sentencingCourt: 'x'.repeat(200_000) }))
      .expect(413);
  });
});

describe('an Idempotency-Key used on two different records', () => {
  it('is refused on the second with 422, appending nothing there', async () => {
    const api = await startApi();
    try {
      const vlo = await api.token('VLO');
      const key = randomUUID();
      const first = { sentenceId: randomUUID() };
      const second = { sentenceId: randomUUID() };
      await request(api.http)
        .post('/sentences')
        .set('Authorization', `Bearer ${vlo}`)
        .set('Idempotency-Key', key)
        .send(aSentence(first))
        .expect(201);

      const reused = await request(api.http)
        .post('/sentences')
        .set('Authorization', `Bearer ${vlo}`)
        .set('Idempotency-Key', key)
        .send(aSentence(second))
        .expect(422);

      expect(reused.body.rule).toBe('idempotency-key-reused');
      expect(await api.store.readStream(`sentence-${second.sentenceId}`)).toEqual([]);
    } finally {
      await api.close();
    }
  });
});
