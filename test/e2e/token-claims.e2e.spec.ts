import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiHarness, startApi } from '@vcs/test-support';
import { JWTPayload, SignJWT } from 'jose';
import request from 'supertest';

/** Tokens signed with the right key but with claims the API must not accept: each is a 401, before any validation. */

const DEV_PRIVATE_KEY = createPrivateKey(readFileSync(join(__dirname, '../../config/dev/jwt-dev-private.pem'), 'utf8'));
const ISSUER = 'vcs-dev-identity';
const AUDIENCE = 'victim-contact-service';

async function sign(claims: JWTPayload): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: 'ES256' }).sign(DEV_PRIVATE_KEY);
}

const now = () => Math.floor(Date.now() / 1000);
const valid = (): JWTPayload => ({
  sub: 'vlo-claims',
  roles: ['VLO'],
  iss: ISSUER,
  aud: AUDIENCE,
  iat: now(),
  exp: now() + 600,
});

describe('bearer token claims', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi();
  });

  afterAll(async () => {
    await api.close();
  });

  const post = (token: string) => request(api.http).post('/sentences').set('Authorization', `Bearer ${token}`).send({});

  it('lets the well-formed token through to validation (the baseline for the cases below)', async () => {
    await post(await sign(valid())).expect(400);
  });

  it.each<[string, (claims: JWTPayload) => JWTPayload, string]>([
    [
      'not valid before a time in the future (nbf)',
      (c) => ({ ...c, nbf: now() + 3600 }),
      'claim nbf is not acceptable',
    ],
    ['issued by another issuer', (c) => ({ ...c, iss: 'https://login.evil.example' }), 'claim iss is not acceptable'],
    ['with no issuer', ({ iss: _iss, ...c }) => c, 'claim iss is not acceptable'],
    ['with an unknown role', (c) => ({ ...c, roles: ['SUPERUSER'] }), 'roles claim must list known roles'],
    [
      'with a known role beside an unknown one',
      (c) => ({ ...c, roles: ['VLO', 'root'] }),
      'roles claim must list known roles',
    ],
    ['with roles that are not a list', (c) => ({ ...c, roles: 'VLO' }), 'roles claim must list known roles'],
    ['with no roles', ({ roles: _roles, ...c }) => c, 'roles claim must list known roles'],
    ['with no subject (sub)', ({ sub: _sub, ...c }) => c, 'claim sub is not acceptable'],
    ['with an empty subject', (c) => ({ ...c, sub: '' }), 'claim sub is not acceptable'],
    [
      'with a subject that is not a string',
      (c) => ({ ...c, sub: 42 as unknown as string }),
      'claim sub is not acceptable',
    ],
    ['with no expiry (exp)', ({ exp: _exp, ...c }) => c, 'claim exp is not acceptable'],
    [
      'for several audiences, none of them this service',
      (c) => ({ ...c, aud: ['partner-portal', 'another-service'] }),
      'claim aud is not acceptable',
    ],
  ])('refuses a token %s with 401', async (_case, change, reason) => {
    const response = await post(await sign(change(valid())));
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: reason });
  });

  it('refuses a token that is not a bearer token, or not a JWT, with 401', async () => {
    for (const header of [
      'Basic dmxvOnB3',
      'Bearer',
      'Bearer a.b',
      'Bearer <script>',
      `Bearer ${'a'.repeat(9000)}.b.c`,
    ]) {
      const response = await request(api.http).post('/sentences').set('Authorization', header).send({});
      expect({ header: header.slice(0, 20), status: response.status }).toEqual({
        header: header.slice(0, 20),
        status: 401,
      });
    }
  });
});
