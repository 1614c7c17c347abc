import { EventStoreDbEventStore } from '../eventstoredb/eventstoredb-event-store';
import { describeEventStoreContract } from './event-store.contract';

const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;

if (connectionString) {
  // Every test writes to its own streams and reads positions relative to what it wrote, so one shared server is fine.
  describeEventStoreContract('KurrentDB', async () => {
    const store = new EventStoreDbEventStore({ connectionString });
    await store.ping();
    return { store, teardown: () => store.close() };
  });
} else {
  console.warn(
    'KurrentDB contract suite SKIPPED: set EVENTSTORE_CONNECTION_STRING (docker compose up gives kurrentdb://localhost:2113?tls=false) to run it',
  );
  describe.skip('EventStore contract: KurrentDB', () => {
    it('needs a KurrentDB server (EVENTSTORE_CONNECTION_STRING)', () => {
      expect(connectionString).toBeDefined();
    });
  });
}
