/** Options from the environment (bench/RESULTS.md "How to run"). */
export interface PageBenchOptions {
  readonly adminUrl: string;
  /** A national-scale read-side database kept by bench/read-side (BENCH_KEEP_DATABASE=1): used as it is, kept. */
  readonly reuseDatabase: string | undefined;
  /** Without BENCH_REUSE_DATABASE: seed and rebuild a database of this scale first (bench/read-side), dropped at the end. */
  readonly scale: number;
  /** Simulated people signed in at once. */
  readonly users: number;
  /** How many of them are managers (the rest are victim liaison officers). */
  readonly managers: number;
  /** Measured seconds, after the warm-up. */
  readonly seconds: number;
  readonly warmUpSeconds: number;
  /** Mean think time between two pages of one person (uniform between half and one and a half times it). */
  readonly thinkSeconds: number;
  /** Case pages a person opens from each caseload (or team) page before going back to it. */
  readonly casesPerVisit: number;
  /** Share of caseload visits that also filter by a task kind. */
  readonly kindFilterShare: number;
  readonly seed: number;
  readonly outputFile: string;
  /** BENCH_CPU_PROFILE=1: the API and the web service write CPU profiles here (beside the report) when they stop. */
  readonly cpuProfileDir: string | undefined;
}

const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export function readOptions(env: NodeJS.ProcessEnv = process.env): PageBenchOptions {
  const users = Math.round(positive(env, 'BENCH_USERS', 50));
  const managers = Math.round(nonNegative(env, 'BENCH_MANAGERS', Math.max(1, Math.round(users / 10))));
  if (managers > users) throw new Error(`BENCH_MANAGERS (${managers}) must not exceed BENCH_USERS (${users})`);
  return {
    adminUrl: env.BENCH_DATABASE_URL ?? DEFAULT_ADMIN_URL,
    reuseDatabase: env.BENCH_REUSE_DATABASE || undefined,
    scale: positive(env, 'BENCH_SCALE', 0.05),
    users,
    managers,
    seconds: positive(env, 'BENCH_SECONDS', 300),
    warmUpSeconds: nonNegative(env, 'BENCH_WARMUP_SECONDS', 30),
    thinkSeconds: positive(env, 'BENCH_THINK_SECONDS', 10),
    casesPerVisit: Math.round(positive(env, 'BENCH_CASES_PER_VISIT', 3)),
    kindFilterShare: nonNegative(env, 'BENCH_KIND_FILTER_SHARE', 0.3),
    seed: positive(env, 'BENCH_SEED', 20261207),
    outputFile: env.BENCH_OUTPUT ?? 'bench/web/out/latest.md',
    cpuProfileDir: (env.BENCH_CPU_PROFILE ?? '0') !== '0' ? 'bench/web/out/profiles' : undefined,
  };
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = nonNegative(env, name, fallback);
  if (value <= 0) throw new Error(`${name} must be a number > 0, got "${env[name]}"`);
  return value;
}

function nonNegative(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number ≥ 0, got "${text}"`);
  return value;
}
