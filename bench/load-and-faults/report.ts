import { writeFileSync } from 'node:fs';
import { MachineInfo } from '../event-store/machine';
import { AcceptedCommand, Attempt } from './client';
import { FaultRecord } from './faults';
import { LoadTally } from './load';
import { Incarnation } from './processes';
import { CatchUp, CommandCheck, NotificationCheck } from './verify';

export interface Report {
  readonly machine: MachineInfo;
  readonly host: string;
  readonly uptimeBefore: string;
  readonly uptimeAfter: string;
  readonly date: string;
  readonly loadSeconds: number;
  readonly actualSeconds: number;
  readonly virtualUsers: number;
  readonly thinkMs: number;
  readonly startedAt: number;
  readonly loadEndedAt: number;
  readonly attempts: readonly Attempt[];
  readonly accepted: readonly AcceptedCommand[];
  readonly gaveUp: readonly { route: string; lastStatus: number; at: number; error?: string }[];
  readonly tally: LoadTally;
  readonly faults: readonly FaultRecord[];
  readonly catchUp: CatchUp;
  readonly firstCatchUpMs: number;
  readonly notifications: NotificationCheck;
  readonly orphanOutboxRows: number;
  readonly commands: CommandCheck;
  readonly incarnations: readonly Incarnation[];
  readonly unexpectedExits: readonly string[];
  readonly personalInLogs: readonly string[];
  readonly logWarnings: Record<string, number>;
  readonly redisKeysAtEnd: number;
  readonly databaseName: string;
  readonly redisPrefix: string;
}

/** Fault windows get this much grace after both processes are healthy again (clients' in-flight retries). */
const GRACE_MS = 10_000;

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const rel = (report: Report, at: number) =>
  `${at >= report.startedAt ? '+' : '−'}${fmt(Math.abs(at - report.startedAt) / 1000, 1)} s`;

export function writeReport(report: Report, path: string): string {
  const md = render(report);
  writeFileSync(path, md);
  return md;
}

interface Verdict {
  readonly what: string;
  readonly held: boolean;
  readonly detail: string;
}

export function render(report: Report): string {
  const lines: string[] = [];
  const m = report.machine;
  const windows = report.faults.map((f) => ({
    name: f.name,
    from: f.at,
    to: (f.recoveredAt ?? report.loadEndedAt) + GRACE_MS,
  }));
  // The latest fault whose window overlaps the attempt (in flight when the fault began, or started before the
  // processes were healthy again + grace); windows can overlap.
  const overlapping = (a: Attempt) => [...windows].reverse().find((w) => a.at <= w.to && a.at + a.ms >= w.from)?.name;
  const inWindow = (at: number, ms = 0) => overlapping({ at, ms } as Attempt);
  const attempts = report.attempts;
  const duringLoad = attempts.filter((a) => a.at <= report.loadEndedAt);
  const seconds = report.actualSeconds;

  lines.push(
    `## Load and faults — ${report.date.slice(0, 16).replace('T', ' ')} UTC, ${m.cpus} × ${m.cpuModel}, ${fmt(m.memoryGiB, 1)} GiB, PostgreSQL ${m.postgres}, Node ${m.node}`,
  );
  lines.push('');
  lines.push(
    `Command: \`npm run bench:load-and-faults\` (\`LOAD_SECONDS=${report.loadSeconds}\`, ${report.virtualUsers} virtual users, think time ${report.thinkMs} ms ± 50%).`,
  );
  lines.push(
    `The real API and worker as separate processes (\`node dist/apps/{api,worker}/src/main.js\`) on loopback, own database \`${report.databaseName}\` and Redis prefix \`${report.redisPrefix}\`, \`LOG_LEVEL=warn\`.`,
  );
  lines.push(`Machine load: before \`${report.uptimeBefore}\`; after \`${report.uptimeAfter}\`.`);
  lines.push('');

  // Throughput and latency
  const ok = (a: Attempt) => a.status >= 200 && a.status < 300;
  const commandsOk = duringLoad.filter((a) => a.kind === 'command' && ok(a));
  const queriesOk = duringLoad.filter((a) => a.kind === 'query' && ok(a));
  const lat = (list: readonly Attempt[]) => list.map((a) => a.ms).sort((a, b) => a - b);
  const outside = (list: readonly Attempt[]) => list.filter((a) => !inWindow(a.at, a.ms));
  const retriedTotals = report.accepted.map((c) => c.totalMs).sort((a, b) => a - b);
  lines.push('| Figure | Value |');
  lines.push('| --- | --- |');
  lines.push(
    `| Run | ${fmt(seconds)} s of load, ${report.tally.cases} cases (${report.tally.casesAbandoned} cut short by a refused or failed step or the end of the run), ${report.tally.victims} victims, ${report.tally.releases} releases |`,
  );
  lines.push(
    `| Requests (HTTP attempts, retries included) | ${duringLoad.length} — ${fmt(duringLoad.length / seconds, 1)}/s |`,
  );
  lines.push(
    `| Commands accepted (2xx) | ${report.accepted.length} — ${fmt(commandsOk.length / seconds, 1)}/s; ${report.commands.retriedAccepted} of them needed a retry |`,
  );
  lines.push(`| Queries answered (2xx) | ${queriesOk.length} — ${fmt(queriesOk.length / seconds, 1)}/s |`);
  for (const [label, list] of [
    ['Command latency, 2xx attempts', commandsOk],
    ['Query latency, 2xx attempts', queriesOk],
  ] as const) {
    const all = lat(list);
    const calm = lat(outside(list));
    lines.push(
      `| ${label}: p50 / p99 / max (all) | ${fmt(percentile(all, 50))} / ${fmt(percentile(all, 99))} / ${fmt(all.at(-1) ?? NaN)} ms |`,
    );
    lines.push(
      `| ${label}: p50 / p99 (outside fault windows) | ${fmt(percentile(calm, 50))} / ${fmt(percentile(calm, 99))} ms |`,
    );
  }
  lines.push(
    `| Accepted commands, first try to 2xx incl. retries: p50 / p99 / max | ${fmt(percentile(retriedTotals, 50))} / ${fmt(percentile(retriedTotals, 99))} / ${fmt(retriedTotals.at(-1) ?? NaN)} ms |`,
  );
  const byStatus = new Map<string, number>();
  for (const a of attempts)
    if (!ok(a))
      byStatus.set(
        a.status === 0 ? `network (${a.error})` : String(a.status),
        (byStatus.get(a.status === 0 ? `network (${a.error})` : String(a.status)) ?? 0) + 1,
      );
  lines.push(
    `| Non-2xx answers by status | ${
      [...byStatus.entries()]
        .sort()
        .map(([s, n]) => `${s}: ${n}`)
        .join(', ') || 'none'
    } |`,
  );
  const fiveXx = attempts.filter((a) => a.status >= 500);
  const unexplained5xx = fiveXx.filter((a) => !inWindow(a.at, a.ms));
  lines.push(
    `| 5xx | ${fiveXx.length} (${fiveXx.length - unexplained5xx.length} inside a fault window, **${unexplained5xx.length} outside**) |`,
  );
  lines.push(`| Requests given up after retrying 120 s | ${report.gaveUp.length} |`);
  lines.push('');

  // 4xx details (the load never means to send a bad request)
  const fourXx = new Map<string, number>();
  for (const a of attempts.filter((x) => x.status >= 400 && x.status < 500)) {
    const key = `${a.route} → ${a.status}${a.rule ? ` (${a.rule})` : ''}`;
    fourXx.set(key, (fourXx.get(key) ?? 0) + 1);
  }
  if (fourXx.size) {
    lines.push(`4xx by route: ${[...fourXx.entries()].map(([k, n]) => `${k} ×${n}`).join('; ')}.`);
    lines.push('');
  }
  if (fiveXx.length) {
    const group = new Map<string, number>();
    for (const a of fiveXx) {
      const key = `${inWindow(a.at, a.ms) ?? 'OUTSIDE any fault window'}: ${a.route} → ${a.status}`;
      group.set(key, (group.get(key) ?? 0) + 1);
    }
    lines.push(`5xx listed: ${[...group.entries()].map(([k, n]) => `${k} ×${n}`).join('; ')}.`);
    if (unexplained5xx.length)
      lines.push(
        `5xx outside fault windows at: ${unexplained5xx
          .slice(0, 20)
          .map((a) => `${rel(report, a.at)} ${a.route} ${a.status}`)
          .join(', ')}.`,
      );
    lines.push('');
  }
  const network = attempts.filter((a) => a.status === 0);
  if (network.length) {
    const group = new Map<string, number>();
    for (const a of network) {
      const key = `${inWindow(a.at, a.ms) ?? 'OUTSIDE any fault window'} (${a.error})`;
      group.set(key, (group.get(key) ?? 0) + 1);
    }
    lines.push(`Network errors: ${[...group.entries()].map(([k, n]) => `${k} ×${n}`).join('; ')}.`);
    lines.push('');
  }

  // Per route, and per minute: where the time goes and whether throughput holds.
  lines.push('| Route | 2xx | p50 / p99 ms (first half) | p50 / p99 ms (second half) |');
  lines.push('| --- | --- | --- | --- |');
  const half = report.startedAt + (report.loadEndedAt - report.startedAt) / 2;
  const routes = [...new Set(duringLoad.map((a) => a.route))].sort();
  for (const route of routes) {
    const list = duringLoad.filter((a) => a.route === route && ok(a));
    const first = lat(list.filter((a) => a.at < half));
    const second = lat(list.filter((a) => a.at >= half));
    lines.push(
      `| ${route} | ${list.length} | ${fmt(percentile(first, 50))} / ${fmt(percentile(first, 99))} | ${fmt(percentile(second, 50))} / ${fmt(percentile(second, 99))} |`,
    );
  }
  lines.push('');
  const perMinute: string[] = [];
  for (let from = report.startedAt; from < report.loadEndedAt; from += 60_000) {
    const n = duringLoad.filter((a) => a.at >= from && a.at < from + 60_000 && ok(a)).length;
    perMinute.push(fmt(n / Math.min(60, (report.loadEndedAt - from) / 1000), 0));
  }
  lines.push(`2xx per second, minute by minute: ${perMinute.join(', ')}.`);
  lines.push('');

  // Memory
  lines.push('| Process (pid) | Lived | RSS first → last (max), MiB | After warm-up (first quarter) → last |');
  lines.push('| --- | --- | --- | --- |');
  for (const inc of report.incarnations) {
    const samples = inc.rssMiB;
    if (samples.length === 0) continue;
    const first = samples[0].mib;
    const last = samples[samples.length - 1].mib;
    const max = Math.max(...samples.map((s) => s.mib));
    const warm = samples[Math.floor(samples.length / 4)].mib;
    const lived = ((inc.endedAt ?? samples[samples.length - 1].at) - inc.startedAt) / 1000;
    lines.push(
      `| ${inc.app} (${inc.pid}) | ${rel(report, inc.startedAt)} for ${fmt(lived)} s${inc.exit ? `, ended ${inc.exit}` : ''} | ${fmt(first)} → ${fmt(last)} (${fmt(max)}) | ${fmt(warm)} → ${fmt(last)} (${fmt(((last - warm) / warm) * 100)}%) |`,
    );
  }
  lines.push('');

  // Faults
  lines.push('| Fault | At | Recovered (both healthy) | What was done | 5xx / network errors in window |');
  lines.push('| --- | --- | --- | --- | --- |');
  for (const f of report.faults) {
    const w = windows.find((x) => x.name === f.name && x.from === f.at);
    const inIt = attempts.filter((a) => w && a.at <= w.to && a.at + a.ms >= w.from);
    lines.push(
      `| ${f.name} | ${rel(report, f.at)} | ${f.recoveredAt ? `after ${fmt((f.recoveredAt - f.at) / 1000, 1)} s` : `**not recovered**: ${f.error ?? ''}`} | ${f.tried.join('; ')}${f.error ? `; error: ${f.error}` : ''} | ${inIt.filter((a) => a.status >= 500).length} / ${inIt.filter((a) => a.status === 0).length} |`,
    );
  }
  lines.push('');

  // Verdicts
  const c = report.commands;
  const n = report.notifications;
  const memoryVerdict = report.incarnations
    .filter((inc) => inc.rssMiB.length >= 8)
    .map((inc) => {
      const warm = inc.rssMiB[Math.floor(inc.rssMiB.length / 4)].mib;
      const last = inc.rssMiB[inc.rssMiB.length - 1].mib;
      return { inc, growth: (last - warm) / warm };
    });
  const verdicts: Verdict[] = [
    {
      what: 'Every 2xx command is in the history',
      held: c.missing.length === 0 && c.misplaced.length === 0,
      detail: `${c.found} of ${c.expectedEvents} events of ${c.accepted} accepted commands found by their derived ids, at the stream and revision the answer gave${c.missing.length ? `; MISSING: ${JSON.stringify(c.missing.slice(0, 5))}` : ''}${c.misplaced.length ? `; MISPLACED: ${JSON.stringify(c.misplaced.slice(0, 5))}` : ''}`,
    },
    {
      what: 'No command appended twice (retries with the same Idempotency-Key)',
      held: c.duplicated.length === 0,
      detail: `${c.retriedAccepted} accepted commands were retried; ${c.duplicated.length} (stream, key) pairs with a different number of events than the answer${c.duplicated.length ? `: ${JSON.stringify(c.duplicated.slice(0, 5))}` : ''}`,
    },
    {
      what: 'Read models and process managers caught up',
      held: report.catchUp.caughtUp,
      detail: `head ${report.catchUp.head}; ${report.catchUp.checkpoints.length} checkpoints${report.catchUp.behind.length ? `, BEHIND: ${report.catchUp.behind.join(', ')}` : ' all at the head'} (first caught up ${fmt(report.firstCatchUpMs / 1000, 1)} s after the load stopped)`,
    },
    {
      what: 'Every due notification sent exactly once',
      held:
        n.notSent.length === 0 &&
        n.sentMoreThanOnce.length === 0 &&
        n.outboxMismatch.length === 0 &&
        report.orphanOutboxRows === 0,
      detail: `${n.scheduled} notifications scheduled (${n.cancelled} cancelled; read-model statuses ${JSON.stringify(n.scheduleStatuses)}); ${n.dueBeforeEnd} email/SMS due before the load ended: ${n.sentOnce} sent exactly once (one NotificationSent, one outbox row), ${n.notSent.length} not sent${n.notSent.length ? ` ${JSON.stringify(n.notSent.slice(0, 5))}` : ''}, ${n.sentMoreThanOnce.length} more than once, ${n.outboxMismatch.length} with events ≠ outbox rows, ${report.orphanOutboxRows} outbox rows never scheduled; due by channel ${JSON.stringify(n.dueByChannel)} (letters wait for a VLO's approval, phone calls are the VLO's); last sent ${fmt(n.waitedMs / 1000, 1)} s after catch-up`,
    },
    {
      what: 'Zero 5xx outside fault windows',
      held: unexplained5xx.length === 0,
      detail: `${fiveXx.length} 5xx in all, ${unexplained5xx.length} outside a fault window (window = fault start to both processes healthy + ${GRACE_MS / 1000} s)`,
    },
    {
      what: 'No process died on its own',
      held: report.unexpectedExits.length === 0,
      detail: report.unexpectedExits.join('; ') || 'none',
    },
    {
      what: 'Memory roughly flat (≤ 25% growth after the first quarter, processes that lived ≥ 40 s)',
      held: memoryVerdict.every((v) => v.growth <= 0.25),
      detail:
        memoryVerdict.map((v) => `${v.inc.app} ${v.inc.pid}: ${fmt(v.growth * 100)}%`).join(', ') || 'too few samples',
    },
    {
      what: "No personal data in the processes' logs",
      held: report.personalInLogs.length === 0,
      detail: report.personalInLogs.length
        ? `FOUND: ${report.personalInLogs.join(', ')}`
        : 'names, street and email markers of the load absent from both logs',
    },
  ];
  lines.push('| Check | Held | Evidence |');
  lines.push('| --- | --- | --- |');
  for (const v of verdicts)
    lines.push(`| ${v.what} | ${v.held ? 'yes' : '**NO**'} | ${v.detail.replace(/\|/g, '\\|')} |`);
  lines.push('');
  const warnings = Object.entries(report.logWarnings).filter(([k]) => !k.startsWith('level'));
  if (warnings.length) {
    lines.push(
      `Log lines at warn or above (service, pino level, message: count): ${warnings
        .sort((a, b) => b[1] - a[1])
        .slice(0, 25)
        .map(([k, v]) => `\`${k}\`: ${v}`)
        .join('; ')}.`,
    );
    lines.push('');
  }
  lines.push(`Redis keys of the prefix at the end: ${report.redisKeysAtEnd}.`);
  lines.push('');
  return lines.join('\n');
}
