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
  readonly history: { victims: number; sentences: number; events: number; byType: [string, number][]; refused: [string, number][]; generateSeconds: number };
  readonly writers: number;
  readonly seed: SeedResult;
  readonly rebuildBudgetSeconds: number;
  readonly rebuilds: RebuildResult[];
  readonly lag: LagResult;
  readonly queries: QueryResult[];
  readonly rowCounts: [string, number][];
  readonly durationSeconds: number;
  readonly notes: string[];
}

export const TARGETS = { rebuildEventsPerSecond: 10_000, lagP99Ms: 250, queryP99Ms: 25 } as const;

export function renderMarkdown(r: ReadSideReport): string {
  const m = r.machine;
  const totalRebuildSeconds = r.rebuilds.reduce((sum, x) => sum + x.seconds, 0);
  const allCovered = r.rebuilds.every((x) => !x.partial);
  // Time for all projections to rebuild the whole history, from each one's measured rate.
  const projectedAllSeconds = r.rebuilds.reduce((sum, x) => sum + r.history.events / x.eventsPerSecond, 0);
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
      [[String(r.writers), fmt(r.seed.appends), fmt(r.seed.events), r.seed.elapsedMs / 1000 > 0 ? (r.seed.elapsedMs / 1000).toFixed(0) : '0', fmt(r.seed.appendsPerSecond), fmt(r.seed.eventsPerSecond)]],
    ),
    '',
    `### Full rebuild (rebuildProjection, batches as the worker's; budget ${r.rebuildBudgetSeconds} s per projection)`,
    '',
    table(
      ['Projection', 'Events read', 'of history', 'Applied', 'Seconds', 'Events/s', 'Whole history at this rate'],
      r.rebuilds.map((x) => [
        x.projection,
        fmt(x.eventsRead),
        `${((x.eventsRead / r.history.events) * 100).toFixed(0)}%${x.partial ? ' (budget)' : ''}`,
        fmt(x.eventsApplied),
        x.seconds.toFixed(1),
        fmt(x.eventsPerSecond),
        `${(r.history.events / x.eventsPerSecond / 60).toFixed(1)} min`,
      ]),
    ),
    '',
    `- All projections one after the other (as \`npm run projections:rebuild\` does): ${allCovered ? `${fmt((r.history.events * r.rebuilds.length) / totalRebuildSeconds)} events/s read in total, the whole history rebuilt in ${(totalRebuildSeconds / 60).toFixed(1)} min` : `projected ${(projectedAllSeconds / 60).toFixed(0)} min for the whole history (${fmt(r.history.events / projectedAllSeconds)} history events/s)`}`,
    '',
    `### Live projection lag (${r.lag.offeredPerSecond} commands/s for ${(r.lag.commands / r.lag.offeredPerSecond).toFixed(0)} s; one Projector per projection)`,
    '',
    `- Commands: ${r.lag.commands} recorded contacts (read stream, fold, decide, append at exact revision), ${r.lag.refused} refused; achieved ${r.lag.achievedPerSecond.toFixed(1)}/s; append p50 ${ms(r.lag.appendP50Ms)} ms, p99 ${ms(r.lag.appendP99Ms)} ms`,
    `- Lag, append returned → every checkpoint past it: p50 ${ms(r.lag.allP50Ms)} ms, p99 ${ms(r.lag.allP99Ms)} ms, max ${ms(r.lag.allMaxMs)} ms (checkpoints polled every 5 ms)`,
    '',
    table(['Projection', 'Lag p50 ms', 'Lag p99 ms'], r.lag.perProjection.map((p) => [p.projection, ms(p.p50Ms), ms(p.p99Ms)])),
    '',
    `### Query latency (${r.queries[0]?.samples ?? 0} samples each, sequential; HTTP = loopback fetch through guards, validation, QueryBus, audit insert, JSON; handler = QueryBus.execute)`,
    '',
    table(
      ['Query', 'HTTP p50 ms', 'HTTP p99 ms', 'Handler p50 ms', 'Handler p99 ms', 'Non-200', 'Indexes (EXPLAIN ANALYZE)'],
      r.queries.map((q) => [q.name, ms(q.httpP50Ms), ms(q.httpP99Ms), ms(q.handlerP50Ms), ms(q.handlerP99Ms), String(q.errors), q.indexes.join(', ')]),
    ),
    '',
    `Read-model rows at query time: ${r.rowCounts.map(([t, n]) => `${t} ${fmt(n)}`).join(', ')}`,
    '',
    '### Targets',
    '',
    ...verdicts(r).map((v) => `- ${v}`),
    '',
    ...(r.notes.length ? ['### Notes', '', ...r.notes.map((n) => `- ${n}`), ''] : []),
  ];
  return lines.join('\n');
}

function verdicts(r: ReadSideReport): string[] {
  const slowest = r.rebuilds.reduce((a, b) => (a.eventsPerSecond < b.eventsPerSecond ? a : b));
  const projectedAll = r.rebuilds.reduce((sum, x) => sum + r.history.events / x.eventsPerSecond, 0);
  const worstQuery = r.queries.reduce((a, b) => (a.httpP99Ms > b.httpP99Ms ? a : b));
  const worstHandler = r.queries.reduce((a, b) => (a.handlerP99Ms > b.handlerP99Ms ? a : b));
  return [
    `Rebuild ≥ ${fmt(TARGETS.rebuildEventsPerSecond)} events/s per projection: slowest ${slowest.projection} ${fmt(slowest.eventsPerSecond)} events/s — ${slowest.eventsPerSecond >= TARGETS.rebuildEventsPerSecond ? 'MET' : 'MISSED'}; ` +
      `all read models from the whole history: ${(projectedAll / 60).toFixed(0)} min (target 4 min) — ${projectedAll <= 240 ? 'MET' : 'MISSED'}`,
    `Live lag p99 < ${TARGETS.lagP99Ms} ms: ${ms(r.lag.allP99Ms)} ms — ${r.lag.allP99Ms < TARGETS.lagP99Ms ? 'MET' : 'MISSED'}`,
    `Query p99 < ${TARGETS.queryP99Ms} ms: worst over HTTP ${ms(worstQuery.httpP99Ms)} ms (${worstQuery.name}) — ${worstQuery.httpP99Ms < TARGETS.queryP99Ms ? 'MET' : 'MISSED'}; ` +
      `worst in the handler ${ms(worstHandler.handlerP99Ms)} ms (${worstHandler.name}) — ${worstHandler.handlerP99Ms < TARGETS.queryP99Ms ? 'MET' : 'MISSED'}`,
  ];
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: readonly string[]): string => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

function fmt(value: number): string {
  return Math.round(value).toLocaleString('en-GB');
}

function ms(value: number): string {
  return Number.isNaN(value) ? 'n/a' : value.toFixed(1);
}
