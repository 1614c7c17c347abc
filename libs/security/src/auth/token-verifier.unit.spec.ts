import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import { createPrivateKey } from 'node:crypto';
import { DevelopmentKeyRefusedError, InvalidTokenError, TokenVerifier } from './token-verifier';
import { mintToken } from './token-minter';

const DEV = join(__dirname, '../../../../config/dev');
// A copy of the committed key's text, as if read from another path: refused by what it is, not where it came from.
const DEV_PUBLIC_COPY = readFileSync(join(DEV, 'jwt-dev-public.pem'), 'utf8');
const DEV_PRIVATE = readFileSync(join(DEV, 'jwt-dev-private.pem'), 'utf8');
const ISSUER = 'vcs-dev-identity';
const AUDIENCE = 'victim-contact-service';
const now = () => Math.floor(Date.now() / 1000);

const verifier = (options: Partial<ConstructorParameters<typeof TokenVerifier>[0]> = {}) =>
  new TokenVerifier({ issuer: ISSUER, audience: AUDIENCE, publicKeyPem: DEV_PUBLIC_COPY, ...options });
const reasonOf = async (promise: Promise<unknown>): Promise<string> => {
  try {
    await promise;
    return 'accepted';
  } catch (error) {
    return error instanceof InvalidTokenError ? error.reason : String(error);
  }
};
const sign = (claims: Record<string, unknown>) =>
  new SignJWT(claims).setProtectedHeader({ alg: 'ES256' }).sign(createPrivateKey(DEV_PRIVATE));

describe('TokenVerifier', () => {
  it('refuses the committed development key by its fingerprint when told to (production), from any copy', () => {
    expect(() => verifier({ refuseDevelopmentKey: true })).toThrow(DevelopmentKeyRefusedError);
    expect(() => verifier({ publicKeyPem: `\n${DEV_PUBLIC_COPY.trim()}\n\n`, refuseDevelopmentKey: true })).toThrow(
      DevelopmentKeyRefusedError,
    );
    expect(() => verifier({ refuseDevelopmentKey: false })).not.toThrow();
    const other = generateKeyPairSync('ec', { namedCurve: 'P-256' })
      .publicKey.export({ type: 'spki', format: 'pem' })
      .toString();
    expect(() => verifier({ publicKeyPem: other, refuseDevelopmentKey: true })).not.toThrow();
  });

  it('caps the lifetime of a token (one hour by default, configurable) and refuses one issued in the future or without iat', async () => {
    const mint = (ttlSeconds: number, issuedAt = now()) =>
      mintToken({
        privateKeyPem: DEV_PRIVATE,
        issuer: ISSUER,
        audience: AUDIENCE,
        userId: 'vlo-1',
        roles: ['VLO'],
        ttlSeconds,
        issuedAt,
      });
    expect(await reasonOf(verifier().verify(await mint(3600)))).toBe('accepted');
    expect(await reasonOf(verifier().verify(await mint(3601)))).toBe('token lifetime is too long');
    expect(await reasonOf(verifier().verify(await mint(100 * 365 * 24 * 3600)))).toBe('token lifetime is too long');
    expect(await reasonOf(verifier({ maxLifetimeSeconds: 600 }).verify(await mint(900)))).toBe(
      'token lifetime is too long',
    );
    expect(await reasonOf(verifier().verify(await mint(600, now() + 3600)))).toBe('claim iat is not acceptable');
    const withoutIat = await sign({ sub: 'vlo-1', roles: ['VLO'], iss: ISSUER, aud: AUDIENCE, exp: now() + 600 });
    expect(await reasonOf(verifier().verify(withoutIat))).toBe('claim iat is not acceptable');
  });

  it('reads roles from HMPPS-style authorities (other services’ roles ignored) and from roles (every entry ours), and units', async () => {
    const base = { sub: 'vlo-1', iss: ISSUER, aud: AUDIENCE, iat: now(), exp: now() + 600 };
    const user = await verifier().verify(
      await sign({ ...base, authorities: ['ROLE_VLO', 'ROLE_GLOBAL_SEARCH'], units: ['london', 'wales'] }),
    );
    expect(user).toEqual({ userId: 'vlo-1', roles: ['VLO'], units: ['london', 'wales'] });
    expect(await reasonOf(verifier().verify(await sign({ ...base, authorities: ['ROLE_GLOBAL_SEARCH'] })))).toBe(
      'roles claim must list known roles',
    );
    expect(
      await reasonOf(verifier().verify(await sign({ ...base, roles: ['VLO'], units: ['london', 'atlantis'] }))),
    ).toBe('units claim must list known unit codes');
    expect(await reasonOf(verifier().verify(await sign({ ...base, roles: ['VLO'], units: 'london' })))).toBe(
      'units claim must list known unit codes',
    );
    const renamed = verifier({ claimNames: { authorities: 'groups', units: 'caseloads' } });
    expect(await renamed.verify(await sign({ ...base, groups: ['VLO_MANAGER'], caseloads: ['wales'] }))).toEqual({
      userId: 'vlo-1',
      roles: ['VLO_MANAGER'],
      units: ['wales'],
    });
  });

  it("reads a partner's agency from the agency claim, when there is one, and refuses one that is not a known agency", async () => {
    const base = { sub: 'mappa-1', iss: ISSUER, aud: AUDIENCE, iat: now(), exp: now() + 600, roles: ['MAPPA_PARTNER'] };
    expect(await verifier().verify(await sign({ ...base, agency: 'police' }))).toEqual({
      userId: 'mappa-1',
      roles: ['MAPPA_PARTNER'],
      units: [],
      agency: 'police',
    });
    expect(await verifier().verify(await sign(base))).toEqual({
      userId: 'mappa-1',
      roles: ['MAPPA_PARTNER'],
      units: [],
    });
    for (const agency of ['the-neighbours', ['police'], 7, ''])
      expect(await reasonOf(verifier().verify(await sign({ ...base, agency })))).toBe(
        'agency claim must name a known agency',
      );
  });

  it("reads the person's name from the name claim (configurable), tidied, and leaves out one it cannot show", async () => {
    const base = { sub: 'vlo-1', iss: ISSUER, aud: AUDIENCE, iat: now(), exp: now() + 600, roles: ['VLO'] };
    expect((await verifier().verify(await sign({ ...base, name: '  Priya   Shah ' }))).name).toBe('Priya Shah');
    const hmpps = verifier({ claimNames: { authorities: 'authorities', units: 'units', name: 'full_name' } });
    expect((await hmpps.verify(await sign({ ...base, full_name: 'Alex Morgan', name: 'x' }))).name).toBe('Alex Morgan');
    for (const name of ['', '   ', 'a'.repeat(121), 'Line\nbreak', 'Bell\u0007', ['Priya'], 7])
      expect(await verifier().verify(await sign({ ...base, name }))).toEqual({
        userId: 'vlo-1',
        roles: ['VLO'],
        units: [],
      });
  });
});
