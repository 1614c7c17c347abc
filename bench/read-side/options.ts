import { NATIONAL_VLOS_PER_REGION } from './victims';

/** Options from the environment: BENCH_SCALE=0.1 gives a quick run with a tenth of the national history. */
export interface ReadBenchOptions {
  readonly adminUrl: string;
  readonly scale: number;
  readonly sentences: number;
  readonly victims: number;
  /** Mean contacts per enrolled victim: tuned so that scale 1 gives a little over 2,000,000 events. */
  readonly meanContacts: number;
  readonly eventsPerAppend: number;
  /**
   * VLOs per region (BENCH_VLOS_PER_REGION; default 35 × scale, at least 1): a smaller history keeps a national
   * caseload per officer (about 240 referrals), so the caseload pages (bench/web) see realistic lists. Scale 1 is
   * unchanged (35: the same history as before).
   */
  readonly vlosPerRegion: number;
  readonly writers: number;
  /** History events per rebuild read and build transaction (`npm run projections:rebuild`'s default). */
  readonly rebuildBatch: number;
  /** Stop the rebuild after this many seconds (nothing swapped in; the report gives the rate of the part done). */
  readonly rebuildMaxSeconds: number | undefined;
  /** Also time a read-and-decrypt-only pass before the rebuild (BENCH_REBUILD_READ_ONLY=1): the ceiling of one pass. */
  readonly rebuildReadOnly: boolean;
  /** Node processes the rebuild splits the projections across (BENCH_REBUILD_PROCESSES, default 2, as the script). */
  readonly rebuildProcesses: number;
  /** Rebuild only these projections (BENCH_REBUILD_PROJECTIONS, comma-separated names; default all). */
  readonly rebuildProjections: readonly string[] | undefined;
  /** Which measuring phases run after seeding (BENCH_PHASES, comma-separated; default all three). */
  readonly phases: ReadonlySet<BenchPhase>;
  readonly lagRatePerSecond: number;
  readonly lagSeconds: number;
  readonly querySamples: number;
  readonly verbose: boolean;
  readonly seed: number;
  readonly outputFile: string;
  /** Keep the database at the end (its name is logged) so a later run can reuse it. */
  readonly keepDatabase: boolean;
  /** Reuse this seeded database (kept by an earlier run): no generation, no seeding, kept at the end. */
  readonly reuseDatabase: string | undefined;
  /** Stop after seeding (with BENCH_KEEP_DATABASE=1: seed once, measure many times). */
  readonly seedOnly: boolean;
}

export type BenchPhase = 'rebuild' | 'lag' | 'queries';
const PHASES: readonly BenchPhase[] = ['rebuild', 'lag', 'queries'];

const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export function readOptions(env: NodeJS.ProcessEnv = process.env): ReadBenchOptions {
  const scale = positive(env, 'BENCH_SCALE', 1);
  return {
    adminUrl: env.BENCH_DATABASE_URL ?? DEFAULT_ADMIN_URL,
    scale,
    sentences: Math.max(10, Math.round(60_000 * scale)),
    victims: Math.max(20, Math.round(100_000 * scale)),
    meanContacts: positive(env, 'BENCH_MEAN_CONTACTS', 18),
    eventsPerAppend: positive(env, 'BENCH_EVENTS_PER_APPEND', 10),
    vlosPerRegion: Math.round(
      positive(env, 'BENCH_VLOS_PER_REGION', Math.max(1, Math.round(NATIONAL_VLOS_PER_REGION * scale))),
    ),
    writers: positive(env, 'BENCH_WRITERS', 12),
    rebuildBatch: positive(env, 'BENCH_REBUILD_BATCH', 2000),
    rebuildMaxSeconds: env.BENCH_REBUILD_MAX_SECONDS ? positive(env, 'BENCH_REBUILD_MAX_SECONDS', 0) : undefined,
    rebuildReadOnly: (env.BENCH_REBUILD_READ_ONLY ?? '0') !== '0',
    rebuildProcesses: Math.round(positive(env, 'BENCH_REBUILD_PROCESSES', 2)),
    rebuildProjections: env.BENCH_REBUILD_PROJECTIONS
      ? env.BENCH_REBUILD_PROJECTIONS.split(',').map((name) => name.trim())
      : undefined,
    phases: phasesOf(env.BENCH_PHASES),
    lagRatePerSecond: positive(env, 'BENCH_LAG_RATE', 50),
    lagSeconds: positive(env, 'BENCH_LAG_SECONDS', 60),
    querySamples: positive(env, 'BENCH_QUERY_SAMPLES', 200),
    verbose: (env.BENCH_VERBOSE ?? '0') !== '0',
    seed: positive(env, 'BENCH_SEED', 20261123),
    outputFile: env.BENCH_OUTPUT ?? 'bench/read-side/out/latest.md',
    keepDatabase: (env.BENCH_KEEP_DATABASE ?? '0') !== '0',
    reuseDatabase: env.BENCH_REUSE_DATABASE || undefined,
    seedOnly: (env.BENCH_SEED_ONLY ?? '0') !== '0',
  };
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a number > 0, got "${text}"`);
  return value;
}

function phasesOf(text: string | undefined): ReadonlySet<BenchPhase> {
  if (text === undefined || text.trim() === '') return new Set(PHASES);
  const names = text.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !PHASES.includes(name as BenchPhase));
  if (unknown.length > 0)
    throw new Error(`BENCH_PHASES: unknown phase(s) ${unknown.join(', ')}; known: ${PHASES.join(', ')}`);
  return new Set(names as BenchPhase[]);
}
