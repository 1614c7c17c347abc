import { randomUUID } from 'node:crypto';
import { Role } from '@vcs/security';
import { ApiHarness, startApi } from '@vcs/test-support';
import request, { Response } from 'supertest';
import { aReferral, aSentence, anEnrolment } from '../../apps/api/src/victims/testing/victim-fixtures';
import { routeInventory } from './route-inventory';

/**
 * Sentences by unit (docs/privacy.md "Units"): a VLO or manager reaches a sentence of their units' probation regions,
 * or one linked to a victim they reach; anything else answers 404 exactly as an unknown sentence, reads and commands
 * alike. On a sentence they reach, a victim held by another unit is not in the answer at all: not in the victims
 * list, not in a meeting, not in a representation, not named by licence conditions.
 */
const YORKSHIRE = 'yorkshire-and-the-humber';
const LONDON = 'london';
const WALES = 'wales';
const PEOPLE_ROLES: readonly Role[] = ['VLO', 'VLO_MANAGER'];

describe('unit scope: sentences', () => {
  let api: ApiHarness;
  const as = (role: Role, userId: string, units: readonly string[]) => api.token(role, userId, { units });
  const send = (token: string, method: string, path: string, body: object = {}) =>
    request(api.http)
      [method.toLowerCase() as 'get'](path)
      .set('Authorization', `Bearer ${token}`)
      .set('X-Purpose', 'safeguarding: unit scope test')
      .send(body);
  const ok = (response: Response, status = 201) => {
    if (response.status !== status)
      throw new Error(`expected ${status}, got ${response.status}: ${JSON.stringify(response.body)}`);
    return response;
  };

  let yorkshireVlo: string;
  let londonVlo: string;
  let yorkshireManager: string;
  /** A Yorkshire sentence with a Yorkshire victim and a victim whose case was transferred to London. */
  let shared: string;
  let stayed: string;
  let moved: string;
  /** A Yorkshire sentence with Yorkshire victims only. */
  let yorkshireOnly: string;
  let yorkshireOnlyVictim: string;
  let londonSentence: string;
  let position: string;

  const ids = (items: { victimId?: string }[]) => items.map((item) => item.victimId).sort();

  async function recordSentence(token: string, region: string, reference: string): Promise<string> {
    const sentenceId = randomUUID();
    // Extended determinate: parole milestones apply.
    const sentence = aSentence({
      probationRegion: region,
      reference,
      sentenceType: 'extended-determinate',
      lengthMonths: 96,
    });
    ok(await send(token, 'POST', '/sentences', { sentenceId, ...sentence }));
    return sentenceId;
  }

  async function referVictim(token: string, sentenceId: string): Promise<string> {
    const victimId = randomUUID();
    ok(await send(token, 'POST', '/victims', { victimId, ...aReferral(sentenceId) }));
    position = ok(await send(token, 'POST', `/victims/${victimId}/enrolment`, anEnrolment(sentenceId))).body.position;
    return victimId;
  }

  beforeAll(async () => {
    api = await startApi();
    api.startProjectors();
    yorkshireVlo = await as('VLO', 'vlo-yorkshire', [YORKSHIRE]);
    londonVlo = await as('VLO', 'vlo-london', [LONDON]);
    yorkshireManager = await as('VLO_MANAGER', 'manager-yorkshire', [YORKSHIRE]);
    shared = await recordSentence(yorkshireVlo, YORKSHIRE, 'S100001');
    stayed = await referVictim(yorkshireVlo, shared);
    moved = await referVictim(yorkshireVlo, shared);
    yorkshireOnly = await recordSentence(yorkshireVlo, YORKSHIRE, 'S100002');
    yorkshireOnlyVictim = await referVictim(yorkshireVlo, yorkshireOnly);
    londonSentence = await recordSentence(londonVlo, LONDON, 'S100003');
    // A meeting and licence conditions about both victims of the shared sentence, and a VPS from each, while both are Yorkshire's.
    ok(
      await send(yorkshireVlo, 'POST', `/sentences/${shared}/inter-agency-meetings`, {
        kind: 'mappa',
        mappa: { category: 2, level: 2 },
        heldOn: '2026-11-04',
        agenciesPresent: ['probation', 'police', 'victim-liaison-unit'],
        victimsConsidered: [
          { victimId: stayed, viewsPresented: true, outcome: 'licence-conditions-recommended' },
          { victimId: moved, viewsPresented: false, outcome: 'no-change' },
        ],
        personal: { [stayed]: { notes: 'Stayed in Leeds' }, [moved]: { notes: 'Moved to Camden' } },
      }),
    );
    ok(
      await send(yorkshireVlo, 'POST', `/sentences/${shared}/milestones`, {
        milestoneId: randomUUID(),
        kind: 'licence-conditions-set',
        date: '2026-11-01',
        detail: {
          conditions: ['non-contact'],
          conditionsEndDate: '2029-01-15',
          protectsVictimIds: [stayed, moved],
        },
      }),
    );
    for (const victimId of [stayed, moved]) {
      position = ok(
        await send(yorkshireVlo, 'POST', `/victims/${victimId}/representations`, {
          sentenceId: shared,
          kind: 'victim-personal-statement',
          submittedOn: '2026-11-10',
          sentTo: ['parole-board'],
          vpsPresentation: 'written-only',
          personal: { statementText: 'What happened changed my life.' },
        }),
      ).body.position;
    }
    // Then the second victim's case moves to London, with everything recorded about her so far.
    position = ok(
      await send(yorkshireManager, 'POST', `/victims/${moved}/transfer`, {
        toUnit: LONDON,
        reason: 'victim-moved',
        transferredOn: '2026-10-12',
      }),
      200,
    ).body.position;
    ok(await send(yorkshireVlo, 'GET', `/sentences/${shared}?minPosition=${position}`), 200);
    ok(await send(yorkshireVlo, 'GET', `/sentences/${shared}/representations?minPosition=${position}`), 200);
    ok(await send(yorkshireVlo, 'GET', `/sentences/${shared}/inter-agency-meetings?minPosition=${position}`), 200);
  });

  afterAll(async () => {
    await api.close();
  });

  it('answers a sentence out of reach exactly as an unknown sentence on every sentence route, for every role admitted', async () => {
    const routes = routeInventory(api.app).filter((route) => route.path.includes(':sentenceId'));
    expect(routes.length).toBeGreaterThanOrEqual(5);
    const differences: string[] = [];
    const unknown = randomUUID();
    for (const route of routes) {
      for (const role of PEOPLE_ROLES.filter((r) => route.roles.includes(r))) {
        const outsider = await as(role, `${role.toLowerCase()}-london`, [LONDON]);
        const path = (sentenceId: string) =>
          route.path.replace(':sentenceId', sentenceId).replace(/:[A-Za-z]+/g, '7d3f8a52-95f1-4c2e-8a1b-2f0c9d4e6b71');
        // A valid body where the route takes one, so that only reach decides the answer.
        const body = route.path.endsWith('/milestones')
          ? {
              milestoneId: randomUUID(),
              kind: 'parole-decision',
              date: '2026-11-20',
              detail: { outcome: 'no-release' },
            }
          : route.path.endsWith('/inter-agency-meetings') && route.method === 'POST'
            ? {
                kind: 'parole',
                heldOn: '2026-11-05',
                agenciesPresent: ['parole-board'],
                victimsConsidered: [{ victimId: yorkshireOnlyVictim, viewsPresented: true, outcome: 'other' }],
              }
            : {};
        const other = await send(outsider, route.method, path(yorkshireOnly), body);
        const missing = await send(outsider, route.method, path(unknown), body);
        const seen = { status: other.status, body: JSON.stringify(other.body).replaceAll(yorkshireOnly, '<id>') };
        const expected = { status: missing.status, body: JSON.stringify(missing.body).replaceAll(unknown, '<id>') };
        if (JSON.stringify(seen) !== JSON.stringify(expected) || other.status !== 404) {
          differences.push(
            `${role} ${route.method} ${route.path}: out of reach ${seen.status} ${seen.body} / unknown ${expected.status} ${expected.body}`,
          );
        }
      }
    }
    expect(differences).toEqual([]);
    const history = await api.store.readStream(`sentence-${yorkshireOnly}`, { fromRevision: 0n, maxCount: 100 });
    expect(history.map((e) => e.type)).toEqual(['SentenceRecorded']);
  });

  it('lists only sentences of the caller’s units and those linked to a victim they reach, counts included', async () => {
    const london = ok(await send(londonVlo, 'GET', '/sentences?pageSize=100'), 200);
    expect(london.body.items.map((s: { sentenceId: string }) => s.sentenceId).sort()).toEqual(
      [shared, londonSentence].sort(),
    );
    expect(london.body.total).toBe(2);
    expect(ok(await send(londonVlo, 'GET', '/sentences?reference=S100002'), 200).body).toMatchObject({
      total: 0,
      items: [],
    });
    const wales = ok(await send(await as('VLO', 'vlo-wales', [WALES]), 'GET', '/sentences'), 200);
    expect(wales.body.total).toBe(0);
    const yorkshire = ok(await send(yorkshireVlo, 'GET', '/sentences?pageSize=100'), 200);
    expect(yorkshire.body.items.map((s: { sentenceId: string }) => s.sentenceId).sort()).toEqual(
      [shared, yorkshireOnly].sort(),
    );
  });

  it('shows each unit only its own victims on a shared sentence: victims, licence conditions, meetings, representations', async () => {
    for (const [token, mine, theirs] of [
      [londonVlo, moved, stayed],
      [yorkshireVlo, stayed, moved],
    ]) {
      const view = ok(await send(token, 'GET', `/sentences/${shared}`), 200);
      expect(ids(view.body.victims)).toEqual([mine]);
      const conditions = view.body.milestones.find((m: { kind: string }) => m.kind === 'licence-conditions-set');
      expect(conditions.detail.protectsVictimIds).toEqual([mine]);
      expect(JSON.stringify(view.body)).not.toContain(theirs);

      const meetings = ok(await send(token, 'GET', `/sentences/${shared}/inter-agency-meetings`), 200);
      expect(meetings.body.total).toBe(1);
      expect(ids(meetings.body.items[0].victimsConsidered)).toEqual([mine]);
      expect(JSON.stringify(meetings.body)).not.toContain(theirs);
      expect(JSON.stringify(meetings.body)).not.toContain(mine === moved ? 'Stayed in Leeds' : 'Moved to Camden');

      const representations = ok(await send(token, 'GET', `/sentences/${shared}/representations`), 200);
      expect(representations.body.total).toBe(1);
      expect(representations.body.items).toHaveLength(1);
    }
  });

  it('lets a VLO record on a sentence they reach through a victim, but not about another unit’s victim on it', async () => {
    const aboutTheirs = await send(londonVlo, 'POST', `/sentences/${shared}/inter-agency-meetings`, {
      kind: 'parole',
      heldOn: '2026-11-05',
      agenciesPresent: ['parole-board'],
      victimsConsidered: [{ victimId: stayed, viewsPresented: true, outcome: 'other' }],
    });
    const aboutUnknown = await send(londonVlo, 'POST', `/sentences/${shared}/inter-agency-meetings`, {
      kind: 'parole',
      heldOn: '2026-11-05',
      agenciesPresent: ['parole-board'],
      victimsConsidered: [{ victimId: randomUUID(), viewsPresented: true, outcome: 'other' }],
    });
    expect({ status: aboutTheirs.status, rule: aboutTheirs.body.rule }).toEqual({
      status: aboutUnknown.status,
      rule: aboutUnknown.body.rule,
    });
    expect(aboutTheirs.body.rule).toBe('victim-not-linked-to-sentence');
    ok(
      await send(londonVlo, 'POST', `/sentences/${shared}/inter-agency-meetings`, {
        kind: 'parole',
        heldOn: '2026-11-05',
        agenciesPresent: ['parole-board'],
        victimsConsidered: [{ victimId: moved, viewsPresented: true, outcome: 'other' }],
      }),
    );
    ok(
      await send(londonVlo, 'POST', `/sentences/${shared}/milestones`, {
        milestoneId: randomUUID(),
        kind: 'parole-decision',
        date: '2026-11-20',
        detail: { outcome: 'no-release' },
      }),
    );
  });

  it('reaches a sentence of another unit only while a grant opens one of its victims', async () => {
    const before = await send(londonVlo, 'GET', `/sentences/${yorkshireOnly}`);
    expect(before.status).toBe(404);
    const grantId = randomUUID();
    const granted = ok(
      await send(yorkshireManager, 'POST', `/victims/${yorkshireOnlyVictim}/access-grants`, {
        grantId,
        granteeUserId: 'vlo-london',
        granteeUnit: LONDON,
        reason: 'joint-working',
        hours: 2,
      }),
    );
    const during = ok(
      await send(londonVlo, 'GET', `/sentences/${yorkshireOnly}?minPosition=${granted.body.position}`),
      200,
    );
    expect(ids(during.body.victims)).toEqual([yorkshireOnlyVictim]);
    expect((await send(await as('VLO', 'vlo-london-2', [LONDON]), 'GET', `/sentences/${yorkshireOnly}`)).status).toBe(
      404,
    );
    const revoked = ok(
      await send(yorkshireManager, 'POST', `/victims/${yorkshireOnlyVictim}/access-grants/${grantId}/revocation`),
      200,
    );
    expect(
      (await send(londonVlo, 'GET', `/sentences/${yorkshireOnly}?minPosition=${revoked.body.position}`)).status,
    ).toBe(404);
  });

  it('leaves partners’ reads to their organisation: a Parole Board member is not filtered by unit', async () => {
    const parole = await as('PAROLE_BOARD', 'parole-board-1', []);
    ok(await send(parole, 'GET', `/sentences/${shared}/inter-agency-meetings`), 200);
    ok(await send(parole, 'GET', `/sentences/${yorkshireOnly}/representations`), 200);
  });
});
