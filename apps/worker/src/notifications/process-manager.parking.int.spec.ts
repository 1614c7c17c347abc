import { PostgresEventStore, RecordedEvent } from '@vcs/event-store';
import { anEvent, newStreamId } from '@vcs/event-store/testing';
import { createDataSource, parkedWork } from '@vcs/read-models';
import { createTestDatabase, TestDatabase } from '@vcs/test-support';
import { DataSource } from 'typeorm';
import { EventReactor, ProcessManager } from './process-manager';
import { eventually } from './testing/notification-test-kit';

/**
 * A reactor that needs something besides PostgreSQL (as the dispatcher needs Redis). While that is down every event
 * fails: an outage, not bad events, so nothing may be parked — the reactor waits and goes on when it is back. An
 * event that fails while everything answers is parked, and its stream's later events wait behind it.
 */
class Recorder implements EventReactor {
  readonly name = 'recorder';
  readonly handles = ['Ping', 'Poison'];
  readonly handled: string[] = [];
  outage = false;

  async handle(event: RecordedEvent): Promise<void> {
    if (this.outage) throw new Error('connection refused');
    if (event.type === 'Poison') throw new Error('cannot handle this one');
    this.handled.push(event.id);
  }

  async dependenciesAnswer(): Promise<void> {
    if (this.outage) throw new Error('connection refused');
  }
}

describe('process manager: parks bad events, never an outage', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let store: PostgresEventStore;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource(database.url, { poolSize: 4 });
    await dataSource.initialize();
    store = new PostgresEventStore({ connectionString: database.url, pollIntervalMs: 50 });
  });

  afterAll(async () => {
    await store.close();
    await dataSource.destroy();
    await database.drop();
  });

  it('given an outage, then nothing is parked and every event is handled once it ends; given a bad event, then only its stream waits', async () => {
    const reactor = new Recorder();
    reactor.outage = true;
    const manager = new ProcessManager(dataSource, store, reactor, {
      batchSize: 10,
      retryMs: 50,
      log: { info: () => undefined, warn: () => undefined, error: () => undefined },
      parking: { attempts: 2, backoffMs: 1, retryPollMs: 50 },
    });
    const [a, b] = [anEvent('Ping'), anEvent('Ping')];
    await store.appendToStream(newStreamId('victim'), [a], 'no_stream');
    await store.appendToStream(newStreamId('victim'), [b], 'no_stream');
    manager.start();
    try {
      await new Promise((resolve) => setTimeout(resolve, 500)); // several rounds of failing attempts
      expect(await parkedWork.list(dataSource, 'recorder')).toEqual([]);
      expect(reactor.handled).toEqual([]);
      reactor.outage = false;
      await eventually(async () => reactor.handled.length === 2, 'both handled after the outage');
      expect(reactor.handled).toEqual([a.id, b.id]);

      const poisoned = newStreamId('victim');
      const [poison, behind, other] = [anEvent('Poison'), anEvent('Ping'), anEvent('Ping')];
      await store.appendToStream(poisoned, [poison, behind], 'no_stream');
      await store.appendToStream(newStreamId('victim'), [other], 'no_stream');
      await eventually(async () => reactor.handled.includes(other.id), 'the other stream handled');
      expect((await parkedWork.list(dataSource, 'recorder')).map((p) => [p.eventId, p.reason])).toEqual([
        [poison.id, 'failed'],
        [behind.id, 'behind-parked'],
      ]);
      expect(reactor.handled).not.toContain(behind.id);
    } finally {
      await manager.stop();
    }
  });
});
