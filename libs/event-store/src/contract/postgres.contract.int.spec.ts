import { createTestDatabase } from '@vcs/test-support';
import { PostgresEventStore } from '../postgres/postgres-event-store';
import { describeEventStoreContract } from './event-store.contract';

describeEventStoreContract('PostgreSQL', async () => {
  const database = await createTestDatabase();
  const store = new PostgresEventStore({ connectionString: database.url, pollIntervalMs: 200 });
  return {
    store,
    teardown: async () => {
      await store.close();
      await database.drop();
    },
  };
});
