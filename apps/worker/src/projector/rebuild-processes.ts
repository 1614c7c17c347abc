import { ChildProcess, fork } from 'node:child_process';
import { Projection, readsPersonalDataOf } from '@vcs/read-models';
import { RebuildAllProgress } from './rebuild';

/** Every victim's key stays cached during a rebuild (the default cache holds 10,000). */
export const REBUILD_KEY_CACHE_ENTRIES = 500_000;

/** What a rebuild process tells its parent. */
export type RebuildProcessMessage = { readonly kind: 'progress' | 'done'; readonly progress: RebuildAllProgress };

/** Heap for a rebuild process: the in-memory builds hold every victim's rows for the pass. */
const MAX_OLD_SPACE_MB = 8192;
/** A young generation big enough that a batch's short-lived objects die there instead of being promoted: fewer full collections of the large heap. */
const SEMI_SPACE_MB = 128;

/**
 * The projections in `count` groups, one per process. The applying is CPU-bound in Node, so the groups are split
 * by cost: those that read personal data go together (the history is decrypted in that process only), the others
 * go, dearest first, to the group with the least so far — which puts the caseload and the timeline together, apart
 * from the case view, so the two big write-outs at the end of the pass do not meet.
 */
export function splitForProcesses(projections: readonly Projection[], count: number): Projection[][] {
  if (count <= 1 || projections.length <= 1) return [[...projections]];
  const readers = projections.filter((projection) => readsAnyPersonalData(projection));
  const others = projections.filter((projection) => !readers.includes(projection));
  const groups: Projection[][] = Array.from({ length: Math.min(count, projections.length) }, () => []);
  const load = groups.map(() => 0);
  const place = (projection: Projection, group: number) => {
    groups[group].push(projection);
    load[group] += weightOf(projection);
  };
  if (readers.length > 0) readers.forEach((projection) => place(projection, 0));
  for (const projection of [...others].sort((a, b) => weightOf(b) - weightOf(a)))
    place(projection, load.indexOf(Math.min(...load)));
  return groups.filter((group) => group.length > 0);
}

/**
 * Rebuilds each group in its own Node process (this module's sibling `rebuild-process`), side by side: each reads
 * the history once for its group. Resolves with every projection's progress once all are done; when one process
 * fails the others are stopped (nothing of theirs not yet swapped is swapped) and the call rejects.
 */
export function rebuildInProcesses(
  groups: readonly (readonly Projection[])[],
  options: {
    readonly batchSize: number;
    readonly env?: NodeJS.ProcessEnv;
    readonly onProgress?: (progress: RebuildAllProgress) => void;
    /** Stops every process (as RebuildAllOptions.signal does in one); the call rejects. */
    readonly signal?: AbortSignal;
  },
): Promise<RebuildAllProgress> {
  const latest: (RebuildAllProgress | undefined)[] = groups.map(() => undefined);
  const combined = (): RebuildAllProgress => ({
    // Each process reads the whole history: the pass is as far as the slowest.
    eventsRead: Math.min(...latest.map((progress) => progress?.eventsRead ?? 0)),
    eventsTotal: latest.find((progress) => progress?.eventsTotal !== undefined)?.eventsTotal,
    projections: latest.flatMap((progress) => progress?.projections ?? []),
  });
  const children: ChildProcess[] = [];
  const runs = groups.map(
    (group, index) =>
      new Promise<void>((resolve, reject) => {
        const child = fork(
          require.resolve('./rebuild-process'),
          [String(options.batchSize), ...group.map((projection) => projection.name)],
          {
            execArgv: childExecArgv(),
            env: options.env ?? process.env,
            stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
          },
        );
        children.push(child);
        let done = false;
        child.on('message', (message: RebuildProcessMessage) => {
          latest[index] = message.progress;
          if (message.kind === 'done') done = true;
          options.onProgress?.(combined());
        });
        child.on('error', reject);
        child.on('exit', (code) =>
          code === 0 && done
            ? resolve()
            : reject(new Error(`rebuild process for ${group.map((p) => p.name).join(', ')} exited with ${code}`)),
        );
      }),
  );
  const stopAll = () => children.forEach((child) => child.connected && child.send('stop'));
  runs.forEach((run) => run.catch(stopAll));
  options.signal?.addEventListener('abort', stopAll);
  return Promise.all(runs)
    .then(combined)
    .finally(() => options.signal?.removeEventListener('abort', stopAll));
}

function readsAnyPersonalData(projection: Projection): boolean {
  if (projection.readsPersonalData === false) return false;
  return projection.handles === '*' || projection.handles.some((type) => readsPersonalDataOf(projection, type));
}

/**
 * Node CPU seconds a projection took in a national-scale rebuild (2.1 M events, bench/RESULTS.md, 2026-12-02),
 * applying and writing out; a projection not measured counts as a middling one.
 */
const MEASURED_SECONDS: Readonly<Record<string, number>> = {
  'caseload-tasks': 45,
  'case-timeline': 45,
  'victim-case-view': 45,
  'sentence-view': 10,
  letters: 8,
  'stream-catalogue': 8,
  'notification-schedule': 5,
  'partner-representations': 3,
  'inter-agency-meetings': 3,
};

function weightOf(projection: Projection): number {
  return MEASURED_SECONDS[projection.name] ?? 10;
}

/** Run from TypeScript (ts-node), the child registers the same loaders; compiled, it needs none. A profiled parent (--cpu-prof…) profiles its children too. */
function childExecArgv(): string[] {
  const profiling = process.execArgv.filter((argument) => argument.startsWith('--cpu-prof'));
  const heap = [`--max-old-space-size=${MAX_OLD_SPACE_MB}`, `--max-semi-space-size=${SEMI_SPACE_MB}`, ...profiling];
  return __filename.endsWith('.ts')
    ? [...heap, '-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register']
    : heap;
}
