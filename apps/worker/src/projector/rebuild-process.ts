// One process of a rebuild split across processes (see rebuild-processes.ts): rebuilds the projections named on the
// command line in one pass, as `rebuildProjections` does, and tells its parent how far it is over IPC.
import 'reflect-metadata';
import { createLogger, loadEnvironmentOrExit } from '@vcs/config';
import { createEventStore, createVictimDataKeyStore } from '@vcs/infrastructure';
import { createDataSource } from '@vcs/read-models';
import { registeredProjections } from './projections';
import { rebuildProjections } from './rebuild';
import { REBUILD_KEY_CACHE_ENTRIES, RebuildProcessMessage } from './rebuild-processes';

async function main(): Promise<void> {
  const [batchSizeText, ...names] = process.argv.slice(2);
  const env = loadEnvironmentOrExit();
  const log = createLogger({ level: env.LOG_LEVEL, service: 'rebuild' });
  const stop = new AbortController();
  process.on('message', (message) => message === 'stop' && stop.abort());
  const dataSource = createDataSource(env.DATABASE_URL, { poolSize: names.length + 3 });
  await dataSource.initialize();
  const keys = createVictimDataKeyStore(env, dataSource, { cacheMaxEntries: REBUILD_KEY_CACHE_ENTRIES });
  const chosen = registeredProjections(env, keys).filter((projection) => names.includes(projection.name));
  const store = createEventStore(env, log, keys);
  const send = (message: RebuildProcessMessage) => process.send?.(message);
  try {
    const result = await rebuildProjections(dataSource, store, chosen, {
      batchSize: Number(batchSizeText),
      signal: stop.signal,
      onProgress: (progress) => send({ kind: 'progress', progress }),
    });
    send({ kind: 'done', progress: result });
  } finally {
    await store.close();
    await dataSource.destroy();
  }
}

void main().then(
  () => process.disconnect?.(),
  (error: unknown) => {
    process.stderr.write(`rebuild process failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
