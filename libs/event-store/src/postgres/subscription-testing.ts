import { Client } from 'pg';
import { anEvent } from '../testing';
import { RecordedEvent } from '../event-store.port';
import { PostgresEventStore } from './postgres-event-store';

/** append_events called directly, as the adapter does, for tests that hold its transaction open. */
export const APPEND_SQL = `SELECT * FROM append_events($1, 'any', NULL, $2::uuid[], $3::text[], $4::jsonb[], $5::jsonb[])`;

export function appendParameters(streamId: string, events: readonly ReturnType<typeof anEvent>[]): unknown[] {
  return [
    streamId,
    events.map((e) => e.id),
    events.map((e) => e.type),
    events.map((e) => JSON.stringify(e.data)),
    events.map((e) => JSON.stringify(e.metadata)),
  ];
}

/** Appends inside a transaction that stays open until `commit()`: a writer whose commit arrives late. */
export async function openSlowAppend(
  url: string,
  streamId: string,
  types: string[],
): Promise<{ commit: () => Promise<void>; ids: string[] }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const events = types.map((t) => anEvent(t));
  await client.query('BEGIN');
  await client.query(APPEND_SQL, appendParameters(streamId, events));
  return {
    ids: events.map((e) => e.id),
    commit: async () => {
      await client.query('COMMIT');
      await client.end();
    },
  };
}

/** Collects what a subscription delivers, for a test to wait on and inspect. */
export function startCollecting(store: PostgresEventStore, after?: RecordedEvent['position']) {
  const received: RecordedEvent[] = [];
  const subscription = store.subscribeToAll({ after });
  const done = (async () => {
    for await (const event of subscription) received.push(event);
  })();
  return {
    received,
    async until(predicate: () => boolean, what: string): Promise<void> {
      const deadline = Date.now() + 20000;
      while (!predicate()) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${received.length} events received`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    async stop(): Promise<void> {
      await subscription.close();
      await done;
    },
  };
}
