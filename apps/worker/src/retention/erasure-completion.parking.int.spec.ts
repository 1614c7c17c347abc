import { randomUUID } from 'node:crypto';
import { loadEnvironment } from '@vcs/config';
import { PostgresEventStore } from '@vcs/event-store';
import { anEvent } from '@vcs/event-store/testing';
import { createVictimDataKeyStore } from '@vcs/infrastructure';
import { createDataSource, parkedWork } from '@vcs/read-models';
import { createTestDatabase, TestDatabase } from '@vcs/test-support';
import { DataSource, EntityManager } from 'typeorm';
import { eventually } from '../notifications/testing/notification-test-kit';
import { Projector } from '../projector/projector';
import { ERASURE_COMPLETION, ErasureCompletion } from './erasure-completion';
import { ErasureParticipant } from './erasure-participants';

/**
 * Issue 11 §1: erasure completion is one of the consumers that "retries a bounded number of times, then parks that
 * stream's work and goes on with every other stream". One victim's erasure cannot be completed (a participant's store
 * refuses it, as a broken table would): the other victims' erasures complete (keys destroyed), that one is parked on
 * its stream (its key still there, since its work rolled back with its savepoint) and shows as an ADMIN's task; after
 * the fix one retry completes it and closes the task.
 */
describe('erasure completion: parks an erasure it cannot complete and completes the others', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let store: PostgresEventStore;
  const broken = new Set<string>();
  const errors: Record<string, unknown>[] = [];
  const log = {
    info: () => undefined,
    warn: () => undefined,
    error: (details: object) => void errors.push(details as Record<string, unknown>),
  };
  /** A store of a victim's plain-text data that refuses to drop one victim's (the injected fault). */
  const participant: ErasureParticipant = {
    name: 'test-participant',
    erase: async (victimId: string, manager: EntityManager) => {
      if (broken.has(victimId)) await manager.query('SELECT 1 / 0'); // division_by_zero, as a broken store would fail
    },
  };

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

  it('given one victim whose erasure fails, then the others are completed, that one is parked, and a retry after the fix completes it', async () => {
    const env = loadEnvironment({ DATABASE_URL: database.url, PERSONAL_DATA_KEY_CACHE_TTL_MS: '0' });
    const keys = createVictimDataKeyStore(env, dataSource);
    const [failing, first, later] = [randomUUID(), randomUUID(), randomUUID()];
    for (const victimId of [failing, first, later]) await keys.getOrCreate(victimId);
    broken.add(failing);
    const erased = (victimId: string) =>
      anEvent('VictimPersonalDataErased', {
        victimId,
        erasedOn: '2026-12-07',
        erasedBy: 'admin-1',
        basis: 'erasure-request',
      });
    await store.appendToStream(`victim-${first}`, [erased(first)], 'any');
    await store.appendToStream(`victim-${failing}`, [erased(failing)], 'any');

    const projector = new Projector(
      dataSource,
      store,
      new ErasureCompletion((db) => createVictimDataKeyStore(env, db as DataSource), keys, [participant], log),
      { batchSize: 50, retryMs: 50, log, parking: { attempts: 3, backoffMs: 1, retryPollMs: 50 } },
    );
    projector.start();
    try {
      await eventually(async () => (await keys.find(first)) === 'destroyed', "the first victim's erasure completed");
      // Written after the failing one: the completion went on past it.
      await store.appendToStream(`victim-${later}`, [erased(later)], 'any');
      await eventually(async () => (await keys.find(later)) === 'destroyed', "a later victim's erasure completed");

      const parked = await parkedWork.list(dataSource, ERASURE_COMPLETION);
      expect(parked).toEqual([
        expect.objectContaining({
          streamId: `victim-${failing}`,
          eventType: 'VictimPersonalDataErased',
          reason: 'failed',
          attempts: 3,
          error: expect.stringContaining('division by zero'),
        }),
      ]);
      expect(Buffer.isBuffer(await keys.find(failing))).toBe(true); // its work rolled back: not half done
      expect(errors).toContainEqual(
        expect.objectContaining({ consumer: ERASURE_COMPLETION, eventType: 'VictimPersonalDataErased' }),
      );
      const openTasks = async () =>
        dataSource.query(
          "SELECT victim_id::text, event_type, error_class FROM parked_work_tasks WHERE consumer = 'erasure-completion' AND done_at IS NULL",
        );
      expect(await openTasks()).toEqual([
        { victim_id: failing, event_type: 'VictimPersonalDataErased', error_class: 'QueryFailedError' },
      ]);

      // Fixed: one retry completes it and closes the ADMIN's task.
      broken.delete(failing);
      await parkedWork.requestRetry(dataSource, ERASURE_COMPLETION);
      await eventually(async () => (await keys.find(failing)) === 'destroyed', 'the parked erasure completed');
      await eventually(
        async () => (await parkedWork.list(dataSource, ERASURE_COMPLETION)).length === 0,
        'nothing parked',
      );
      expect(await openTasks()).toEqual([]);
      expect(projector.status().parkedStreams).toBe(0);
    } finally {
      await projector.stop();
    }
  });
});
