// Projection apply rate without the history read: loads the first BENCH_EVENTS events of a seeded read-side database
// once into memory (through the application's event store, decrypted), then times each projection applying them into
// a scratch database of its own, in transactions of BENCH_BATCH history events as the projector and the rebuild do:
// the per-event path (`apply` for each handled event: a batch of one, as many round trips per event as before batching) and the batch path
// (`applyHandled`, i.e. `applyBatch`). The seeded database is only read.
//
//   BENCH_HISTORY_DATABASE=vcs_bench_read_… [BENCH_EVENTS=200000] [BENCH_BATCH=500] [BENCH_PROJECTIONS=a,b]
//   [BENCH_PATHS=per-event,batch] [BENCH_PER_EVENT_MAX_SECONDS=60]
//   flock /tmp/vcs-bench.lock npx ts-node -r tsconfig-paths/register --transpile-only bench/read-side/projection-rate.ts
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { RecordedEvent } from '@vcs/event-store';
import {
  allProjections,
  applyHandled,
  createDataSource,
  migrate,
  Projection,
  projectionHandles,
} from '@vcs/read-models';
import { DataSource } from 'typeorm';
import { dataKeysOn } from '../../test/support/data-keys';
import { withClient } from '../event-store/bench-database';
import { loadAverages } from '../event-store/stats';
import { dropOnSignal, log } from '../shared/bench-run';
import { openAppContext } from './context';

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

type Path = 'per-event' | 'batch';

interface Measured {
  readonly projection: string;
  readonly path: Path;
  readonly historyEvents: number;
  readonly handledEvents: number;
  readonly seconds: number;
  readonly stoppedEarly: boolean;
}

async function main(): Promise<void> {
  const historyName = required('BENCH_HISTORY_DATABASE');
  if (!/^vcs_bench_read_[a-z0-9_]+$/.test(historyName))
    throw new Error('BENCH_HISTORY_DATABASE must name a vcs_bench_read_* database');
  const eventCount = Number(process.env.BENCH_EVENTS ?? 200_000);
  const batchSize = Number(process.env.BENCH_BATCH ?? 500);
  const perEventMaxSeconds = Number(process.env.BENCH_PER_EVENT_MAX_SECONDS ?? 60);
  const paths = (process.env.BENCH_PATHS ?? 'per-event,batch').split(',') as Path[];
  const only = process.env.BENCH_PROJECTIONS?.split(',');

  log(`load average before: ${loadAverages()}`);
  const events = await loadHistory(urlOf(historyName), eventCount);
  log(`loaded ${events.length} events of ${historyName} into memory`);

  const scratchName = `vcs_bench_prate_${randomBytes(4).toString('hex')}`;
  await withClient(ADMIN_URL, (admin) => admin.query(`CREATE DATABASE ${scratchName}`));
  const scratch = {
    name: scratchName,
    drop: () =>
      withClient(ADMIN_URL, (admin) => admin.query(`DROP DATABASE IF EXISTS ${scratchName} WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
  const stopDropping = dropOnSignal(scratch);
  const dataSource = createDataSource(urlOf(scratchName), { poolSize: 3 });
  const results: Measured[] = [];
  try {
    await dataSource.initialize();
    await migrate(dataSource);
    // Keys are created in the scratch database on first use, as the event store's write path would have.
    const batched = allProjections({ pseudonymKey: 'bench-projection-rate', dataKeys: dataKeysOn(dataSource) });
    for (const projection of batched) {
      if (only && !only.includes(projection.name)) continue;
      for (const path of paths) {
        await emptyTables(dataSource, projection);
        const measured = await timeApply(
          dataSource,
          projection,
          path,
          events,
          batchSize,
          path === 'per-event' ? perEventMaxSeconds : undefined,
        );
        results.push(measured);
        log(`  ${line(measured)}`);
      }
    }
  } finally {
    await dataSource.destroy().catch(() => undefined);
    await scratch.drop();
    stopDropping();
  }
  log(`load average after: ${loadAverages()}`);
  console.log(table(results, events.length, batchSize));
}

/** The first `count` events of the history, decrypted, as the projector would receive them. */
async function loadHistory(url: string, count: number): Promise<RecordedEvent[]> {
  const app = await openAppContext(url, 2);
  try {
    const events: RecordedEvent[] = [];
    while (events.length < count) {
      const page = await app.store.readAll({
        after: events[events.length - 1]?.position,
        maxCount: Math.min(5_000, count - events.length),
      });
      if (page.length === 0) break;
      for (const event of page) events.push(event);
    }
    return events;
  } finally {
    await app.close();
  }
}

async function emptyTables(dataSource: DataSource, projection: Projection): Promise<void> {
  await dataSource.query(`TRUNCATE ${projection.tables.join(', ')}`);
  await dataSource.query(`VACUUM ANALYZE ${projection.tables.join(', ')}`);
}

/** Applies the history in transactions of `batchSize` history events; the per-event path may stop at a time limit. */
async function timeApply(
  dataSource: DataSource,
  projection: Projection,
  path: Path,
  events: readonly RecordedEvent[],
  batchSize: number,
  maxSeconds: number | undefined,
): Promise<Measured> {
  const started = performance.now();
  let historyEvents = 0;
  let handledEvents = 0;
  let stoppedEarly = false;
  for (let start = 0; start < events.length; start += batchSize) {
    const batch = events.slice(start, start + batchSize);
    handledEvents += await dataSource.transaction(async (manager) => {
      if (path === 'batch') return applyHandled(projection, batch, manager);
      const handled = batch.filter((event) => projectionHandles(projection, event.type));
      for (const event of handled) await projection.apply(event, manager);
      return handled.length;
    });
    historyEvents += batch.length;
    if (
      maxSeconds !== undefined &&
      (performance.now() - started) / 1000 > maxSeconds &&
      start + batchSize < events.length
    ) {
      stoppedEarly = true;
      break;
    }
  }
  return {
    projection: projection.name,
    path,
    historyEvents,
    handledEvents,
    seconds: (performance.now() - started) / 1000,
    stoppedEarly,
  };
}

function line(m: Measured): string {
  return `${m.projection} ${m.path}: ${m.historyEvents} history events (${m.handledEvents} handled) in ${m.seconds.toFixed(1)} s = ${rate(m.historyEvents, m.seconds)} history events/s${m.stoppedEarly ? ' (stopped at the time limit)' : ''}`;
}

function table(results: readonly Measured[], loaded: number, batchSize: number): string {
  const rows = [
    `Apply rate, ${loaded} history events in memory, transactions of ${batchSize} history events (handled = events of the projection's types):`,
    '',
    '| Projection | Path | History events | Handled | Seconds | History events/s | Handled events/s |',
    '|---|---|---:|---:|---:|---:|---:|',
    ...results.map(
      (m) =>
        `| ${m.projection} | ${m.path}${m.stoppedEarly ? ' (time limit)' : ''} | ${m.historyEvents.toLocaleString('en-GB')} | ${m.handledEvents.toLocaleString('en-GB')} | ${m.seconds.toFixed(1)} | ${rate(m.historyEvents, m.seconds)} | ${rate(m.handledEvents, m.seconds)} |`,
    ),
  ];
  return rows.join('\n');
}

function rate(events: number, seconds: number): string {
  return Math.round(events / seconds).toLocaleString('en-GB');
}

function urlOf(database: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
