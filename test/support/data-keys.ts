import { DataKeySource, MasterKeyRing, SqlQueryable, VictimDataKeyStore, VictimErasedError } from '@vcs/security';

/**
 * The real key store on a test database (its own master key), creating a victim's key on first use as the event
 * store's write path does: histories appended straight to a database without that path have no keys yet. Share one
 * across databases whose rows must come out byte-identical (sealing is deterministic per key).
 */
export function dataKeysOn(db: SqlQueryable): DataKeySource {
  const store = new VictimDataKeyStore(db, MasterKeyRing.single('test-1', MasterKeyRing.generateBase64Key()));
  return {
    find: async (victimId) => {
      try {
        return await store.getOrCreate(victimId);
      } catch (error) {
        if (error instanceof VictimErasedError) return 'destroyed';
        throw error;
      }
    },
    findMany: async (victimIds) => {
      try {
        return await store.getOrCreateMany(victimIds);
      } catch (error) {
        if (error instanceof VictimErasedError) return store.findMany(victimIds);
        throw error;
      }
    },
  };
}
