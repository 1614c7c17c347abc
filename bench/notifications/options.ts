/** Settings of the notification benchmark, from the environment (all optional). */
export interface NotifyBenchOptions {
  readonly adminUrl: string;
  /** Victims (one due notification each) in the main run, at the production settings (outbox channel). */
  readonly victims: number;
  /** Victims in the second run, at GOV.UK Notify's limit (kept small: 50/s is slow by design); 0 skips it. */
  readonly limitedVictims: number;
  /** Victims per sentence (the release milestone each notification comes from). */
  readonly victimsPerSentence: number;
  /** The due times are spread evenly over this many seconds ("the same minute"). */
  readonly dueSpreadSeconds: number;
  /** The limiter of the main run: the production outbox limit unless BENCH_RAISED_RATE is given. */
  readonly raisedRatePerSecond: number | undefined;
  /** BullMQ worker concurrency: the production setting (NOTIFICATION_WORKER_CONCURRENCY) unless BENCH_CONCURRENCY is given. */
  readonly concurrency: number | undefined;
  /** BENCH_SCALE: a share of the full run for iterating (0.2 = 10,000 victims due over 12 s: the same arrival rate). */
  readonly scale: number;
  /** BENCH_DELIVERY_PROCESSES: worker replicas delivering (default 1: the bench process alone). */
  readonly deliveryProcesses: number;
  /** Concurrent appends while seeding and scheduling. */
  readonly writers: number;
  /** A notification not sent this long after the last due time counts as missed. */
  readonly timeoutSeconds: number;
  readonly seed: number;
  readonly resultsFile: string;
}

const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export function readOptions(env: NodeJS.ProcessEnv = process.env): NotifyBenchOptions {
  const scale = positive(env, 'BENCH_SCALE', 1);
  const optional = (name: string): number | undefined => (env[name] ? Math.round(positive(env, name, 1)) : undefined);
  return {
    adminUrl: env.BENCH_DATABASE_URL ?? DEFAULT_ADMIN_URL,
    victims: Math.round(positive(env, 'BENCH_VICTIMS', 50_000) * scale),
    limitedVictims:
      env.BENCH_LIMITED_VICTIMS === '0' ? 0 : Math.round(positive(env, 'BENCH_LIMITED_VICTIMS', 1_200) * scale),
    victimsPerSentence: Math.round(positive(env, 'BENCH_VICTIMS_PER_SENTENCE', 5)),
    dueSpreadSeconds: positive(env, 'BENCH_DUE_SPREAD_SECONDS', 60) * scale,
    raisedRatePerSecond: optional('BENCH_RAISED_RATE'),
    concurrency: optional('BENCH_CONCURRENCY'),
    scale,
    deliveryProcesses: Math.round(positive(env, 'BENCH_DELIVERY_PROCESSES', 1)),
    writers: Math.round(positive(env, 'BENCH_WRITERS', 8)),
    timeoutSeconds: positive(env, 'BENCH_TIMEOUT_SECONDS', 900),
    seed: Math.round(positive(env, 'BENCH_SEED', 20261124)),
    resultsFile: env.BENCH_RESULTS ?? 'bench/notifications/out/latest.md',
  };
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a number > 0, got "${text}"`);
  return value;
}
