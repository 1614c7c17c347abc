// `npm run projections:rebuild [name …]`: rebuilds one, several or all read models from the whole history,
// without stopping the API or the worker (see apps/worker/src/projector/rebuild.ts), with a progress bar.
import 'reflect-metadata';
import { SingleBar } from 'cli-progress';
import { createLogger, loadEnvironmentOrExit } from '@vcs/config';
import { createEventStore, createVictimDataKeyStore } from '@vcs/infrastructure';
import { createDataSource, migrate } from '@vcs/read-models';
import { registeredProjections } from '../apps/worker/src/projector/projections';
import { rebuildProjection } from '../apps/worker/src/projector/rebuild';

async function main(): Promise<void> {
  const env = loadEnvironmentOrExit();
  const log = createLogger({ level: env.LOG_LEVEL, service: 'rebuild' });
  const wanted = process.argv.slice(2);
  const all = registeredProjections(env);
  const unknown = wanted.filter((name) => !all.some((p) => p.name === name));
  if (unknown.length > 0) {
    process.stderr.write(`unknown projection(s): ${unknown.join(', ')}; known: ${all.map((p) => p.name).join(', ')}\n`);
    process.exit(2);
  }
  const chosen = wanted.length > 0 ? all.filter((p) => wanted.includes(p.name)) : all;

  const dataSource = createDataSource(env.DATABASE_URL, { poolSize: 4 });
  await dataSource.initialize();
  await migrate(dataSource);
  const store = createEventStore(env, log, createVictimDataKeyStore(env, dataSource));
  const countEvents = env.EVENT_STORE === 'postgres' ? async () => Number((await dataSource.query('SELECT count(*) AS n FROM events'))[0].n) : undefined;
  try {
    for (const projection of chosen) {
      const bar = new SingleBar({
        format: `${projection.name.padEnd(28)} {bar} {percentage}% | {value}/{total} events | {rate} events/s | ETA {eta_formatted}`,
        hideCursor: true,
        etaBuffer: 50,
      });
      const started = Date.now();
      let barStarted = false;
      const result = await rebuildProjection(dataSource, store, projection, {
        batchSize: env.PROJECTOR_BATCH_SIZE,
        countEvents,
        onProgress: (progress) => {
          const rate = Math.round(progress.eventsRead / Math.max((Date.now() - started) / 1000, 0.001));
          if (!barStarted) {
            bar.start(progress.eventsTotal ?? progress.eventsRead, 0, { rate });
            barStarted = true;
          }
          if (progress.eventsTotal === undefined || progress.eventsRead > progress.eventsTotal) bar.setTotal(progress.eventsRead);
          bar.update(progress.eventsRead, { rate });
        },
      });
      bar.stop();
      const seconds = (Date.now() - started) / 1000;
      log.info(
        { projection: projection.name, eventsRead: result.eventsRead, eventsApplied: result.eventsApplied, seconds, eventsPerSecond: Math.round(result.eventsRead / seconds) },
        'projection rebuilt',
      );
    }
  } finally {
    await store.close();
    await dataSource.destroy();
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(`rebuild failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
