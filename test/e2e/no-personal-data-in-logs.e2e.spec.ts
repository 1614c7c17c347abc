import { randomUUID } from 'node:crypto';
import { ApiHarness, startApi } from '@vcs/test-support';
import request, { Response } from 'supertest';
import {
  ACTING_PERSON,
  aReferral,
  aSentence,
  anEnrolment,
  VICTIM,
} from '../../apps/api/src/victims/testing/victim-fixtures';

/**
 * A realistic session through the API, good requests and bad, then a grep of every log line the API wrote and every
 * answer it gave for the victims' names, addresses, postcodes, phones and emails: any hit fails.
 *
 * Two answers are meant to carry personal data, to the VLOs and managers they are for: the case view
 * (GET /victims/:victimId) in its `contactDetails` and `actingPersons[].personal`, and the case list (GET /victims)
 * in each item's `fullName`. Those fields are blanked before the grep; everything else in those answers is grepped too.
 */

const PREFERRED = {
  address: { lines: ['Flat 3, 17 Rowan Mews', 'Otley'], postcode: 'LS21 3HB' },
  phone: '0113 496 0912',
  mobile: '07700 900314',
  email: 'jane.e.private@example.net',
};
const SECOND_VICTIM = {
  fullName: 'Priya Samplewood',
  address: { lines: ['88 Tannery Row', 'Wakefield'], postcode: 'WF1 2PQ' },
  phone: '01924 496 555',
  email: 'p.samplewood@example.com',
};
const CORRECTED_NAME = 'Jane Exampleton-Reyes';

const SECRETS = [
  VICTIM.fullName,
  VICTIM.address.lines[0],
  VICTIM.address.postcode,
  VICTIM.phone,
  VICTIM.email,
  ACTING_PERSON.fullName,
  ACTING_PERSON.address.lines[0],
  ACTING_PERSON.address.postcode,
  ACTING_PERSON.phone,
  ACTING_PERSON.email,
  PREFERRED.address.lines[0],
  PREFERRED.address.postcode,
  PREFERRED.phone,
  PREFERRED.mobile,
  PREFERRED.email,
  SECOND_VICTIM.fullName,
  SECOND_VICTIM.address.lines[0],
  SECOND_VICTIM.address.postcode,
  SECOND_VICTIM.phone,
  SECOND_VICTIM.email,
  CORRECTED_NAME,
];

/** The value, and the forms it may take in a log or body: JSON-escaped, URL-encoded, without spaces, lower-cased. */
function formsOf(value: string): string[] {
  return [
    ...new Set([
      value,
      JSON.stringify(value).slice(1, -1),
      encodeURIComponent(value),
      value.replace(/\s+/g, ''),
      value.toLowerCase(),
    ]),
  ];
}

function hits(text: string): string[] {
  const lower = text.toLowerCase();
  return SECRETS.filter((secret) => formsOf(secret).some((form) => lower.includes(form.toLowerCase())));
}

describe('no personal data in logs or answers', () => {
  let api: ApiHarness;
  const answers: { label: string; response: Response; allowContactDetails?: boolean }[] = [];
  let position = '';

  beforeAll(async () => {
    api = await startApi();
    api.startProjectors();
  });

  afterAll(async () => {
    await api.close();
  });

  async function call(
    label: string,
    method: 'get' | 'post' | 'put' | 'patch',
    path: string,
    token: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    let call = request(api.http)[method](path).set('Authorization', `Bearer ${token}`);
    for (const [name, value] of Object.entries(headers)) call = call.set(name, value);
    const response =
      typeof body === 'string'
        ? await call.set('Content-Type', 'application/json').send(body)
        : await call.send(body as object);
    answers.push({
      label: `${label}: ${method.toUpperCase()} ${path}`,
      response,
      allowContactDetails: label === 'case view' || label === 'list',
    });
    if (response.body?.position) position = response.body.position;
    return response;
  }

  it('drives a whole case, with mistakes, and no log line or answer carries a name, address, phone or email', async () => {
    const vlo = await api.token('VLO', 'vlo-7');
    const manager = await api.token('VLO_MANAGER', 'manager-2');
    const parole = await api.token('PAROLE_BOARD', 'pb-clerk-1');
    const admin = await api.token('ADMIN', 'admin-1');
    const sentenceId = randomUUID();
    const victimId = randomUUID();
    const secondVictimId = randomUUID();
    const conditionId = randomUUID();
    const expect2xx = (response: Response) =>
      expect({ status: response.status, body: response.status < 300 ? null : response.body }).toEqual({
        status: response.status < 300 ? response.status : 200,
        body: null,
      });

    // The case, as a VLO records it.
    expect2xx(
      await call(
        'sentence',
        'post',
        '/sentences',
        vlo,
        aSentence({ sentenceId, sentenceType: 'extended-determinate', lengthMonths: 60 }),
      ),
    );
    expect2xx(
      await call('referral', 'post', '/victims', vlo, aReferral(sentenceId, { victimId }), {
        'Idempotency-Key': randomUUID(),
      }),
    );
    expect2xx(
      await call(
        'second referral',
        'post',
        '/victims',
        vlo,
        aReferral(sentenceId, { victimId: secondVictimId, personal: SECOND_VICTIM }),
      ),
    );
    expect2xx(await call('enrolment', 'post', `/victims/${victimId}/enrolment`, vlo, anEnrolment(sentenceId)));
    expect2xx(
      await call('acting person', 'post', `/victims/${victimId}/acting-persons`, vlo, {
        role: 'family-member',
        nominatedOn: '2026-10-08',
        receivesCommunications: true,
        personal: ACTING_PERSON,
      }),
    );
    expect2xx(
      await call('preferences', 'put', `/victims/${victimId}/contact-preferences`, vlo, {
        updatedOn: '2026-10-12',
        channels: ['letter', 'phone', 'email'],
        stages: { choice: 'all-key-stages' },
        safetyCheckBeforeLetters: true,
        personal: {
          ...PREFERRED,
          language: 'en',
          accessibleFormats: ['large-print'],
          timesNotToCall: [{ days: ['monday'], from: '17:00', to: '19:00' }],
        },
      }),
    );
    expect2xx(
      await call('contact', 'post', `/victims/${victimId}/contacts`, vlo, {
        method: 'phone',
        direction: 'outbound',
        result: 'contact-made',
        occurredOn: '2026-10-20',
        followUpOn: '2026-11-30',
        personal: {
          summary: `Spoke to ${VICTIM.fullName} and her brother ${ACTING_PERSON.fullName}; she has moved to ${PREFERRED.address.lines[0]}, ${PREFERRED.address.postcode}`,
        },
      }),
    );
    expect2xx(
      await call('contact', 'post', `/victims/${victimId}/contacts`, vlo, {
        method: 'email',
        direction: 'inbound',
        result: 'contact-made',
        occurredOn: '2026-10-22',
        personal: { summary: `Email from ${VICTIM.email} asking that ${ACTING_PERSON.email} is copied in` },
      }),
    );
    expect2xx(
      await call('milestone', 'post', `/sentences/${sentenceId}/milestones`, vlo, {
        kind: 'parole-hearing-listed',
        date: '2026-11-02',
        detail: { hearingDate: '2027-03-15', hearingType: 'oral' },
      }),
    );
    expect2xx(
      await call('representation', 'post', `/victims/${victimId}/representations`, vlo, {
        sentenceId,
        kind: 'licence-conditions',
        requestedConditions: [{ conditionId, kind: 'exclusion-zone' }],
        sentTo: ['parole-board'],
        submittedOn: '2026-11-03',
        personal: { conditionDescriptions: { [conditionId]: 'The streets around her workplace' } },
      }),
    );
    expect2xx(
      await call('details', 'patch', `/victims/${victimId}/details`, vlo, {
        updatedOn: '2026-11-20',
        personal: { fullName: CORRECTED_NAME },
      }),
    );
    // The officer taking the case over has signed in: the service knows the units they work in.
    expect2xx(await call('new officer', 'get', '/caseload/summary', await api.token('VLO', 'vlo-9')));
    expect2xx(
      await call('reassign', 'put', `/victims/${victimId}/victim-liaison-officer`, manager, {
        victimLiaisonOfficerId: 'vlo-9',
        assignedOn: '2026-11-21',
      }),
    );

    // Reads: the case view, the timeline, lists, the partner's view, the audit trail.
    const caseView = await call('case view', 'get', `/victims/${victimId}?minPosition=${position}`, vlo);
    expect(caseView.status).toBe(200);
    expect(JSON.stringify(caseView.body.contactDetails)).toContain(PREFERRED.email); // the view does show them, where it should
    expect2xx(await call('timeline', 'get', `/victims/${victimId}/timeline?minPosition=${position}`, vlo));
    expect2xx(await call('list', 'get', `/victims?minPosition=${position}`, vlo));
    expect2xx(await call('caseload', 'get', '/caseload/tasks', vlo));
    expect2xx(await call('sentence view', 'get', `/sentences/${sentenceId}?minPosition=${position}`, vlo));
    expect2xx(
      await call(
        'partner representations',
        'get',
        `/sentences/${sentenceId}/representations?minPosition=${position}`,
        parole,
        undefined,
        { 'X-Purpose': 'parole review of X123456' },
      ),
    );
    expect2xx(
      await call('audit', 'get', `/access-audit?victimId=${victimId}`, admin, undefined, {
        'X-Purpose': 'audit review: quarterly',
      }),
    );

    // Mistakes: each carries personal data somewhere in the request, and none may come back or be logged.
    const badEmail = await call(
      'bad email',
      'post',
      '/victims',
      vlo,
      aReferral(sentenceId, { victimId: randomUUID(), personal: { ...VICTIM, email: `${VICTIM.fullName} at home` } }),
    );
    expect(badEmail.status).toBe(400);
    const badPostcode = await call(
      'bad postcode',
      'post',
      '/victims',
      vlo,
      aReferral(sentenceId, {
        victimId: randomUUID(),
        personal: {
          ...VICTIM,
          address: { ...VICTIM.address, postcode: `${VICTIM.address.postcode} ${VICTIM.address.lines[0]}` },
        },
      }),
    );
    expect(badPostcode.status).toBe(400);
    const unknownField = await call('unknown field', 'post', `/victims/${victimId}/contacts`, vlo, {
      method: 'phone',
      direction: 'outbound',
      result: 'contact-made',
      occurredOn: '2026-10-25',
      victimName: VICTIM.fullName,
      [VICTIM.email]: VICTIM.phone,
    });
    expect(unknownField.status).toBe(400);
    expect((unknownField.body.problems as { field: string }[]).map((p) => p.field)).toEqual(
      expect.arrayContaining(['(unknown field)', 'victimName']),
    ); // a made-up key is not repeated
    const duplicate = await call('duplicate referral', 'post', '/victims', vlo, aReferral(sentenceId, { victimId }));
    expect(duplicate.status).toBe(409);
    const vpsWithPostcode = await call(
      'statement naming a postcode',
      'post',
      `/victims/${victimId}/representations`,
      vlo,
      {
        sentenceId,
        kind: 'victim-personal-statement',
        vpsPresentation: 'read-by-victim',
        sentTo: ['parole-board'],
        submittedOn: '2026-11-04',
        personal: { statement: `He knows I live at ${VICTIM.address.lines[0]}, ${VICTIM.address.postcode}.` },
      },
    );
    expect(vpsWithPostcode.status).toBeGreaterThanOrEqual(400);
    expect(vpsWithPostcode.status).toBeLessThan(500);
    const malformed = await call(
      'malformed JSON',
      'post',
      '/victims',
      vlo,
      `{"personal":{"fullName":"${VICTIM.fullName}","email":"${VICTIM.email}"`,
    );
    expect(malformed.status).toBe(400);
    const tooLarge = await call('too large', 'post', `/victims/${victimId}/contacts`, vlo, {
      personal: { summary: `${VICTIM.fullName} `.repeat(10_000) },
    });
    expect(tooLarge.status).toBe(413);
    const nameInPath = await call('name in path', 'get', `/victims/${encodeURIComponent(VICTIM.fullName)}`, vlo);
    expect(nameInPath.status).toBe(400);
    const emailInQuery = await call(
      'email in query',
      'get',
      `/victims?reference=${encodeURIComponent(VICTIM.email)}&vloId=${encodeURIComponent(VICTIM.phone)}`,
      vlo,
    );
    expect(emailInQuery.status).toBe(400);
    const noRoute = await call(
      'no such route',
      'get',
      `/people/${encodeURIComponent(VICTIM.fullName)}/${encodeURIComponent(VICTIM.address.postcode)}`,
      vlo,
    );
    expect(noRoute.status).toBe(404);
    expect(noRoute.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'no such route' });
    const partnerReadsVictim = await call('partner reads a victim', 'get', `/victims/${victimId}`, parole, undefined, {
      'X-Purpose': 'parole review',
    });
    expect(partnerReadsVictim.status).toBe(403);
    const noToken = await request(api.http)
      .post('/victims')
      .send(aReferral(sentenceId, { victimId: randomUUID() }));
    answers.push({ label: 'no token', response: noToken });
    expect(noToken.status).toBe(401);

    // The grep: every log line, every answer (status, headers and body).
    const logged = api.logLines.join('\n');
    expect(api.logLines.filter((line) => line.includes('"msg":"request"')).length).toBeGreaterThanOrEqual(
      answers.length,
    ); // one access-log line per request
    expect({ inLogs: hits(logged) }).toEqual({ inLogs: [] });
    const leaks = answers.flatMap(({ label, response, allowContactDetails }) => {
      const body = allowContactDetails ? withoutContactDetails(response.body) : response.body;
      const text = JSON.stringify({
        status: response.status,
        headers: response.headers,
        body,
        text: allowContactDetails ? '' : response.text,
      });
      return hits(text).map((secret) => `${label} carries "${secret}"`);
    });
    expect(leaks).toEqual([]);
  });
});

/** The case view or list without the parts that are meant to hold personal data. */
function withoutContactDetails(view: {
  contactDetails?: unknown;
  actingPersons?: { personal?: unknown }[];
  items?: { fullName?: unknown }[];
}): unknown {
  if (Array.isArray(view.items)) return { ...view, items: view.items.map((item) => ({ ...item, fullName: '(name)' })) };
  return {
    ...view,
    contactDetails: '(contact details)',
    actingPersons: (view.actingPersons ?? []).map((person) => ({ ...person, personal: '(personal)' })),
  };
}
