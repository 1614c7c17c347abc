import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ApiHarness } from '@vcs/test-support';
import { aReferral, expectStatus, VICTIM, VictimsClient } from '../victims/testing/victim-fixtures';
import { useVictimsApi } from '../victims/testing/victims-api';

const VALIDATE_ONLY = { Prefer: 'handling=strict; return=validation' };

const preferences = (overrides: Record<string, unknown> = {}, personal: Record<string, unknown> = {}) => ({
  updatedOn: '2026-10-12',
  channels: ['letter'],
  stages: { choice: 'all-key-stages' },
  safetyCheckBeforeLetters: false,
  personal: { address: VICTIM.address, language: 'en', ...personal },
  ...overrides,
});

describe('validate-only commands (Prefer: return=validation)', () => {
  let api: ApiHarness;
  let vlo: VictimsClient;
  let manager: VictimsClient;
  let sentenceId: string;

  useVictimsApi((given) => ({ api, vlo, manager, sentenceId } = given));

  const path = (victimId: string) => `/victims/${victimId}/contact-preferences`;

  /** The validate-only call and then the real one, with the same body and headers, and the events after each. */
  async function bothWays(victimId: string, body: unknown, headers: Record<string, string> = {}, client = vlo) {
    const before = await vlo.events(victimId);
    const checked = await client.send('put', path(victimId), body, { ...headers, ...VALIDATE_ONLY });
    const afterCheck = await vlo.events(victimId);
    const real = await client.send('put', path(victimId), body, headers);
    return { before, checked, afterCheck, real };
  }

  it('answers 204 for a command that would be accepted, appending nothing; the real call then records it', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    const { before, checked, afterCheck, real } = await bothWays(victimId, preferences());

    expectStatus(checked, 204);
    expect(checked.text).toBe('');
    expect(checked.headers['preference-applied']).toBe('return=validation');
    expect(afterCheck).toHaveLength(before.length);
    expectStatus(real, 200);
    expect(await vlo.events(victimId)).toHaveLength(before.length + 1);
  });

  it('gives the same 400 as the real call for bad input, naming the field, and appends nothing', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    const { before, checked, afterCheck, real } = await bothWays(
      victimId,
      preferences({ channels: ['pigeon'] }, { address: { lines: [], postcode: 'LS6 2QR' } }),
    );

    expectStatus(checked, 400);
    expect(checked.body).toEqual(real.body);
    expect(checked.body.problems.map((p: { field: string }) => p.field)).toEqual(
      expect.arrayContaining(['channels', 'personal.address.lines']),
    );
    expect(afterCheck).toHaveLength(before.length);
    expect(await vlo.events(victimId)).toHaveLength(before.length);
  });

  it('gives the same 422 as the real call when a rule of the scheme refuses it, decided on the current record', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    const { before, checked, afterCheck, real } = await bothWays(
      victimId,
      preferences({}, { address: undefined, email: VICTIM.email }),
    );

    expectStatus(checked, 422);
    expect(checked.body).toEqual({
      statusCode: 422,
      error: 'Unprocessable Entity',
      rule: 'letter-needs-address',
      message: expect.any(String),
    });
    expect(checked.body).toEqual(real.body);
    expect(afterCheck).toHaveLength(before.length);
  });

  it('gives the same 409 as the real call for a stale If-Match', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    expectStatus(await vlo.send('put', path(victimId), preferences()), 200);
    const { checked, real } = await bothWays(victimId, preferences(), { 'If-Match': '"0"' });

    expectStatus(checked, 409);
    expect(checked.body).toEqual(real.body);
  });

  it('keeps the role and unit checks: 403 for a partner, 404 for a VLO of another unit, as the real call', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    const partner = await VictimsClient.as(api, 'PAROLE_BOARD', 'parole-1');
    const asPartner = await bothWays(victimId, preferences(), {}, partner);
    expectStatus(asPartner.checked, 403);
    expect(asPartner.checked.body).toEqual(asPartner.real.body);

    const outsider = await api.token('VLO', 'vlo-london', { units: ['london'] });
    const answers = await Promise.all(
      [VALIDATE_ONLY, {}].map((headers) =>
        request(api.http)
          .put(path(victimId))
          .set('Authorization', `Bearer ${outsider}`)
          .set(headers)
          .send(preferences()),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual([404, 404]);
    expect(answers[0].body).toEqual(answers[1].body);
    expect(await vlo.events(victimId)).toHaveLength(1);
  });

  it('cannot probe another unit: validate-only answers an out-of-scope victim exactly as one that does not exist, and is recorded as the real call', async () => {
    const victimId = await vlo.referVictim(sentenceId);
    const nobody = randomUUID();
    const userId = `vlo-probe-${randomUUID()}`;
    const outsider = await api.token('VLO', userId, { units: ['london'] });
    const attempts = [
      { id: victimId, validateOnly: true },
      { id: nobody, validateOnly: true },
      { id: victimId, validateOnly: false },
      { id: nobody, validateOnly: false },
    ].map((attempt) => ({ ...attempt, requestId: randomUUID() }));
    const answers = [];
    for (const { id, validateOnly, requestId } of attempts)
      answers.push(
        await request(api.http)
          .put(path(id))
          .set('Authorization', `Bearer ${outsider}`)
          .set('X-Request-Id', requestId)
          .set(validateOnly ? VALIDATE_ONLY : {})
          .send(preferences()),
      );

    // 404 every time, with the same body but for the id asked about (which it repeats), and nothing appended.
    expect(answers.map((answer) => answer.status)).toEqual([404, 404, 404, 404]);
    const bodies = answers.map((answer, i) =>
      JSON.parse(JSON.stringify(answer.body).split(attempts[i].id).join('<id>')),
    );
    for (const body of bodies) expect(body).toEqual(bodies[0]);
    expect(bodies[0]).toMatchObject({ statusCode: 404, rule: 'victim-not-found' });
    for (const answer of answers) expect(answer.headers['preference-applied']).toBeUndefined();
    expect(await vlo.events(victimId)).toHaveLength(1);

    // Recorded as the real attempt is: the same access-log line, and the same access-audit row (a refused call,
    // `victim-not-reached`, naming the id tried: docs/privacy.md §3).
    const audited: { request_id: string; action: string; status: number; reason: string; victim: string | null }[] =
      await api.app
        .get(DataSource)
        .query(
          'SELECT request_id, action, status, refusal_reason AS reason, victim_ids[1]::text AS victim FROM access_audit WHERE user_id = $1',
          [userId],
        );
    const recorded = ({ id, requestId }: (typeof attempts)[number]) => ({
      audit: audited
        .filter((row) => row.request_id === requestId)
        .map(({ action, status, reason, victim }) => ({
          action,
          status,
          reason,
          victim: victim === id ? '<id>' : victim,
        })),
      logged: api.logLines
        .filter((line) => line.includes(requestId) && line.includes('"msg":"request"'))
        .map((line) => {
          const { method, path: route, status } = JSON.parse(line) as Record<string, unknown>;
          return { method, route, status };
        }),
    });
    const [checkedOutOfScope, checkedNobody, realOutOfScope, realNobody] = attempts.map(recorded);
    expect(checkedOutOfScope.logged).toEqual([
      { method: 'PUT', route: '/victims/:victimId/contact-preferences', status: 404 },
    ]);
    expect(checkedOutOfScope.audit).toEqual([
      { action: 'refused call', status: 404, reason: 'victim-not-reached', victim: '<id>' },
    ]);
    for (const each of [checkedNobody, realOutOfScope, realNobody]) expect(each).toEqual(checkedOutOfScope);
  });

  it('checks a creating command without creating the record', async () => {
    const victimId = randomUUID();
    const checked = await vlo.send('post', '/victims', aReferral(sentenceId, { victimId }), VALIDATE_ONLY);

    expectStatus(checked, 204);
    expect(await vlo.events(victimId)).toEqual([]);
  });

  it('refuses the preference on a route that does not offer it rather than ignoring it', async () => {
    const response = await manager.send(
      'put',
      `/release-law-changes/recalculations/${randomUUID()}`,
      { change: 'sds40', changedOn: '2026-10-01', sentences: [] },
      VALIDATE_ONLY,
    );

    expectStatus(response, 400);
    expect(response.body.problems).toEqual([
      expect.objectContaining({ field: 'Prefer', rule: 'validate-only-not-offered' }),
    ]);
  });

  it('writes the validate-only call to the access log like any call', () => {
    expect(api.logLines.some((line) => line.includes('"status":204') && line.includes('contact-preferences'))).toBe(
      true,
    );
  });
});
