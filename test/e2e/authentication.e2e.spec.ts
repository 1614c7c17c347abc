import { ApiHarness, startApi } from '@vcs/test-support';
import request from 'supertest';

describe('bearer tokens', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi();
  });

  afterAll(async () => {
    await api.close();
  });

  const post = (token: string) => request(api.http).post('/sentences').set('Authorization', `Bearer ${token}`).send({});

  it('lets a valid token with an admitted role through to validation', async () => {
    await post(await api.token('VLO')).expect(400);
  });

  it('refuses an expired token with 401', async () => {
    const response = await post(
      await api.token('VLO', 'vlo-1', { issuedAt: Math.floor(Date.now() / 1000) - 7200, ttlSeconds: 60 }),
    ).expect(401);
    expect(response.body.message).toBe('token expired');
  });

  it('refuses a token for another audience with 401', async () => {
    await post(await api.token('VLO', 'vlo-1', { audience: 'another-service' })).expect(401);
  });

  it('refuses a tampered token with 401', async () => {
    const [header, payload, signature] = (await api.token('VLO')).split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, roles: ['ADMIN'] })).toString('base64url');
    await post(`${header}.${forged}.${signature}`).expect(401);
  });

  it('refuses a token signed by another key with 401', async () => {
    const { generateKeyPairSync } = await import('node:crypto');
    const { SignJWT } = await import('jose');
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const token = await new SignJWT({ roles: ['VLO'] })
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject('intruder')
      .setIssuer('vcs-dev-identity')
      .setAudience('victim-contact-service')
      .setExpirationTime('1h')
      .sign(privateKey);
    await post(token).expect(401);
  });

  it('refuses an unsigned token (alg none) with 401', async () => {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const token = `${encode({ alg: 'none' })}.${encode({ sub: 'x', roles: ['ADMIN'], aud: 'victim-contact-service', iss: 'vcs-dev-identity', exp: 9999999999 })}.`;
    await request(api.http).post('/sentences').set('Authorization', `Bearer ${token}`).send({}).expect(401);
  });

  it('refuses a valid token whose role the route does not admit with 403', async () => {
    await post(await api.token('PAROLE_BOARD')).expect(403);
  });
});
