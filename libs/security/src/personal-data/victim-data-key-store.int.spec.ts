import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { createDataSource } from '@vcs/read-models';
import { createTestDatabase, TestDatabase } from '@vcs/test-support';
import { eraseVictimPersonalData } from './erasure';
import { InvalidVictimIdError, UnknownMasterKeyError, VictimErasedError } from './errors';
import { MasterKeyRing } from './master-key-ring';
import { ensureVictimDataKeysTable } from './testing/victim-data-keys-table';
import { VictimDataKeyStore } from './victim-data-key-store';

describe('VictimDataKeyStore (PostgreSQL)', () => {
  let database: TestDatabase;
  let pool: Pool;
  const oldKey = MasterKeyRing.generateBase64Key();
  const newKey = MasterKeyRing.generateBase64Key();
  const ring = MasterKeyRing.single('2026-01', oldKey);

  beforeAll(async () => {
    database = await createTestDatabase();
    pool = new Pool({ connectionString: database.url, max: 20 });
    // The database is dropped WITH (FORCE) at the end: a connection still closing then gets 57P01, not a crash.
    pool.on('error', () => undefined);
    await ensureVictimDataKeysTable(pool);
  });

  afterAll(async () => {
    await pool.end();
    await database.drop();
  });

  async function rowsOf(victimId: string) {
    const { rows } = await pool.query('SELECT * FROM victim_data_keys WHERE victim_id = $1', [victimId]);
    return rows;
  }

  it('creates a 32-byte key on first use, stores it only wrapped, and returns the same key afterwards', async () => {
    const store = new VictimDataKeyStore(pool, ring);
    const victimId = randomUUID();
    expect(await store.find(victimId)).toBeUndefined();
    const key = await store.getOrCreate(victimId);
    expect(key).toHaveLength(32);
    const [row] = await rowsOf(victimId);
    expect(row.master_key_id).toBe('2026-01');
    expect(Buffer.isBuffer(row.wrapped_key)).toBe(true);
    expect((row.wrapped_key as Buffer).includes(key)).toBe(false);
    expect(row.destroyed_at).toBeNull();

    const elsewhere = new VictimDataKeyStore(pool, ring); // another process: empty cache
    expect(((await elsewhere.find(victimId)) as Buffer).equals(key)).toBe(true);
    expect((await elsewhere.getOrCreate(victimId.toUpperCase())).equals(key)).toBe(true);
  });

  it('ends with ONE key when many processes create the first key of a victim at the same time', async () => {
    const victimId = randomUUID();
    const processes = Array.from({ length: 8 }, () => new VictimDataKeyStore(pool, ring));
    const keys = await Promise.all(
      processes.flatMap((store) => [
        store.getOrCreate(victimId),
        store.getOrCreate(victimId),
        store.getOrCreate(victimId),
      ]),
    );
    expect(new Set(keys.map((k) => k.toString('hex'))).size).toBe(1);
    expect(await rowsOf(victimId)).toHaveLength(1);
  });

  it('destroys a key: NULL wrapped key, who and why recorded, idempotent, and no new key ever', async () => {
    const store = new VictimDataKeyStore(pool, ring);
    const victimId = randomUUID();
    await store.getOrCreate(victimId);

    const first = await eraseVictimPersonalData(store, victimId, 'admin-1', 'erasure request ER-12');
    expect(first).toMatchObject({
      victimId,
      destroyedBy: 'admin-1',
      reason: 'erasure request ER-12',
      alreadyDestroyed: false,
    });
    const [row] = await rowsOf(victimId);
    expect(row.wrapped_key).toBeNull();
    expect(row).toMatchObject({ destroyed_by: 'admin-1', destruction_reason: 'erasure request ER-12' });

    const again = await store.destroy(victimId, 'admin-2', 'duplicate click');
    expect(again).toMatchObject({ alreadyDestroyed: true, destroyedBy: 'admin-1', reason: 'erasure request ER-12' });
    expect(again.destroyedAt.getTime()).toBe(first.destroyedAt.getTime());

    expect(await store.find(victimId)).toBe('destroyed');
    await expect(store.getOrCreate(victimId)).rejects.toThrow(VictimErasedError);
    const elsewhere = new VictimDataKeyStore(pool, ring);
    expect(await elsewhere.find(victimId)).toBe('destroyed');
    await expect(elsewhere.getOrCreate(victimId)).rejects.toThrow(VictimErasedError);
    expect(await rowsOf(victimId)).toHaveLength(1);
  });

  it('refuses a key to a victim erased before they ever had one (a tombstone is written)', async () => {
    const store = new VictimDataKeyStore(pool, ring);
    const victimId = randomUUID();
    await store.destroy(victimId, 'admin-1', 'erased before any personal data was written');
    await expect(new VictimDataKeyStore(pool, ring).getOrCreate(victimId)).rejects.toThrow(VictimErasedError);
    const [row] = await rowsOf(victimId);
    expect(row.wrapped_key).toBeNull();
  });

  it('sees an erasure done by another process within the cache TTL, or at once when revalidating', async () => {
    let now = 0;
    const here = new VictimDataKeyStore(pool, ring, { cacheTtlMs: 60_000, now: () => now });
    const there = new VictimDataKeyStore(pool, ring);
    const victimId = randomUUID();
    await here.getOrCreate(victimId);
    await there.destroy(victimId, 'admin-1', 'erasure request');

    expect(Buffer.isBuffer(await here.find(victimId))).toBe(true); // still cached
    await expect(here.getOrCreate(victimId, { revalidate: true })).rejects.toThrow(VictimErasedError);

    const other = randomUUID();
    await here.getOrCreate(other);
    await there.destroy(other, 'admin-1', 'erasure request');
    now += 60_000;
    expect(await here.find(other)).toBe('destroyed');
  });

  it('refuses victim ids that are not UUIDs', async () => {
    const store = new VictimDataKeyStore(pool, ring);
    await expect(store.getOrCreate('victim-1')).rejects.toThrow(InvalidVictimIdError);
    await expect(store.find("x' OR 1=1 --")).rejects.toThrow(InvalidVictimIdError);
  });

  it('rotates the master key: old keys unwrap by id, new keys wrap with the new one, rewrap moves them all', async () => {
    const before = new VictimDataKeyStore(pool, ring);
    const victims = Array.from({ length: 5 }, () => randomUUID());
    const keys = await Promise.all(victims.map((v) => before.getOrCreate(v)));
    const erased = randomUUID();
    await before.getOrCreate(erased);
    await before.destroy(erased, 'admin-1', 'erasure request');

    const rotated = MasterKeyRing.fromConfiguration({
      currentKeyId: '2026-07',
      keys: `2026-07=${newKey},2026-01=${oldKey}`,
    });
    const after = new VictimDataKeyStore(pool, rotated);
    for (let i = 0; i < victims.length; i++)
      expect(((await after.find(victims[i])) as Buffer).equals(keys[i])).toBe(true);
    const fresh = randomUUID();
    await after.getOrCreate(fresh);
    expect((await rowsOf(fresh))[0].master_key_id).toBe('2026-07');

    const onlyNew = new VictimDataKeyStore(pool, MasterKeyRing.single('2026-07', newKey));
    await expect(onlyNew.find(victims[0])).rejects.toThrow(UnknownMasterKeyError);

    let total = 0;
    for (
      let moved = await after.rewrapWithCurrentMasterKey(2);
      moved > 0;
      moved = await after.rewrapWithCurrentMasterKey(2)
    )
      total += moved;
    expect(total).toBeGreaterThanOrEqual(victims.length);
    expect([...(await after.countLiveKeysByMasterKey()).keys()]).toEqual(['2026-07']);
    const afterRetirement = new VictimDataKeyStore(pool, MasterKeyRing.single('2026-07', newKey));
    for (let i = 0; i < victims.length; i++)
      expect(((await afterRetirement.find(victims[i])) as Buffer).equals(keys[i])).toBe(true);
    expect(await afterRetirement.find(erased)).toBe('destroyed'); // rewrap never resurrects a destroyed key
  });

  it('works over a TypeORM DataSource too', async () => {
    const dataSource = createDataSource(database.url, { poolSize: 4 });
    await dataSource.initialize();
    try {
      const store = new VictimDataKeyStore(dataSource, ring);
      const victimId = randomUUID();
      const key = await store.getOrCreate(victimId);
      expect(((await new VictimDataKeyStore(dataSource, ring).find(victimId)) as Buffer).equals(key)).toBe(true);
      expect(await store.destroy(victimId, 'admin-1', 'erasure request')).toMatchObject({ alreadyDestroyed: false });
      expect(await store.destroy(victimId, 'admin-1', 'erasure request')).toMatchObject({ alreadyDestroyed: true });
      expect(await new VictimDataKeyStore(dataSource, ring).find(victimId)).toBe('destroyed');
      const rotated = new VictimDataKeyStore(
        dataSource,
        MasterKeyRing.fromConfiguration({ currentKeyId: 'n', keys: `n=${newKey},2026-01=${oldKey}` }),
      );
      await new VictimDataKeyStore(dataSource, ring).getOrCreate(randomUUID());
      expect(await rotated.rewrapWithCurrentMasterKey()).toBeGreaterThan(0);
    } finally {
      await dataSource.destroy();
    }
  });
});
