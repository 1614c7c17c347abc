import { randomUUID } from 'node:crypto';
import { ADMIN_DATABASE_URL, ApiHarness, startApi } from '@vcs/test-support';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { aReferral, aSentence, PERSONAL_VALUES, VICTIM } from '../../apps/api/src/victims/testing/victim-fixtures';

/** Security headers, CORS, body limit, caching, rate limits and what a failure may tell: the API as main.ts serves it. */

const FORBIDDEN_IN_ERRORS = [
  /\bat\s+\S+\s+\(/,
  /\.ts:\d+/,
  /node_modules/,
  /\bSELECT\b/i,
  /\bINSERT\b/i,
  /append_events/,
  /\bvcs_test_/,
  /ECONNREFUSED/,
  /stack/i,
];

function expectBareProblem(body: unknown, status: number): void {
  expect(body).toMatchObject({ statusCode: status, error: expect.any(String), message: expect.any(String) });
  const text = JSON.stringify(body);
  for (const pattern of FORBIDDEN_IN_ERRORS)
    expect({ pattern: String(pattern), found: pattern.test(text) }).toEqual({ pattern: String(pattern), found: false });
  for (const value of PERSONAL_VALUES) expect({ value, found: text.includes(value) }).toEqual({ value, found: false });
}

describe('HTTP hardening', () => {
  let api: ApiHarness;
  let vlo: string;

  beforeAll(async () => {
    api = await startApi();
    vlo = await api.token('VLO', 'vlo-hardening');
  });

  afterAll(async () => {
    await api.close();
  });

  describe('security headers', () => {
    it('sends HSTS, nosniff, no framing, no referrer and a CSP that allows nothing on API answers; no X-Powered-By', async () => {
      for (const response of [
        await request(api.http).get('/health/live'),
        await request(api.http).post('/sentences').set('Authorization', `Bearer ${vlo}`).send({}),
        await request(api.http).get('/victims').set('Authorization', 'Bearer nonsense'),
        await request(api.http).get('/no/such/route'),
      ]) {
        expect(response.headers['x-powered-by']).toBeUndefined();
        expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
        expect(response.headers['x-content-type-options']).toBe('nosniff');
        expect(response.headers['x-frame-options']).toBe('DENY');
        expect(response.headers['referrer-policy']).toBe('no-referrer');
        expect(response.headers['content-security-policy']).toBe(
          "default-src 'none';frame-ancestors 'none';base-uri 'none';form-action 'none'",
        );
        expect(response.headers['cache-control']).toBe('no-store');
      }
    });

    it('serves /docs under a CSP that allows its own scripts (no inline script) and styles, and every asset it names loads', async () => {
      const page = await request(api.http).get('/docs').redirects(1);
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toMatch(/text\/html/);
      const csp = page.headers['content-security-policy'] as string;
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe/);
      const scripts = [...page.text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.length).toBeGreaterThan(0);
      for (const [, attributes, body] of scripts) {
        expect(attributes).toMatch(/src="/); // an inline script would be refused by the CSP
        expect(body.trim()).toBe('');
      }
      const assets = [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)]
        .map(([, url]) => url)
        .filter((url) => !/^(https?:)?\/\//.test(url));
      expect(assets.length).toBeGreaterThanOrEqual(4);
      for (const asset of assets) {
        const url = new URL(asset, 'http://localhost/docs').pathname; // the page is /docs; its assets are ./docs/…
        const response = await request(api.http).get(url);
        expect({ url, status: response.status }).toEqual({ url, status: 200 });
      }
      const init = await request(api.http).get('/docs/swagger-ui-init.js').expect(200);
      expect(init.text).toContain('"openapi"'); // the document travels inside the init script
      await request(api.http).get('/openapi.json').expect(200);
    });
  });

  describe('CORS, closed by default', () => {
    it('gives no Access-Control-Allow-Origin to any origin, on a preflight or a real request', async () => {
      const preflight = await request(api.http)
        .options('/victims')
        .set('Origin', 'https://evil.example')
        .set('Access-Control-Request-Method', 'POST')
        .set('Access-Control-Request-Headers', 'authorization,content-type');
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
      expect(preflight.headers['access-control-allow-methods']).toBeUndefined();
      const real = await request(api.http).get('/health/live').set('Origin', 'https://evil.example');
      expect(real.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  describe('request body', () => {
    it('refuses a body over 100 kB with 413 in the usual shape, writing nothing', async () => {
      const before = await countEvents(api);
      const response = await request(api.http)
        .post('/victims')
        .set('Authorization', `Bearer ${vlo}`)
        .set('Content-Type', 'application/json')
        .send(JSON.stringify(aReferral(randomUUID(), { victimId: randomUUID(), padding: 'x'.repeat(101 * 1024) })));
      expect(response.status).toBe(413);
      expect(response.body).toEqual({
        statusCode: 413,
        error: 'Payload Too Large',
        message: 'the request body is over 100kb',
      });
      expect(await countEvents(api)).toBe(before);
    });

    it('takes a body just under the limit as far as validation', async () => {
      const response = await request(api.http)
        .post('/sentences')
        .set('Authorization', `Bearer ${vlo}`)
        .send(aSentence({ sentenceId: randomUUID(), padding: 'x'.repeat(90 * 1024) }));
      expect(response.status).toBe(400);
      expect(response.body.problems).toEqual([
        expect.objectContaining({ field: 'padding', rule: 'whitelistValidation' }),
      ]);
    });

    it('answers malformed JSON with 400, without echoing it', async () => {
      const response = await request(api.http)
        .post('/victims')
        .set('Authorization', `Bearer ${vlo}`)
        .set('Content-Type', 'application/json')
        .send(`{"fullName":"${VICTIM.fullName}",`);
      expect(response.status).toBe(400);
      expectBareProblem(response.body, 400);
    });
  });

  describe('validation answers never echo a value', () => {
    it('names the field and rule of a bad email, phone and postcode, but not the values', async () => {
      const sentenceId = await recordSentence(api, vlo);
      const personal = {
        ...VICTIM,
        email: `${VICTIM.fullName} <not-an-email>`,
        phone: `call ${VICTIM.phone} x`,
        address: { ...VICTIM.address, postcode: `${VICTIM.address.postcode}-nope` },
      };
      const response = await request(api.http)
        .post('/victims')
        .set('Authorization', `Bearer ${vlo}`)
        .send(aReferral(sentenceId, { victimId: randomUUID(), personal }));
      expect(response.status).toBe(400);
      const fields = (response.body.problems as { field: string }[]).map((p) => p.field);
      expect(fields).toEqual(expect.arrayContaining(['personal.email', 'personal.phone', 'personal.address.postcode']));
      expectBareProblem(response.body, 400);
      expect(response.text).not.toContain('not-an-email');
      expect(response.text).not.toContain('-nope');
    });
  });

  describe('Cache-Control', () => {
    it('is no-store on every authenticated answer: commands, reads, and refusals', async () => {
      const sentenceId = await recordSentence(api, vlo);
      const victimId = randomUUID();
      const referral = await request(api.http)
        .post('/victims')
        .set('Authorization', `Bearer ${vlo}`)
        .send(aReferral(sentenceId, { victimId }))
        .expect(201);
      const answers = [
        referral,
        await request(api.http).get(`/victims/${victimId}`).set('Authorization', `Bearer ${vlo}`),
        await request(api.http).get(`/victims/${victimId}/timeline`).set('Authorization', `Bearer ${vlo}`),
        await request(api.http).get('/victims').set('Authorization', `Bearer ${vlo}`),
        await request(api.http)
          .get(`/victims/${victimId}`)
          .set('Authorization', `Bearer ${await api.token('PAROLE_BOARD')}`),
      ];
      for (const answer of answers)
        expect({ status: answer.status, cacheControl: answer.headers['cache-control'] }).toEqual({
          status: answer.status,
          cacheControl: 'no-store',
        });
    });
  });
});

describe('CORS with an allow-list', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi({ CORS_ORIGINS: 'https://case.example.gov.uk' });
  });

  afterAll(async () => {
    await api.close();
  });

  it('answers a listed origin, with the headers the API uses, and no credentials', async () => {
    const preflight = await request(api.http)
      .options('/victims')
      .set('Origin', 'https://case.example.gov.uk')
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'authorization,content-type,idempotency-key');
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('https://case.example.gov.uk');
    expect(preflight.headers['access-control-allow-headers']).toContain('Idempotency-Key');
    expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
    const real = await request(api.http).get('/health/live').set('Origin', 'https://case.example.gov.uk');
    expect(real.headers['access-control-allow-origin']).toBe('https://case.example.gov.uk');
    expect(real.headers['access-control-expose-headers']).toContain('ETag');
  });

  it('does not answer any other origin', async () => {
    for (const origin of ['https://evil.example', 'https://case.example.gov.uk.evil.example', 'null']) {
      const response = await request(api.http)
        .options('/victims')
        .set('Origin', origin)
        .set('Access-Control-Request-Method', 'POST');
      expect({ origin, allowed: response.headers['access-control-allow-origin'] }).toEqual({
        origin,
        allowed: undefined,
      });
    }
  });
});

describe('rate limits', () => {
  let api: ApiHarness;
  const PER_TOKEN = 5;
  const PER_IP = 4;

  beforeAll(async () => {
    api = await startApi({
      RATE_LIMIT_PER_TOKEN: String(PER_TOKEN),
      RATE_LIMIT_PER_IP: String(PER_IP),
      RATE_LIMIT_WINDOW_MS: '60000',
    });
  });

  afterAll(async () => {
    await api.close();
  });

  const command = (token: string) =>
    request(api.http).post('/sentences').set('Authorization', `Bearer ${token}`).send({});

  function expectTooMany(response: request.Response): void {
    expect(response.status).toBe(429);
    expect(response.body).toEqual({
      statusCode: 429,
      error: 'Too Many Requests',
      message: expect.stringContaining('Retry-After'),
    });
    const retryAfter = Number(response.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(response.headers['cache-control']).toBe('no-store');
  }

  it('limits each token subject across all routes, whichever token of that subject it comes with', async () => {
    const first = await api.token('VLO', 'vlo-busy');
    const statuses = [];
    for (let i = 0; i < PER_TOKEN; i++)
      statuses.push(
        (await (i % 2 ? command(first) : request(api.http).get('/victims').set('Authorization', `Bearer ${first}`)))
          .status,
      );
    expect(statuses).not.toContain(429);
    expectTooMany(await command(first));
    // A fresh token for the same subject is the same caller.
    const second = await api.token('VLO', 'vlo-busy', { issuedAt: Math.floor(Date.now() / 1000) - 5 });
    expect(second).not.toBe(first);
    expectTooMany(await command(second));
  });

  it('keys on the verified subject, not the address: another user from the same address is not limited', async () => {
    const other = await api.token('VLO', 'vlo-quiet');
    for (let i = 0; i < PER_TOKEN; i++) expect((await command(other)).status).toBe(400);
  });

  it('counts requests refused with 403 against the subject', async () => {
    const partner = await api.token('PAROLE_BOARD', 'pb-prober');
    for (let i = 0; i < PER_TOKEN; i++) expect((await command(partner)).status).toBe(403);
    expectTooMany(await command(partner));
  });

  it('limits requests without a valid token by address: random invalid tokens do not get round it', async () => {
    const randomToken = () =>
      `${Buffer.from(JSON.stringify({ alg: 'ES256' })).toString('base64url')}.${Buffer.from(JSON.stringify({ sub: randomUUID() })).toString('base64url')}.${randomUUID()}`;
    const statuses: number[] = [];
    for (let i = 0; i < PER_IP; i++) statuses.push((await command(randomToken())).status);
    expect(statuses).toEqual(Array(PER_IP).fill(401));
    expectTooMany(await command(randomToken()));
    expectTooMany(await request(api.http).post('/sentences').send({})); // no token at all: same address
    expectTooMany(await request(api.http).get('/info')); // public routes share the address's limit
    // … but not health, which an orchestrator polls from one address.
    for (const route of [
      '/health',
      '/health/ping',
      '/health/liveness',
      '/health/readiness',
      '/health/live',
      '/health/ready',
    ]) {
      expect((await request(api.http).get(route)).status).toBe(200);
    }
    // A valid token from the same address still gets through: its limit is its own.
    expect((await command(await api.token('VLO', 'vlo-fresh'))).status).toBe(400);
  });
});

describe('an unexpected failure (the database goes away)', () => {
  let api: ApiHarness;
  let vlo: string;
  let admin: Client;

  beforeAll(async () => {
    api = await startApi();
    vlo = await api.token('VLO', 'vlo-outage');
    admin = new Client({ connectionString: ADMIN_DATABASE_URL });
    await admin.connect();
  });

  afterAll(async () => {
    await admin.query(`ALTER DATABASE ${api.database.name} ALLOW_CONNECTIONS true`);
    await admin.end();
    await api.close();
  });

  it('answers a bare 500: no stack, no SQL, no personal data, and logs none either', async () => {
    const sentenceId = await recordSentence(api, vlo);
    await admin.query(`ALTER DATABASE ${api.database.name} ALLOW_CONNECTIONS false`);
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [api.database.name]);
    const logsBefore = api.logLines.length;

    const command = await request(api.http)
      .post('/victims')
      .set('Authorization', `Bearer ${vlo}`)
      .send(aReferral(sentenceId, { victimId: randomUUID() }));
    const read = await request(api.http).get(`/victims/${randomUUID()}`).set('Authorization', `Bearer ${vlo}`);

    for (const response of [command, read]) {
      expect(response.status).toBe(500);
      expect(response.body).toEqual({
        statusCode: 500,
        error: 'Internal Server Error',
        message: 'something went wrong; it has been logged',
      });
      expectBareProblem(response.body, 500);
    }
    const logged = api.logLines.slice(logsBefore);
    const failures = logged.filter((line) => line.includes('"request failed"'));
    expect(failures.length).toBeGreaterThan(0);
    // The class, the driver's code and where it happened: enough to diagnose, nothing the caller sent.
    for (const line of failures)
      expect(JSON.parse(line).err).toEqual({
        type: expect.stringMatching(/Error$/),
        code: '55000',
        frames: expect.stringMatching(/^\s+at /),
      });
    const text = logged.join('\n');
    for (const value of PERSONAL_VALUES)
      expect({ value, found: text.includes(value) }).toEqual({ value, found: false });
    expect(text).not.toMatch(/\bSELECT\b|\bINSERT\b|append_events/i);
    expect(text).not.toContain(api.database.name); // the driver's message names the database: messages are not logged
  });
});

async function countEvents(api: ApiHarness): Promise<number> {
  const [{ count }] = await api.app.get(DataSource).query('SELECT count(*)::int AS count FROM events');
  return count;
}

async function recordSentence(api: ApiHarness, token: string): Promise<string> {
  const sentenceId = randomUUID();
  await request(api.http)
    .post('/sentences')
    .set('Authorization', `Bearer ${token}`)
    .send(aSentence({ sentenceId }))
    .expect(201);
  return sentenceId;
}
