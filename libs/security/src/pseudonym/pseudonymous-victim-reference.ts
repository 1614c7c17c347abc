import { createHmac } from 'node:crypto';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * The reference partners see instead of a victim's identity: a keyed hash of the victim id (HMAC-SHA256), so it is
 * stable (a rebuild gives the same value) but cannot be turned back into the id without the key. E.g. "V-7KQ2M9XD4P".
 */
export function pseudonymousVictimReference(victimId: string, key: string): string {
  const digest = createHmac('sha256', key).update(`victim:${victimId.toLowerCase()}`).digest();
  let reference = '';
  for (let i = 0; i < 10; i++) reference += ALPHABET[digest[i] % ALPHABET.length];
  return `V-${reference}`;
}
