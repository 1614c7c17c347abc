import { createCipheriv, createDecipheriv, createHmac } from 'node:crypto';
import { normaliseVictimId } from './victim-id';
import { DataKeyLookup } from './victim-data-key-store';

/**
 * Personal data in read-model rows, sealed under the victim's own data key (the key erasure destroys): a database
 * dump or backup of the read models then holds only ciphertext, and an erased victim's rows become unreadable with the
 * events. AES-256-GCM with the AAD binding the value to the victim, and a synthetic IV (HMAC of the plaintext under the
 * key), so sealing is deterministic: a rebuild writes byte-identical rows (rebuild-equivalence holds), at the cost of
 * showing that two of one victim's sealed values are equal. A sealed value is a string `pd1.<base64url>`.
 */
export const SEALED_PREFIX = 'pd1.';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Where a projection or a query gets the victim's key (VictimDataKeyStore does). */
export interface DataKeySource {
  find(victimId: string): Promise<DataKeyLookup>;
  findMany(victimIds: Iterable<string>): Promise<Map<string, Buffer | 'destroyed'>>;
}

export function isSealed(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(SEALED_PREFIX);
}

export function sealWith(dataKey: Buffer, victimId: string, plaintext: string): string {
  const id = normaliseVictimId(victimId);
  const iv = createHmac('sha256', dataKey)
    .update(`${SEALED_PREFIX}iv\u0000${id}\u0000`)
    .update(plaintext, 'utf8')
    .digest()
    .subarray(0, IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', dataKey, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad(id));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return SEALED_PREFIX + Buffer.concat([iv, ciphertext, cipher.getAuthTag()]).toString('base64url');
}

/** The plaintext, or undefined when the value does not open with this key and victim (tampered, moved or malformed). */
export function openWith(dataKey: Buffer, victimId: string, sealed: string): string | undefined {
  if (!isSealed(sealed)) return undefined;
  const bytes = Buffer.from(sealed.slice(SEALED_PREFIX.length), 'base64url');
  if (bytes.length < IV_BYTES + TAG_BYTES) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', dataKey, bytes.subarray(0, IV_BYTES), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(aad(normaliseVictimId(victimId)));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    return Buffer.concat([
      decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    return undefined;
  }
}

function aad(victimId: string): Buffer {
  return Buffer.from(`${SEALED_PREFIX}\u0000${victimId}`, 'utf8');
}

/**
 * Seals one victim's values for a projection. Without a live key (never created, or destroyed by erasure) nothing can
 * be protected, so nothing is stored: every value seals to null.
 */
export async function sealerFor(
  keys: DataKeySource,
  victimId: string,
): Promise<(plaintext: string | null | undefined) => string | null> {
  const key = await keys.find(victimId);
  return (plaintext) =>
    Buffer.isBuffer(key) && typeof plaintext === 'string' ? sealWith(key, victimId, plaintext) : null;
}

/** `sealerFor` for the victims of a whole batch, with one key lookup for all of them. */
export async function sealerForMany(
  keys: DataKeySource,
  victimIds: Iterable<string>,
): Promise<(victimId: string, plaintext: string | null | undefined) => string | null> {
  const found = await keys.findMany(victimIds);
  return (victimId, plaintext) => {
    const key = found.get(normaliseVictimId(victimId));
    return Buffer.isBuffer(key) && typeof plaintext === 'string' ? sealWith(key, victimId, plaintext) : null;
  };
}

/**
 * Opens the sealed values of many victims' rows in the query path, with one key lookup for all of them. A value whose
 * victim's key is destroyed, or that does not open, reads as null (the data is gone, never shown garbled).
 */
export async function openerFor(
  keys: DataKeySource,
  victimIds: Iterable<string>,
): Promise<(victimId: string, sealed: unknown) => string | null> {
  const found = await keys.findMany(victimIds);
  return (victimId, sealed) => {
    const key = found.get(normaliseVictimId(victimId));
    return Buffer.isBuffer(key) && isSealed(sealed) ? (openWith(key, victimId, sealed) ?? null) : null;
  };
}
