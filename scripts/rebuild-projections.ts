// `npm run projections:rebuild [--batch-size=N] [--processes=N] [name …]`: rebuilds one, several or all read models
// from ONE read of the whole history per process, without stopping the API or the worker (see
// apps/worker/src/projector/rebuild.ts and rebuild-processes.ts: by default the projections are split across two
// Node processes, the applying being CPU-bound), with a progress bar (history events done, events/s, time left).
import 'reflect-metadata';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { SingleBar } from 'cli-progress';
import { createLogger, loadEnvironmentOrExit } from '@vcs/config';
import { createEventStore, createVictimDataKeyStore, MetricsServer, ServiceMetrics } from '@vcs/infrastructure';
import { createDataSource, migrate } from '@vcs/read-models';
import { registeredProjections } from '../apps/worker/src/projector/projections';
import { RebuildAllProgress, rebuildProjections } from '../apps/worker/src/projector/rebuild';
import {
  REBUILD_KEY_CACHE_ENTRIES,
  rebuildInProcesses,
  splitForProcesses,
} from '../apps/worker/src/projector/rebuild-processes';

/** Events per read and per build transaction unless --batch-size says otherwise: fewer round trips than the worker's live batches. */
const DEFAULT_BATCH_SIZE = 2000;
/** Processes unless --processes says otherwise: one per core, at most two (the groups' costs are split in two). */
const DEFAULT_PROCESSES = Math.min(2, availableParallelism());

function parseArguments(argv: readonly string[]): {
  names: string[];
  batchSize: number | undefined;
  processes: number;
} {
  const names: string[] = [];
  let batchSize: number | undefined;
  let processes = DEFAULT_PROCESSES;
  for (const argument of argv) {
    const batch = /^--batch-size=(\d+)$/.exec(argument);
    const split = /^--processes=(\d+)$/.exec(argument);
    if (batch) batchSize = Number(batch[1]);
    else if (split) processes = Number(split[1]);
    else if (argument.startsWith('--'))
      throw new Error(`unknown option ${argument}; known: --batch-size=N, --processes=N`);
    else names.push(argument);
  }
  if (batchSize !== undefined && batchSize < 1) throw new Error('--batch-size must be at least 1');
  if (processes < 1) throw new Error('--processes must be at least 1');
  return { names, batchSize, processes };
}

async function main(): Promise<void> {
  const env = loadEnvironmentOrExit();
  const log = createLogger({ level: env.LOG_LEVEL, service: 'rebuild' });
  const {
    names: wanted,
    batchSize = Math.max(env.PROJECTOR_BATCH_SIZE, DEFAULT_BATCH_SIZE),
    processes,
  } = parseArguments(process.argv.slice(2));
  // One connection per projection's build transaction, plus checkpoints, key lookups and index builds.
  const dataSource = createDataSource(env.DATABASE_URL, { poolSize: (wanted.length || 12) + 3 });
  const keys = createVictimDataKeyStore(env, dataSource, { cacheMaxEntries: REBUILD_KEY_CACHE_ENTRIES });
  const all = registeredProjections(env, keys);
  const unknown = wanted.filter((name) => !all.some((p) => p.name === name));
  if (unknown.length > 0) {
    process.stderr.write(`unknown projection(s): ${unknown.join(', ')}; known: ${all.map((p) => p.name).join(', ')}\n`);
    process.exit(2);
  }
  const chosen = wanted.length > 0 ? all.filter((p) => wanted.includes(p.name)) : all;
  await dataSource.initialize();
  await migrate(dataSource);
  const store = createEventStore(env, log, keys);
  const groups = splitForProcesses(chosen, processes);
  if (groups.length > 1)
    log.info({ processes: groups.map((group) => group.map((p) => p.name)) }, 'rebuilding in several processes');
  const countEvents =
    env.EVENT_STORE === 'postgres'
      ? async (types?: readonly string[]) =>
          Number(
            (
              await dataSource.query(
                types ? 'SELECT count(*) AS n FROM events WHERE type = ANY($1)' : 'SELECT count(*) AS n FROM events',
                types ? [types] : [],
              )
            )[0].n,
          )
      : undefined;
  const bar = new SingleBar({
    format: `${`${chosen.length} read model(s)`.padEnd(20)} {bar} {percentage}% | {value}/{total} history events | {rate} events/s | ETA {eta_formatted} | {phases}`,
    hideCursor: true,
    etaBuffer: 50,
  });
  const started = performance.now();
  let barStarted = false;
  // With METRICS_PORT set, the rebuild's progress is scraped like the services' metrics (vcs_rebuild_*).
  const metrics = new ServiceMetrics();
  const metricsServer = new MetricsServer(metrics);
  if (env.METRICS_PORT !== undefined)
    log.info({ port: await metricsServer.listen(env.METRICS_PORT, env.HOST) }, 'metrics listening');
  try {
    const eventsTotal = groups.length > 1 ? await countEvents?.() : undefined;
    const onProgress = (progress: RebuildAllProgress) => {
      const rate = Math.round(progress.eventsRead / Math.max((performance.now() - started) / 1000, 0.001));
      const phases = summarisePhases(progress.projections.map((p) => p.phase));
      if (!barStarted) {
        bar.start(progress.eventsTotal ?? progress.eventsRead, 0, { rate, phases });
        barStarted = true;
      }
      if (progress.eventsTotal === undefined || progress.eventsRead > progress.eventsTotal)
        bar.setTotal(progress.eventsRead);
      bar.update(progress.eventsRead, { rate, phases });
      metrics.recordRebuildProgress(progress);
    };
    const result =
      groups.length > 1
        ? await rebuildInProcesses(groups, {
            batchSize,
            onProgress: (progress) => onProgress({ ...progress, eventsTotal: progress.eventsTotal ?? eventsTotal }),
          })
        : await rebuildProjections(dataSource, store, chosen, { batchSize, countEvents, onProgress });
    bar.stop();
    const seconds = (performance.now() - started) / 1000;
    for (const projection of result.projections) {
      log.info(
        {
          projection: projection.projection,
          eventsApplied: projection.eventsApplied,
          applySeconds: Math.round(projection.applySeconds),
        },
        'projection rebuilt',
      );
    }
    log.info(
      {
        projections: result.projections.length,
        eventsRead: result.eventsRead,
        seconds,
        eventsPerSecond: Math.round(result.eventsRead / seconds),
      },
      'read models rebuilt',
    );
  } finally {
    bar.stop();
    await metricsServer.close();
    await store.close();
    await dataSource.destroy();
  }
}

/** e.g. "building 6, swapping 1, done 2". */
function summarisePhases(phases: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const phase of phases) counts.set(phase, (counts.get(phase) ?? 0) + 1);
  return [...counts].map(([phase, n]) => `${phase} ${n}`).join(', ');
}

void main().catch((error: unknown) => {
  process.stderr.write(`rebuild failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
