import { EventStore, GlobalPosition, RecordedEvent } from '@vcs/event-store';
import { Projection, readsPersonalDataOf } from '@vcs/read-models';
import { DataSource } from 'typeorm';
import { liveCheckpoints } from './live-checkpoints';
import { ProjectionRebuild, RebuildProgress, upTo } from './projection-rebuild';
import { RebuildHistory } from './rebuild-history';

export type { RebuildPhase, RebuildProgress } from './projection-rebuild';

export interface RebuildOptions {
  /** History events per read, and at most per build transaction. */
  readonly batchSize: number;
  readonly onProgress?: (progress: RebuildProgress) => void;
  /** Counts the events in the history (of `types` only, when given) for the progress bar; undefined when the store cannot say. */
  readonly countEvents?: (types?: readonly string[]) => Promise<number | undefined>;
  /** Hold the rows of projections that can (`memoryBuild`) in memory for the pass and write each once (default true). */
  readonly inMemory?: boolean;
}

export interface RebuildAllOptions extends Omit<RebuildOptions, 'onProgress'> {
  readonly onProgress?: (progress: RebuildAllProgress) => void;
  /** Batches a projection may have waiting while a slower one works (default 3): reading and decrypting run ahead. */
  readonly batchesAhead?: number;
  /** Stops the rebuild: nothing is swapped that has not been already, the shadow schemas are dropped, the call rejects. */
  readonly signal?: AbortSignal;
}

export interface RebuildAllProgress {
  /** History events read (once, for every projection). */
  readonly eventsRead: number;
  readonly eventsTotal: number | undefined;
  readonly projections: readonly RebuildProgress[];
}

/**
 * Rebuilds one read model from the whole history while the live projector keeps going (see rebuildProjections).
 */
export async function rebuildProjection(
  dataSource: DataSource,
  store: EventStore,
  projection: Projection,
  options: RebuildOptions,
): Promise<RebuildProgress> {
  const { onProgress, ...rest } = options;
  const result = await rebuildProjections(dataSource, store, [projection], {
    ...rest,
    onProgress: onProgress && ((all) => onProgress(all.projections[0])),
  });
  return result.projections[0];
}

/**
 * Rebuilds several read models from ONE read of the history, while their live projectors keep going:
 * 1. each projection builds into empty copies of its tables in its own shadow schema (search_path puts it first, so
 *    the projection's own SQL writes there), with only the indexes its SQL needs while building;
 * 2. the history is read once, in batches (only the types the projections handle, when they all list them; the next
 *    batch is read while this one is applied); personal data is decrypted only for projections that read it;
 * 3. each projection applies its part of a batch in its own transaction, on its own connection, concurrently with
 *    the others, never past its live projector's checkpoint — or, when it has a `memoryBuild` (and `inMemory` is not
 *    false), in memory, its rows held for the whole pass since the shadow tables start empty;
 * 4. a projection that reaches its live checkpoint, or the end of the history, finishes on its own: writes out the
 *    rows it held in memory (each once), catches up through `applyBatch`,
 *    builds its other indexes under their migration names, then in one transaction that holds the live checkpoint row
 *    (the live projector waits) applies what is left up to it and swaps the tables in. Queries see the old rows,
 *    then the new ones. VACUUM (ANALYZE) follows.
 */
export async function rebuildProjections(
  dataSource: DataSource,
  store: EventStore,
  projections: readonly Projection[],
  options: RebuildAllOptions,
): Promise<RebuildAllProgress> {
  const types = typesToRead(projections);
  const eventsTotal = await options.countEvents?.(types);
  const history = new RebuildHistory(store);
  const builds = projections.map(
    (projection) =>
      new ProjectionRebuild(dataSource, projection, eventsTotal, options.batchSize, options.inMemory ?? true),
  );
  let eventsRead = 0;
  const progress = (): RebuildAllProgress => ({
    eventsRead,
    eventsTotal,
    projections: builds.map((build) => build.progress()),
  });
  const report = () => options.onProgress?.(progress());
  const lanes = new Lanes(builds, options.batchesAhead ?? 3, report);
  const abort = () => lanes.fail(new Error('the rebuild was stopped'));
  if (options.signal?.aborted) abort();
  options.signal?.addEventListener('abort', abort);

  try {
    for (const build of builds) await build.prepare();
    let active = builds;
    let position: GlobalPosition | undefined;
    const readAhead = (after: GlobalPosition | undefined) => {
      const read = history.read(after, options.batchSize, types);
      read.catch(() => undefined); // awaited on the next turn; a failure must not go unhandled meanwhile
      return read;
    };
    let next = readAhead(position);
    while (active.length > 0 && !lanes.failed) {
      const batch = await next;
      if (batch.length === 0) break;
      position = batch[batch.length - 1].position;
      next = readAhead(position);
      const live = await liveCheckpoints(
        dataSource,
        active.map((build) => build.name),
      );
      const opened = await openFor(history, batch, active);
      const stillActive: ProjectionRebuild[] = [];
      for (const build of active) {
        const events = upTo(build.readsPersonalData ? opened : batch, live.get(build.name));
        lanes.enqueue(build, () => build.apply(events));
        // Past its live checkpoint: this projection finishes on its own, the others go on reading.
        if (events.length < batch.length) lanes.enqueue(build, () => build.finish(history, () => lanes.failed));
        else stillActive.push(build);
      }
      active = stillActive;
      eventsRead += batch.length;
      report();
      await lanes.waitForSlowest();
    }
    for (const build of active) lanes.enqueue(build, () => build.finish(history, () => lanes.failed));
    await lanes.drain();
  } catch (error) {
    lanes.fail(error);
    await lanes.drain().catch(() => undefined);
  }
  options.signal?.removeEventListener('abort', abort);
  if (lanes.failed) {
    await Promise.allSettled(builds.map((build) => build.shadow.dropSchemas()));
    throw lanes.error;
  }
  report();
  return progress();
}

/** The union of the projections' types, or undefined (read everything) when one of them reads every type. */
function typesToRead(projections: readonly Projection[]): readonly string[] | undefined {
  if (projections.some((projection) => projection.handles === '*')) return undefined;
  return [...new Set(projections.flatMap((projection) => projection.handles as readonly string[]))];
}

/** The batch with personal data opened in the events some active projection reads the personal data of. */
async function openFor(
  history: RebuildHistory,
  batch: readonly RecordedEvent[],
  active: readonly ProjectionRebuild[],
): Promise<readonly RecordedEvent[]> {
  const readers = active.filter((build) => build.readsPersonalData);
  if (readers.length === 0) return batch;
  return history.unseal(batch, (type) => readers.some((build) => readsPersonalDataOf(build.projection, type)));
}

/**
 * One lane of work per projection: its steps run in order, lanes run side by side (each step takes its own
 * connection from the pool). The first failure stops every lane at its next step.
 */
class Lanes {
  failed = false;
  error: unknown;
  private readonly tails = new Map<ProjectionRebuild, Promise<void>>();
  private readonly waiting = new Map<ProjectionRebuild, Promise<void>[]>();

  constructor(
    builds: readonly ProjectionRebuild[],
    private readonly batchesAhead: number,
    private readonly report: () => void,
  ) {
    for (const build of builds) {
      this.tails.set(build, Promise.resolve());
      this.waiting.set(build, []);
    }
  }

  enqueue(build: ProjectionRebuild, step: () => Promise<void>): void {
    const tail = (this.tails.get(build) as Promise<void>).then(async () => {
      if (this.failed) return;
      await step().catch((error: unknown) => this.fail(error));
      this.report();
    });
    this.tails.set(build, tail);
    (this.waiting.get(build) as Promise<void>[]).push(tail);
  }

  /** Returns when no lane has more than `batchesAhead` steps waiting. */
  async waitForSlowest(): Promise<void> {
    for (const queue of this.waiting.values()) {
      while (queue.length > this.batchesAhead) await queue.shift();
    }
  }

  async drain(): Promise<void> {
    await Promise.all(this.tails.values());
    if (this.failed) throw this.error;
  }

  fail(error: unknown): void {
    if (this.failed) return;
    this.failed = true;
    this.error = error;
  }
}
