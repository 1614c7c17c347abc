import { randomBytes } from 'node:crypto';
import { BoundedTtlCache } from './bounded-ttl-cache';
import { VictimErasedError } from './errors';
import { MasterKeyRing } from './master-key-ring';
import { queryRows, SqlQueryable } from './sql-client';
import { normaliseVictimId } from './victim-id';

export interface VictimDataKeyStoreOptions {
  /** Most unwrapped keys held in memory (default 10,000). */
  readonly cacheMaxEntries?: number;
  /**
   * How long an unwrapped key (or the fact that it was destroyed) is trusted without asking the database
   * (default 60 s). An erasure done by another process takes effect here within this time; 0 disables the cache.
   */
  readonly cacheTtlMs?: number;
  /** Clock for the cache (tests). */
  readonly now?: () => number;
}

/** A data key as found: the unwrapped 32 bytes, `'destroyed'` after erasure, or undefined if the victim never had one. */
export type DataKeyLookup = Buffer | 'destroyed' | undefined;

export interface DataKeyDestruction {
  readonly victimId: string;
  readonly destroyedAt: Date;
  readonly destroyedBy: string;
  readonly reason: string;
  /** True when the key had already been destroyed (the first destruction's record is returned, unchanged). */
  readonly alreadyDestroyed: boolean;
}

interface KeyRow {
  victim_id: string;
  master_key_id: string;
  wrapped_key: Buffer | null;
}

interface DestructionRow {
  destroyed_at: Date;
  destroyed_by: string;
  destruction_reason: string;
}

export const DEFAULT_KEY_CACHE_MAX_ENTRIES = 10_000;
export const DEFAULT_KEY_CACHE_TTL_MS = 60_000;
const DATA_KEY_BYTES = 32;

/**
 * One data key per victim, stored wrapped by the master key ring in `victim_data_keys`.
 * Destroying a key (crypto-shredding) is permanent: the row stays as a tombstone, and no new key may
 * ever be created for that victim.
 */
export class VictimDataKeyStore {
  private readonly cache: BoundedTtlCache<string, Buffer | 'destroyed'>;

  constructor(
    private readonly db: SqlQueryable,
    private readonly ring: MasterKeyRing,
    options: VictimDataKeyStoreOptions = {},
  ) {
    this.cache = new BoundedTtlCache(
      options.cacheMaxEntries ?? DEFAULT_KEY_CACHE_MAX_ENTRIES,
      options.cacheTtlMs ?? DEFAULT_KEY_CACHE_TTL_MS,
      options.now,
    );
  }

  /**
   * The victim's data key, created on first use. Race-safe across processes: INSERT … ON CONFLICT DO NOTHING
   * then SELECT, so two concurrent first events for one victim end with the one key that won.
   * Throws VictimErasedError if the victim's key was destroyed. `revalidate` skips the cache (used before writing,
   * so a recent erasure in another process is seen at once).
   */
  async getOrCreate(victimId: string, options: { readonly revalidate?: boolean } = {}): Promise<Buffer> {
    const id = normaliseVictimId(victimId);
    return (await this.getOrCreateMany([id], options)).get(id) as Buffer;
  }

  /**
   * getOrCreate for the victims of a whole append in two or three round trips (SELECT; for newcomers INSERT … ON
   * CONFLICT DO NOTHING, then SELECT). Keys are returned under the lower-case victim id. Throws VictimErasedError
   * if any of them was erased (checked before any key is created, except for an erasure racing this call).
   */
  async getOrCreateMany(
    victimIds: Iterable<string>,
    options: { readonly revalidate?: boolean } = {},
  ): Promise<Map<string, Buffer>> {
    const keys = new Map<string, Buffer>();
    let wanted: string[] = [];
    for (const id of new Set([...victimIds].map(normaliseVictimId))) {
      const cached = options.revalidate ? undefined : this.cache.get(id);
      if (cached === 'destroyed') throw new VictimErasedError(id);
      if (cached) keys.set(id, cached);
      else wanted.push(id);
    }
    if (wanted.length === 0) return keys;
    const take = (rows: KeyRow[]) => {
      for (const row of rows) {
        const key = this.accept(row);
        if (key === 'destroyed') throw new VictimErasedError(row.victim_id);
        keys.set(row.victim_id, key);
      }
      wanted = wanted.filter((id) => !keys.has(id));
    };
    take(await this.selectRows(wanted));
    if (wanted.length === 0) return keys;
    const created = wanted.map((id) => ({ id, wrapped: this.ring.wrap(id, randomBytes(DATA_KEY_BYTES)) }));
    await queryRows(
      this.db,
      `INSERT INTO victim_data_keys (victim_id, master_key_id, wrapped_key)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::bytea[])
       ON CONFLICT (victim_id) DO NOTHING RETURNING victim_id`,
      [created.map((c) => c.id), created.map((c) => c.wrapped.masterKeyId), created.map((c) => c.wrapped.wrappedKey)],
    );
    // Whoever won each race, these are now the keys (or the tombstone of an erasure that raced us).
    take(await this.selectRows(wanted));
    if (wanted.length > 0)
      throw new Error(`data keys of ${wanted.length} victim(s) vanished right after they were created`);
    return keys;
  }

  /** The victim's key, `'destroyed'`, or undefined when none was ever created. Never creates one. */
  async find(victimId: string): Promise<DataKeyLookup> {
    const id = normaliseVictimId(victimId);
    return (await this.findMany([id])).get(id);
  }

  /**
   * Keys of many victims in one round trip for those not cached (used to decrypt a batch of events).
   * Victims without a key row are absent from the map.
   */
  async findMany(victimIds: Iterable<string>): Promise<Map<string, Buffer | 'destroyed'>> {
    const found = new Map<string, Buffer | 'destroyed'>();
    const missing: string[] = [];
    for (const victimId of new Set([...victimIds].map(normaliseVictimId))) {
      const cached = this.cache.get(victimId);
      if (cached) found.set(victimId, cached);
      else missing.push(victimId);
    }
    if (missing.length > 0) {
      for (const row of await this.selectRows(missing)) found.set(row.victim_id, this.accept(row));
    }
    return found;
  }

  /**
   * Crypto-shredding: sets the wrapped key to NULL and records who did it and why (write no personal data in
   * `reason`: it is stored in plain text). Idempotent: a second call changes nothing and reports the first.
   * Works for a victim who never had a key too (a tombstone is written, so none can be created later).
   * Evicts the key from this process's cache at once; other processes drop it within the cache TTL.
   */
  async destroy(victimId: string, by: string, reason: string): Promise<DataKeyDestruction> {
    const id = normaliseVictimId(victimId);
    if (typeof by !== 'string' || by.trim() === '' || by.length > 200)
      throw new RangeError('destroy needs who destroyed the key (1-200 characters)');
    if (typeof reason !== 'string' || reason.trim() === '' || reason.length > 1000)
      throw new RangeError('destroy needs a reason (1-1000 characters)');
    this.cache.delete(id);
    try {
      const destroyed = await queryRows<DestructionRow>(
        this.db,
        `INSERT INTO victim_data_keys AS k (victim_id, master_key_id, wrapped_key, destroyed_at, destroyed_by, destruction_reason)
         VALUES ($1::uuid, $2, NULL, now(), $3, $4)
         ON CONFLICT (victim_id) DO UPDATE
           SET wrapped_key = NULL, destroyed_at = EXCLUDED.destroyed_at, destroyed_by = EXCLUDED.destroyed_by, destruction_reason = EXCLUDED.destruction_reason
           WHERE k.destroyed_at IS NULL
         RETURNING destroyed_at, destroyed_by, destruction_reason`,
        [id, this.ring.currentKeyId, by, reason],
      );
      const [earlier] =
        destroyed.length > 0
          ? []
          : await queryRows<DestructionRow>(
              this.db,
              'SELECT destroyed_at, destroyed_by, destruction_reason FROM victim_data_keys WHERE victim_id = $1::uuid',
              [id],
            );
      this.cache.set(id, 'destroyed');
      return destroyed.length > 0 ? toDestruction(id, destroyed[0], false) : toDestruction(id, earlier, true);
    } catch (error) {
      this.cache.delete(id); // the next use asks the database
      throw error;
    }
  }

  /**
   * Master key rotation: rewraps up to `batchSize` keys still wrapped by an older master key with the current
   * one, and returns how many it rewrapped (call until 0; then the old master key can leave the ring once
   * countLiveKeysByMasterKey shows none left for it). Keys wrapped by a master key not in this ring are left alone.
   * A key destroyed meanwhile is never brought back (the update only touches the exact row it read).
   */
  async rewrapWithCurrentMasterKey(batchSize = 500): Promise<number> {
    const rows = await queryRows<KeyRow>(
      this.db,
      `SELECT victim_id::text AS victim_id, master_key_id, wrapped_key FROM victim_data_keys
       WHERE master_key_id <> $1 AND master_key_id = ANY($2::text[]) AND wrapped_key IS NOT NULL ORDER BY victim_id LIMIT $3`,
      [this.ring.currentKeyId, this.ring.keyIds, batchSize],
    );
    let rewrapped = 0;
    for (const row of rows) {
      const wrappedKey = row.wrapped_key as Buffer;
      const dataKey = this.ring.unwrap(row.victim_id, { masterKeyId: row.master_key_id, wrappedKey });
      const next = this.ring.wrap(row.victim_id, dataKey);
      const updated = await queryRows<{ victim_id: string }>(
        this.db,
        `WITH updated AS (
           UPDATE victim_data_keys SET master_key_id = $2, wrapped_key = $3
           WHERE victim_id = $1::uuid AND master_key_id = $4 AND wrapped_key = $5
           RETURNING victim_id
         ) SELECT victim_id::text AS victim_id FROM updated`,
        [row.victim_id, next.masterKeyId, next.wrappedKey, row.master_key_id, wrappedKey],
      );
      rewrapped += updated.length;
    }
    return rewrapped;
  }

  /** How many live (not destroyed) data keys each master key wraps: a master key can leave the ring when it has none. */
  async countLiveKeysByMasterKey(): Promise<Map<string, number>> {
    const rows = await queryRows<{ master_key_id: string; keys: number }>(
      this.db,
      'SELECT master_key_id, count(*)::int AS keys FROM victim_data_keys WHERE wrapped_key IS NOT NULL GROUP BY master_key_id ORDER BY master_key_id',
      [],
    );
    return new Map(rows.map((row) => [row.master_key_id, row.keys]));
  }

  /** Forgets one victim's cached key (e.g. on an erasure notice from another process). */
  evict(victimId: string): void {
    this.cache.delete(normaliseVictimId(victimId));
  }

  clearCache(): void {
    this.cache.clear();
  }

  private selectRows(victimIds: readonly string[]): Promise<KeyRow[]> {
    return queryRows<KeyRow>(
      this.db,
      'SELECT victim_id::text AS victim_id, master_key_id, wrapped_key FROM victim_data_keys WHERE victim_id = ANY($1::uuid[])',
      [victimIds],
    );
  }

  /** Unwraps (or notes the destruction of) a row and caches the outcome. */
  private accept(row: KeyRow): Buffer | 'destroyed' {
    // Destruction is permanent: a row read before a destroy() in this process must not bring the key back.
    if (this.cache.get(row.victim_id) === 'destroyed') return 'destroyed';
    const value =
      row.wrapped_key === null
        ? 'destroyed'
        : this.ring.unwrap(row.victim_id, { masterKeyId: row.master_key_id, wrappedKey: row.wrapped_key });
    this.cache.set(row.victim_id, value);
    return value;
  }
}

function toDestruction(victimId: string, row: DestructionRow, alreadyDestroyed: boolean): DataKeyDestruction {
  return {
    victimId,
    destroyedAt: row.destroyed_at,
    destroyedBy: row.destroyed_by,
    reason: row.destruction_reason,
    alreadyDestroyed,
  };
}
