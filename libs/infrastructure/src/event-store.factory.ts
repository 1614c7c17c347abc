import { Environment } from '@vcs/config';
import { EventStore, EventStoreDbEventStore, PostgresEventStore } from '@vcs/event-store';
import { MasterKeyRing, PersonalDataProtectingEventStore, VictimDataKeyStore } from '@vcs/security';
import { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { UpcastingEventStore } from './upcasting-event-store';

/** The adapter that stores events: PostgreSQL (embedded default) or KurrentDB (EventStoreDB under its current name). */
export function createStorageAdapter(env: Environment, log: Logger): EventStore {
  if (env.EVENT_STORE === 'kurrentdb' || env.EVENT_STORE === 'eventstoredb') {
    return new EventStoreDbEventStore({
      connectionString: env.EVENTSTORE_CONNECTION_STRING as string,
      onSubscriptionError: (error: unknown) =>
        log.warn(
          { err: error instanceof Error ? error.name : 'error' },
          'KurrentDB subscription failed; resubscribing',
        ),
    });
  }
  return new PostgresEventStore({
    connectionString: env.DATABASE_URL,
    poolSize: env.DATABASE_POOL_SIZE,
    pollIntervalMs: env.EVENT_STORE_POLL_INTERVAL_MS,
  });
}

/**
 * Victims' data keys, wrapped by the configured master keys, kept in PostgreSQL whichever event store runs.
 * `cacheMaxEntries`: a process that reads the whole history (a rebuild) keeps every victim's key instead of the
 * default 10,000, so each key is fetched and unwrapped once per cache TTL rather than once per batch.
 */
export function createVictimDataKeyStore(
  env: Environment,
  dataSource: DataSource,
  options: { readonly cacheMaxEntries?: number } = {},
): VictimDataKeyStore {
  const ring = MasterKeyRing.fromConfiguration({
    currentKeyId: env.PERSONAL_DATA_MASTER_KEY_ID,
    keys: env.PERSONAL_DATA_MASTER_KEYS,
  });
  return new VictimDataKeyStore(dataSource, ring, {
    cacheTtlMs: env.PERSONAL_DATA_KEY_CACHE_TTL_MS,
    cacheMaxEntries: options.cacheMaxEntries,
  });
}

/**
 * The EventStore port as the application sees it: every victim's personal data is encrypted with their own key
 * on the way in and decrypted (or shown as erased) on the way out. Nothing reaches the adapter in plain text.
 */
export function createEventStore(env: Environment, log: Logger, keys: VictimDataKeyStore): EventStore {
  // Outermost, upcasting: readers get the current shape of every event, after its personal part is decrypted.
  return new UpcastingEventStore(new PersonalDataProtectingEventStore(createStorageAdapter(env, log), keys), {
    personalReadable: true,
  });
}
