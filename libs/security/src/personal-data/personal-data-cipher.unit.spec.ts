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

  it('costs little: encrypt + decrypt of 10,000 personal parts of ~500 bytes', () => {
    const part = {
      fullName: 'Amelia Thornbury',
      dateOfBirth: '1984-03-09',
      address: { line1: '14 Larkspur Close', line2: 'Headingley', town: 'Leeds', postcode: 'LS6 2QT' },
      phone: '07700 900123',
      email: 'amelia.thornbury@example.org',
      notes: 'x'.repeat(300),
    };
    const size = JSON.stringify(part).length;
    expect(size).toBeGreaterThan(450);
    const keys = Array.from({ length: 100 }, () => randomBytes(32));
    const contexts = Array.from({ length: 10_000 }, (_, i) => ({
      eventId: randomUUID(),
      victimId: randomUUID(),
      key: keys[i % keys.length],
    }));
    const started = process.hrtime.bigint();
    const envelopes = contexts.map((c) => cipher.encrypt(part, c.key, c));
    const encrypted = process.hrtime.bigint();
    for (let i = 0; i < contexts.length; i++) cipher.decrypt(envelopes[i], contexts[i].key, contexts[i]);
    const decrypted = process.hrtime.bigint();
    const encryptMs = Number(encrypted - started) / 1e6;
    const decryptMs = Number(decrypted - encrypted) / 1e6;
    console.log(
      `personal part ${size} B -> envelope ${JSON.stringify(envelopes[0]).length} B; 10,000 encrypt ${encryptMs.toFixed(1)} ms, decrypt ${decryptMs.toFixed(1)} ms`,
    );
    expect(encryptMs + decryptMs).toBeLessThan(5000);
  });
});
