import { performance } from 'node:perf_hooks';
import { PostgresEventStore } from '@vcs/event-store';
import {
  Appender,
  appendAtLeast,
  eventStoreAppender,
  PhaseResult,
  rawInsertAppender,
  runAppendPhase,
} from './append-bench';
import { createBenchDatabase, withClient } from './bench-database';
import { describeMachine } from './machine';
import { BenchOptions, readOptions } from './options';
import { payloadBytes } from './payload';
import {
  countRows,
  measureCatchUp,
  measureRawPaging,
  measureReadAll,
  topUpRawTable,
  vacuumAnalyze,
  waitUntilHistoryVisible,
} from './read-bench';
import { AppendCaseResult, BenchReport, ReadCaseResult, renderMarkdown } from './report';
import { loadAverages, oneMinuteLoad } from './stats';
import { WriterStreams } from './writer-streams';
import { dropOnSignal, log, publish } from '../shared/bench-run';

type AppenderFactory = (url: string, poolSize: number) => Appender;

/** Writers and batch size used to grow the history to the read size. */
const TOP_UP_WRITERS = 8;
const TOP_UP_EVENTS_PER_APPEND = 10;

async function main(): Promise<void> {
  const options = readOptions();
  const started = performance.now();
  const date = new Date().toISOString();
  const loadBefore = loadAverages();
  log(`load average before: ${loadBefore}`);
  const database = await createBenchDatabase(options.adminUrl);
  log(`created and migrated ${database.name}`);
  const stopDroppingOnSignal = dropOnSignal(database);
  try {
    const machine = await describeMachine(database.url);
    const notes: string[] = [];
    const appendCases = await runAppendCases(database.url, options);
    const readCases = await runReadCases(database.url, options, notes);
    const report: BenchReport = {
      date,
      machine,
      payload: payloadBytes(),
      settings: describeSettings(options),
      loadBefore,
      loadAfter: loadAverages(),
      appendCases,
      readCases,
      durationSeconds: (performance.now() - started) / 1000,
      notes,
    };
    await publish(renderMarkdown(report), options.outputFile);
  } finally {
    stopDroppingOnSignal();
    await database.drop();
    log(`dropped ${database.name}`);
  }
}

async function runAppendCases(url: string, options: BenchOptions): Promise<AppendCaseResult[]> {
  const results: AppendCaseResult[] = [];
  for (const eventsPerAppend of options.eventsPerAppend) {
    for (const writers of options.writerCounts) {
      const loadAtStart = oneMinuteLoad();
      const ours = await runAppendSide(url, options, eventStoreAppender, writers, eventsPerAppend);
      const baseline = await runAppendSide(url, options, rawInsertAppender, writers, eventsPerAppend);
      log(
        `${writers} writer(s) × ${eventsPerAppend} event(s): ours ${Math.round(ours.eventsPerSecond)} events/s, ` +
          `raw ${Math.round(baseline.eventsPerSecond)} events/s (load ${loadAtStart.toFixed(2)})`,
      );
      results.push({ writers, eventsPerAppend, ours, baseline, loadAtStart });
    }
  }
  return results;
}

/** Warm-up then measured phase for one side (ours or baseline), on its own pool sized to the writer count. */
async function runAppendSide(
  url: string,
  options: BenchOptions,
  createAppender: AppenderFactory,
  writerCount: number,
  eventsPerAppend: number,
): Promise<PhaseResult> {
  const appender = createAppender(url, writerCount);
  try {
    const writers = createWriters(writerCount, options);
    if (options.checkpointBeforePhase) await checkpoint(url);
    if (options.warmupSeconds > 0) {
      await runAppendPhase(appender, { writers, eventsPerAppend, durationMs: options.warmupSeconds * 1000 });
    }
    return await runAppendPhase(appender, { writers, eventsPerAppend, durationMs: options.seconds * 1000 });
  } finally {
    await appender.close();
  }
}

async function runReadCases(url: string, options: BenchOptions, notes: string[]): Promise<ReadCaseResult[]> {
  await growHistory(url, options);
  const total = await countRows(url, 'events');
  await topUpRawTable(url, total);
  await vacuumAnalyze(url);
  log(`reading ${total} events (load ${oneMinuteLoad().toFixed(2)})`);
  const baseline = await measureRawPaging(url, total, options.readBatchSize);
  const store = new PostgresEventStore({ connectionString: url, poolSize: 2, readBatchSize: options.readBatchSize });
  try {
    await waitForVisibleHistory(store, url, 'readAll', notes);
    const readAll = await measureReadAll(store, total, options.readBatchSize);
    log(
      `readAll: ${Math.round(readAll.eventsPerSecond)} events/s; raw paging ${Math.round(baseline.eventsPerSecond)} events/s`,
    );
    await waitForVisibleHistory(store, url, 'subscribeToAll', notes);
    const catchUp = await measureCatchUp(store, total);
    log(`subscribeToAll catch-up: ${Math.round(catchUp.eventsPerSecond)} events/s`);
    return [
      { name: 'readAll paging', ours: readAll, baseline },
      { name: 'subscribeToAll catch-up', ours: catchUp, baseline },
    ];
  } finally {
    await store.close();
  }
}

/** Waits (untimed) until the whole history is below the read horizon; notes who held it back, if anyone did. */
async function waitForVisibleHistory(
  store: PostgresEventStore,
  url: string,
  before: string,
  notes: string[],
): Promise<void> {
  const { waitedMs, blockers } = await waitUntilHistoryVisible(store, url);
  if (blockers.length === 0) return;
  const note = `Before ${before}: waited ${(waitedMs / 1000).toFixed(1)} s for the read horizon; oldest open transactions: ${blockers.join('; ')}`;
  log(note);
  notes.push(note);
}

/** Tops the history up to the read size with 10-event appends through the adapter. */
async function growHistory(url: string, options: BenchOptions): Promise<void> {
  const missing = options.readEvents - (await countRows(url, 'events'));
  if (missing <= 0) return;
  log(`appending ${missing} more events for the read cases`);
  const appender = eventStoreAppender(url, TOP_UP_WRITERS);
  try {
    await appendAtLeast(appender, createWriters(TOP_UP_WRITERS, options), TOP_UP_EVENTS_PER_APPEND, missing);
  } finally {
    await appender.close();
  }
}

function createWriters(count: number, options: BenchOptions): WriterStreams[] {
  return Array.from(
    { length: count },
    () => new WriterStreams('victimContact', options.streamsPerWriter, options.maxEventsPerStream),
  );
}

async function checkpoint(url: string): Promise<void> {
  await withClient(url, (client) => client.query('CHECKPOINT'));
}

function describeSettings(options: BenchOptions): string {
  return [
    `${options.seconds} s measured + ${options.warmupSeconds} s warm-up per side`,
    `${options.streamsPerWriter} streams per writer, ≤ ${options.maxEventsPerStream} events per stream`,
    `pool size = writer count`,
    `read batch ${options.readBatchSize}`,
    options.checkpointBeforePhase ? 'CHECKPOINT before each side' : 'no forced checkpoints',
  ].join('; ');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
