/**
 * What sealing personal data costs on the CPU: encrypt then decrypt 10,000 personal parts of about 500 bytes under
 * 100 victims' keys (AES-256-GCM with the event and victim bound in as associated data).
 *
 *   node scripts/run.js ts-node -r tsconfig-paths/register --transpile-only bench/personal-data/cipher.ts
 *
 * Prints the figures; asserts nothing. Target: under 0.5 ms per part for the round trip (a case view decrypts one
 * part per victim on the page, a rebuild one per event).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { PersonalDataCipher } from '../../libs/security/src/personal-data/personal-data-cipher';

const PARTS = 10_000;
const cipher = new PersonalDataCipher();
const part = {
  fullName: 'Amelia Thornbury',
  dateOfBirth: '1984-03-09',
  address: { line1: '14 Larkspur Close', line2: 'Headingley', town: 'Leeds', postcode: 'LS6 2QT' },
  phone: '07700 900123',
  email: 'amelia.thornbury@example.org',
  notes: 'x'.repeat(300),
};
const keys = Array.from({ length: 100 }, () => randomBytes(32));
const contexts = Array.from({ length: PARTS }, (_, i) => ({
  eventId: randomUUID(),
  victimId: randomUUID(),
  key: keys[i % keys.length],
}));

for (let round = 1; round <= 3; round++) {
  const started = process.hrtime.bigint();
  const envelopes = contexts.map((c) => cipher.encrypt(part, c.key, c));
  const encrypted = process.hrtime.bigint();
  contexts.forEach((c, i) => cipher.decrypt(envelopes[i], c.key, c));
  const decrypted = process.hrtime.bigint();
  const encryptMs = Number(encrypted - started) / 1e6;
  const decryptMs = Number(decrypted - encrypted) / 1e6;
  process.stdout.write(
    `round ${round}: personal part ${JSON.stringify(part).length} B -> envelope ${JSON.stringify(envelopes[0]).length} B; ` +
      `${PARTS.toLocaleString('en-GB')} encrypt ${encryptMs.toFixed(1)} ms, decrypt ${decryptMs.toFixed(1)} ms, ` +
      `${((encryptMs + decryptMs) / PARTS).toFixed(3)} ms per round trip\n`,
  );
}
