import { randomBytes, randomUUID } from 'node:crypto';
import { PersonalDataDecryptionError } from './errors';
import { EncryptedPersonalData, PersonalDataCipher } from './personal-data-cipher';

const personal = {
  fullName: 'Amelia Thornbury',
  address: { line1: '14 Larkspur Close', postcode: 'LS6 2QT' },
  phone: '07700 900123',
  email: 'amelia@example.org',
};

function flip(base64: string, byte = 0): string {
  const bytes = Buffer.from(base64, 'base64');
  bytes[byte] ^= 0x01;
  return bytes.toString('base64');
}

describe('PersonalDataCipher', () => {
  const cipher = new PersonalDataCipher();
  const key = randomBytes(32);
  const context = { eventId: randomUUID(), victimId: randomUUID() };

  function failure(run: () => unknown): string {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(PersonalDataDecryptionError);
      return (error as PersonalDataDecryptionError).failure;
    }
    throw new Error('expected decryption to fail');
  }

  it('round-trips a JSON value exactly and hides it', () => {
    const envelope = cipher.encrypt(personal, key, context);
    expect(Object.keys(envelope).sort()).toEqual(['$encrypted', 'ciphertext', 'iv', 'tag', 'victimId']);
    expect(envelope.$encrypted).toBe('A256GCM/v1');
    expect(envelope.victimId).toBe(context.victimId);
    expect(Buffer.from(envelope.iv, 'base64')).toHaveLength(12);
    expect(Buffer.from(envelope.tag, 'base64')).toHaveLength(16);
    const stored = JSON.stringify(envelope);
    for (const secret of ['Amelia', 'Larkspur', 'LS6 2QT', '07700', 'amelia@example.org'])
      expect(stored).not.toContain(secret);
    expect(cipher.decrypt(JSON.parse(stored), key, context)).toEqual(personal);
  });

  it('uses a fresh IV every time', () => {
    const a = cipher.encrypt(personal, key, context);
    const b = cipher.encrypt(personal, key, context);
    expect(a.iv).not.toBe(b.iv);
    expect(a.ciphertext).not.toBe(b.ciphertext);
  });

  it('fails loudly on a tampered ciphertext, tag or IV', () => {
    const envelope = cipher.encrypt(personal, key, context);
    expect(failure(() => cipher.decrypt({ ...envelope, ciphertext: flip(envelope.ciphertext, 5) }, key, context))).toBe(
      'authentication-failed',
    );
    expect(failure(() => cipher.decrypt({ ...envelope, tag: flip(envelope.tag) }, key, context))).toBe(
      'authentication-failed',
    );
    expect(failure(() => cipher.decrypt({ ...envelope, iv: flip(envelope.iv) }, key, context))).toBe(
      'authentication-failed',
    );
  });

  it('fails when the ciphertext is moved to another event or another victim, or opened with another key', () => {
    const envelope = cipher.encrypt(personal, key, context);
    expect(failure(() => cipher.decrypt(envelope, key, { ...context, eventId: randomUUID() }))).toBe(
      'authentication-failed',
    );
    const otherVictim = randomUUID();
    expect(failure(() => cipher.decrypt(envelope, key, { ...context, victimId: otherVictim }))).toBe('victim-mismatch');
    expect(
      failure(() => cipher.decrypt({ ...envelope, victimId: otherVictim }, key, { ...context, victimId: otherVictim })),
    ).toBe('authentication-failed');
    expect(failure(() => cipher.decrypt(envelope, randomBytes(32), context))).toBe('authentication-failed');
  });

  it('refuses malformed envelopes: truncated tag, bad base64, unknown algorithm, missing fields', () => {
    const envelope = cipher.encrypt(personal, key, context);
    const truncatedTag = Buffer.from(envelope.tag, 'base64').subarray(0, 4).toString('base64');
    expect(failure(() => cipher.decrypt({ ...envelope, tag: truncatedTag }, key, context))).toBe('malformed-envelope');
    expect(failure(() => cipher.decrypt({ ...envelope, ciphertext: `${envelope.ciphertext}!` }, key, context))).toBe(
      'malformed-envelope',
    );
    expect(
      failure(() =>
        cipher.decrypt({ ...envelope, $encrypted: 'A128CBC/v0' } as unknown as EncryptedPersonalData, key, context),
      ),
    ).toBe('unsupported-algorithm');
    const { iv: _iv, ...withoutIv } = envelope;
    expect(failure(() => cipher.decrypt(withoutIv, key, context))).toBe('malformed-envelope');
    expect(failure(() => cipher.decrypt({ fullName: 'x' }, key, context))).toBe('malformed-envelope');
  });

  it('names no personal data in its errors', () => {
    const envelope = cipher.encrypt(personal, key, context);
    try {
      cipher.decrypt(envelope, key, { ...context, eventId: randomUUID() });
    } catch (error) {
      expect(String(error)).not.toMatch(/Amelia|Larkspur/);
    }
  });

  it("seals 10,000 parts of ~500 bytes under 100 victims' keys, each opening only with its own key and context", () => {
    // What this costs is measured by bench/personal-data/cipher.ts, not asserted here.
    const part = {
      fullName: 'Amelia Thornbury',
      address: { line1: '14 Larkspur Close', line2: 'Headingley', town: 'Leeds', postcode: 'LS6 2QT' },
      notes: 'x'.repeat(400),
    };
    expect(JSON.stringify(part).length).toBeGreaterThan(450);
    const keys = Array.from({ length: 100 }, () => randomBytes(32));
    const contexts = Array.from({ length: 10_000 }, (_, i) => ({
      eventId: randomUUID(),
      victimId: randomUUID(),
      key: keys[i % keys.length],
    }));
    const envelopes = contexts.map((c) => cipher.encrypt(part, c.key, c));
    expect(new Set(envelopes.map((e) => JSON.stringify(e))).size).toBe(contexts.length);
    contexts.forEach((c, i) => expect(cipher.decrypt(envelopes[i], c.key, c)).toEqual(part));
    const other = contexts[1];
    expect(failure(() => cipher.decrypt(envelopes[0], other.key, contexts[0]))).toBeDefined();
    expect(
      failure(() => cipher.decrypt(envelopes[0], contexts[0].key, { ...contexts[0], eventId: other.eventId })),
    ).toBeDefined();
  });
});
