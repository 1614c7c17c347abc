import { createLogger, Environment, loadEnvironment } from '@vcs/config';
import { EventStore } from '@vcs/event-store';
import { createEventStore, createVictimDataKeyStore } from '@vcs/infrastructure';
import { createDataSource } from '@vcs/read-models';
import { Logger } from 'pino';
import { DataSource } from 'typeorm';

/** The application's own pieces, pointed at the bench database: configuration, data source, protecting event store. */
export interface AppContext {
  readonly env: Readonly<Environment>;
  readonly log: Logger;
  readonly dataSource: DataSource;
  readonly store: EventStore;
  close(): Promise<void>;
}

export async function openAppContext(url: string, poolSize: number): Promise<AppContext> {
  const env = loadEnvironment({
    DATABASE_URL: url,
    LOG_LEVEL: 'silent',
    DATABASE_POOL_SIZE: String(poolSize),
    EVENT_STORE_POLL_INTERVAL_MS: '1000',
  });
  const log = createLogger({ level: env.LOG_LEVEL, service: 'bench-read-side' });
  const dataSource = createDataSource(url, { poolSize });
  await dataSource.initialize();
  const store = createEventStore(env, log, createVictimDataKeyStore(env, dataSource));
  return {
    env,
    log,
    dataSource,
    store,
    close: async () => {
      await store.close();
      await dataSource.destroy();
    },
  };
}
