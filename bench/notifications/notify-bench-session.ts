import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { deleteRedisKeysWithPrefix } from '@vcs/infrastructure';
import { describeMachine, MachineInfo } from '../event-store/machine';
import { AppContext, openAppContext } from '../read-side/context';
import { createNotifyBenchDatabase } from './database';

/** What a notification benchmark runs in. */
export interface NotifyBenchSession {
  readonly app: AppContext;
  readonly databaseUrl: string;
  readonly machine: MachineInfo;
  /** Every Redis key of the run starts with it (deleted at the end). */
  readonly redisPrefix: string;
  /** When the run began (ISO-8601) and the load then (`uptime`). */
  readonly date: string;
  readonly uptimeBefore: string;
  /** Seconds since the run began. */
  elapsedSeconds(): number;
}

/**
 * A notification benchmark's own world, set up and always taken down: a fresh database (created and migrated; dropped
 * at the end, also on Ctrl-C), a Redis prefix of its own (its keys deleted at the end), the application's context on
 * that database with the worker's pool size (DATABASE_POOL_SIZE default 10), and the machine and load as it began.
 */
export async function withNotifyBench(
  adminUrl: string,
  name: string,
  run: (session: NotifyBenchSession) => Promise<void>,
): Promise<void> {
  const started = performance.now();
  const date = new Date().toISOString();
  const uptimeBefore = uptime();
  log(`uptime before: ${uptimeBefore}`);
  const database = await createNotifyBenchDatabase(adminUrl);
  const redisPrefix = `vcs-bench-${name}-${randomBytes(4).toString('hex')}`;
  log(`created and migrated ${database.name}; Redis prefix ${redisPrefix}`);
  const cleanUp = async (): Promise<void> => {
    await deleteRedisKeysWithPrefix(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', redisPrefix).then(
      (n) => log(`deleted ${n} Redis keys of ${redisPrefix}`),
      (e: unknown) => log(`could not delete Redis keys: ${String(e)}`),
    );
    await database.drop().then(() => log(`dropped ${database.name}`));
  };
  const onSignal = (): void => {
    void cleanUp().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let app: AppContext | undefined;
  try {
    const machine = await describeMachine(database.url);
    app = await openAppContext(database.url, 10);
    await run({
      app,
      databaseUrl: database.url,
      machine,
      redisPrefix,
      date,
      uptimeBefore,
      elapsedSeconds: () => (performance.now() - started) / 1000,
    });
  } finally {
    await app?.close().catch(() => undefined);
    await cleanUp();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** The machine's load as `uptime` prints it. */
export function uptime(): string {
  try {
    return execFileSync('uptime', { encoding: 'utf8' }).trim();
  } catch {
    return 'uptime unavailable';
  }
}

export function log(line: string): void {
  console.log(`${new Date().toISOString().slice(11, 19)} ${line}`);
}
