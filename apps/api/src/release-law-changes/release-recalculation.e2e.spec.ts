import { randomUUID } from 'node:crypto';
import { ApiHarness, startApi } from '@vcs/test-support';
import request from 'supertest';

// Issue 17: a change in the law (SDS40, SI 2024/844, in force 10 September 2024) moves many release dates at once.
const SENTENCE_DATE = '2024-03-01';
const RECALCULATED_ON = '2024-09-10';

describe('PUT and GET /release-law-changes/recalculations/:recalculationId', () => {
  let api: ApiHarness;
  let vlo: string;
  let manager: string;

  beforeAll(async () => {
    api = await startApi();
    api.startProjectors();
    vlo = await api.token('VLO', 'vlo-recalc');
    manager = await api.token('VLO_MANAGER', 'manager-recalc');
  });

  afterAll(async () => {
    await api.close();
  });

  async function aSentence(overrides: Record<string, unknown> = {}): Promise<string> {
    const sentenceId = randomUUID();
    await request(api.http)
      .post('/sentences')
      .set('Authorization', `Bearer ${vlo}`)
      .send({
        sentenceId,
        reference: 'X654321',
        offenceCategory: 'other',
        offenceCausedDeath: false,
        sentenceType: 'determinate-custody',
        lengthMonths: 30,
        sentencingCourt: 'Leeds Crown Court',
        sentenceDate: SENTENCE_DATE,
        probationRegion: 'yorkshire-and-the-humber',
        ...overrides,
      })
      .expect(201);
    return sentenceId;
  }

  async function aVictimOf(sentenceId: string): Promise<string> {
    const victimId = randomUUID();
    await api.store.appendToStream(
      `victim-${victimId}`,
      [
        {
          id: randomUUID(),
          type: 'ReferralReceived',
          data: {
            victimId,
            sentenceId,
            referredFor: 'vcs',
            source: 'witness-care-unit',
            circumstance: 'adult-victim',
            receivedOn: '2024-03-05',
            personal: { fullName: 'A Victim' },
          },
          metadata: {
            correlationId: randomUUID(),
            causationId: randomUUID(),
            actor: { userId: 'test', role: 'VLO' },
            occurredAt: new Date().toISOString(),
            schemaVersion: 1,
          },
        },
      ],
      'no_stream',
    );
    return victimId;
  }

  const put = (recalculationId: string, body: object, token = manager) =>
    request(api.http)
      .put(`/release-law-changes/recalculations/${recalculationId}`)
      .set('Authorization', `Bearer ${token}`)
      .send(body);

  const streamLength = async (sentenceId: string) => (await api.store.readStream(`sentence-${sentenceId}`)).length;

  async function eventually<T>(ask: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
    for (let waited = 0; ; waited += 100) {
      const value = await ask();
      if (done(value) || waited > 20_000) return value;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('given two sentences, when the recalculation is sent twice, then each date is recorded once and the second time changes nothing', async () => {
    const [first, second] = [await aSentence(), await aSentence()];
    const recalculationId = randomUUID();
    const body = {
      lawChange: 'sds40-2024',
      date: RECALCULATED_ON,
      sentences: [
        { sentenceId: first, expectedReleaseDate: '2025-03-01' },
        { sentenceId: second, expectedReleaseDate: '2025-04-15' },
      ],
    };
    const recorded = await put(recalculationId, body).expect(200);
    expect(recorded.body).toMatchObject({ recalculationId, lawChange: 'sds40-2024', recorded: 2, unchanged: 0 });
    const [event] = (await api.store.readStream(`sentence-${first}`)).slice(-1);
    expect(event.data).toMatchObject({
      kind: 'release-date-changed',
      date: RECALCULATED_ON,
      detail: { expectedReleaseDate: '2025-03-01', reason: 'change-in-law', lawChange: 'sds40-2024', recalculationId },
    });
    const lengths = [await streamLength(first), await streamLength(second)];

    const again = await put(recalculationId, body).expect(200);
    expect(again.body).toMatchObject({ recorded: 0, unchanged: 2 });
    expect([await streamLength(first), await streamLength(second)]).toEqual(lengths);
  });

  it('given a sentence this recalculation already moved, when another date is sent for it, then 409 and nothing changes', async () => {
    const sentenceId = await aSentence();
    const recalculationId = randomUUID();
    const body = (date: string) => ({
      lawChange: 'sds40-2024',
      date: RECALCULATED_ON,
      sentences: [{ sentenceId, expectedReleaseDate: date }],
    });
    await put(recalculationId, body('2025-03-01')).expect(200);
    const length = await streamLength(sentenceId);
    const refused = await put(recalculationId, body('2025-05-01')).expect(409);
    expect(refused.body).toMatchObject({ rule: 'recalculation-conflict', sentences: [{ sentenceId }] });
    expect(await streamLength(sentenceId)).toBe(length);
  });

  it('given one sentence the law does not move (an extended sentence) and an unknown one, when sent with another, then 422 names both and nothing is recorded', async () => {
    const moved = await aSentence();
    const extended = await aSentence({ sentenceType: 'extended-determinate', lengthMonths: 96 });
    const unknown = randomUUID();
    const before = await streamLength(moved);
    const refused = await put(randomUUID(), {
      lawChange: 'sds40-2024',
      date: RECALCULATED_ON,
      sentences: [
        { sentenceId: moved, expectedReleaseDate: '2025-03-01' },
        { sentenceId: extended, expectedReleaseDate: '2025-03-01' },
        { sentenceId: unknown, expectedReleaseDate: '2025-03-01' },
      ],
    }).expect(422);
    expect(refused.body.rule).toBe('recalculation-refused');
    expect(refused.body.refusals.map((r: { sentenceId: string; rule: string }) => [r.sentenceId, r.rule])).toEqual([
      [extended, 'law-change-does-not-apply'],
      [unknown, 'sentence-not-found'],
    ]);
    expect(await streamLength(moved)).toBe(before);
  });

  it('refuses a bad request naming the field (400), a sentence listed twice (422), and a VLO (403)', async () => {
    const sentenceId = await aSentence();
    const bad = await put(randomUUID(), {
      lawChange: 'sds40-2024',
      date: RECALCULATED_ON,
      sentences: [{ sentenceId, expectedReleaseDate: '2025-02-30' }],
    }).expect(400);
    expect(JSON.stringify(bad.body.problems)).toContain('sentences.0.expectedReleaseDate');
    await put('not-a-uuid', { lawChange: 'sds40-2024', date: RECALCULATED_ON, sentences: [] }).expect(400);
    const twice = await put(randomUUID(), {
      lawChange: 'sds40-2024',
      date: RECALCULATED_ON,
      sentences: [
        { sentenceId, expectedReleaseDate: '2025-03-01' },
        { sentenceId, expectedReleaseDate: '2025-03-02' },
      ],
    }).expect(422);
    expect(twice.body.rule).toBe('sentence-listed-twice');
    await put(
      randomUUID(),
      {
        lawChange: 'sds40-2024',
        date: RECALCULATED_ON,
        sentences: [{ sentenceId, expectedReleaseDate: '2025-03-01' }],
      },
      vlo,
    ).expect(403);
  });

  it('given a recalculation, when a VLO asks who it affected, then they see the sentence and its victim; a VLO of another unit sees nothing', async () => {
    const sentenceId = await aSentence();
    const victimId = await aVictimOf(sentenceId);
    const recalculationId = randomUUID();
    await put(recalculationId, {
      lawChange: 'sds40-2024',
      date: RECALCULATED_ON,
      sentences: [{ sentenceId, expectedReleaseDate: '2025-03-01' }],
    }).expect(200);
    const view = await eventually(
      async () =>
        (
          await request(api.http)
            .get(`/release-law-changes/recalculations/${recalculationId}`)
            .set('Authorization', `Bearer ${vlo}`)
            .expect(200)
        ).body,
      (body) => body.sentences.length === 1 && body.sentences[0].victims.length === 1,
    );
    expect(view).toMatchObject({
      recalculationId,
      sentences: [
        {
          sentenceId,
          expectedReleaseDate: '2025-03-01',
          changedOn: RECALCULATED_ON,
          probationRegion: 'yorkshire-and-the-humber',
          victims: [{ victimId, status: expect.any(String) }],
        },
      ],
    });
    const elsewhere = await api.token('VLO', 'vlo-london', { units: ['london'] });
    const hidden = await request(api.http)
      .get(`/release-law-changes/recalculations/${recalculationId}`)
      .set('Authorization', `Bearer ${elsewhere}`)
      .expect(200);
    expect(hidden.body.sentences).toEqual([]);
  });
});
