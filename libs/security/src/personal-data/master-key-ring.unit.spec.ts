import { randomBytes, randomUUID } from 'node:crypto';
import { DataKeyUnwrapError, MasterKeyConfigurationError, UnknownMasterKeyError } from './errors';
import { MasterKeyRing } from './master-key-ring';

describe('MasterKeyRing', () => {
  const k1 = MasterKeyRing.generateBase64Key();
  const k2 = MasterKeyRing.generateBase64Key();

  it('wraps a data key and unwraps it to the same bytes', () => {
    const ring = MasterKeyRing.single('2026-01', k1);
    const victimId = randomUUID();
    const dataKey = randomBytes(32);
    const wrapped = ring.wrap(victimId, dataKey);
    expect(wrapped.masterKeyId).toBe('2026-01');
    expect(wrapped.wrappedKey.includes(dataKey)).toBe(false);
    expect(ring.unwrap(victimId, wrapped).equals(dataKey)).toBe(true);
  });

  it('binds the wrapped key to its victim: a row copied to another victim does not unwrap', () => {
    const ring = MasterKeyRing.single('k1', k1);
    const wrapped = ring.wrap(randomUUID(), randomBytes(32));
    expect(() => ring.unwrap(randomUUID(), wrapped)).toThrow(DataKeyUnwrapError);
  });

  it('binds the wrapped key to the master key id, and detects tampering', () => {
    const victimId = randomUUID();
    const ring = new MasterKeyRing('a', [
      { id: 'a', key: Buffer.from(k1, 'base64') },
      { id: 'b', key: Buffer.from(k1, 'base64') }, // same bytes, other id
    ]);
    const wrapped = ring.wrap(victimId, randomBytes(32));
    expect(() => ring.unwrap(victimId, { ...wrapped, masterKeyId: 'b' })).toThrow(DataKeyUnwrapError);
    const tampered = Buffer.from(wrapped.wrappedKey);
    tampered[tampered.length - 1] ^= 1;
    expect(() => ring.unwrap(victimId, { ...wrapped, wrappedKey: tampered })).toThrow(DataKeyUnwrapError);
    expect(() => ring.unwrap(victimId, { ...wrapped, wrappedKey: wrapped.wrappedKey.subarray(0, 40) })).toThrow(
      DataKeyUnwrapError,
    );
  });

  it('rotates: the new current key wraps, the old one still unwraps by id, a removed one is reported', () => {
    const victimId = randomUUID();
    const dataKey = randomBytes(32);
    const before = MasterKeyRing.fromConfiguration({ currentKeyId: 'old', keys: `old=${k1}` });
    const wrappedByOld = before.wrap(victimId, dataKey);

    const after = MasterKeyRing.fromConfiguration({ currentKeyId: 'new', keys: `new=${k2}, old=${k1}` });
    expect(after.unwrap(victimId, wrappedByOld).equals(dataKey)).toBe(true);
    const wrappedByNew = after.wrap(victimId, dataKey);
    expect(wrappedByNew.masterKeyId).toBe('new');
    expect(after.unwrap(victimId, wrappedByNew).equals(dataKey)).toBe(true);

    const retired = MasterKeyRing.fromConfiguration({ currentKeyId: 'new', keys: `new=${k2}` });
    expect(() => retired.unwrap(victimId, wrappedByOld)).toThrow(UnknownMasterKeyError);
  });

  it('refuses bad configuration', () => {
    expect(() => MasterKeyRing.single('k', randomBytes(16).toString('base64'))).toThrow(MasterKeyConfigurationError);
    expect(() => MasterKeyRing.single('k', 'not base64!!')).toThrow(MasterKeyConfigurationError);
    expect(() => MasterKeyRing.fromConfiguration({ currentKeyId: 'k', keys: '' })).toThrow(MasterKeyConfigurationError);
    expect(() => MasterKeyRing.fromConfiguration({ currentKeyId: 'missing', keys: `k=${k1}` })).toThrow(
      MasterKeyConfigurationError,
    );
    expect(() => MasterKeyRing.fromConfiguration({ currentKeyId: 'k', keys: `k=${k1},k=${k2}` })).toThrow(
      MasterKeyConfigurationError,
    );
    expect(() => MasterKeyRing.fromConfiguration({ currentKeyId: 'k', keys: k1 })).toThrow(MasterKeyConfigurationError);
  });

  it('never puts key material in its error messages', () => {
    try {
      MasterKeyRing.fromConfiguration({ currentKeyId: 'x', keys: `k=${k1}` });
    } catch (error) {
      expect(String(error)).not.toContain(k1);
    }
  });
});
