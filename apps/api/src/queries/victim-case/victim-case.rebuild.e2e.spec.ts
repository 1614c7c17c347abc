import { EVENT_STORE, EventStore } from '@vcs/event-store';
import { allProjections, Projection } from '@vcs/read-models';
import { eraseVictimPersonalData, VictimDataKeyStore } from '@vcs/security';
import { ApiHarness, startApi } from '@vcs/test-support';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { rebuildProjection } from '../../../../worker/src/projector/rebuild';
import { aFullCase, CaseWriter, PERSONAL_VALUES } from './testing/victim-case-scenario';

/** Every row of the projection's tables, in a stable order, as text (so jsonb and dates compare exactly). */
async function snapshot(dataSource: DataSource, projection: Projection): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const table of projection.tables) {
    tables[table] = await dataSource.query(
      `SELECT row_to_json(t)::text AS row FROM ${table} t ORDER BY row_to_json(t)::text`,
    );
  }
  return tables;
}

describe('victim case read models: rebuild and erasure', () => {
  let api: ApiHarness;
  let writer: CaseWriter;
  let dataSource: DataSource;
  let store: EventStore;
  let projections: Projection[];
  let victimId: string;
  let laterVictimId: string;

  const rebuild = (projection: Projection) => rebuildProjection(dataSource, store, projection, { batchSize: 7 });

  beforeAll(async () => {
    api = await startApi();
    api.startProjectors();
    dataSource = api.app.get(DataSource);
    store = api.app.get<EventStore>(EVENT_STORE);
    projections = allProjections({
      pseudonymKey: 'not-used-by-these-projections',
      dataKeys: api.app.get(VictimDataKeyStore),
    }).filter((p) => p.name === 'victim-case-view' || p.name === 'case-timeline');
    expect(projections.map((p) => p.name).sort()).toEqual(['case-timeline', 'victim-case-view']);
    writer = await CaseWriter.as(api);
    const first = await aFullCase(writer);
    victimId = first.victimId;
    const second = await aFullCase(writer);
    laterVictimId = await writer.refer(second.sentenceId, { receivedOn: '2026-10-07' });
    await writer.link(laterVictimId, first.sentenceId, '2026-11-04');
    await writer.send('post', `/victims/${victimId}/withdrawal`, {
      withdrewOn: '2026-11-05',
      personal: { reason: 'Moving away from Leeds' },
    });
    await writer.send('post', `/victims/${victimId}/rejoining`, {
      rejoinedOn: '2026-11-06',
      victimLiaisonOfficerId: 'vlo-9',
    });
    await writer.milestone(first.sentenceId, {
      kind: 'parole-decision',
      date: '2026-11-10',
      detail: { outcome: 'no-release', nextReviewDate: '2027-11-10' },
    });
    await waitUntilCaughtUp();
  });

  afterAll(async () => {
    await api.close();
  });

  /** Reads through both projections with the last position, so the live projector has applied everything. */
  async function waitUntilCaughtUp(): Promise<void> {
    const token = writer.token;
    await request(api.http)
      .get(`/victims/${victimId}?minPosition=${writer.position}`)
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    await request(api.http)
      .get(`/victims/${victimId}/timeline?minPosition=${writer.position}`)
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
  }

  it('rebuilds exactly the rows the live projector built', async () => {
    for (const projection of projections) {
      const live = await snapshot(dataSource, projection);
      expect(Object.values(live).every((rows) => rows.length > 0)).toBe(true);
      await rebuild(projection);
      expect({ projection: projection.name, tables: await snapshot(dataSource, projection) }).toEqual({
        projection: projection.name,
        tables: live,
      });
    }
  });

  it('after the victim is erased and the read models rebuilt, the case view holds no personal data and the timeline still reads the same', async () => {
    const vlo = writer.token;
    const timelineBefore = (
      await request(api.http)
        .get(`/victims/${victimId}/timeline?pageSize=100`)
        .set('Authorization', `Bearer ${vlo}`)
        .expect(200)
    ).body;
    const viewBefore = (
      await request(api.http).get(`/victims/${victimId}`).set('Authorization', `Bearer ${vlo}`).expect(200)
    ).body;
    expect(viewBefore.contactDetails.fullName).toBeTruthy();

    await eraseVictimPersonalData(api.app.get(VictimDataKeyStore), victimId, 'admin-1', 'erasure request ER-1');
    for (const projection of projections) await rebuild(projection);

    const view = (await request(api.http).get(`/victims/${victimId}`).set('Authorization', `Bearer ${vlo}`).expect(200))
      .body;
    expect(view).toMatchObject({
      personalDataErased: true,
      contactDetails: null,
      status: 'rejoined',
      scheme: 'vcs-statutory',
      victimLiaisonOfficerId: 'vlo-9',
      counts: { contacts: 1, representations: 0 },
      lastContact: { method: 'phone', result: 'contact-made' },
      contactPreferences: { channels: ['letter', 'phone'], communication: null },
    });
    expect(view.actingPersons).toEqual([expect.objectContaining({ role: 'family-member', personal: null })]);
    const text = JSON.stringify(view);
    for (const value of PERSONAL_VALUES)
      expect({ value, present: text.includes(value) }).toEqual({ value, present: false });
    const rows: { row: string }[] = await dataSource.query(
      'SELECT row_to_json(v)::text AS row FROM victim_case_view v WHERE victim_id = $1',
      [victimId],
    );
    for (const value of PERSONAL_VALUES) expect(rows[0].row.includes(value)).toBe(false);

    const timeline = (
      await request(api.http)
        .get(`/victims/${victimId}/timeline?pageSize=100`)
        .set('Authorization', `Bearer ${vlo}`)
        .expect(200)
    ).body;
    expect(timeline).toEqual(timelineBefore);
    expect(timeline.items.map((i: { what: string }) => i.what)).toContain(
      'Withdrew from the scheme on 5 November 2026',
    );

    // The other victims keep their details.
    const other = (
      await request(api.http).get(`/victims/${laterVictimId}`).set('Authorization', `Bearer ${vlo}`).expect(200)
    ).body;
    expect(other).toMatchObject({ personalDataErased: false, contactDetails: { fullName: expect.any(String) } });
  });

  it('still rebuilds identically after the erasure, with the live projector going on', async () => {
    await writer.milestone((await writer.sentence()).sentenceId, {
      kind: 'parole-eligibility',
      date: '2026-11-12',
      detail: { paroleEligibilityDate: '2029-01-01' },
    });
    await waitUntilCaughtUp();
    for (const projection of projections) {
      await rebuild(projection);
      const first = await snapshot(dataSource, projection);
      await rebuild(projection);
      expect(await snapshot(dataSource, projection)).toEqual(first);
    }
  });
});
