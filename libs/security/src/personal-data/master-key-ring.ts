import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { DataKeyUnwrapError, MasterKeyConfigurationError, UnknownMasterKeyError } from './errors';

/** A master key-encryption key: 32 bytes, known by an id that is stored next to every key it wraps. */
export interface MasterKey {
  readonly id: string;
  readonly key: Buffer;
}

/** A data key wrapped by a master key, as stored in `victim_data_keys`. */
export interface WrappedDataKey {
  readonly masterKeyId: string;
  /** version byte (1) || iv (12) || tag (16) || ciphertext (32). */
  readonly wrappedKey: Buffer;
}

export const MASTER_KEY_ID_PATTERN = /^[A-Za-z0-9_.:-]{1,64}$/;
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const WRAP_FORMAT_V1 = 1;
const WRAPPED_BYTES = 1 + IV_BYTES + TAG_BYTES + KEY_BYTES;

/**
 * The master keys from configuration: the current one wraps new data keys; older ones stay only to unwrap
 * keys not yet rewrapped (see `VictimDataKeyStore.rewrapWithCurrentMasterKey`). Node's crypto only.
 */
export class MasterKeyRing {
  private readonly keys: ReadonlyMap<string, Buffer>;

  constructor(
    readonly currentKeyId: string,
    keys: readonly MasterKey[],
  ) {
    const map = new Map<string, Buffer>();
    for (const { id, key } of keys) {
      if (!MASTER_KEY_ID_PATTERN.test(id))
        throw new MasterKeyConfigurationError(`master key id "${id}" must be 1-64 letters, digits, or _ . : -`);
      if (map.has(id)) throw new MasterKeyConfigurationError(`master key id "${id}" is configured twice`);
      if (!Buffer.isBuffer(key) || key.length !== KEY_BYTES)
        throw new MasterKeyConfigurationError(`master key "${id}" must be exactly ${KEY_BYTES} bytes`);
      map.set(id, Buffer.from(key)); // a private copy: the caller cannot change it later
    }
    if (!map.has(currentKeyId))
      throw new MasterKeyConfigurationError(
        `the current master key id "${currentKeyId}" is not among the configured keys`,
      );
    this.keys = map;
  }

  /**
   * From configuration: `keys` is `id=base64,id=base64` (each key 32 bytes, standard base64; the split is at the
   * first `=` of each item, so padding is fine), `currentKeyId` names the one that wraps new keys.
   * E.g. PERSONAL_DATA_MASTER_KEYS="2026-01=q83v...=,2025-01=3q2+...=" and PERSONAL_DATA_MASTER_KEY_ID=2026-01.
   */
  static fromConfiguration(config: { readonly currentKeyId: string; readonly keys: string }): MasterKeyRing {
    const items = config.keys
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item.length > 0);
    if (items.length === 0) throw new MasterKeyConfigurationError('no master key is configured');
    const keys = items.map((item) => {
      const separator = item.indexOf('=');
      if (separator <= 0) throw new MasterKeyConfigurationError('each master key must be written id=base64');
      const id = item.slice(0, separator);
      return { id, key: decodeBase64Key(id, item.slice(separator + 1)) };
    });
    return new MasterKeyRing(config.currentKeyId, keys);
  }

  /** A ring with one key: `PERSONAL_DATA_MASTER_KEY` (base64) and its id. */
  static single(id: string, base64Key: string): MasterKeyRing {
    return new MasterKeyRing(id, [{ id, key: decodeBase64Key(id, base64Key) }]);
  }

  /** A fresh random 32-byte key, base64, e.g. for `openssl rand -base64 32`-style provisioning and tests. */
  static generateBase64Key(): string {
    return randomBytes(KEY_BYTES).toString('base64');
  }

  get keyIds(): readonly string[] {
    return [...this.keys.keys()];
  }

  has(masterKeyId: string): boolean {
    return this.keys.has(masterKeyId);
  }

  /** Wraps a 32-byte data key with the current master key; AAD binds it to the victim and the master key id. */
  wrap(victimId: string, dataKey: Buffer): WrappedDataKey {
    if (dataKey.length !== KEY_BYTES) throw new MasterKeyConfigurationError(`a data key must be ${KEY_BYTES} bytes`);
    const masterKeyId = this.currentKeyId;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.keyFor(masterKeyId), iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(wrapAad(victimId, masterKeyId));
    const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final()]);
    return { masterKeyId, wrappedKey: Buffer.concat([Buffer.of(WRAP_FORMAT_V1), iv, cipher.getAuthTag(), ciphertext]) };
  }

  /** Unwraps with the master key the row names; throws if that key is gone or the row fails authentication. */
  unwrap(victimId: string, wrapped: WrappedDataKey): Buffer {
    const masterKey = this.keyFor(wrapped.masterKeyId);
    const bytes = wrapped.wrappedKey;
    if (bytes.length !== WRAPPED_BYTES || bytes[0] !== WRAP_FORMAT_V1)
      throw new DataKeyUnwrapError(victimId, wrapped.masterKeyId);
    const iv = bytes.subarray(1, 1 + IV_BYTES);
    const tag = bytes.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
    const ciphertext = bytes.subarray(1 + IV_BYTES + TAG_BYTES);
    try {
      const decipher = createDecipheriv('aes-256-gcm', masterKey, iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(wrapAad(victimId, wrapped.masterKeyId));
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
    } catch {
      throw new DataKeyUnwrapError(victimId, wrapped.masterKeyId);
    }
  }

  private keyFor(masterKeyId: string): Buffer {
    const key = this.keys.get(masterKeyId);
    if (!key) throw new UnknownMasterKeyError(masterKeyId);
    return key;
  }
}

function wrapAad(victimId: string, masterKeyId: string): Buffer {
  return Buffer.from(`vcs-victim-data-key/v1\u0000${victimId.toLowerCase()}\u0000${masterKeyId}`, 'utf8');
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

function decodeBase64Key(id: string, text: string): Buffer {
  const trimmed = text.trim();
  const key = Buffer.from(trimmed, 'base64');
  if (!BASE64.test(trimmed) || key.toString('base64') !== trimmed)
    throw new MasterKeyConfigurationError(`master key "${id}" is not valid base64`);
  if (key.length !== KEY_BYTES)
    throw new MasterKeyConfigurationError(
      `master key "${id}" must decode to exactly ${KEY_BYTES} bytes (got ${key.length})`,
    );
  return key;
}
