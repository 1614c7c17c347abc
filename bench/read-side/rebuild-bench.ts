import { performance } from 'node:perf_hooks';
import { EventStore, ReadAllOptions, RecordedEvent } from '@vcs/event-store';
import { Projection } from '@vcs/read-models';
import { DataSource } from 'typeorm';
import { rebuildProjection } from '../../apps/worker/src/projector/rebuild';

export interface RebuildResult {
  readonly projection: string;
  readonly eventsRead: number;
  readonly eventsApplied: number;
  readonly seconds: number;
  readonly eventsPerSecond: number;
  /** The rebuild hit its time budget and swapped in a read model of the first `eventsRead` events only. */
  readonly partial: boolean;
}

/**
 * The store as the rebuild sees it, except that once `deadline` has passed readAll answers nothing more: the rebuild
 * then finishes (swap) with what it has. Used only when a projection would not finish in the bench's time budget.
 */
class DeadlineStore implements Pick<EventStore, 'readAll'> {
  stopped = false;

  constructor(
    private readonly inner: EventStore,
    private readonly deadline: number,
  ) {}

  async readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    if (performance.now() > this.deadline) {
      this.stopped = true;
      return [];
    }
    return this.inner.readAll(options);
  }
}

/** Rebuilds one projection from the whole history with the application's rebuild (shadow schema, swap). */
export async function rebuildOne(
  dataSource: DataSource,
  store: EventStore,
  projection: Projection,
  options: { batchSize: number; budgetSeconds: number; totalEvents: number; log: (message: string) => void },
): Promise<RebuildResult> {
  const started = performance.now();
  const limited = new DeadlineStore(store, started + options.budgetSeconds * 1000);
  const view: EventStore = new Proxy(store, {
    get: (target, property, receiver) => (property === 'readAll' ? limited.readAll.bind(limited) : Reflect.get(target, property, receiver)),
  });
  let lastLog = started;
  const result = await rebuildProjection(dataSource, view, projection, {
    batchSize: options.batchSize,
    countEvents: async () => options.totalEvents,
    onProgress: (progress) => {
      const now = performance.now();
      if (now - lastLog < 15_000) return;
      lastLog = now;
      const rate = (progress.eventsRead * 1000) / (now - started);
      options.log(`  ${projection.name}: ${progress.eventsRead}/${options.totalEvents} events, ${Math.round(rate)} events/s`);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  return {
    projection: projection.name,
    eventsRead: result.eventsRead,
    eventsApplied: result.eventsApplied,
    seconds,
    eventsPerSecond: result.eventsRead / seconds,
    partial: limited.stopped,
  };
}
