// Read-side benchmark (issue 5, "Performance"): seeds a national-scale history through the application's event store,
// then measures the full rebuild rate, the live projection lag and query latency. See bench/RESULTS.md (current figures) and bench/HISTORY.md "Read side".
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createEventStore, createVictimDataKeyStore } from '@vcs/infrastructure';
import { allProjections } from '@vcs/read-models';
import { Clock } from '../../apps/api/src/commands/clock';
import { withClient } from '../event-store/bench-database';
import { describeMachine } from '../event-store/machine';
import { loadAverages } from '../event-store/stats';
import { startApi } from './api';
import { AppContext, openAppContext } from './context';
import { createReadBenchDatabase, reuseReadBenchDatabase } from './database';
import { generateHistory } from './history';
import { readSeedInfo, SeedInfo, writeSeedInfo } from './seed-info';
import { LagResult, measureLiveLag } from './lag-bench';
import { ReadBenchOptions, readOptions } from './options';
import { measureQueries, pickTargets, QueryResult } from './query-bench';
import { queryCases } from './query-cases';
import { rebuildAll, RebuildResult } from './rebuild-bench';
import { renderMarkdown } from './report';
import { seedHistory } from './seed';
import { dropOnSignal, log, publish } from '../shared/bench-run';

const READ_MODEL_TABLES = [
  'victim_case_view',
  'case_timeline_entry',
  'sentence_view',
  'partner_representations',
  'inter_agency_meetings',
  'caseload_tasks',
  'stream_catalogue',
];

async function main(): Promise<void> {
  const options = readOptions();
  const started = performance.now();
  const date = new Date().toISOString();
  const loadBefore = loadAverages();
  log(`load average before: ${loadBefore}; scale ${options.scale}`);
  const database = options.reuseDatabase
    ? await reuseReadBenchDatabase(options.adminUrl, options.reuseDatabase)
    : await createReadBenchDatabase(options.adminUrl, options.keepDatabase || options.seedOnly);
  log(options.reuseDatabase ? `reusing the seeded ${database.name}` : `created and migrated ${database.name}`);
  const stopDroppingOnSignal = dropOnSignal(database);
  let app: AppContext | undefined;
  try {
    const machine = await describeMachine(database.url);
    app = await openAppContext(database.url, options.writers + 4);
    const notes: string[] = [];
    const today = new Clock().today();

    let seeded: SeedInfo;
    if (options.reuseDatabase) {
      seeded = await readSeedInfo(app.dataSource);
      notes.push(
        `Seeded by an earlier run (${seeded.seededAt}) and reused (BENCH_REUSE_DATABASE=${database.name}); events added by earlier runs' live-lag phases are part of the history read.`,
      );
    } else {
      const generateStarted = performance.now();
      const history = generateHistory({
        sentences: options.sentences,
        victims: options.victims,
        mix: {
          meanContacts: options.meanContacts,
          eventsPerAppend: options.eventsPerAppend,
          vlosPerRegion: options.vlosPerRegion,
        },
        sentencesWithVictims: 0.7,
        firstDay: '2018-01-01',
        today,
        seed: options.seed,
      });
      const generateSeconds = (performance.now() - generateStarted) / 1000;
      log(
        `generated ${history.events} events in ${history.appends.length} appends (${generateSeconds.toFixed(0)} s); seeding with ${options.writers} writers`,
      );
      const seed = await seedHistory(app.store, history.appends, options.writers, (events, ms) =>
        log(`  seeded ${events}/${history.events} events, ${Math.round((events * 1000) / ms)} events/s`),
      );
      log(
        `seeded ${seed.events} events in ${(seed.elapsedMs / 1000).toFixed(0)} s: ${Math.round(seed.eventsPerSecond)} events/s, ${Math.round(seed.appendsPerSecond)} appends/s`,
      );
      history.appends.length = 0;
      seeded = {
        seededAt: new Date().toISOString(),
        history: {
          victims: history.victimIds.length,
          sentences: history.sentenceIds.length,
          events: history.events,
          byType: [...history.eventsByType].sort((a, b) => b[1] - a[1]),
          refused: [...history.refusals],
          generateSeconds,
        },
        seed,
      };
      await writeSeedInfo(app.dataSource, seeded);
      await withClient(database.url, (client) => client.query('VACUUM (ANALYZE) events'));
      if (options.seedOnly || options.keepDatabase)
        log(`keeping ${database.name}: measure again with BENCH_REUSE_DATABASE=${database.name}`);
      if (options.seedOnly) return;
    }
    const historyEvents = await countEvents(app);

    const projections = allProjections({
      pseudonymKey: app.env.PSEUDONYM_KEY,
      dataKeys: createVictimDataKeyStore(app.env, app.dataSource, { cacheMaxEntries: 500_000 }),
    });
    let rebuild: RebuildResult | undefined;
    if (options.phases.has('rebuild')) {
      const chosen = options.rebuildProjections
        ? projections.filter((p) => options.rebuildProjections?.includes(p.name))
        : projections;
      if (chosen.length !== (options.rebuildProjections ?? projections).length)
        throw new Error(`BENCH_REBUILD_PROJECTIONS: known names are ${projections.map((p) => p.name).join(', ')}`);
      log(
        `rebuilding ${chosen.length} read models from the whole history (${historyEvents} events) in one pass, batches of ${options.rebuildBatch}`,
      );
      // As `npm run projections:rebuild` does: a key cache that holds every victim's key for the whole pass.
      const rebuildStore = createEventStore(
        app.env,
        app.log,
        createVictimDataKeyStore(app.env, app.dataSource, { cacheMaxEntries: 500_000 }),
      );
      try {
        rebuild = await rebuildAll(app.dataSource, rebuildStore, chosen, {
          batchSize: options.rebuildBatch,
          totalEvents: historyEvents,
          maxSeconds: options.rebuildMaxSeconds,
          readOnly: options.rebuildReadOnly,
          processes: options.rebuildProcesses,
          databaseUrl: database.url,
          log,
        });
      } finally {
        await rebuildStore.close();
      }
      log(
        `rebuild${rebuild.stoppedAfterSeconds === undefined ? '' : ' (stopped at the time limit)'}: ${rebuild.eventsRead} events in ${rebuild.seconds.toFixed(1)} s, ${Math.round(rebuild.eventsPerSecond)} history events/s`,
      );
      for (const p of rebuild.projections)
        log(
          `  ${p.projection}: ${p.eventsApplied} applied, ${p.applySeconds.toFixed(1)} s in its transactions, done after ${p.doneAfterSeconds.toFixed(1)} s`,
        );
    }
    let lag: LagResult | undefined;
    let queries: QueryResult[] = [];
    if (options.phases.has('lag') || options.phases.has('queries'))
      await withClient(database.url, (client) => client.query('VACUUM (ANALYZE)'));
    if (options.phases.has('lag')) {
      const lagVictims = (
        (await app.dataSource.query(
          `SELECT victim_id::text AS id FROM victim_case_view WHERE status IN ('enrolled', 'rejoined') ORDER BY random() LIMIT 5000`,
        )) as { id: string }[]
      ).map((row) => row.id);
      log(`live lag: ${options.lagRatePerSecond} commands/s for ${options.lagSeconds} s`);
      lag = await measureLiveLag(app.dataSource, app.store, projections, lagVictims, {
        ratePerSecond: options.lagRatePerSecond,
        seconds: options.lagSeconds,
        batchSize: app.env.PROJECTOR_BATCH_SIZE,
        today,
        log,
      });
      log(`lag p50 ${lag.allP50Ms.toFixed(1)} ms, p99 ${lag.allP99Ms.toFixed(1)} ms (${lag.refused} refused)`);
    }
    if (options.phases.has('queries')) queries = await runQueries(database.url, app, options);

    const rowCounts = await countRows(app, READ_MODEL_TABLES);
    const report = renderMarkdown({
      date,
      machine,
      loadBefore,
      loadAfter: loadAverages(),
      scale: options.scale,
      history: { ...seeded.history, events: historyEvents },
      writers: options.writers,
      seed: seeded.seed,
      rebuild,
      lag,
      queries,
      rowCounts,
      durationSeconds: (performance.now() - started) / 1000,
      notes,
    });
    if (options.verbose) for (const q of queries) console.log(`\n${q.plans.join('\n\n')}`);
    await publish(report, options.outputFile);
  } finally {
    stopDroppingOnSignal();
    await app?.close().catch(() => undefined);
    await database.drop();
    log(
      options.reuseDatabase || options.keepDatabase || options.seedOnly
        ? `kept ${database.name}`
        : `dropped ${database.name}`,
    );
  }
}

async function runQueries(url: string, app: AppContext, options: ReadBenchOptions): Promise<QueryResult[]> {
  const api = await startApi(url, `vcs-bench-read-${randomBytes(3).toString('hex')}`);
  try {
    const targets = await pickTargets(app.dataSource, 500);
    log(
      `queries: ${targets.victimIds.length} victims, ${targets.sentenceIdsWithRepresentations.length} sentences with representations, ${targets.vloIds.length} VLOs, ${targets.regions.length} regions`,
    );
    const results = await measureQueries(api, app.dataSource, queryCases(targets), options.querySamples);
    for (const r of results)
      log(
        `  ${r.name}: HTTP p50 ${r.httpP50Ms.toFixed(1)} / p99 ${r.httpP99Ms.toFixed(1)} ms; handler p50 ${r.handlerP50Ms.toFixed(1)} / p99 ${r.handlerP99Ms.toFixed(1)} ms`,
      );
    return results;
  } finally {
    await api.close();
  }
}

async function countEvents(app: AppContext): Promise<number> {
  const [{ n }] = (await app.dataSource.query('SELECT count(*)::int AS n FROM events')) as { n: number }[];
  return n;
}

async function countRows(app: AppContext, tables: readonly string[]): Promise<[string, number][]> {
  const counts: [string, number][] = [];
  for (const table of tables) {
    const [{ n }] = (await app.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[];
    counts.push([table, n]);
  }
  return counts;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
