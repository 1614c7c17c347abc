import { randomUUID } from 'node:crypto';
import { ApiHarness, startApi } from '@vcs/test-support';
import request, { Response } from 'supertest';
import { DataSource } from 'typeorm';
import { aReferral, aSentence, anEnrolment } from '../victims/testing/victim-fixtures';

// Names of staff beside their ids in the read answers the pages use (case, timeline, letters, team figures, tasks,
// grants), from the staff directory their sign-ins keep, and only where the id itself is already shown to the caller.

const LONDON_VLO = { userId: 'vlo-london', name: 'Alex Morgan', units: ['london'] };
const LONDON_MANAGER = { userId: 'manager-london', name: 'Jordan Blake', units: ['london'] };
const LONDON_MANAGER_2 = { userId: 'manager-london-2', name: 'Kim Lee', units: ['london'] };
const WALES_VLO = { userId: 'vlo-wales', name: 'Rhian Evans', units: ['wales'] };
const WALES_MANAGER = { userId: 'manager-wales', name: 'Owain Price', units: ['wales'] };
/** An officer who signed in once and has since left the directory. */
const GONE_VLO = { userId: 'vlo-gone', name: 'Pat Gone', units: ['london'] };
const WALES_NAMES = /Rhian Evans|Owain Price/;

describe('staff names in the read answers', () => {
  let api: ApiHarness;
  const tokens: Record<string, string> = {};
  let position = '';
  const ids = { londonVictim: randomUUID(), goneVictim: randomUUID(), walesVictim: randomUUID(), letterId: '' };

  const call = async (who: string, method: 'get' | 'post' | 'put', path: string, body?: object): Promise<Response> => {
    const separator = path.includes('?') ? '&' : '?';
    const url =
      method === 'get' && position && !path.startsWith('/staff/') ? `${path}${separator}minPosition=${position}` : path;
    const response = await request(api.http)
      [method](url)
      .set('Authorization', `Bearer ${tokens[who]}`)
      .set('Idempotency-Key', randomUUID())
      .send(body);
    if (method !== 'get' && response.status !== 200 && response.status !== 201)
      throw new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
    if (typeof response.body?.position === 'string') position = response.body.position;
    return response;
  };
  const read = async (who: string, path: string) => {
    const response = await call(who, 'get', path);
    if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`);
    return response.body;
  };
  const refer = async (who: string, victimId: string, region: string, extra: object = {}) => {
    const sentenceId = randomUUID();
    await call(who, 'post', '/sentences', aSentence({ sentenceId, probationRegion: region }));
    await call(who, 'post', '/victims', aReferral(sentenceId, { victimId, ...extra }));
    return sentenceId;
  };

  beforeAll(async () => {
    api = await startApi();
    api.startProjectors();
    for (const person of [LONDON_VLO, WALES_VLO, GONE_VLO])
      tokens[person.userId] = await api.token('VLO', person.userId, person);
    for (const person of [LONDON_MANAGER, LONDON_MANAGER_2, WALES_MANAGER])
      tokens[person.userId] = await api.token('VLO_MANAGER', person.userId, person);
    // Each is noted in the directory, with their name, when they call the API.
    for (const who of Object.keys(tokens)) await read(who, '/caseload/summary');

    // London: the VLO's own case, a contact and a letter drafted by them and approved by their manager.
    const londonSentence = await refer('vlo-london', ids.londonVictim, 'london');
    await call('vlo-london', 'post', `/victims/${ids.londonVictim}/enrolment`, {
      ...anEnrolment(londonSentence),
      victimLiaisonOfficerId: 'vlo-london',
    });
    await call('vlo-london', 'put', `/victims/${ids.londonVictim}/contact-preferences`, {
      updatedOn: '2026-10-10',
      channels: ['letter'],
      stages: { choice: 'all-key-stages' },
      safetyCheckBeforeLetters: false,
      personal: { address: { lines: ['12 Acacia Avenue', 'London'], postcode: 'SE1 7PB' }, language: 'en' },
    });
    await call('vlo-london', 'post', `/sentences/${londonSentence}/milestones`, {
      kind: 'release-on-licence',
      date: '2026-11-02',
      detail: {},
    });
    await call('vlo-london', 'post', `/sentences/${londonSentence}/milestones`, {
      kind: 'licence-conditions-set',
      date: '2026-11-02',
      detail: { conditions: ['non-contact'], conditionsEndDate: '2029-06-01', protectsVictimIds: [] },
    });
    const drafted = await call('vlo-london', 'post', `/victims/${ids.londonVictim}/letters`, {
      stage: 'licence-conditions-set',
      signature: { name: 'Alex Morgan', phone: '020 7946 0000' },
    });
    ids.letterId = drafted.body.letterId as string;
    await call('vlo-london', 'post', `/victims/${ids.londonVictim}/letters/${ids.letterId}/submission`);
    await call('manager-london', 'post', `/victims/${ids.londonVictim}/letters/${ids.letterId}/approval`);

    // A London case whose officer then leaves the directory.
    const goneSentence = await refer('manager-london', ids.goneVictim, 'london', { leaveUnallocated: true });
    await call('manager-london', 'post', `/victims/${ids.goneVictim}/enrolment`, {
      ...anEnrolment(goneSentence),
      victimLiaisonOfficerId: 'vlo-gone',
    });
    await api.app.get(DataSource).query(`DELETE FROM staff_directory WHERE user_id = 'vlo-gone'`);

    // Wales: its own officer's case, opened for a day to the London VLO by the Wales manager.
    await refer('vlo-wales', ids.walesVictim, 'wales');
    await call('manager-wales', 'post', `/victims/${ids.walesVictim}/access-grants`, {
      grantId: randomUUID(),
      granteeUserId: 'vlo-london',
      granteeUnit: 'london',
      reason: 'victim-moved',
      hours: 24,
    });
  });

  afterAll(async () => {
    await api.close();
  });

  it("names the case's officer, and each member of staff on its timeline", async () => {
    const view = await read('manager-london-2', `/victims/${ids.londonVictim}`);
    expect(view).toMatchObject({ victimLiaisonOfficerId: 'vlo-london', victimLiaisonOfficerName: 'Alex Morgan' });
    const timeline = await read('manager-london-2', `/victims/${ids.londonVictim}/timeline?pageSize=100`);
    const who = (timeline.items as { who: { userId: string; name: string | null } }[]).map((item) => item.who);
    expect(who).toEqual(expect.arrayContaining([{ userId: 'vlo-london', role: 'VLO', name: 'Alex Morgan' }]));
    expect(who).toEqual(
      expect.arrayContaining([{ userId: 'manager-london', role: 'VLO_MANAGER', name: 'Jordan Blake' }]),
    );
    expect(who.filter((actor) => actor.userId.startsWith('vlo-london')).every((a) => a.name === 'Alex Morgan')).toBe(
      true,
    );
    // The lines themselves name the people they mention, never by id.
    const what = (timeline.items as { what: string }[]).map((item) => item.what).join('\n');
    expect(what).toContain('victim liaison officer: Alex Morgan');
    expect(what).toMatch(/Letter approved by Jordan Blake on /);
    expect(what).not.toMatch(/vlo-london|manager-london|\[\[staff:/);
    const gone = await read('manager-london', `/victims/${ids.goneVictim}/timeline?pageSize=100`);
    expect((gone.items as { what: string }[]).map((item) => item.what).join('\n')).toContain(
      'victim liaison officer: someone whose name is not known',
    );
  });

  it("names who drafted, sent for approval and approved a letter, in the letter and the case's letters", async () => {
    const letter = await read('manager-london-2', `/victims/${ids.londonVictim}/letters/${ids.letterId}`);
    expect(letter.drafted).toMatchObject({ by: 'vlo-london', name: 'Alex Morgan' });
    expect(letter.submitted).toMatchObject({ by: 'vlo-london', name: 'Alex Morgan' });
    expect(letter.approved).toMatchObject({ by: 'manager-london', name: 'Jordan Blake' });
    const list = await read('manager-london-2', `/victims/${ids.londonVictim}/letters`);
    expect(list.items[0].drafted).toMatchObject({ by: 'vlo-london', name: 'Alex Morgan' });
  });

  it("names each officer in the team's figures and tasks", async () => {
    const summary = await read('manager-london', '/caseload/summary?groupBy=vlo');
    expect(summary.rows).toEqual(
      expect.arrayContaining([expect.objectContaining({ vloId: 'vlo-london', vloName: 'Alex Morgan' })]),
    );
    const tasks = await read('manager-london', '/caseload/tasks?status=open&pageSize=100');
    const named = (tasks.items as { vloId: string | null; vloName: string | null }[]).filter((t) => t.vloId);
    expect(named.length).toBeGreaterThan(0);
    for (const task of named) expect(task.vloName).toBe(task.vloId === 'vlo-london' ? 'Alex Morgan' : null);
  });

  it('gives no name, never a guess, for an officer no longer in the directory', async () => {
    const view = await read('manager-london', `/victims/${ids.goneVictim}`);
    expect(view).toMatchObject({ victimLiaisonOfficerId: 'vlo-gone', victimLiaisonOfficerName: null });
    const summary = await read('manager-london', '/caseload/summary?groupBy=vlo');
    expect(summary.rows).toEqual(
      expect.arrayContaining([expect.objectContaining({ vloId: 'vlo-gone', vloName: null })]),
    );
  });

  it("never shows another unit's staff names to London: not in its figures, lists, grants or cases", async () => {
    const answers = await Promise.all(
      [
        '/caseload/summary?groupBy=vlo',
        '/caseload/tasks?pageSize=100',
        '/victims?pageSize=100',
        '/access-grants',
        `/victims/${ids.londonVictim}`,
        `/victims/${ids.londonVictim}/timeline?pageSize=100`,
        `/victims/${ids.londonVictim}/letters`,
        '/letters/review-queue',
        '/staff/officers?unit=london',
      ].map((path) => read('manager-london', path)),
    );
    for (const answer of answers) expect(JSON.stringify(answer)).not.toMatch(WALES_NAMES);
    expect((await call('manager-london', 'get', `/victims/${ids.walesVictim}`)).status).toBe(404);
    expect((await call('manager-london', 'get', `/victims/${ids.walesVictim}/timeline`)).status).toBe(404);
  });

  it("names a grant's grantee to both units, and the granting manager only to the case's own unit", async () => {
    const london = await read('manager-london', '/access-grants');
    expect(london.items).toEqual([
      expect.objectContaining({ granteeUserId: 'vlo-london', granteeName: 'Alex Morgan', grantedBy: 'manager-wales' }),
    ]);
    expect(london.items[0].grantedByName).toBeNull();
    const wales = await read('manager-wales', '/access-grants');
    expect(wales.items).toEqual([
      expect.objectContaining({ granteeName: 'Alex Morgan', grantedByName: 'Owain Price' }),
    ]);
  });

  it("lists a unit's officers by name to its manager", async () => {
    const officers = await read('manager-london', '/staff/officers?unit=london');
    expect(officers.items).toEqual([{ userId: 'vlo-london', name: 'Alex Morgan', units: ['london'] }]);
  });

  it('keeps the name when a later token gives none (another client of the API, a test tool)', async () => {
    tokens.nameless = await api.token('VLO', 'vlo-london', { units: ['london'] });
    await read('nameless', '/caseload/summary');
    const officers = await read('manager-london', '/staff/officers?unit=london');
    expect(officers.items).toEqual([{ userId: 'vlo-london', name: 'Alex Morgan', units: ['london'] }]);
  });
});
