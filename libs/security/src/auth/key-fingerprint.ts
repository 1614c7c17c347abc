import { createHash, KeyObject } from 'node:crypto';

/**
 * SHA-256 of the committed development signing key's public half (SPKI DER), config/dev/jwt-dev-public.pem.
 * Production refuses this key by what it is, not by where it was read from: a copy of the file, an absolute path
 * or the key served from a JWKS are all refused.
 */
export const DEV_SIGNING_KEY_FINGERPRINT = '923d26e62aaa27d303790a4d2e26eb1edd8df6bef16f2622feb58554be191fd4';

/** The SHA-256 (hex) of a public key's SPKI DER encoding. */
export function keyFingerprint(key: KeyObject): string {
  const publicKey = key.type === 'private' ? undefined : key;
  if (!publicKey) throw new Error('a fingerprint is taken of a public key');
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex');
}
