import { randomUUID } from 'node:crypto';
import { ApiHarness, startApi } from '@vcs/test-support';
import request from 'supertest';
import { DataSource } from 'typeorm';

/** Positions are numbers: a query that sorted their text form would put 100 before 99 (found by bench/read-side). */
describe('GET /victims/:victimId/timeline order', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi();
  });

  afterAll(async () => {
    await api.close();
  });

  it('orders entries by position as numbers, across a change in the number of digits', async () => {
    const victimId = randomUUID();
    const dataSource = api.app.get(DataSource);
    for (const [commit, summary] of [
      [100, 'second'],
      [99, 'first'],
      [1000, 'third'],
    ] as const) {
      await dataSource.query(
        `INSERT INTO case_timeline_entry (victim_id, commit_position, prepare_position, event_id, event_type, stream_id, stream_revision,
           occurred_at, actor_user_id, actor_role, summary)
         VALUES ($1, $2, 1, $3, 'ContactRecorded', $4, 0, now(), 'vlo-1', 'VLO', $5)`,
        [victimId, commit, randomUUID(), `victim-${victimId}`, summary],
      );
    }
    // The case is held by a unit the test token works in (a timeline answers only for the caller's victims).
    await dataSource.query(
      "INSERT INTO case_units (victim_id, unit, referral_sentence_id) VALUES ($1, 'london', 's-1')",
      [victimId],
    );
    const vlo = await api.token('VLO');

    const ascending = await request(api.http)
      .get(`/victims/${victimId}/timeline`)
      .set('Authorization', `Bearer ${vlo}`)
      .expect(200);
    const descending = await request(api.http)
      .get(`/victims/${victimId}/timeline?order=desc`)
      .set('Authorization', `Bearer ${vlo}`)
      .expect(200);

    expect(ascending.body.items.map((item: { what: string }) => item.what)).toEqual(['first', 'second', 'third']);
    expect(descending.body.items.map((item: { what: string }) => item.what)).toEqual(['third', 'second', 'first']);
  });
});
