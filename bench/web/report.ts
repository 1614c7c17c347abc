import { unreachable } from '@vcs/domain';
import { MachineInfo } from '../event-store/machine';
import { percentile } from '../event-store/stats';
import { CaseloadShape, Officer } from './officers';
import { PageBenchOptions } from './options';
import { PAGE_KINDS, PageKind, SimulationResult } from './simulation';
import { apiWallMs, TraceCollector } from './traces';

/** Issue 15: server time per page, p99 under 300 ms including the API call, for the caseload and case pages. */
export const PAGE_P99_TARGET_MS = 300;

export interface PageBenchReport {
  readonly date: string;
  readonly machine: MachineInfo;
  readonly loadBefore: string;
  readonly loadAfter: string;
  readonly database: string;
  readonly reused: boolean;
  readonly shape: CaseloadShape;
  readonly officers: readonly Officer[];
  readonly options: PageBenchOptions;
  readonly result: SimulationResult;
  readonly traces: TraceCollector;
  readonly durationSeconds: number;
}

export interface PageKindFigures {
  readonly kind: PageKind;
  readonly pages: number;
  readonly errors: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

export function figuresByKind(result: SimulationResult): PageKindFigures[] {
  return PAGE_KINDS.map((kind) => {
    const samples = result.samples.filter((sample) => sample.kind === kind);
    const ms = samples.map((sample) => sample.ms);
    return {
      kind,
      pages: samples.length,
      errors: samples.filter((sample) => sample.status !== 200).length,
      p50: percentile(ms, 50),
      p99: percentile(ms, 99),
      max: ms.length ? Math.max(...ms) : Number.NaN,
    };
  }).filter((figures) => figures.pages > 0);
}

export function renderMarkdown(r: PageBenchReport): string {
  const m = r.machine;
  const o = r.options;
  const vlos = r.officers.filter((officer) => officer.role === 'VLO');
  const figures = figuresByKind(r.result);
  const measured = r.result.samples.length;
  const signIn = r.result.signInMs;
  const lines = [
    `- Date: ${r.date}`,
    `- Machine: ${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGiB.toFixed(1)} GiB RAM; Node ${m.node}; PostgreSQL ${m.postgres}`,
    `- Load average (1, 5, 15 min): ${r.loadBefore} before, ${r.loadAfter} after`,
    `- Database: ${r.database} (${r.reused ? 'reused as it is' : `seeded at scale ${o.scale} for this run, dropped after`}); ${r.shape.units} units, ${fmt(r.shape.officers)} officers holding cases; per officer: cases ${r.shape.casesPerOfficer.min}–${r.shape.casesPerOfficer.max} (median ${r.shape.casesPerOfficer.p50}), open (enrolled) ${r.shape.openCasesPerOfficer.min}–${r.shape.openCasesPerOfficer.max} (median ${r.shape.openCasesPerOfficer.p50}), open tasks ${r.shape.openTasksPerOfficer.min}–${r.shape.openTasksPerOfficer.max} (median ${r.shape.openTasksPerOfficer.p50}); ${fmt(r.shape.unallocatedCases)} cases with no officer`,
    `- People: ${r.officers.length} (${vlos.length} VLOs${new Set(vlos.map((v) => v.username)).size < vlos.length ? ` — ${new Set(vlos.map((v) => v.username)).size} distinct officers, some signed in twice (a small history has fewer)` : ''} across ${new Set(vlos.map((v) => v.unit)).size} units, their open cases ${range(vlos.map((v) => v.cases ?? 0))}; ${r.officers.length - vlos.length} managers), each signed in through the OIDC sign-in (authorisation code + PKCE) of the web service; think time ${(o.thinkSeconds * 0.5).toFixed(1)}–${(o.thinkSeconds * 1.5).toFixed(1)} s; ${o.casesPerVisit} cases opened per caseload visit; ${Math.round(o.kindFilterShare * 100)} % of VLO visits also filter by a task kind`,
    `- Sign-in (before measuring, one at a time): ${signIn.length} signed in, p50 ${ms(percentile(signIn, 50))}, max ${ms(Math.max(...signIn))}; ${r.result.signInFailures.length} failed${r.result.signInFailures.length ? ` (${r.result.signInFailures.slice(0, 3).join('; ')})` : ''}`,
    `- Measured: ${o.seconds} s after ${o.warmUpSeconds} s of warm-up: ${fmt(measured)} pages, ${(measured / o.seconds).toFixed(1)} pages/s; ${r.result.emptyCaseloads} caseload visits listed no case`,
    `- Whole run: ${r.durationSeconds.toFixed(0)} s`,
    '',
    '### Server time per page (request sent → last byte of the HTML, at the client on loopback)',
    '',
    table(
      ['Page', 'Pages', 'Not 200', 'p50 ms', 'p99 ms', 'max ms', `p99 < ${PAGE_P99_TARGET_MS} ms`],
      figures.map((f) => [
        label(f.kind),
        fmt(f.pages),
        String(f.errors),
        f.p50.toFixed(1),
        f.p99.toFixed(1),
        f.max.toFixed(1),
        f.p99 < PAGE_P99_TARGET_MS && f.errors === 0 ? 'met' : '**missed**',
      ]),
    ),
    '',
    '### Where the time goes (from the services’ own access logs, joined by request id)',
    '',
    'Web = the web service’s own time for the page (its access log); API wall = the time during which at least one of the',
    'page’s API calls was running (their union, from the API’s access log); web − API = sign-in check, session (Redis),',
    'the API client and the Nunjucks render.',
    '',
    table(
      [
        'Page',
        'Traced',
        'Web p50',
        'Web p99',
        'API wall p50',
        'API wall p99',
        'Web − API p50',
        'Web − API p99',
        'API calls/page',
        'API share (median)',
      ],
      figures.map((f) => breakdown(f.kind, r)),
    ),
    '',
    '### API calls made for the pages, by route (API access log, ms)',
    '',
    table(
      ['Route', 'Calls', 'p50', 'p99', 'max'],
      [...r.traces.apiByRoute]
        .sort((a, b) => b[1].length - a[1].length)
        .map(([route, values]) => [
          route,
          fmt(values.length),
          percentile(values, 50).toFixed(1),
          percentile(values, 99).toFixed(1),
          Math.max(...values).toFixed(1),
        ]),
    ),
  ];
  return lines.join('\n');
}

function breakdown(kind: PageKind, r: PageBenchReport): string[] {
  const traces = r.result.samples
    .filter((sample) => sample.kind === kind)
    .map((sample) => r.traces.trace(sample.requestId))
    .filter((trace) => trace !== undefined);
  const web = traces.map((t) => t.webMs);
  const api = traces.map((t) => apiWallMs(t.apiCalls));
  const rest = traces.map((t, i) => t.webMs - api[i]);
  const share = traces.map((t, i) => (t.webMs > 0 ? api[i] / t.webMs : 0));
  const calls = traces.reduce((sum, t) => sum + t.apiCalls.length, 0) / Math.max(1, traces.length);
  return [
    label(kind),
    fmt(traces.length),
    ...[web, api, rest].flatMap((values) => [percentile(values, 50).toFixed(1), percentile(values, 99).toFixed(1)]),
    calls.toFixed(1),
    `${Math.round(percentile(share, 50) * 100)} %`,
  ];
}

function label(kind: PageKind): string {
  switch (kind) {
    case 'caseload':
      return 'My caseload (`/`)';
    case 'caseload-by-kind':
      return 'My caseload, one task kind (`/?kind=`)';
    case 'team-overdue':
      return 'Your team: the unit’s overdue tasks (`/team`, manager)';
    case 'case':
      return 'A victim’s case (`/cases/:id`)';
    default:
      return unreachable(kind);
  }
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-GB');
const ms = (n: number): string => (Number.isFinite(n) ? `${n.toFixed(0)} ms` : 'n/a');
const range = (values: number[]): string => (values.length ? `${Math.min(...values)}–${Math.max(...values)}` : 'none');

function table(head: string[], rows: string[][]): string {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}
