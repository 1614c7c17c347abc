import { randomUUID } from 'node:crypto';
import { Role } from '@vcs/security';
import { ApiHarness, startApi } from '@vcs/test-support';
import request from 'supertest';
import { DataSource } from 'typeorm';

const VICTIM = {
  fullName: 'Winifred Keydates-Testcase',
  address: { lines: ['8 Linden Close', 'Wakefield'], postcode: 'WF1 2AB' },
  email: 'winifred.keydates@example.org',
};

describe('GET /partner-sentences: a partner finds a sentence by its case reference and reads its key dates', () => {
  let api: ApiHarness;
  let tokens: Record<Role, string>;
  let position: string;
  const sentenceId = randomUUID();
  const victimId = randomUUID();
  const reference = `K${Math.floor(100000 + Math.random() * 899999)}`;

  const vloSends = async (path: string, body: object) => {
    const response = await request(api.http).post(path).set('Authorization', `Bearer ${tokens.VLO}`).send(body);
    expect(response.status).toBe(201);
    position = response.body.position;
  };
  const partner = (role: Role, path: string, purpose?: string) => {
    const call = request(api.http).get(path).set('Authorization', `Bearer ${tokens[role]}`);
    return purpose ? call.set('X-Purpose', purpose) : call;
  };

  beforeAll(async () => {
    api = await startApi();
    api.startProjectors();
    const roles: Role[] = ['VLO', 'PAROLE_BOARD', 'MAPPA_PARTNER', 'ADMIN'];
    tokens = Object.fromEntries(
      await Promise.all(roles.map(async (role) => [role, await api.token(role, `${role.toLowerCase()}-1`)])),
    ) as Record<Role, string>;
    await vloSends('/sentences', {
      sentenceId,
      reference,
      offenceCategory: 'specified-violent',
      offenceCausedDeath: false,
      sentenceType: 'extended-determinate',
      lengthMonths: 96,
      sentencingCourt: 'Leeds Crown Court',
      sentenceDate: '2025-01-15',
      probationRegion: 'yorkshire-and-the-humber',
    });
    await vloSends('/victims', {
      victimId,
      sentenceId,
      referredFor: 'vcs',
      source: 'witness-care-unit',
      circumstance: 'adult-victim',
      receivedOn: '2025-01-20',
      personal: VICTIM,
    });
    await vloSends(`/sentences/${sentenceId}/milestones`, {
      kind: 'parole-hearing-listed',
      date: '2025-03-01',
      detail: { hearingDate: '2030-06-01', hearingType: 'oral' },
    });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('answers the sentence with its hearing and expected dates, and no victim at all', async () => {
    const response = await partner(
      'PAROLE_BOARD',
      `/partner-sentences?reference=${reference}&minPosition=${position}`,
      'parole review: PB-2026-0113',
    );
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ sentenceId, reference, sentenceType: 'extended-determinate' });
    expect(response.body.milestones).toEqual([
      expect.objectContaining({ kind: 'parole-hearing-listed', date: '2025-03-01', detail: expect.anything() }),
    ]);
    expect(response.body.expected).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'parole-hearing', date: '2030-06-01' })]),
    );
    const text = JSON.stringify(response.body);
    expect(text).not.toContain(victimId);
    for (const value of [VICTIM.fullName, ...VICTIM.address.lines, VICTIM.address.postcode, VICTIM.email])
      expect(text).not.toContain(value);
    expect(Object.keys(response.body)).not.toContain('victims');

    const byId = await partner('MAPPA_PARTNER', `/partner-sentences/${sentenceId}`, 'MAPPA meeting: M-2026-04');
    expect(byId.status).toBe(200);
    expect(byId.body).toEqual(response.body);
  });

  it('audits each look-up with its purpose, and refuses one without a purpose (audited too)', async () => {
    expect((await partner('PAROLE_BOARD', `/partner-sentences?reference=${reference}`)).status).toBe(400);
    const rows: { action: string; role: string; purpose: string | null; status: number }[] = await api.app
      .get(DataSource)
      .query(
        `SELECT action, role, purpose, status FROM access_audit WHERE user_id IN ('parole_board-1', 'mappa_partner-1')
         ORDER BY occurred_at, id`,
      );
    expect(rows).toEqual([
      {
        action: 'find sentence by reference',
        role: 'PAROLE_BOARD',
        purpose: 'parole review: PB-2026-0113',
        status: 200,
      },
      { action: 'read sentence key dates', role: 'MAPPA_PARTNER', purpose: 'MAPPA meeting: M-2026-04', status: 200 },
      expect.objectContaining({ role: 'PAROLE_BOARD', status: 400 }),
    ]);
  });

  it('answers 404 for an unknown reference, 400 naming the field for a malformed one, 403 for other roles', async () => {
    const unknown = await partner('PAROLE_BOARD', '/partner-sentences?reference=Z000000', 'parole review');
    expect(unknown.status).toBe(404);
    const malformed = await partner('PAROLE_BOARD', '/partner-sentences?reference=jane', 'parole review');
    expect(malformed.status).toBe(400);
    expect(malformed.body.problems.map((p: { field: string }) => p.field)).toEqual(['reference']);
    expect(JSON.stringify(malformed.body)).not.toContain('jane');
    for (const role of ['VLO', 'ADMIN'] as Role[])
      expect((await partner(role, `/partner-sentences?reference=${reference}`, 'audit review')).status).toBe(403);
  });

  it('refuses a partner an administrator’s purpose (400 naming X-Purpose and what they may give), audited, showing nothing', async () => {
    for (const purpose of ['subject access: SAR-1', 'erasure request', 'retention review RR-1', 'data quality']) {
      const refused = await partner('PAROLE_BOARD', `/partner-sentences?reference=${reference}`, purpose);
      expect(refused.status).toBe(400);
      expect(refused.body.problems).toEqual([
        expect.objectContaining({ field: 'X-Purpose', message: expect.stringContaining('parole review') }),
      ]);
      expect(JSON.stringify(refused.body)).not.toContain(sentenceId);
    }
    const reasons: { refusal_reason: string }[] = await api.app
      .get(DataSource)
      .query(
        `SELECT refusal_reason FROM access_audit WHERE user_id = 'parole_board-1' AND status = 400 AND purpose LIKE 'subject access%'`,
      );
    expect(reasons).toEqual([{ refusal_reason: 'purpose-not-for-role' }]);
  });
});
