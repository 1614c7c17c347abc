import { Environment } from '@vcs/config';
import { EventStore, EventStoreDbEventStore, PostgresEventStore } from '@vcs/event-store';
import { Logger } from 'pino';

/** The configured adapter behind the EventStore port: PostgreSQL (embedded default) or EventStoreDB. */
export function createEventStore(env: Environment, log: Logger): EventStore {
  if (env.EVENT_STORE === 'eventstoredb') {
    return new EventStoreDbEventStore({
      connectionString: env.EVENTSTORE_CONNECTION_STRING as string,
      onSubscriptionError: (error: unknown) => log.warn({ err: String(error) }, 'EventStoreDB subscription failed; resubscribing'),
    });
  }
  return new PostgresEventStore({
    connectionString: env.DATABASE_URL,
    poolSize: env.DATABASE_POOL_SIZE,
    pollIntervalMs: env.EVENT_STORE_POLL_INTERVAL_MS,
  });
}
