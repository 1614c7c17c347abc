/** Settings of the notification benchmark, from the environment (all optional). */
export interface NotifyBenchOptions {
  readonly adminUrl: string;
  /** Victims (one due notification each) in the main run, with the channel limit raised. */
  readonly victims: number;
  /** Victims in the second run, at the configured NOTIFICATION_RATE_LIMIT_PER_SECOND (kept small: 40/s is slow by design). */
  readonly limitedVictims: number;
  /** Victims per sentence (the release milestone each notification comes from). */
  readonly victimsPerSentence: number;
  /** The due times are spread evenly over this many seconds ("the same minute"). */
  readonly dueSpreadSeconds: number;
  /** The limiter setting of the main run: what the outbox can take (the configuration's maximum is 10,000). */
  readonly raisedRatePerSecond: number;
  /** BullMQ worker concurrency; the worker's production setting is 8. */
  readonly concurrency: number;
  /** Concurrent appends while seeding and scheduling. */
  readonly writers: number;
  /** A notification not sent this long after the last due time counts as missed. */
  readonly timeoutSeconds: number;
  readonly seed: number;
  readonly resultsFile: string;
}

const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export function readOptions(env: NodeJS.ProcessEnv = process.env): NotifyBenchOptions {
  return {
    adminUrl: env.BENCH_DATABASE_URL ?? DEFAULT_ADMIN_URL,
    victims: Math.round(positive(env, 'BENCH_VICTIMS', 50_000)),
    limitedVictims: Math.round(positive(env, 'BENCH_LIMITED_VICTIMS', 1_200)),
    victimsPerSentence: Math.round(positive(env, 'BENCH_VICTIMS_PER_SENTENCE', 5)),
    dueSpreadSeconds: positive(env, 'BENCH_DUE_SPREAD_SECONDS', 60),
    raisedRatePerSecond: Math.round(positive(env, 'BENCH_RAISED_RATE', 10_000)),
    concurrency: Math.round(positive(env, 'BENCH_CONCURRENCY', 8)),
    writers: Math.round(positive(env, 'BENCH_WRITERS', 8)),
    timeoutSeconds: positive(env, 'BENCH_TIMEOUT_SECONDS', 900),
    seed: Math.round(positive(env, 'BENCH_SEED', 20261124)),
    resultsFile: env.BENCH_RESULTS ?? 'bench/RESULTS.md',
  };
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a number > 0, got "${text}"`);
  return value;
}
