import { comparePositions, EventStore, GlobalPosition, RecordedEvent } from '@vcs/event-store';
import { applyHandled, Projection } from '@vcs/read-models';
import { DataSource, EntityManager } from 'typeorm';
import { lockCheckpoint, readCheckpoint, writeCheckpoint } from './checkpoint-store';

export interface RebuildProgress {
  readonly projection: string;
  readonly eventsRead: number;
  readonly eventsApplied: number;
  /** Events in the history when the rebuild started, where the store can say; undefined otherwise. */
  readonly eventsTotal: number | undefined;
  readonly phase: 'building' | 'swapping' | 'done';
}

export interface RebuildOptions {
  readonly batchSize: number;
  readonly onProgress?: (progress: RebuildProgress) => void;
  /** Counts the events in the history for the progress bar (PostgreSQL store: a count of the events table). */
  readonly countEvents?: () => Promise<number | undefined>;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

function quoted(identifier: string): string {
  if (!IDENTIFIER.test(identifier)) throw new Error(`"${identifier}" is not a plain lower-case SQL identifier`);
  return `"${identifier}"`;
}

/**
 * Rebuilds one read model from the whole history while the live projector keeps going:
 * 1. builds into empty copies of the projection's tables in a shadow schema (search_path puts it first, so the
 *    projection's own SQL writes there), reading never past the live projector's checkpoint;
 * 2. in one transaction that holds the live checkpoint row (so the live projector waits), applies what is left up
 *    to that checkpoint and swaps the shadow tables into place. Queries see the old rows, then the new ones.
 */
export async function rebuildProjection(dataSource: DataSource, store: EventStore, projection: Projection, options: RebuildOptions): Promise<RebuildProgress> {
  const slug = projection.name.replace(/-/g, '_');
  const shadow = quoted(`rebuild_${slug}`);
  const retired = quoted(`retired_${slug}`);
  const tables = projection.tables.map(quoted);
  const eventsTotal = await options.countEvents?.();
  const progress = { projection: projection.name, eventsRead: 0, eventsApplied: 0, eventsTotal, phase: 'building' as RebuildProgress['phase'] };
  const report = () => options.onProgress?.({ ...progress });

  await readCheckpoint(dataSource.manager, projection.name);
  await dataSource.query(`DROP SCHEMA IF EXISTS ${shadow} CASCADE`);
  await dataSource.query(`CREATE SCHEMA ${shadow}`);
  for (const table of tables) await dataSource.query(`CREATE TABLE ${shadow}.${table} (LIKE public.${table} INCLUDING ALL)`);

  const applyInShadow = async (manager: EntityManager, events: RecordedEvent[]) => {
    await manager.query(`SET LOCAL search_path = ${shadow}, public`);
    progress.eventsApplied += await applyHandled(projection, events, manager);
    await manager.query('SET LOCAL search_path = public');
  };

  let position: GlobalPosition | undefined;
  try {
    // Build: catch up to wherever the live projector is, in batches, each its own transaction.
    for (;;) {
      const live = (await readCheckpoint(dataSource.manager, projection.name)).position;
      const batch = upTo(await store.readAll({ after: position, maxCount: options.batchSize }), live);
      if (batch.length === 0) break;
      await dataSource.transaction((manager) => applyInShadow(manager, batch));
      position = batch[batch.length - 1].position;
      progress.eventsRead += batch.length;
      report();
    }

    // Swap: hold the live checkpoint, finish up to it, move the tables.
    progress.phase = 'swapping';
    report();
    await dataSource.transaction(async (manager) => {
      const live = (await lockCheckpoint(manager, projection.name)).position;
      for (;;) {
        const batch = upTo(await store.readAll({ after: position, maxCount: options.batchSize }), live);
        if (batch.length === 0) break;
        await applyInShadow(manager, batch);
        position = batch[batch.length - 1].position;
        progress.eventsRead += batch.length;
      }
      await manager.query(`DROP SCHEMA IF EXISTS ${retired} CASCADE`);
      await manager.query(`CREATE SCHEMA ${retired}`);
      for (const table of tables) {
        await manager.query(`ALTER TABLE public.${table} SET SCHEMA ${retired}`);
        await manager.query(`ALTER TABLE ${shadow}.${table} SET SCHEMA public`);
      }
      if (position && !live) await writeCheckpoint(manager, projection.name, position, 0);
    });
    await dataSource.query(`DROP SCHEMA IF EXISTS ${retired} CASCADE`);
  } finally {
    await dataSource.query(`DROP SCHEMA IF EXISTS ${shadow} CASCADE`);
  }
  progress.phase = 'done';
  report();
  return { ...progress };
}

/** The events of a batch at or before `limit` (all of them when there is no limit yet: the live projector has not started). */
function upTo(events: RecordedEvent[], limit: GlobalPosition | undefined): RecordedEvent[] {
  if (!limit) return events;
  const end = events.findIndex((event) => comparePositions(event.position, limit) > 0);
  return end < 0 ? events : events.slice(0, end);
}
