import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { MachineInfo } from '../event-store/machine';
import { SeedResult } from '../read-side/seed';
import { Distribution, ScenarioResult } from './scenario';

export interface NotifyReport {
  readonly date: string;
  readonly machine: MachineInfo;
  readonly uptimeBefore: string;
  readonly uptimeAfter: string;
  readonly victims: number;
  readonly sentences: number;
  readonly seed: SeedResult;
  /** GOV.UK Notify's limit per second (run B). */
  readonly configuredRate: number;
  /** Share of the full run (BENCH_SCALE); 1 = 50,000 in one minute. */
  readonly scale: number;
  readonly dueSpreadSeconds: number;
  /** NOTIFICATION_WORKER_CONCURRENCY as configured (the run's may be BENCH_CONCURRENCY instead). */
  readonly configuredConcurrency: number;
  readonly main: ScenarioResult;
  readonly limited: ScenarioResult | undefined;
  readonly totalSeconds: number;
}

const HEADING = '## Notifications';
const s = (value: number, digits = 2): string => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const int = (value: number): string => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-GB') : 'n/a');
const secs = (d: Distribution): string => `${s(d.p50)} s / ${s(d.p90)} s / ${s(d.p99)} s / ${s(d.max)} s`;
const ms = (d: Distribution): string => `${s(d.p50, 1)} / ${s(d.p99, 1)} / ${s(d.max, 1)} ms`;

function scenarioRows(r: ScenarioResult): string[] {
  return [
    `| Notifications scheduled (ScheduleNotification, worker command path) | ${int(r.notifications)} in ${s(r.scheduleSeconds, 1)} s (${int(r.schedulePerSecond)}/s) |`,
    `| Enqueue: dispatcher → ${int(r.notifications)} delayed BullMQ jobs | ${s(r.enqueueSeconds, 1)} s (${int(r.enqueuePerSecond)} jobs/s); ${s(r.enqueueHeadroomSeconds, 1)} s before the first due time |`,
    `| Due → outbox row, p50 / p90 / p99 / max | ${secs(r.latency)} |`,
    `| Throughput (outbox rows, first to last) | ${s(r.throughput, 1)} messages/s |`,
    `| First due time → last message | ${s(r.drainSeconds, 1)} s |`,
    `| Sent / missed / duplicates | ${int(r.sent)} / ${int(r.missed)} / ${int(r.duplicates)} |`,
    `| In the outbox but no NotificationSent / NotificationFailed events | ${int(r.sentNotRecorded)} / ${int(r.failedEvents)} |`,
    `| Per job: wait after due (p50 / p99 / max) | ${ms(r.queueWaitMs)} |`,
    `| Per job: processing (p50 / p99 / max) | ${ms(r.processMs)} |`,
    `| CPU while delivering: whole machine busy / bench process (cores) | ${s(r.machineBusy * 100, 0)} % / ${s(r.nodeCpuShare, 2)} |`,
    `| Load average (1 min) sampled while delivering, min–max | ${r.loadDuring ? `${s(r.loadDuring.min)}–${s(r.loadDuring.max)}` : 'n/a'} |`,
    `| Worker warnings | ${
      Object.keys(r.warnings).length === 0
        ? 'none'
        : Object.entries(r.warnings)
            .map(([k, v]) => `${k}: ${v}`)
            .join('; ')
    } |`,
  ];
}

function profileRows(r: ScenarioResult): string[] {
  return [
    '| Step (inside a job) | Calls | Mean per call | Per message |',
    '|---|---:|---:|---:|',
    ...r.profile.map((p) => `| ${p.step} | ${int(p.calls)} | ${s(p.meanMs, 1)} ms | ${s(p.perJobMs, 1)} ms |`),
    `| whole job (BullMQ processedOn → finishedOn), mean | | | ${s(r.processMs.mean, 1)} ms |`,
  ];
}

export function renderSection(report: NotifyReport): string {
  const { main, limited, machine } = report;
  const verdict = (ok: boolean): string => (ok ? '**met**' : '**missed**');
  const implied = report.victims / report.configuredRate;
  const lines = [
    `${HEADING} — ${report.date.slice(0, 16).replace('T', ' ')} UTC, ${machine.cpus} × ${machine.cpuModel}, ${s(machine.memoryGiB, 1)} GiB, PostgreSQL ${machine.postgres}, Node ${machine.node}`,
    '',
    '`npm run bench:notifications` (`bench/notifications/`). Own database `vcs_bench_notify_<random>` (migrated, dropped at the end, also on',
    'failure or Ctrl-C) and own Redis key prefix `vcs-bench-notify-<random>` (its keys deleted at the end). Seeded through the',
    `application's event store (personal data encrypted per victim): ${int(report.sentences)} sentences (recorded, then released on licence today)`,
    `and ${int(report.victims + (limited?.notifications ?? 0))} victims (referred, enrolled, preferences: email 70 % or SMS 30 %, all key stages, no safety check),`,
    `${int(report.seed.events)} events in ${s(report.seed.elapsedMs / 1000, 0)} s. One release notification per victim, scheduled with`,
    "`ScheduleNotification` through the worker's command path (`WorkerCommands`, actor `notification-planner`, planner-style id), due times",
    `spread evenly over ${report.dueSpreadSeconds} s (the same minute), starting after the jobs are enqueued. Then the worker's \`NotificationRuntime\` as in production`,
    '(dispatcher → BullMQ delayed jobs, BullMQ worker with the production settings, outbox channel, system clock; start-up resync off) with the',
    '`notification-schedule` projector running beside it. The dispatcher starts from the head of the history before the burst is scheduled and',
    'the planner after it (as live instances would: neither re-reads the seeded cases during the due minute).',
    "Sent time = `notification_outbox.created_at` (the grouped statement's transaction start); duplicates = notifications with more",
    'than one outbox row or more than one `NotificationSent`; missed = scheduled but no outbox row by the timeout.',
    `Load (\`uptime\`) before: \`${report.uptimeBefore}\`; after: \`${report.uptimeAfter}\`. Whole run ${s(report.totalSeconds / 60, 1)} min. Other benchmarks may have`,
    'been running on the same 2 cores (measured runs are serialised with `flock /tmp/vcs-bench.lock`).',
    '',
    `### A. ${int(main.notifications)} notifications through the outbox: limiter ${int(main.ratePerSecond)}/s (NOTIFICATION_OUTBOX_RATE_LIMIT_PER_SECOND), concurrency ${main.concurrency} ${main.concurrency === report.configuredConcurrency ? '(NOTIFICATION_WORKER_CONCURRENCY as configured)' : `(BENCH_CONCURRENCY, i.e. NOTIFICATION_WORKER_CONCURRENCY=${main.concurrency}; configured default ${report.configuredConcurrency})`}`,
    '',
    `${report.scale === 1 ? 'The recorded configuration: 50,000 due in one minute' : `**A scaled run (BENCH_SCALE=${report.scale})**: the same arrival rate for a shorter time; not the recorded figure`}; ${main.deliveryProcesses === 1 ? 'one worker process' : `**${main.deliveryProcesses} worker processes** (the bench process and ${main.deliveryProcesses - 1} forked delivery replica(s); per-job and CPU figures are the bench process's)`}.`,
    '',
    '| Measure | Result |',
    '|---|---|',
    ...scenarioRows(main),
    '',
    ...profileRows(main),
    '',
  ];
  if (limited) {
    lines.push(
      `### B. ${int(limited.notifications)} notifications at GOV.UK Notify's limit (NOTIFICATION_NOTIFY_RATE_LIMIT_PER_MINUTE → ${limited.ratePerSecond}/s), concurrency ${limited.concurrency}`,
      '',
      `A smaller run through the outbox with Notify's limit on the queue (slow by design), due times as dense as in A (${s(limited.notifications / (report.victims / report.dueSpreadSeconds), 1)} s), that confirms the limiter holds. What it implies for ${int(report.victims)}:`,
      `${int(report.victims)} / ${report.configuredRate} per second = **${int(implied)} s (${s(implied / 60, 1)} min)** to drain, so the last victim hears`,
      `~${int(implied - report.dueSpreadSeconds)} s after their due time and p99 ≈ ${int(0.99 * implied - report.dueSpreadSeconds * 0.99)} s — the 5 s target cannot be met at this setting, whatever the code does.`,
      '',
      '| Measure | Result |',
      '|---|---|',
      ...scenarioRows(limited),
      '',
    );
  }
  const meets = main.latency.p99 < 5 && main.duplicates === 0 && main.missed === 0;
  lines.push(
    '### Verdict',
    '',
    `- p99 under 5 s from due time: ${verdict(main.latency.p99 < 5)} through the outbox at concurrency ${main.concurrency} (p99 ${s(main.latency.p99)} s, A); ${limited ? `${verdict(false)} by construction at Notify's ${limited.ratePerSecond}/s (B: p99 ${s(limited.latency.p99)} s for ${int(limited.notifications)}; ~${int(0.99 * implied - report.dueSpreadSeconds * 0.99)} s implied for ${int(report.victims)})` : 'Notify limit not run'}.`,
    `- Zero duplicates: ${verdict(main.duplicates === 0 && (limited?.duplicates ?? 0) === 0)} (A ${main.duplicates}${limited ? `, B ${limited.duplicates}` : ''}).`,
    `- Zero missed: ${verdict(main.missed === 0 && (limited?.missed ?? 0) === 0)} (A ${main.missed}${limited ? `, B ${limited.missed}` : ''}).`,
    `- Overall (A): ${meets ? 'target met' : 'target missed'}.`,
    '',
  );
  return lines.join('\n');
}

/** Puts the section at the end of RESULTS.md, replacing an earlier run's section (and nothing else). */
export async function writeSection(file: string, section: string): Promise<void> {
  const text = await readFile(file, 'utf8').catch(() => '# Benchmarks\n');
  const start = text.search(/^## Notifications\b/m);
  let before = text;
  let after = '';
  if (start >= 0) {
    before = text.slice(0, start);
    const rest = text.slice(start + HEADING.length);
    const next = rest.search(/^## /m);
    after = next >= 0 ? rest.slice(next) : '';
  }
  await mkdir(dirname(file), { recursive: true });
  const body = `${before.replace(/\s*$/, '')}\n\n${section.replace(/\s*$/, '')}\n${after ? `\n${after}` : ''}`;
  await writeFile(file, body);
}
