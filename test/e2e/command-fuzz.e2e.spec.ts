import { randomUUID } from 'node:crypto';
import { ApiHarness, startApi } from '@vcs/test-support';
import fc from 'fast-check';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ACTING_PERSON, aReferral, aSentence, anEnrolment } from '../../apps/api/src/victims/testing/victim-fixtures';
import { routeInventory } from './route-inventory';

/**
 * Throws malformed, oversized and hostile requests at every command route (every POST, PUT and PATCH the application
 * serves) and checks each answer is a 4xx in the usual problem shape, never a 5xx, and that no event was appended.
 *
 * Every generated request is invalid by construction (a wrong type, a forbidden or unknown key, an impossible value in
 * a field with a format, an oversized body, a hostile path parameter), starting from a valid request for the route, so
 * that one change is what is refused. Seeded: FUZZ_SEED=<n> replays a failure (fast-check prints seed and path), and
 * FUZZ_RUNS sets the runs per route.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_005);
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);

interface Ids {
  sentenceId: string;
  otherSentenceId: string;
  victimId: string;
  recalculationId: string;
  letterId: string;
}

type Body = Record<string, unknown>;

/** A valid request for each command route, given an existing sentence and an enrolled victim on it. */
const VALID: Record<string, (ids: Ids) => Body> = {
  'POST /sentences': () => aSentence({ sentenceId: randomUUID() }),
  // Every field optional (no consumer named: every consumer): the generic attacks only.
  'POST /parked-work/retry': () => ({}),
  'POST /sentences/:sentenceId/milestones': () => ({
    kind: 'parole-hearing-listed',
    date: '2026-11-02',
    detail: { hearingDate: '2027-03-15', hearingType: 'oral' },
  }),
  'PUT /release-law-changes/recalculations/:recalculationId': ({ sentenceId }) => ({
    lawChange: 'other-law-change',
    date: '2026-11-02',
    sentences: [{ sentenceId, expectedReleaseDate: '2027-03-15' }],
  }),
  'POST /sentences/:sentenceId/inter-agency-meetings': ({ victimId }) => {
    const actionId = randomUUID();
    return {
      kind: 'mappa',
      mappa: { category: 2, level: 2 },
      heldOn: '2026-03-04',
      agenciesPresent: ['probation', 'police', 'victim-liaison-unit'],
      victimsConsidered: [{ victimId, viewsPresented: true, outcome: 'licence-conditions-recommended' }],
      actions: [{ actionId, forVictimId: victimId, ownerAgency: 'police', dueOn: '2026-04-01' }],
      personal: {
        [victimId]: {
          viewsPresented: 'Asks for an exclusion zone',
          outcome: 'Zone to be recommended',
          actions: { [actionId]: 'Police to map the zone' },
        },
      },
    };
  },
  'POST /victims': ({ sentenceId }) => aReferral(sentenceId, { victimId: randomUUID() }),
  'POST /victims/:victimId/enrolment': ({ sentenceId }) => anEnrolment(sentenceId),
  'POST /victims/:victimId/declining': () => ({
    declinedOn: '2026-10-12',
    personal: { reason: 'Does not want reminders of the offence' },
  }),
  'POST /victims/:victimId/withdrawal': () => ({ withdrewOn: '2026-11-02', personal: { reason: 'Moving on' } }),
  'POST /victims/:victimId/rejoining': () => ({ rejoinedOn: '2026-11-10', victimLiaisonOfficerId: 'vlo-9' }),
  'POST /victims/:victimId/contact-handover': () => ({ handedOverOn: '2026-11-10' }),
  'POST /victims/:victimId/sentences': ({ otherSentenceId }) => ({
    sentenceId: otherSentenceId,
    linkedOn: '2026-10-15',
  }),
  'POST /victims/:victimId/acting-persons': () => ({
    role: 'family-member',
    nominatedOn: '2026-10-08',
    receivesCommunications: false,
    personal: ACTING_PERSON,
  }),
  'PUT /victims/:victimId/contact-preferences': () => ({
    updatedOn: '2026-10-12',
    channels: ['letter', 'phone'],
    stages: { choice: 'all-key-stages' },
    safetyCheckBeforeLetters: true,
    personal: {
      address: { lines: ['Flat 2, 9 Willow Court', 'Harrogate'], postcode: 'HG1 4TT' },
      phone: '01423 496 123',
      email: 'r.testcase@example.net',
      language: 'en',
      accessibleFormats: ['large-print'],
      timesNotToCall: [{ days: ['monday'], from: '17:00', to: '19:00' }],
    },
  }),
  'POST /victims/:victimId/contacts': () => ({
    method: 'phone',
    direction: 'outbound',
    result: 'contact-made',
    occurredOn: '2026-10-20',
    followUpOn: '2026-11-30',
    personal: { summary: 'Spoke about the parole review' },
  }),
  'POST /victims/:victimId/safety-checks': () => ({ confirmedOn: '2026-10-20', channel: 'letter' }),
  'POST /victims/:victimId/representations': ({ sentenceId }) => {
    const conditionId = randomUUID();
    return {
      sentenceId,
      kind: 'licence-conditions',
      requestedConditions: [{ conditionId, kind: 'exclusion-zone' }],
      sentTo: ['parole-board'],
      submittedOn: '2026-11-03',
      personal: { conditionDescriptions: { [conditionId]: 'The streets around the workplace' } },
    };
  },
  'POST /victims/:victimId/representations/:representationId/disclosures': () => ({
    recipient: 'parole-board',
    disclosedOn: '2026-11-04',
    confirmedFlags: [],
    personal: { statementText: 'The offence changed my life.' },
  }),
  'PUT /victims/:victimId/victim-liaison-officer': () => ({
    victimLiaisonOfficerId: 'vlo-9',
    assignedOn: '2026-11-20',
  }),
  'PATCH /victims/:victimId/details': () => ({ updatedOn: '2026-11-20', personal: { fullName: 'Jane Corrected' } }),
  'POST /victims/:victimId/requests': ({ sentenceId }) => ({
    sentenceId,
    kind: 'sentencing-remarks-transcript',
    madeOn: '2026-11-03',
  }),
  'POST /victims/:victimId/requests/:requestId/answer': () => ({ answeredOn: '2026-11-04', outcome: 'provided' }),
  'POST /victims/:victimId/rights-explained': ({ sentenceId }) => ({
    sentenceId,
    right: 'unduly-lenient-sentence-scheme',
    explainedOn: '2026-10-20',
  }),
  'POST /victims/:victimId/letters': () => ({
    stage: 'initial-contact',
    signature: { name: 'Alex Officer', phone: '0113 496 0000' },
  }),
  'PUT /victims/:victimId/letters/:letterId': () => ({
    personal: {
      body: 'Dear Ms Example, I am writing to offer you contact.',
      addressBlock: '12 Acacia Avenue\nLeeds\nLS6 2QR',
    },
  }),
  'POST /victims/:victimId/letters/:letterId/submission': () => ({}),
  'POST /victims/:victimId/letters/:letterId/approval': () => ({}),
  'POST /victims/:victimId/letters/:letterId/return': () => ({
    personal: { comments: 'Please add the date of the hearing.' },
  }),
  'POST /victims/:victimId/erasure': () => ({ basis: 'erasure-request', requestReference: 'SAR-2026-0001' }),
  'POST /victims/:victimId/retention-decision': () => ({
    decision: 'retain',
    basis: 'ongoing-proceedings',
    retainUntil: '2030-01-01',
  }),
  'POST /victims/:victimId/transfer': () => ({
    toUnit: 'london',
    reason: 'victim-moved',
    transferredOn: '2026-11-20',
    note: 'Moved to Camden.',
  }),
  'POST /victims/:victimId/access-grants': () => ({
    grantId: '0b6f1b9e-3a4c-4d5e-8f70-1a2b3c4d5e6f',
    granteeUserId: 'vlo-london-1',
    granteeUnit: 'london',
    reason: 'joint-working',
    hours: 24,
  }),
  'POST /victims/:victimId/access-grants/:grantId/revocation': () => ({}),
};

// ---- hostile values -------------------------------------------------------------------------------------------

const HOSTILE_STRINGS = [
  "' OR '1'='1",
  "'; DROP TABLE events; --",
  '1; SELECT pg_sleep(10) --',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{7*7}}${7*7}',
  '../../../../etc/passwd',
  '\u0000',
  'a\u0000b',
  '\u202egnp.exe',
  '\u0007\u001b[31m',
  '\ud800',
  '﻿',
  'null',
  'undefined',
  'NaN',
  '%00',
  '%s%s%s%n',
  ' ',
  '',
];

/** Values that are no civil date: impossible days and months, other formats, times and zones. */
const BAD_DATES = [
  '2026-02-30',
  '2026-02-29',
  '2025-04-31',
  '2026-13-01',
  '2026-00-10',
  '2026-01-00',
  '0000-00-00',
  '2026-1-1',
  '26-01-01',
  '2026/01/01',
  '01-01-2026',
  '2026-01-01T00:00:00Z',
  '2026-01-01 ',
  '+002026-01-01',
  '9999-99-99',
  '2026-W01-1',
];

const OUT_OF_RANGE_NUMBERS = [-1, -0.5, 0.5, 1.5, 1e308, -1e308, 2 ** 53 + 2, 1e21, -(2 ** 31)];

const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ unit: 'binary', maxLength: 40 }).map((s) => `${s}\u0000`),
  fc.integer({ min: 1_000, max: 60_000 }).map((n) => 'x'.repeat(n)),
);

/** Nested junk: arrays and objects of arrays and objects, several levels deep. */
const nestedJunk: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  junk: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.integer(),
    hostileString,
    fc.boolean(),
    fc.array(tie('junk'), { minLength: 1, maxLength: 3 }),
    fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), tie('junk'), { minKeys: 1, maxKeys: 3 }),
  ),
})).junk;

/** Nested deeper than any request of this API (and than the body depth limit). */
const deepNesting = fc
  .integer({ min: 21, max: 5_000 })
  .chain((depth) =>
    fc
      .constantFrom('[', '{"a":')
      .map((open) => ({ raw: open.repeat(depth) + '1' + (open === '[' ? ']' : '}').repeat(depth) })),
  );

/** A value of another type than `original` (never null: an optional field may take null). */
function wrongType(original: unknown): fc.Arbitrary<unknown> {
  const objects = fc.oneof(
    fc.constant({ $ne: null }),
    fc.constant({ $gt: '' }),
    fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), nestedJunk, { minKeys: 1, maxKeys: 3 }),
  );
  const arrays = fc.array(fc.oneof(fc.integer(), objects), { minLength: 1, maxLength: 4 });
  if (typeof original === 'string')
    return fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), arrays, objects);
  if (typeof original === 'number')
    return fc.oneof(
      fc.constantFrom(...OUT_OF_RANGE_NUMBERS),
      hostileString,
      fc.constant('2'),
      fc.boolean(),
      arrays,
      objects,
    );
  if (typeof original === 'boolean') return fc.oneof(fc.constantFrom('true', 'false', 1, 0, 'yes'), arrays, objects);
  if (Array.isArray(original))
    return fc.oneof(
      hostileString,
      fc.integer(),
      objects,
      fc.constant([[[[]]]]),
      fc.array(fc.constantFrom({ __junk: 1 }, 12, true), { minLength: 1, maxLength: 3 }),
    );
  return fc.oneof(hostileString, fc.integer(), fc.boolean(), fc.array(nestedJunk, { minLength: 1, maxLength: 3 }));
}

// ---- mutations of a valid request ----------------------------------------------------------------------------------

type Path = (string | number)[];

function pathsOf(value: unknown, prefix: Path = []): { path: Path; value: unknown }[] {
  if (value === null || typeof value !== 'object') return [{ path: prefix, value }];
  const own = prefix.length > 0 ? [{ path: prefix, value }] : [];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [...own, ...entries.flatMap(([key, child]) => pathsOf(child, [...prefix, key]))];
}

function setAt(body: Body, path: Path, replacement: unknown): Body {
  const copy = structuredClone(body);
  let target = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  target[path[path.length - 1]] = replacement;
  return copy;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A request to send: a JSON body (raw text, so that `__proto__` and deep nesting reach the server as written), and the path. */
interface Attempt {
  readonly kind: string;
  readonly json: string;
  readonly pathParam?: string;
}

const json = (value: unknown) => JSON.stringify(value);

/** Inserts a key into the JSON text of the object at `path` (JSON.stringify would drop or misplace `__proto__`). */
function withRawKey(body: Body, path: Path, key: string, value: unknown): string {
  const marker = `__marker_${randomUUID()}`;
  const copy = structuredClone(body);
  let target = copy as Record<string | number, unknown>;
  for (const step of path) target = target[step] as Record<string | number, unknown>;
  target[marker] = 0;
  return json(copy).replace(`"${marker}":0`, `${json(key)}:${json(value)}`);
}

function attempts(valid: Body): fc.Arbitrary<Attempt> {
  const paths = pathsOf(valid);
  const objectPaths = [
    { path: [] as Path, value: valid as unknown },
    ...paths.filter((p) => p.value !== null && typeof p.value === 'object' && !Array.isArray(p.value)),
  ];
  const formatted = paths.filter((p) => typeof p.value === 'string' && (UUID.test(p.value) || DATE.test(p.value)));

  const notAnObject = fc.oneof(
    fc.array(nestedJunk, { maxLength: 4 }).map((v) => ({ kind: 'array body', json: json(v) })),
    fc.constant({ kind: 'array of the valid body', json: json([valid]) }),
    fc
      .oneof(hostileString, fc.integer(), fc.boolean(), fc.constant(null))
      .map((v) => ({ kind: 'scalar body', json: json(v) })),
    fc
      .constantFrom('', '{', '{"a":1,}', "{'a':1}", '{"a":01}', 'NaN', '\u0000{}')
      .map((raw) => ({ kind: 'not JSON', json: raw })),
  );
  const wrongTypeAtPath = fc.constantFrom(...paths).chain(({ path, value }) =>
    wrongType(value).map((replacement) => ({
      kind: `wrong type at ${path.join('.')}`,
      json: json(setAt(valid, path, replacement)),
    })),
  );
  const badFormat = formatted.length
    ? fc.constantFrom(...formatted).chain(({ path, value }) =>
        fc
          .oneof(
            hostileString,
            fc.constantFrom(...BAD_DATES),
            fc.constantFrom(
              `${String(value)}\n`,
              ` ${String(value)}`,
              `${String(value)}'--`,
              String(value).replace(/-/g, ''),
              `${String(value)}0`,
            ),
          )
          .filter((replacement) => replacement !== value && !(UUID.test(String(value)) && UUID.test(replacement)))
          .map((replacement) => ({
            kind: `bad value at ${path.join('.')}`,
            json: json(setAt(valid, path, replacement)),
          })),
      )
    : fc.constant({ kind: 'bad value', json: json({ ...valid, unexpected: true }) });
  const hostileKey = fc
    .tuple(
      fc.constantFrom(...objectPaths),
      fc.oneof(
        fc.constantFrom(
          '__proto__',
          'constructor',
          'prototype',
          '__defineGetter__',
          'hasOwnProperty',
          'toString',
          'valueOf',
          '$where',
          'isAdmin',
          'roles',
          '',
        ),
        fc.string({ minLength: 1, maxLength: 12 }),
      ),
      fc.oneof(
        nestedJunk,
        fc.constant({ polluted: true, isAdmin: true }),
        fc.constant({ constructor: { prototype: { polluted: true } } }),
      ),
    )
    .filter(([{ value }, key]) => !Object.prototype.hasOwnProperty.call(value as object, key))
    .map(([{ path }, key, value]) => ({
      kind: `extra key ${JSON.stringify(key)} at ${path.join('.') || '(root)'}`,
      json: withRawKey(valid, path, key, value),
    }));
  const deep = fc.tuple(fc.constantFrom(...objectPaths), deepNesting).map(([{ path }, { raw }]) => ({
    kind: `deep nesting at ${path.join('.') || '(root)'}`,
    json: withRawKey(valid, path, 'nested', 0).replace('"nested":0', `"nested":${raw}`),
  }));
  const oversized = fc.integer({ min: 101 * 1024, max: 400 * 1024 }).map((size) => ({
    kind: `oversized (${size} bytes of padding)`,
    json: json({ ...valid, padding: 'x'.repeat(size) }),
  }));

  return fc.oneof(notAnObject, wrongTypeAtPath, wrongTypeAtPath, badFormat, badFormat, hostileKey, deep, oversized);
}

/** Attacks refused whatever the route's body: malformed JSON, object-machinery keys, deep nesting, oversized bodies. */
function genericAttempts(): fc.Arbitrary<Attempt> {
  return fc.oneof(
    fc
      .constantFrom('{', '{"a":1,}', "{'a':1}", '{"a":01}', 'NaN', '\u0000{}')
      .map((raw) => ({ kind: 'not JSON', json: raw })),
    fc
      .tuple(
        fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__defineGetter__'),
        nestedJunk,
      )
      .map(([key, value]) => ({ kind: `key ${key}`, json: `{${json(key)}:${json(value)}}` })),
    deepNesting.map(({ raw }) => ({ kind: 'deep nesting', json: `{"nested":${raw}}` })),
    fc
      .integer({ min: 101 * 1024, max: 400 * 1024 })
      .map((size) => ({ kind: `oversized (${size} bytes)`, json: json({ padding: 'x'.repeat(size) }) })),
  );
}

/** Percent-encodes a value for a path (a lone surrogate, which cannot be encoded, becomes U+FFFD). */
const encode = (value: string) =>
  encodeURIComponent(
    value.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'),
  );

/** Hostile path parameters, with an otherwise valid body; raw ones are sent as written (malformed percent-encoding too). */
const hostilePathParam = fc.oneof(
  fc
    .constantFrom(
      ...HOSTILE_STRINGS,
      'x'.repeat(5_000),
      '00000000-0000-0000-0000-00000000000g',
      '7d3f8a52-95f1-4c2e-8a1b-2f0c9d4e6b71\n',
    )
    .map(encode),
  fc.constantFrom(
    '%',
    '%E0%A4%A',
    '%ZZ',
    '..%2F..%2Fhealth',
    '%2e%2e',
    '..',
    '.',
    '%00',
    '%C0%AE%C0%AE',
    '%uFEFF',
    'a%2Fb',
    'null',
    '0',
    '-1',
    '1e308',
  ),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }).map(encode),
);

// ---- the test ------------------------------------------------------------------------------------------------------

describe('fuzzing every command route', () => {
  let api: ApiHarness;
  let token: string;
  const tokens = new Map<string, string>();
  let ids: Ids;
  let dataSource: DataSource;
  const commandRoutes = () =>
    routeInventory(api.app).filter((route) => ['POST', 'PUT', 'PATCH'].includes(route.method));
  const countEvents = async () =>
    (await dataSource.query('SELECT count(*)::int AS count FROM events'))[0].count as number;

  beforeAll(async () => {
    api = await startApi({ RATE_LIMIT_PER_TOKEN: '1000000', LOG_LEVEL: 'warn' });
    dataSource = api.app.get(DataSource);
    token = await api.token('VLO_MANAGER', 'manager-fuzz');
    const send = async (path: string, body: Body) => {
      const response = await request(api.http).post(path).set('Authorization', `Bearer ${token}`).send(body);
      if (response.status !== 201) throw new Error(`setup ${path}: HTTP ${response.status} ${response.text}`);
    };
    const sentenceId = randomUUID();
    const otherSentenceId = randomUUID();
    const victimId = randomUUID();
    await send('/sentences', aSentence({ sentenceId }));
    await send('/sentences', aSentence({ sentenceId: otherSentenceId, reference: 'X654321' }));
    await send('/victims', aReferral(sentenceId, { victimId }));
    await send(`/victims/${victimId}/enrolment`, anEnrolment(sentenceId));
    const letterId = randomUUID();
    await send(`/victims/${victimId}/letters`, {
      letterId,
      stage: 'initial-contact',
      signature: { name: 'Alex Officer', phone: '0113 496 0000' },
    });
    ids = { sentenceId, otherSentenceId, victimId, letterId, recalculationId: randomUUID() };
  });

  afterAll(async () => {
    await api.close();
  });

  it('has a valid request for every command route (a new route must be added to VALID above)', () => {
    expect(
      commandRoutes()
        .map((r) => `${r.method} ${r.path}`)
        .sort(),
    ).toEqual(Object.keys(VALID).sort());
  });

  /** A token with a role the route admits (VLO_MANAGER where it can), so every request gets past the AuthGuard. */
  async function tokenFor(route: { roles: readonly string[] }): Promise<string> {
    const role = (route.roles.includes('VLO_MANAGER') ? 'VLO_MANAGER' : route.roles[0]) as Parameters<
      ApiHarness['token']
    >[0];
    if (!tokens.has(role))
      tokens.set(role, role === 'VLO_MANAGER' ? token : await api.token(role, `${role.toLowerCase()}-fuzz`));
    return tokens.get(role) as string;
  }

  it('answers every malformed, oversized or hostile request with a 4xx problem and appends nothing', async () => {
    const failures: string[] = [];
    for (const route of commandRoutes()) {
      const name = `${route.method} ${route.path}`;
      const method = route.method.toLowerCase() as 'post' | 'put' | 'patch';
      const pathParams = route.path.match(/:[A-Za-z]+/g) ?? [];
      const concrete = (overrideParam?: string) =>
        route.path.replace(
          /:([A-Za-z]+)/g,
          (_match, param: string) => overrideParam ?? (ids as unknown as Record<string, string>)[param],
        );
      // A route without a tailored valid request (the test above fails for it) still gets the attacks that need none.
      // A route whose valid body is empty (e.g. approving a letter) has no fields to mutate: it gets the generic attacks.
      const tailored = name in VALID && Object.keys(VALID[name](ids)).length > 0;
      const valid = tailored ? VALID[name](ids) : {};
      const routeToken = await tokenFor(route);
      const bodyAttempts = tailored ? attempts(valid) : genericAttempts();
      const arbitrary: fc.Arbitrary<Attempt> = pathParams.length
        ? fc.oneof(
            { arbitrary: bodyAttempts, weight: 4 },
            {
              arbitrary: hostilePathParam.map((pathParam) => ({
                kind: `hostile path parameter ${pathParam.slice(0, 40)}`,
                json: json(tailored ? VALID[name](ids) : {}),
                pathParam,
              })),
              weight: 1,
            },
          )
        : bodyAttempts;

      const before = await countEvents();
      const result = await fc.check(
        fc.asyncProperty(arbitrary, async (attempt) => {
          const call = request(api.http)[method](concrete(attempt.pathParam));
          const response = await call
            .set('Authorization', `Bearer ${routeToken}`)
            .set('X-Purpose', 'data quality: fuzz testing the command routes')
            .set('Content-Type', 'application/json')
            .send(attempt.json);
          const after = await countEvents();
          const problem = response.body as { statusCode?: unknown; message?: unknown };
          const ok =
            response.status >= 400 &&
            response.status < 500 &&
            problem.statusCode === response.status &&
            typeof problem.message === 'string' &&
            !/\bat \S+ \(|node_modules|\.ts:\d+/.test(response.text) &&
            after === before;
          if (!ok)
            throw new Error(
              `${attempt.kind}: HTTP ${response.status}, events ${before} -> ${after}, body ${response.text.slice(0, 300)}`,
            );
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      );
      if (result.failed) {
        failures.push(
          `${name}: ${String((result.errorInstance as Error | undefined)?.message ?? result.error)}\n    replay: FUZZ_SEED=${result.seed} (path ${result.counterexamplePath})`,
        );
      }
    }
    expect(failures).toEqual([]);
    // No time limit asserted (tests never assert speed): 34 routes × RUNS take well over a minute on a loaded machine.
  }, 600_000);
});
