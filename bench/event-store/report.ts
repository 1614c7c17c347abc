import { PhaseResult } from './append-bench';
import { MachineInfo } from './machine';
import { ReadResult } from './read-bench';

export interface AppendCaseResult {
  readonly writers: number;
  readonly eventsPerAppend: number;
  readonly ours: PhaseResult;
  readonly baseline: PhaseResult;
  /** 1-minute load average when the case started. */
  readonly loadAtStart: number;
}

export interface ReadCaseResult {
  readonly name: string;
  readonly ours: ReadResult;
  readonly baseline: ReadResult;
}

export interface BenchReport {
  readonly date: string;
  readonly machine: MachineInfo;
  readonly payload: { data: number; metadata: number };
  readonly settings: string;
  readonly loadBefore: string;
  readonly loadAfter: string;
  readonly appendCases: readonly AppendCaseResult[];
  readonly readCases: readonly ReadCaseResult[];
  readonly durationSeconds: number;
  /** Anything that disturbed the run (e.g. an open transaction holding the read horizon). */
  readonly notes: readonly string[];
}

/** Targets the adapter is judged against. */
export const TARGETS = {
  /** Single-event appends at 8 writers: our events/s as a share of the raw INSERT baseline. */
  singleEventAppendAt8Writers: 0.5,
  /** Catch-up (subscribeToAll from the start) events/s. */
  catchUpEventsPerSecond: 20_000,
} as const;

export function renderMarkdown(report: BenchReport): string {
  return [
    machineSection(report),
    '### Appends (`appendToStream`) vs raw INSERT baseline',
    '',
    appendTable(report.appendCases),
    '',
    '### Read-all / catch-up vs raw keyset paging',
    '',
    readTable(report.readCases),
    '',
    '### Targets',
    '',
    ...verdicts(report).map((line) => `- ${line}`),
    '',
    ...(report.notes.length > 0 ? ['### Notes', '', ...report.notes.map((note) => `- ${note}`), ''] : []),
  ].join('\n');
}

function machineSection(report: BenchReport): string {
  const m = report.machine;
  return [
    `- Date: ${report.date}`,
    `- Machine: ${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGiB.toFixed(1)} GiB RAM`,
    `- Node ${m.node}; PostgreSQL ${m.postgres} (${m.postgresSettings})`,
    `- Load average (1, 5, 15 min): ${report.loadBefore} before, ${report.loadAfter} after`,
    `- Payload per event: data ${report.payload.data} B + metadata ${report.payload.metadata} B of JSON`,
    `- Settings: ${report.settings}`,
    `- Whole run: ${report.durationSeconds.toFixed(0)} s`,
    '',
  ].join('\n');
}

function appendTable(cases: readonly AppendCaseResult[]): string {
  const header = [
    'Writers',
    'Events/append',
    'Ours appends/s',
    'Ours events/s',
    'Ours p50 ms',
    'Ours p99 ms',
    'Raw appends/s',
    'Raw events/s',
    'Raw p50 ms',
    'Raw p99 ms',
    'Ours/raw',
    'Load (1 min)',
  ];
  const rows = cases.map((c) => [
    String(c.writers),
    String(c.eventsPerAppend),
    rate(c.ours.appendsPerSecond),
    rate(c.ours.eventsPerSecond),
    millis(c.ours.p50Ms),
    millis(c.ours.p99Ms),
    rate(c.baseline.appendsPerSecond),
    rate(c.baseline.eventsPerSecond),
    millis(c.baseline.p50Ms),
    millis(c.baseline.p99Ms),
    ratio(c.ours.eventsPerSecond, c.baseline.eventsPerSecond),
    c.loadAtStart.toFixed(2),
  ]);
  return table(header, rows);
}

function readTable(cases: readonly ReadCaseResult[]): string {
  const header = ['Reader', 'Events', 'Ours s', 'Ours stalled s', 'Ours events/s', 'Raw s', 'Raw events/s', 'Ours/raw'];
  const rows = cases.map((c) => [
    c.name,
    String(c.ours.events),
    (c.ours.elapsedMs / 1000).toFixed(2),
    Number.isNaN(c.ours.stalledMs) ? 'n/a' : (c.ours.stalledMs / 1000).toFixed(2),
    rate(c.ours.eventsPerSecond),
    (c.baseline.elapsedMs / 1000).toFixed(2),
    rate(c.baseline.eventsPerSecond),
    ratio(c.ours.eventsPerSecond, c.baseline.eventsPerSecond),
  ]);
  return table(header, rows);
}

function verdicts(report: BenchReport): string[] {
  const lines: string[] = [];
  const append = report.appendCases.find((c) => c.writers === 8 && c.eventsPerAppend === 1);
  if (append) {
    const share = append.ours.eventsPerSecond / append.baseline.eventsPerSecond;
    const target = TARGETS.singleEventAppendAt8Writers;
    lines.push(
      `Single-event append at 8 writers ≥ ${percent(target)} of raw INSERT: ${percent(share)} — ${share >= target ? 'MET' : 'MISSED'}`,
    );
  } else {
    lines.push('Single-event append at 8 writers: not measured in this run');
  }
  const catchUp = report.readCases.find((c) => c.name === 'subscribeToAll catch-up');
  if (catchUp) {
    const target = TARGETS.catchUpEventsPerSecond;
    const met = catchUp.ours.eventsPerSecond >= target;
    lines.push(
      `Catch-up ≥ ${rate(target)} events/s: ${rate(catchUp.ours.eventsPerSecond)} events/s — ${met ? 'MET' : 'MISSED'}`,
    );
  }
  return lines;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((cell, i) => cell.padStart(widths[i])).join(' | ')} |`;
  const rule = `|${widths.map((width) => `${'-'.repeat(width + 1)}:`).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

function rate(value: number): string {
  return Math.round(value).toLocaleString('en-GB');
}

function millis(value: number): string {
  return value.toFixed(2);
}

function ratio(ours: number, baseline: number): string {
  return (ours / baseline).toFixed(2);
}

function percent(value: number): string {
  return `${(value * 100).toFixed(0)}%`;
}
