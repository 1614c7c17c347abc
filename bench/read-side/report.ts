import { MachineInfo } from '../event-store/machine';
import { LagResult } from './lag-bench';
import { QueryResult } from './query-bench';
import { RebuildResult } from './rebuild-bench';
import { SeedResult } from './seed';

export interface ReadSideReport {
  readonly date: string;
  readonly machine: MachineInfo;
  readonly loadBefore: string;
  readonly loadAfter: string;
  readonly scale: number;
  readonly history: {
    victims: number;
    sentences: number;
    events: number;
    byType: [string, number][];
    refused: [string, number][];
    generateSeconds: number;
  };
  readonly writers: number;
  readonly seed: SeedResult;
  /** Undefined when the phase did not run (BENCH_PHASES). */
  readonly rebuild: RebuildResult | undefined;
  readonly lag: LagResult | undefined;
  readonly queries: QueryResult[];
  readonly rowCounts: [string, number][];
  readonly durationSeconds: number;
  readonly notes: string[];
}

/** The scale-1 history (bench/RESULTS.md): the rebuild target is all read models from it in 4 minutes. */
const NATIONAL_HISTORY_EVENTS = 2_107_889;

export const TARGETS = { rebuildEventsPerSecond: 10_000, lagP99Ms: 250, queryP99Ms: 25 } as const;

export function renderMarkdown(r: ReadSideReport): string {
  const m = r.machine;
  const lines = [
    `- Date: ${r.date}`,
    `- Machine: ${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGiB.toFixed(1)} GiB RAM; Node ${m.node}; PostgreSQL ${m.postgres} (${m.postgresSettings})`,
    `- Load average (1, 5, 15 min): ${r.loadBefore} before, ${r.loadAfter} after`,
    `- Scale ${r.scale}: ${fmt(r.history.victims)} victims, ${fmt(r.history.sentences)} sentences, ${fmt(r.history.events)} events (generated with the domain deciders in ${r.history.generateSeconds.toFixed(0)} s)`,
    `- Event mix: ${r.history.byType.map(([type, n]) => `${type} ${fmt(n)}`).join(', ')}`,
    `- Commands the deciders refused while generating (dropped, not stored): ${r.history.refused.length ? r.history.refused.map(([rule, n]) => `${rule} ${n}`).join(', ') : 'none'}`,
    `- Whole run: ${r.durationSeconds.toFixed(0)} s`,
    '',
    '### Seeding (through the application event store: per-victim encryption, exact expected revisions)',
    '',
    table(
      ['Writers', 'Appends', 'Events', 'Seconds', 'Appends/s', 'Events/s'],
      [
        [
          String(r.writers),
          fmt(r.seed.appends),
          fmt(r.seed.events),
          r.seed.elapsedMs / 1000 > 0 ? (r.seed.elapsedMs / 1000).toFixed(0) : '0',
          fmt(r.seed.appendsPerSecond),
          fmt(r.seed.eventsPerSecond),
        ],
      ],
    ),
    '',
    ...(r.rebuild ? rebuildSection(r.rebuild, r.history.events) : []),
    ...(r.lag ? lagSection(r.lag) : []),
    ...(r.queries.length ? querySection(r.queries) : []),
    `Read-model rows at the end: ${r.rowCounts.map(([t, n]) => `${t} ${fmt(n)}`).join(', ')}`,
    '',
    '### Targets',
    '',
    ...verdicts(r).map((v) => `- ${v}`),
    '',
    ...(r.notes.length ? ['### Notes', '', ...r.notes.map((n) => `- ${n}`), ''] : []),
  ];
  return lines.join('\n');
}

function rebuildSection(x: RebuildResult, historyEvents: number): string[] {
  const summary =
    x.stoppedAfterSeconds === undefined
      ? `- **${fmt(x.eventsRead)} history events in ${x.seconds.toFixed(1)} s (${(x.seconds / 60).toFixed(1)} min): ${fmt(x.eventsPerSecond)} history events/s**, read once` +
        `${x.eventsRead < historyEvents ? ` (of ${fmt(historyEvents)}: the rest were of types no chosen projection handles, skipped by the store, or past the live checkpoints)` : ''}; ` +
        'the time includes building the deferred indexes, the swaps and VACUUM (ANALYZE).'
      : `- **Stopped at the time limit after ${x.stoppedAfterSeconds.toFixed(0)} s** (nothing swapped in, live read models untouched): every projection had applied at least ` +
        `${fmt(x.eventsRead)} of ${fmt(historyEvents)} history events: **${fmt(x.eventsPerSecond)} history events/s**, ` +
        `the whole history at this rate in ${(historyEvents / x.eventsPerSecond / 60).toFixed(0)} min (before indexes, swap and VACUUM).`;
  return [
    `### Full rebuild: every read model from the whole history in one pass (rebuildProjections, batches of ${fmt(x.batchSize)})`,
    '',
    summary,
    ...(x.processes.length > 1
      ? [
          `- In ${x.processes.length} Node processes, each reading the history once for its group: ${x.processes.map((group) => group.join(', ')).join(' | ')}.`,
        ]
      : []),
    ...(x.readOnly
      ? [
          `- Reading and decrypting alone (same reads, nothing applied): ${fmt(x.readOnly.eventsRead)} events in ${x.readOnly.seconds.toFixed(1)} s, ${fmt(x.readOnly.eventsPerSecond)} events/s: the ceiling of one pass.`,
        ]
      : []),
    '',
    table(
      [
        'Projection',
        'History events given',
        'Events applied',
        'Seconds in its transactions',
        x.stoppedAfterSeconds === undefined ? 'Swapped in after (s)' : 'Events given per second',
      ],
      x.projections.map((p) => [
        p.projection,
        fmt(p.eventsRead),
        fmt(p.eventsApplied),
        p.applySeconds.toFixed(1),
        x.stoppedAfterSeconds === undefined ? p.doneAfterSeconds.toFixed(1) : fmt(p.eventsRead / x.seconds),
      ]),
    ),
    '',
    'Projections apply each batch side by side, each in its own transaction and connection, so their seconds overlap.',
    '',
  ];
}

function lagSection(lag: LagResult): string[] {
  return [
    `### Live projection lag (${lag.offeredPerSecond} commands/s for ${(lag.commands / lag.offeredPerSecond).toFixed(0)} s; one Projector per projection)`,
    '',
    `- Commands: ${lag.commands} recorded contacts (read stream, fold, decide, append at exact revision), ${lag.refused} refused; achieved ${lag.achievedPerSecond.toFixed(1)}/s; append p50 ${ms(lag.appendP50Ms)} ms, p99 ${ms(lag.appendP99Ms)} ms`,
    `- Lag, append returned → every checkpoint past it: p50 ${ms(lag.allP50Ms)} ms, p99 ${ms(lag.allP99Ms)} ms, max ${ms(lag.allMaxMs)} ms (checkpoints polled every 5 ms)`,
    '',
    table(
      ['Projection', 'Lag p50 ms', 'Lag p99 ms'],
      lag.perProjection.map((p) => [p.projection, ms(p.p50Ms), ms(p.p99Ms)]),
    ),
    '',
  ];
}

function querySection(queries: readonly QueryResult[]): string[] {
  return [
    `### Query latency (${queries[0]?.samples ?? 0} samples each, sequential; HTTP = loopback fetch through guards, validation, QueryBus, audit insert, JSON; handler = QueryBus.execute)`,
    '',
    table(
      [
        'Query',
        'HTTP p50 ms',
        'HTTP p99 ms',
        'Handler p50 ms',
        'Handler p99 ms',
        'Non-200',
        'Indexes (EXPLAIN ANALYZE)',
      ],
      queries.map((q) => [
        q.name,
        ms(q.httpP50Ms),
        ms(q.httpP99Ms),
        ms(q.handlerP50Ms),
        ms(q.handlerP99Ms),
        String(q.errors),
        q.indexes.join(', '),
      ]),
    ),
    '',
  ];
}

function verdicts(r: ReadSideReport): string[] {
  const verdicts: string[] = [];
  if (r.rebuild) {
    const x = r.rebuild;
    const nationalSeconds = NATIONAL_HISTORY_EVENTS / x.eventsPerSecond;
    verdicts.push(
      `Rebuild ≥ ${fmt(TARGETS.rebuildEventsPerSecond)} history events/s (all read models in one pass): ${fmt(x.eventsPerSecond)} events/s — ${x.eventsPerSecond >= TARGETS.rebuildEventsPerSecond ? 'MET' : 'MISSED'}; ` +
        `all read models from the national history (${fmt(NATIONAL_HISTORY_EVENTS)} events) at this rate: ${(nationalSeconds / 60).toFixed(1)} min (target 4 min) — ${nationalSeconds <= 240 ? 'MET' : 'MISSED'}`,
    );
  }
  if (r.lag)
    verdicts.push(
      `Live lag p99 < ${TARGETS.lagP99Ms} ms: ${ms(r.lag.allP99Ms)} ms — ${r.lag.allP99Ms < TARGETS.lagP99Ms ? 'MET' : 'MISSED'}`,
    );
  if (r.queries.length > 0) {
    const worstQuery = r.queries.reduce((a, b) => (a.httpP99Ms > b.httpP99Ms ? a : b));
    const worstHandler = r.queries.reduce((a, b) => (a.handlerP99Ms > b.handlerP99Ms ? a : b));
    verdicts.push(
      `Query p99 < ${TARGETS.queryP99Ms} ms: worst over HTTP ${ms(worstQuery.httpP99Ms)} ms (${worstQuery.name}) — ${worstQuery.httpP99Ms < TARGETS.queryP99Ms ? 'MET' : 'MISSED'}; ` +
        `worst in the handler ${ms(worstHandler.handlerP99Ms)} ms (${worstHandler.name}) — ${worstHandler.handlerP99Ms < TARGETS.queryP99Ms ? 'MET' : 'MISSED'}`,
    );
  }
  return verdicts;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

function fmt(value: number): string {
  return Math.round(value).toLocaleString('en-GB');
}

function ms(value: number): string {
  return Number.isNaN(value) ? 'n/a' : value.toFixed(1);
}
