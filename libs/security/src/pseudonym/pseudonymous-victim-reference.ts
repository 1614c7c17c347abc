import { createHmac } from 'node:crypto';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * The reference partners see instead of a victim's identity: a keyed hash (HMAC-SHA256) of the victim id *and the
 * sentence*, so it is stable (a rebuild gives the same value) but cannot be turned back into the id without the key,
 * and one victim of two offenders has two unrelated references: a partner reading both sentences cannot link them.
 * E.g. "V-7KQ2M9XD4P".
 */
export function pseudonymousVictimReference(victimId: string, sentenceId: string, key: string): string {
  const digest = createHmac('sha256', key)
    .update(`victim:${victimId.toLowerCase()}\u0000sentence:${sentenceId.toLowerCase()}`)
    .digest();
  let reference = '';
  for (let i = 0; i < 10; i++) reference += ALPHABET[digest[i] % ALPHABET.length];
  return `V-${reference}`;
}
