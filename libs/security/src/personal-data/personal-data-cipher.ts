import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { PersonalDataDecryptionError } from './errors';
import { normaliseVictimId } from './victim-id';

export const ENVELOPE_ALGORITHM = 'A256GCM/v1';

/** How encrypted personal data sits in a stored event (all binary fields standard base64). */
export interface EncryptedPersonalData {
  readonly $encrypted: typeof ENVELOPE_ALGORITHM;
  readonly victimId: string;
  readonly iv: string;
  readonly ciphertext: string;
  readonly tag: string;
}

/** What a ciphertext is bound to: moved to another event or victim, it no longer decrypts. */
export interface EncryptionContext {
  readonly eventId: string;
  readonly victimId: string;
}

const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Anything that claims to be an envelope (has a string `$encrypted`); whether it is a valid one is checked on decrypt. */
export function looksEncrypted(value: unknown): value is EncryptedPersonalData {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    typeof (value as { $encrypted?: unknown }).$encrypted === 'string'
  );
}

/**
 * AES-256-GCM over the JSON of a value, with a random 96-bit IV per encryption and AAD binding the ciphertext
 * to (algorithm, event id, victim id). Decryption verifies the 128-bit tag and never returns unauthenticated data.
 */
export class PersonalDataCipher {
  encrypt(value: unknown, dataKey: Buffer, context: EncryptionContext): EncryptedPersonalData {
    assertKey(dataKey);
    const victimId = normaliseVictimId(context.victimId);
    const plaintext = JSON.stringify(value);
    if (plaintext === undefined) throw new TypeError('personal data must be a JSON value');
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', dataKey, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(aad(context.eventId, victimId));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return {
      $encrypted: ENVELOPE_ALGORITHM,
      victimId,
      iv: iv.toString('base64'),
      ciphertext: ciphertext.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
    };
  }

  /**
   * Decrypts an envelope found in event `context.eventId` where victim `context.victimId`'s data is expected.
   * Throws PersonalDataDecryptionError when the envelope is malformed, names another victim, or fails authentication.
   */
  decrypt(envelope: unknown, dataKey: Buffer, context: EncryptionContext): unknown {
    assertKey(dataKey);
    const victimId = context.victimId.toLowerCase();
    const fail = (failure: ConstructorParameters<typeof PersonalDataDecryptionError>[0]) =>
      new PersonalDataDecryptionError(failure, context.eventId, victimId);
    if (!looksEncrypted(envelope)) throw fail('malformed-envelope');
    if (envelope.$encrypted !== ENVELOPE_ALGORITHM) throw fail('unsupported-algorithm');
    if (typeof envelope.victimId !== 'string' || envelope.victimId.toLowerCase() !== victimId)
      throw fail('victim-mismatch');
    const iv = strictBase64(envelope.iv);
    const tag = strictBase64(envelope.tag);
    const ciphertext = strictBase64(envelope.ciphertext);
    if (!iv || iv.length !== IV_BYTES || !tag || tag.length !== TAG_BYTES || !ciphertext)
      throw fail('malformed-envelope');
    let plaintext: string;
    try {
      const decipher = createDecipheriv('aes-256-gcm', dataKey, iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(aad(context.eventId, victimId));
      decipher.setAuthTag(tag);
      plaintext = Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
    } catch {
      throw fail('authentication-failed');
    }
    try {
      return JSON.parse(plaintext);
    } catch {
      throw fail('not-json');
    }
  }
}

function aad(eventId: string, victimId: string): Buffer {
  return Buffer.from(`${ENVELOPE_ALGORITHM}\u0000${eventId.toLowerCase()}\u0000${victimId}`, 'utf8');
}

function assertKey(dataKey: Buffer): void {
  if (!Buffer.isBuffer(dataKey) || dataKey.length !== KEY_BYTES)
    throw new RangeError(`a data key must be ${KEY_BYTES} bytes`);
}

/** Decodes base64 only if it is canonical (Node's decoder silently skips bad characters). */
function strictBase64(text: unknown): Buffer | undefined {
  if (typeof text !== 'string' || !BASE64.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? bytes : undefined;
}
