/** Benchmark options, read from the environment so a run can be shortened or stretched without code changes. */
export interface BenchOptions {
  /** Admin connection (a database the bench can CREATE/DROP DATABASE from). */
  readonly adminUrl: string;
  /** Measured seconds per append case (each of ours and the baseline). */
  readonly seconds: number;
  /** Unmeasured warm-up seconds before each measured phase. */
  readonly warmupSeconds: number;
  readonly writerCounts: readonly number[];
  readonly eventsPerAppend: readonly number[];
  /** Streams each writer rotates through. */
  readonly streamsPerWriter: number;
  /** A stream is retired (and a fresh one started) once it holds this many events. */
  readonly maxEventsPerStream: number;
  /** Events the history must hold before the read-all / catch-up measurements. */
  readonly readEvents: number;
  readonly readBatchSize: number;
  /** Issue CHECKPOINT before each measured phase so a background checkpoint is less likely to land in one side only. */
  readonly checkpointBeforePhase: boolean;
  readonly outputFile: string;
}

const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export function readOptions(env: NodeJS.ProcessEnv = process.env): BenchOptions {
  return {
    adminUrl: env.BENCH_DATABASE_URL ?? DEFAULT_ADMIN_URL,
    seconds: positiveNumber(env, 'BENCH_SECONDS', 5),
    warmupSeconds: nonNegativeNumber(env, 'BENCH_WARMUP_SECONDS', 1),
    writerCounts: positiveIntegerList(env, 'BENCH_WRITERS', [1, 8, 32]),
    eventsPerAppend: positiveIntegerList(env, 'BENCH_EVENTS_PER_APPEND', [1, 10]),
    streamsPerWriter: positiveInteger(env, 'BENCH_STREAMS_PER_WRITER', 10),
    maxEventsPerStream: positiveInteger(env, 'BENCH_MAX_EVENTS_PER_STREAM', 100),
    readEvents: positiveInteger(env, 'BENCH_READ_EVENTS', 200_000),
    readBatchSize: positiveInteger(env, 'BENCH_READ_BATCH', 1000),
    checkpointBeforePhase: (env.BENCH_CHECKPOINT ?? '1') !== '0',
    outputFile: env.BENCH_OUTPUT ?? 'bench/event-store/out/latest.md',
  };
}

function positiveNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = nonNegativeNumber(env, name, fallback);
  if (value <= 0) throw new Error(`${name} must be greater than 0`);
  return value;
}

function nonNegativeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number >= 0, got "${text}"`);
  return value;
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = positiveNumber(env, name, fallback);
  if (!Number.isInteger(value)) throw new Error(`${name} must be a whole number`);
  return value;
}

function positiveIntegerList(env: NodeJS.ProcessEnv, name: string, fallback: readonly number[]): readonly number[] {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const values = text.split(',').map((part) => Number(part.trim()));
  if (values.some((value) => !Number.isInteger(value) || value <= 0)) {
    throw new Error(`${name} must be a comma-separated list of positive whole numbers, got "${text}"`);
  }
  return values;
}
