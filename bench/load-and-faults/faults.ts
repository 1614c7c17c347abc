import { spawnSync } from 'node:child_process';
import Redis from 'ioredis';
import { AppProcess, sleep } from './processes';

export type FaultName = 'redis-data-loss' | 'postgres-restart' | 'worker-kill' | 'api-kill';

export interface FaultRecord {
  readonly name: FaultName;
  readonly at: number;
  /** Both processes healthy again (API /health/ready, worker /health). */
  recoveredAt?: number;
  readonly tried: string[];
  error?: string;
}

export interface FaultContext {
  readonly api: AppProcess;
  readonly worker: AppProcess;
  readonly redisUrl: string;
  readonly redisPrefix: string;
  readonly postgresMajor: string;
}

export async function injectFault(name: FaultName, context: FaultContext): Promise<FaultRecord> {
  const record: FaultRecord = { name, at: Date.now(), tried: [] };
  try {
    if (name === 'redis-data-loss') await redisDataLoss(context, record);
    if (name === 'postgres-restart') postgresRestart(context, record);
    if (name === 'worker-kill') await killAndRestart(context.worker, record);
    if (name === 'api-kill') await killAndRestart(context.api, record);
    await sleep(2000);
    for (const app of [context.api, context.worker]) {
      if (app.pid === undefined) {
        record.tried.push(`${app.app} EXITED BY ITSELF (${app.current?.exit}) after the fault; restarted by the bench`);
        await app.start(120_000);
      }
    }
    await Promise.all([context.api.waitHealthy(120_000), context.worker.waitHealthy(120_000)]);
    record.recoveredAt = Date.now();
  } catch (error) {
    record.error = error instanceof Error ? error.message : String(error);
  }
  return record;
}

/** Redis keeps nothing on disk here, so a restart is simulated: every key of our prefix deleted, our connections killed. */
async function redisDataLoss(context: FaultContext, record: FaultRecord): Promise<void> {
  const redis = new Redis(context.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 3 });
  await redis.connect();
  try {
    let deleted = 0;
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${context.redisPrefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) deleted += await redis.del(...keys);
    } while (cursor !== '0');
    record.tried.push(`deleted ${deleted} keys matching ${context.redisPrefix}:* (SCAN + DEL)`);
    const pids = [context.api.pid, context.worker.pid].filter((pid): pid is number => pid !== undefined);
    const addresses = redisClientAddresses(pids);
    let killed = 0;
    for (const address of addresses) {
      try {
        await redis.call('CLIENT', 'KILL', 'ADDR', address);
        killed += 1;
      } catch {
        // already gone
      }
    }
    record.tried.push(
      `CLIENT KILL ADDR for ${killed} of ${addresses.length} connections of the API and worker (pids ${pids.join(', ')})`,
    );
  } finally {
    redis.disconnect();
  }
}

/** Local addresses of the given processes' TCP connections to Redis (port 6379), from `ss -tnp`. */
function redisClientAddresses(pids: number[]): string[] {
  const out =
    spawnSync('ss', ['-tnpH', 'state', 'established', '( dport = :6379 )'], { encoding: 'utf8' }).stdout ?? '';
  const addresses: string[] = [];
  for (const line of out.split('\n')) {
    const pidMatch = /pid=(\d+)/.exec(line);
    if (!pidMatch || !pids.includes(Number(pidMatch[1]))) continue;
    const fields = line.trim().split(/\s+/);
    // Recv-Q Send-Q Local Peer Process
    const local = fields[2];
    if (local) addresses.push(local.replace(/^\[::ffff:(.*)\]/, '$1'));
  }
  return addresses;
}

function postgresRestart(context: FaultContext, record: FaultRecord): void {
  const args = ['--skip-systemctl-redirect', context.postgresMajor, 'main', 'restart'];
  const started = Date.now();
  const result = spawnSync('pg_ctlcluster', args, { encoding: 'utf8' });
  record.tried.push(
    `pg_ctlcluster ${args.join(' ')} → exit ${result.status} in ${Date.now() - started} ms (restarts every database on this server)`,
  );
  if (result.status !== 0) throw new Error(`pg_ctlcluster failed: ${(result.stderr ?? '').trim().slice(0, 300)}`);
}

async function killAndRestart(process: AppProcess, record: FaultRecord): Promise<void> {
  const pid = process.pid;
  await process.kill9();
  record.tried.push(`kill -9 ${process.app} pid ${pid}`);
  await sleep(1000);
  const readyMs = await process.start(120_000);
  record.tried.push(`restarted ${process.app} (pid ${process.pid}), healthy after ${readyMs} ms`);
}
