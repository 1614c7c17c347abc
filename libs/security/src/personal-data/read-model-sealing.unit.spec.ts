import { randomBytes } from 'node:crypto';
import { isSealed, openerFor, openWith, sealerFor, sealWith } from './read-model-sealing';
import { DataKeyLookup } from './victim-data-key-store';

const VICTIM = '3b241101-e2bb-4255-8caf-4136c566a962';
const OTHER = '9a7c3d52-1e4f-4b6a-8c2d-5f0e1a3b7c9d';

function keysOf(entries: Record<string, Buffer | 'destroyed'>) {
  const map = new Map(Object.entries(entries));
  return {
    find: async (victimId: string): Promise<DataKeyLookup> => map.get(victimId.toLowerCase()),
    findMany: async (victimIds: Iterable<string>) =>
      new Map(
        [...victimIds].flatMap((id) => (map.has(id) ? [[id, map.get(id) as Buffer | 'destroyed'] as const] : [])),
      ),
  };
}

describe('personal data sealed in read models', () => {
  const key = randomBytes(32);

  it('holds no plaintext, opens with the victim key, and seals the same text the same way (rebuilds give the same rows)', () => {
    const sealed = sealWith(key, VICTIM, 'Jane Example, 12 Acacia Avenue');
    expect(isSealed(sealed)).toBe(true);
    expect(sealed).not.toMatch(/Jane|Acacia/);
    expect(openWith(key, VICTIM, sealed)).toBe('Jane Example, 12 Acacia Avenue');
    expect(sealWith(key, VICTIM.toUpperCase(), 'Jane Example, 12 Acacia Avenue')).toBe(sealed);
    expect(sealWith(key, VICTIM, 'Jane Example')).not.toBe(sealed);
  });

  it('does not open under another key, for another victim, or tampered with', () => {
    const sealed = sealWith(key, VICTIM, 'Jane Example');
    expect(openWith(randomBytes(32), VICTIM, sealed)).toBeUndefined();
    expect(openWith(key, OTHER, sealed)).toBeUndefined();
    const bytes = Buffer.from(sealed.slice(4), 'base64url');
    bytes[14] ^= 1;
    expect(openWith(key, VICTIM, `pd1.${bytes.toString('base64url')}`)).toBeUndefined();
    expect(openWith(key, VICTIM, 'Jane Example')).toBeUndefined();
  });

  it('stores nothing for a victim without a live key, and reads an erased victim as null', async () => {
    const seal = await sealerFor(keysOf({ [VICTIM]: 'destroyed' }), VICTIM);
    expect(seal('Jane Example')).toBeNull();
    const sealed = sealWith(key, VICTIM, 'Jane Example');
    expect((await openerFor(keysOf({ [VICTIM]: key }), [VICTIM]))(VICTIM, sealed)).toBe('Jane Example');
    expect((await openerFor(keysOf({ [VICTIM]: 'destroyed' }), [VICTIM]))(VICTIM, sealed)).toBeNull();
    expect((await openerFor(keysOf({ [VICTIM]: key }), [VICTIM]))(VICTIM, null)).toBeNull();
  });
});
