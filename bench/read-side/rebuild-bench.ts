import { performance } from 'node:perf_hooks';
import { EventStore } from '@vcs/event-store';
import { Projection, readsPersonalDataOf } from '@vcs/read-models';
import { DataSource } from 'typeorm';
import { RebuildAllProgress, rebuildProjections } from '../../apps/worker/src/projector/rebuild';
import { rebuildInProcesses, splitForProcesses } from '../../apps/worker/src/projector/rebuild-processes';
import { RebuildHistory } from '../../apps/worker/src/projector/rebuild-history';

export interface ProjectionRebuildResult {
  readonly projection: string;
  /** History events it had been given (all of them unless stopped at the time limit). */
  readonly eventsRead: number;
  readonly eventsApplied: number;
  /** Seconds in its own build transactions (they overlap with the other projections' and with reading). */
  readonly applySeconds: number;
  /** Seconds from the start until its tables were swapped in (deferred indexes built, VACUUM done). */
  readonly doneAfterSeconds: number;
}

export interface RebuildResult {
  readonly batchSize: number;
  /** Node processes the projections were split across (each reads the history once for its group). */
  readonly processes: readonly (readonly string[])[];
  /** History events read (once, for all projections). */
  readonly eventsRead: number;
  readonly seconds: number;
  readonly eventsPerSecond: number;
  readonly projections: readonly ProjectionRebuildResult[];
  /** Stopped at the time limit (BENCH_REBUILD_MAX_SECONDS): nothing swapped in, the rate is that of the part read. */
  readonly stoppedAfterSeconds: number | undefined;
  /** The same history only read and decrypted, nothing applied: the ceiling of one pass. */
  readonly readOnly:
    { readonly eventsRead: number; readonly seconds: number; readonly eventsPerSecond: number } | undefined;
}

/**
 * Rebuilds every projection from the WHOLE history in one pass, as `npm run projections:rebuild` does (one read,
 * decryption only for projections that read personal data, shadow tables, swap), and times it.
 */
export async function rebuildAll(
  dataSource: DataSource,
  store: EventStore,
  projections: readonly Projection[],
  options: {
    batchSize: number;
    totalEvents: number;
    maxSeconds: number | undefined;
    readOnly: boolean;
    /** More than one: as `npm run projections:rebuild --processes=N`, each group in its own process on this database. */
    processes: number;
    databaseUrl: string;
    log: (message: string) => void;
  },
): Promise<RebuildResult> {
  const readOnly = options.readOnly ? await readHistoryOnly(store, projections, options) : undefined;
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  const doneAt = new Map<string, number>();
  let lastLog = started;
  let last: RebuildAllProgress | undefined;
  const stop = new AbortController();
  const timer =
    options.maxSeconds === undefined ? undefined : setTimeout(() => stop.abort(), options.maxSeconds * 1000);
  let stoppedAfterSeconds: number | undefined;
  const groups = splitForProcesses(projections, options.processes);
  if (groups.length > 1)
    options.log(
      `  in ${groups.length} processes: ${groups.map((group) => group.map((p) => p.name).join(', ')).join(' | ')}`,
    );
  const onProgress = (progress: RebuildAllProgress) => {
    last = progress;
    for (const p of progress.projections)
      if (p.phase === 'done' && !doneAt.has(p.projection)) doneAt.set(p.projection, seconds());
    const now = performance.now();
    if (now - lastLog < 15_000) return;
    lastLog = now;
    const busy = progress.projections
      .filter((p) => p.phase !== 'done')
      .map((p) => `${p.projection} ${p.phase} ${p.eventsRead}`);
    options.log(
      `  ${progress.eventsRead}/${options.totalEvents} events, ${Math.round(progress.eventsRead / seconds())} events/s; ${busy.join(', ') || 'all done'}`,
    );
  };
  try {
    last =
      groups.length > 1
        ? await rebuildInProcesses(groups, {
            batchSize: options.batchSize,
            env: { ...process.env, DATABASE_URL: options.databaseUrl, LOG_LEVEL: 'silent' },
            onProgress,
            signal: stop.signal,
          })
        : await rebuildProjections(dataSource, store, projections, {
            batchSize: options.batchSize,
            countEvents: async () => options.totalEvents,
            signal: stop.signal,
            onProgress,
          });
  } catch (error) {
    if (!stop.signal.aborted) throw error;
    stoppedAfterSeconds = seconds();
    options.log(
      `  stopped after ${stoppedAfterSeconds.toFixed(0)} s (BENCH_REBUILD_MAX_SECONDS): shadow tables dropped, live read models untouched`,
    );
  } finally {
    clearTimeout(timer);
  }
  const total = seconds();
  // Stopped: the rate of the part every projection had applied (the slowest bounds the pass).
  const eventsRead =
    stoppedAfterSeconds === undefined
      ? (last?.eventsRead ?? 0)
      : Math.min(...(last?.projections.map((p) => p.eventsRead) ?? [0]));
  return {
    batchSize: options.batchSize,
    processes: groups.map((group) => group.map((p) => p.name)),
    eventsRead,
    seconds: total,
    eventsPerSecond: eventsRead / total,
    stoppedAfterSeconds,
    readOnly,
    projections: (last?.projections ?? []).map((p) => ({
      projection: p.projection,
      eventsRead: p.eventsRead,
      eventsApplied: p.eventsApplied,
      applySeconds: p.applySeconds,
      doneAfterSeconds: doneAt.get(p.projection) ?? total,
    })),
  };
}

/** Reads the history once as the rebuild does (sealed, next batch read ahead) and decrypts what it would; applies nothing. */
async function readHistoryOnly(
  store: EventStore,
  projections: readonly Projection[],
  options: { batchSize: number; log: (message: string) => void },
): Promise<RebuildResult['readOnly']> {
  const history = new RebuildHistory(store);
  const opens = (type: string) => projections.some((p) => readsPersonalDataOf(p, type));
  const started = performance.now();
  let eventsRead = 0;
  let next = history.read(undefined, options.batchSize, undefined);
  for (;;) {
    const batch = await next;
    if (batch.length === 0) break;
    next = history.read(batch[batch.length - 1].position, options.batchSize, undefined);
    await history.unseal(batch, opens);
    eventsRead += batch.length;
  }
  const seconds = (performance.now() - started) / 1000;
  options.log(
    `  read and decrypted (nothing applied): ${eventsRead} events in ${seconds.toFixed(1)} s, ${Math.round(eventsRead / seconds)} events/s`,
  );
  return { eventsRead, seconds, eventsPerSecond: eventsRead / seconds };
}
