import { randomUUID } from 'node:crypto';
import { Role } from '@vcs/security';
import { ApiHarness, startApi } from '@vcs/test-support';
import request, { Response } from 'supertest';
import { aReferral, aSentence, anEnrolment } from '../../apps/api/src/victims/testing/victim-fixtures';
import { routeInventory } from './route-inventory';

/**
 * Who reaches which victim (docs/privacy.md "Units"): a case belongs to the unit of its sentence's probation region;
 * a VLO or manager of another unit gets 404 for it, exactly as for an id that does not exist, on every route that
 * names a victim, reads and writes alike; lists never carry another unit's victims; a grant opens exactly one case
 * for its duration; a transfer moves the case.
 */
const YORKSHIRE = 'yorkshire-and-the-humber';
const LONDON = 'london';
const WALES = 'wales';
const PEOPLE_ROLES: readonly Role[] = ['VLO', 'VLO_MANAGER', 'ADMIN'];

describe('unit scope: a case belongs to one victim liaison unit', () => {
  let api: ApiHarness;
  const as = async (role: Role, userId: string, units: readonly string[]) => api.token(role, userId, { units });
  const send = (
    token: string,
    method: string,
    path: string,
    body: object = {},
    purpose = 'safeguarding: unit scope test',
  ) =>
    request(api.http)
      [method.toLowerCase() as 'get'](path)
      .set('Authorization', `Bearer ${token}`)
      .set('X-Purpose', purpose)
      .send(body);
  const ok = (response: Response, status = 201) => {
    if (response.status !== status)
      throw new Error(`expected ${status}, got ${response.status}: ${JSON.stringify(response.body)}`);
    return response;
  };

  let yorkshireVlo: string;
  let londonVlo: string;
  let yorkshireManager: string;
  let yorkshireVictim: string;
  let secondYorkshireVictim: string;
  let londonVictim: string;
  let lastPosition: string;

  async function referVictim(token: string, region: string): Promise<string> {
    const sentenceId = randomUUID();
    ok(await send(token, 'POST', '/sentences', { sentenceId, ...aSentence({ probationRegion: region }) }));
    const victimId = randomUUID();
    ok(await send(token, 'POST', '/victims', { victimId, ...aReferral(sentenceId) }));
    const enrolled = ok(await send(token, 'POST', `/victims/${victimId}/enrolment`, anEnrolment(sentenceId)));
    lastPosition = enrolled.body.position as string;
    return victimId;
  }

  beforeAll(async () => {
    api = await startApi();
    api.startProjectors();
    yorkshireVlo = await as('VLO', 'vlo-yorkshire', [YORKSHIRE]);
    londonVlo = await as('VLO', 'vlo-london', [LONDON]);
    yorkshireManager = await as('VLO_MANAGER', 'manager-yorkshire', [YORKSHIRE]);
    yorkshireVictim = await referVictim(yorkshireVlo, YORKSHIRE);
    secondYorkshireVictim = await referVictim(yorkshireVlo, YORKSHIRE);
    londonVictim = await referVictim(londonVlo, LONDON);
    // Every read model (the outbox and caseload included) has the three cases before the checks start.
    ok(await send(yorkshireVlo, 'GET', `/victims/${yorkshireVictim}?minPosition=${lastPosition}`), 200);
  });

  afterAll(async () => {
    await api.close();
  });

  it('answers another unit exactly as for an unknown victim on every route that names a victim, for every role admitted', async () => {
    const routes = routeInventory(api.app).filter((route) => route.path.includes(':victimId'));
    expect(routes.length).toBeGreaterThan(20);
    const differences: string[] = [];
    const unknownVictim = randomUUID();
    for (const route of routes) {
      for (const role of PEOPLE_ROLES.filter((r) => route.roles.includes(r))) {
        const outsider = await as(role, `${role.toLowerCase()}-wales`, [WALES]);
        const path = (victimId: string) =>
          route.path.replace(':victimId', victimId).replace(/:[A-Za-z]+/g, '7d3f8a52-95f1-4c2e-8a1b-2f0c9d4e6b71');
        const other = await send(outsider, route.method, path(yorkshireVictim));
        const missing = await send(outsider, route.method, path(unknownVictim));
        const seen = { status: other.status, body: JSON.stringify(other.body).replaceAll(yorkshireVictim, '<id>') };
        const expected = {
          status: missing.status,
          body: JSON.stringify(missing.body).replaceAll(unknownVictim, '<id>'),
        };
        if (JSON.stringify(seen) !== JSON.stringify(expected) || ![400, 404].includes(other.status)) {
          differences.push(
            `${role} ${route.method} ${route.path}: other unit ${seen.status} ${seen.body} / unknown ${expected.status} ${expected.body}`,
          );
        }
      }
    }
    expect(differences).toEqual([]);
  });

  it('gives another unit 404 for reads and for writes with a valid body, and changes nothing', async () => {
    for (const path of [
      `/victims/${yorkshireVictim}`,
      `/victims/${yorkshireVictim}/timeline`,
      `/victims/${yorkshireVictim}/letters`,
    ]) {
      const response = await send(londonVlo, 'GET', path);
      expect({ path, status: response.status, rule: response.body.rule }).toEqual({
        path,
        status: 404,
        rule: 'victim-not-found',
      });
    }
    const writes: [string, string, object][] = [
      [
        'PUT',
        `/victims/${yorkshireVictim}/contact-preferences`,
        {
          updatedOn: '2026-10-12',
          channels: ['letter'],
          stages: { choice: 'chosen-stages', chosenStages: ['parole-decision'] },
          safetyCheckBeforeLetters: false,
          personal: { address: { lines: ['1 Other Street', 'Leeds'], postcode: 'LS1 4AB' }, language: 'en' },
        },
      ],
      [
        'POST',
        `/victims/${yorkshireVictim}/contacts`,
        {
          method: 'phone',
          direction: 'outbound',
          result: 'contact-made',
          occurredOn: '2026-10-12',
          personal: { summary: 'Called' },
        },
      ],
      [
        'PATCH',
        `/victims/${yorkshireVictim}/details`,
        { updatedOn: '2026-10-12', personal: { fullName: 'Someone Else' } },
      ],
    ];
    for (const [method, path, body] of writes) {
      const response = await send(londonVlo, method, path, body);
      expect({ path, status: response.status, rule: response.body.rule, problems: response.body.problems }).toEqual({
        path,
        status: 404,
        rule: 'victim-not-found',
        problems: undefined,
      });
    }
    const history = await api.store.readStream(`victim-${yorkshireVictim}`, { fromRevision: 0n, maxCount: 100 });
    expect(history.map((e) => e.type)).toEqual(['ReferralReceived', 'VictimEnrolled']);
  });

  it('lists, counts and caseload figures only the caller’s units’ victims', async () => {
    const london = ok(await send(londonVlo, 'GET', `/victims?pageSize=100&minPosition=${lastPosition}`), 200);
    expect(london.body.items.map((i: { victimId: string }) => i.victimId)).toEqual([londonVictim]);
    expect(london.body.total).toBe(1);
    const yorkshire = ok(await send(yorkshireVlo, 'GET', '/victims?pageSize=100'), 200);
    expect(yorkshire.body.items.map((i: { victimId: string }) => i.victimId).sort()).toEqual(
      [yorkshireVictim, secondYorkshireVictim].sort(),
    );
    // One officer's caseload (every victim here has officer vlo-7): the list that probes each row's unit.
    const byOfficer = ok(await send(londonVlo, 'GET', '/victims?vloId=vlo-7&pageSize=100'), 200);
    expect(byOfficer.body.items.map((i: { victimId: string }) => i.victimId)).toEqual([londonVictim]);
    expect(byOfficer.body.total).toBe(1);
    const byOfficerInYorkshire = ok(await send(yorkshireVlo, 'GET', '/victims?vloId=vlo-7&pageSize=100'), 200);
    expect(byOfficerInYorkshire.body.items.map((i: { victimId: string }) => i.victimId).sort()).toEqual(
      [yorkshireVictim, secondYorkshireVictim].sort(),
    );
    expect(byOfficerInYorkshire.body.total).toBe(2);
    const tasks = ok(await send(londonVlo, 'GET', '/caseload/tasks?pageSize=100'), 200);
    expect(
      tasks.body.items.every((t: { victimId: string | null }) => t.victimId === null || t.victimId === londonVictim),
    ).toBe(true);
    const outbox = ok(await send(londonVlo, 'GET', '/outbox?pageSize=100'), 200);
    expect(outbox.body.items.every((m: { victimId: string }) => m.victimId === londonVictim)).toBe(true);
    const nobody = ok(await send(await as('VLO', 'vlo-no-units', []), 'GET', '/victims'), 200);
    expect(nobody.body).toMatchObject({ total: 0, items: [] });
    const adminWithoutNational = ok(await send(await as('ADMIN', 'admin-wales', [WALES]), 'GET', '/outbox'), 200);
    expect(adminWithoutNational.body.total).toBe(0);
    // The national data protection team (ADMIN with the national unit) reaches every unit's victims.
    const national = await as('ADMIN', 'admin-dpo', ['national']);
    ok(
      await send(
        national,
        'GET',
        `/victims/${yorkshireVictim}/subject-access-export`,
        {},
        'subject access: SAR-2026-1',
      ),
      200,
    );
    expect(
      (
        await send(
          await as('ADMIN', 'admin-wales', [WALES]),
          'GET',
          `/victims/${yorkshireVictim}/subject-access-export`,
          {},
          'subject access: SAR-2026-1',
        )
      ).status,
    ).toBe(404);
  });

  it('refuses to record a referral for a sentence of another unit', async () => {
    const sentenceId = randomUUID();
    ok(await send(yorkshireVlo, 'POST', '/sentences', { sentenceId, ...aSentence() }));
    const response = await send(londonVlo, 'POST', '/victims', { victimId: randomUUID(), ...aReferral(sentenceId) });
    expect({ status: response.status, rule: response.body.rule }).toEqual({
      status: 422,
      rule: 'sentence-in-another-unit',
    });
  });

  it('opens exactly one case to one person for the duration of a grant, audited, visible to both units’ managers, until revoked', async () => {
    const grantId = randomUUID();
    const granted = ok(
      await send(yorkshireManager, 'POST', `/victims/${yorkshireVictim}/access-grants`, {
        grantId,
        granteeUserId: 'vlo-london',
        granteeUnit: LONDON,
        reason: 'victim-moved',
        hours: 24,
      }),
    );
    const at = granted.body.position as string;
    ok(await send(londonVlo, 'GET', `/victims/${yorkshireVictim}?minPosition=${at}`), 200);
    const list = ok(await send(londonVlo, 'GET', '/victims?pageSize=100'), 200);
    expect(list.body.items.map((i: { victimId: string }) => i.victimId).sort()).toEqual(
      [londonVictim, yorkshireVictim].sort(),
    );
    const byOfficer = ok(await send(londonVlo, 'GET', '/victims?vloId=vlo-7&pageSize=100'), 200);
    expect(byOfficer.body.items.map((i: { victimId: string }) => i.victimId).sort()).toEqual(
      [londonVictim, yorkshireVictim].sort(),
    );
    expect(byOfficer.body.total).toBe(2);
    // Exactly one case: the other Yorkshire victim stays closed; another London officer gets nothing.
    expect((await send(londonVlo, 'GET', `/victims/${secondYorkshireVictim}`)).status).toBe(404);
    expect((await send(await as('VLO', 'vlo-london-2', [LONDON]), 'GET', `/victims/${yorkshireVictim}`)).status).toBe(
      404,
    );
    // The grant does not let its holder grant, transfer or revoke.
    const londonManagerHolder = await as('VLO_MANAGER', 'vlo-london', [LONDON]);
    expect(
      (
        await send(londonManagerHolder, 'POST', `/victims/${yorkshireVictim}/access-grants`, {
          grantId: randomUUID(),
          granteeUserId: 'x-1',
          granteeUnit: WALES,
          reason: 'other',
          hours: 1,
        })
      ).status,
    ).toBe(404);
    expect(
      (await send(londonManagerHolder, 'POST', `/victims/${yorkshireVictim}/access-grants/${grantId}/revocation`))
        .status,
    ).toBe(404);
    // A write under the grant names it in the event's metadata.
    const contact = ok(
      await send(londonVlo, 'POST', `/victims/${yorkshireVictim}/contacts`, {
        method: 'phone',
        direction: 'outbound',
        result: 'contact-made',
        occurredOn: '2026-10-12',
        personal: { summary: 'Called' },
      }),
    );
    const [event] = await api.store.readStream(`victim-${yorkshireVictim}`, {
      fromRevision: BigInt(contact.body.revision),
      maxCount: 1,
    });
    expect(event.metadata.accessGrantId).toBe(grantId);
    // Every read is audited (who, which victim).
    const audit = ok(
      await send(
        await as('ADMIN', 'admin-dpo', ['national']),
        'GET',
        `/access-audit?victimId=${yorkshireVictim}&userId=vlo-london&pageSize=100`,
      ),
      200,
    );
    expect(audit.body.items.filter((e: { status: number }) => e.status === 200).length).toBeGreaterThanOrEqual(2);
    // Both units' managers see it.
    const londonManager = await as('VLO_MANAGER', 'manager-london', [LONDON]);
    for (const manager of [yorkshireManager, londonManager]) {
      const grants = ok(await send(manager, 'GET', `/access-grants?live=true&minPosition=${at}`), 200);
      expect(grants.body.items).toEqual([
        expect.objectContaining({
          grantId,
          victimId: yorkshireVictim,
          caseUnit: YORKSHIRE,
          granteeUnit: LONDON,
          granteeUserId: 'vlo-london',
          live: true,
        }),
      ]);
    }
    expect(
      ok(await send(await as('VLO_MANAGER', 'manager-wales', [WALES]), 'GET', '/access-grants'), 200).body.total,
    ).toBe(0);
    // Revoked: closed again at once.
    const revoked = ok(
      await send(yorkshireManager, 'POST', `/victims/${yorkshireVictim}/access-grants/${grantId}/revocation`),
      200,
    );
    expect(
      (await send(londonVlo, 'GET', `/victims/${yorkshireVictim}?minPosition=${revoked.body.position}`)).status,
    ).toBe(404);
    expect(
      (
        await send(londonVlo, 'PATCH', `/victims/${yorkshireVictim}/details`, {
          updatedOn: '2026-10-12',
          personal: { fullName: 'Someone Else' },
        })
      ).status,
    ).toBe(404);
  });

  it('stops reaching the case when the grant expires, reads and writes alike', async () => {
    // A grant that ran its course (appended as the command would have, an hour long, two hours ago).
    const now = Date.now();
    const grantedAt = new Date(now - 2 * 3_600_000).toISOString();
    const expiresAt = new Date(now - 3_600_000).toISOString();
    const appended = await api.store.appendToStream(
      `victim-${secondYorkshireVictim}`,
      [
        {
          id: randomUUID(),
          type: 'CaseAccessGranted',
          data: {
            victimId: secondYorkshireVictim,
            grantId: randomUUID(),
            caseUnit: YORKSHIRE,
            granteeUserId: 'vlo-london',
            granteeUnit: LONDON,
            reason: 'joint-working',
            grantedAt,
            expiresAt,
            personal: {},
          },
          metadata: {
            correlationId: randomUUID(),
            causationId: randomUUID(),
            actor: { userId: 'manager-yorkshire', role: 'VLO_MANAGER' },
            occurredAt: grantedAt,
            schemaVersion: 1,
          },
        },
      ],
      'any',
    );
    const position = `${appended.position.commit}/${appended.position.prepare}`;
    expect((await send(londonVlo, 'GET', `/victims/${secondYorkshireVictim}?minPosition=${position}`)).status).toBe(
      404,
    );
    expect(
      (
        await send(londonVlo, 'PATCH', `/victims/${secondYorkshireVictim}/details`, {
          updatedOn: '2026-10-12',
          personal: { fullName: 'Someone Else' },
        })
      ).status,
    ).toBe(404);
  });

  it('moves a case by transfer: a manager of either unit, with a reason; anyone else gets 404', async () => {
    const walesManager = await as('VLO_MANAGER', 'manager-wales', [WALES]);
    expect(
      (
        await send(walesManager, 'POST', `/victims/${londonVictim}/transfer`, {
          toUnit: WALES,
          reason: 'victim-moved',
          transferredOn: '2026-10-12',
        })
      ).status,
    ).toBe(200);
    // The London case is now Wales's: London's VLO no longer reaches it, Wales's does.
    const moved = await send(walesManager, 'POST', `/victims/${yorkshireVictim}/transfer`, {
      toUnit: LONDON,
      reason: 'victim-moved',
      transferredOn: '2026-10-12',
    });
    expect(moved.status).toBe(404);
    const handedOver = ok(
      await send(yorkshireManager, 'POST', `/victims/${yorkshireVictim}/transfer`, {
        toUnit: LONDON,
        reason: 'victim-moved',
        transferredOn: '2026-10-12',
        note: 'Moved to Camden',
      }),
      200,
    );
    expect(
      (await send(yorkshireVlo, 'GET', `/victims/${yorkshireVictim}?minPosition=${handedOver.body.position}`)).status,
    ).toBe(404);
    ok(await send(londonVlo, 'GET', `/victims/${yorkshireVictim}`), 200);
    const timeline = ok(
      await send(
        londonVlo,
        'GET',
        `/victims/${yorkshireVictim}/timeline?order=desc&minPosition=${handedOver.body.position}`,
      ),
      200,
    );
    expect(timeline.body.items[0].what).toContain('from the Yorkshire and the Humber unit to the London unit');
    expect((await send(await as('VLO', 'vlo-wales', [WALES]), 'GET', `/victims/${londonVictim}`)).status).toBe(200);
  });

  it('moves a transferred case’s caseload rows (its tasks, its open case in the figures) to the new unit', async () => {
    const walesManager = await as('VLO_MANAGER', 'manager-wales-caseload', [WALES]);
    const victimId = await referVictim(yorkshireVlo, YORKSHIRE);
    const caseloadOf = async (token: string, position: string) => {
      const tasks = ok(await send(token, 'GET', `/caseload/tasks?pageSize=100&minPosition=${position}`), 200);
      const summary = ok(await send(token, 'GET', `/caseload/summary?groupBy=vlo&minPosition=${position}`), 200);
      return {
        tasks: (tasks.body.items as { victimId: string | null }[]).filter((t) => t.victimId === victimId).length,
        total: tasks.body.total as number,
        openCases: (summary.body.rows as { openCases: number }[]).reduce((sum, row) => sum + row.openCases, 0),
      };
    };
    const yorkshireBefore = await caseloadOf(yorkshireManager, lastPosition);
    const walesBefore = await caseloadOf(walesManager, lastPosition);
    expect(yorkshireBefore.tasks).toBeGreaterThan(0);
    expect(walesBefore.tasks).toBe(0);

    const moved = ok(
      await send(yorkshireManager, 'POST', `/victims/${victimId}/transfer`, {
        toUnit: WALES,
        reason: 'offender-managed-elsewhere',
        transferredOn: '2026-10-12',
      }),
      200,
    );
    const position = moved.body.position as string;
    const yorkshireAfter = await caseloadOf(yorkshireManager, position);
    const walesAfter = await caseloadOf(walesManager, position);
    expect(yorkshireAfter).toEqual({
      tasks: 0,
      total: yorkshireBefore.total - yorkshireBefore.tasks,
      openCases: yorkshireBefore.openCases - 1,
    });
    expect(walesAfter).toEqual({
      tasks: yorkshireBefore.tasks,
      total: walesBefore.total + yorkshireBefore.tasks,
      openCases: walesBefore.openCases + 1,
    });
  });

  it('takes roles from the HMPPS Auth style authorities claim and refuses unknown unit codes', async () => {
    const hmpps = await api.token('VLO', 'vlo-hmpps', { units: [YORKSHIRE], asAuthorities: true });
    ok(await send(hmpps, 'GET', `/victims/${secondYorkshireVictim}`), 200);
    const badUnit = await api.token('VLO', 'vlo-atlantis', { units: ['atlantis'] });
    const refused = await send(badUnit, 'GET', '/victims');
    expect({ status: refused.status, message: refused.body.message }).toEqual({
      status: 401,
      message: 'units claim must list known unit codes',
    });
  });
});
