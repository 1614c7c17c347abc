/* A projector process for the crash test: started, killed and restarted by projector.crash.int.spec.ts. */
import { PostgresEventStore } from '@vcs/event-store';
import { createDataSource } from '@vcs/read-models';
import { Projector } from '../projector';
import { TallyProjection } from './tally.projection';

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL as string;
  const dataSource = createDataSource(databaseUrl, { poolSize: 3 });
  await dataSource.initialize();
  const store = new PostgresEventStore({ connectionString: databaseUrl, pollIntervalMs: 100, readBatchSize: 200 });
  const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
  const projector = new Projector(dataSource, store, new TallyProjection('tally-crash', 'crash', 5), {
    batchSize: 20,
    retryMs: 100,
    log: silent,
  });
  projector.start();
  process.send?.('started');
  process.on('SIGTERM', () => {
    void projector
      .stop()
      .then(() => store.close())
      .then(() => dataSource.destroy())
      .then(() => process.exit(0));
  });
}

void main();
