// Which BullMQ arrangement holds "urgent before routine" under one channel limit better (issue 18)? BullMQ and Redis
// only (no database): a backlog of routine jobs behind a limit, urgent jobs added at random moments, each job a short
// sleep standing in for the channel. Three arrangements:
//   priorities   one queue, BullMQ's limiter, urgent priority 1 and routine 3 (what the worker does);
//   shared       a queue per urgency, one limit shared through a counter in Redis (the manual rate-limit pattern:
//                worker.rateLimit + RateLimitError when the counter is full);
//   split        a queue per urgency, BullMQ's limiter on each, the limit split in fixed shares (urgent 20 %).
// Prints, per arrangement: urgent wait (added → started) p50/p99/max, routine drain time, the rate held and the
// most jobs started in any 1 s. `npm run bench:notifications:order` (BENCH_ORDER_ROUTINE, _URGENT, _RATE).
import { randomBytes } from 'node:crypto';
import { Job, Queue, Worker } from 'bullmq';
import Redis from 'ioredis';
import { deleteRedisKeysWithPrefix } from '@vcs/infrastructure';
import { percentile } from '../event-store/stats';
import { Random } from '../read-side/rng';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const RATE = Number(process.env.BENCH_ORDER_RATE ?? 50);
const ROUTINE = Number(process.env.BENCH_ORDER_ROUTINE ?? 2_500);
const URGENT = Number(process.env.BENCH_ORDER_URGENT ?? 40);
const CONCURRENCY = 32;
const WORK_MS = 20;

type Arrangement = 'priorities' | 'shared' | 'split';

interface Outcome {
  readonly arrangement: Arrangement;
  readonly urgentWaitMs: readonly number[];
  readonly routineDrainSeconds: number;
  readonly rate: number;
  readonly busiestSecond: number;
}

const TAKE_TOKEN = `local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
if n > tonumber(ARGV[1]) then return math.max(redis.call('PTTL', KEYS[1]), 1) end
return 0`;

async function runArrangement(arrangement: Arrangement, prefix: string, random: Random): Promise<Outcome> {
  const connection = (): Redis => new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  const connections: Redis[] = [];
  const open = (): Redis => {
    const c = connection();
    connections.push(c);
    return c;
  };
  const starts: number[] = [];
  const urgentWaits: number[] = [];
  let routineDone = 0;
  let urgentDone = 0;
  let lastRoutine = 0;
  const work = async (job: Job): Promise<void> => {
    const now = Date.now();
    starts.push(now);
    await new Promise((resolve) => setTimeout(resolve, WORK_MS));
    if (job.data.urgent) {
      urgentWaits.push(now - job.data.addedAt);
      urgentDone++;
    } else {
      routineDone++;
      lastRoutine = Date.now();
    }
  };
  const queues: Queue[] = [];
  const workers: Worker[] = [];
  let urgentQueue: Queue;
  let routineQueue: Queue;
  if (arrangement === 'priorities') {
    const queue = new Queue('order', { connection: open(), prefix });
    queues.push(queue);
    urgentQueue = routineQueue = queue;
    workers.push(
      new Worker('order', work, {
        connection: open(),
        prefix,
        concurrency: CONCURRENCY,
        limiter: { max: RATE, duration: 1000 },
        autorun: false,
      }),
    );
  } else {
    urgentQueue = new Queue('order-urgent', { connection: open(), prefix });
    routineQueue = new Queue('order-routine', { connection: open(), prefix });
    queues.push(urgentQueue, routineQueue);
    if (arrangement === 'split') {
      const urgentShare = Math.max(1, Math.round(RATE * 0.2));
      workers.push(
        new Worker('order-urgent', work, {
          connection: open(),
          prefix,
          concurrency: CONCURRENCY,
          limiter: { max: urgentShare, duration: 1000 },
          autorun: false,
        }),
      );
      workers.push(
        new Worker('order-routine', work, {
          connection: open(),
          prefix,
          concurrency: CONCURRENCY,
          limiter: { max: RATE - urgentShare, duration: 1000 },
          autorun: false,
        }),
      );
    } else {
      const tokens = open();
      const counterKey = `${prefix}:channel-limit`;
      for (const name of ['order-urgent', 'order-routine']) {
        const worker: Worker = new Worker(
          name,
          async (job: Job) => {
            const ttl = Number(await tokens.eval(TAKE_TOKEN, 1, counterKey, RATE, 1000));
            if (ttl > 0) {
              await worker.rateLimit(ttl);
              throw Worker.RateLimitError();
            }
            return work(job);
          },
          { connection: open(), prefix, concurrency: CONCURRENCY, autorun: false },
        );
        workers.push(worker);
      }
    }
  }
  for (let i = 0; i < ROUTINE; i += 1000) {
    const size = Math.min(1000, ROUTINE - i);
    await routineQueue.addBulk(
      Array.from({ length: size }, () => ({
        name: 'routine',
        data: { urgent: false },
        opts: { priority: 3, removeOnComplete: true },
      })),
    );
  }
  const started = Date.now();
  for (const worker of workers) void worker.run();
  const drainMs = (ROUTINE / RATE) * 1000;
  const adds = Array.from({ length: URGENT }, () => 2_000 + random.next() * (0.8 * drainMs - 2_000)).sort(
    (a, b) => a - b,
  );
  const timers = adds.map((at) =>
    setTimeout(() => {
      void urgentQueue.add('urgent', { urgent: true, addedAt: Date.now() }, { priority: 1, removeOnComplete: true });
    }, at),
  );
  while (routineDone < ROUTINE || urgentDone < URGENT) await new Promise((resolve) => setTimeout(resolve, 100));
  timers.forEach(clearTimeout);
  await Promise.all(workers.map((w) => w.close()));
  await Promise.all(queues.map((q) => q.close()));
  connections.forEach((c) => c.disconnect());
  starts.sort((a, b) => a - b);
  let busiest = 0;
  for (let i = 0, j = 0; i < starts.length; i++) {
    while (starts[i] - starts[j] >= 1000) j++;
    busiest = Math.max(busiest, i - j + 1);
  }
  const span = (starts[starts.length - 1] - starts[0]) / 1000;
  return {
    arrangement,
    urgentWaitMs: urgentWaits,
    routineDrainSeconds: (lastRoutine - started) / 1000,
    rate: (starts.length - 1) / span,
    busiestSecond: busiest,
  };
}

/**
 * What priorities cost BullMQ without a limit (the outbox's 5,000/s is never reached): N jobs added with addBulk and
 * drained by a no-op worker at concurrency 256, with and without a priority, alternated so that the machine's load
 * falls on both alike. Prints jobs/s for the enqueue and the drain.
 */
async function overhead(prefix: string): Promise<void> {
  const n = Number(process.env.BENCH_ORDER_OVERHEAD_JOBS ?? 20_000);
  console.log(
    `\nOverhead of priorities, no limiter: ${n} jobs per round, addBulk of 1,000, no-op worker at concurrency 256`,
  );
  console.log('| Round | Jobs | Enqueue jobs/s | Drain jobs/s |');
  console.log('|---|---|---:|---:|');
  for (const [round, priority] of [
    [1, 0],
    [1, 3],
    [2, 0],
    [2, 3],
  ] as const) {
    const name = `overhead-${round}-${priority}`;
    const queueConnection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
    const workerConnection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
    const queue = new Queue(name, { connection: queueConnection, prefix });
    const addStarted = Date.now();
    for (let i = 0; i < n; i += 1000) {
      await queue.addBulk(
        Array.from({ length: Math.min(1000, n - i) }, () => ({
          name: 'job',
          data: {},
          opts: { ...(priority ? { priority } : {}), removeOnComplete: true },
        })),
      );
    }
    const addMs = Date.now() - addStarted;
    let done = 0;
    const drainStarted = Date.now();
    const worker = new Worker(name, async () => void done++, {
      connection: workerConnection,
      prefix,
      concurrency: 256,
    });
    while (done < n) await new Promise((resolve) => setTimeout(resolve, 50));
    const drainMs = Date.now() - drainStarted;
    await worker.close();
    await queue.close();
    queueConnection.disconnect();
    workerConnection.disconnect();
    console.log(
      `| ${round} | ${priority ? `priority ${priority}` : 'no priority (before)'} | ${Math.round((n * 1000) / addMs)} | ${Math.round((n * 1000) / drainMs)} |`,
    );
  }
}

async function main(): Promise<void> {
  const prefix = `vcs-bench-order-${randomBytes(4).toString('hex')}`;
  if (process.env.BENCH_ORDER_OVERHEAD === '1') {
    try {
      await overhead(prefix);
    } finally {
      await deleteRedisKeysWithPrefix(REDIS_URL, prefix);
    }
    return;
  }
  const random = new Random(20261207);
  const only = process.env.BENCH_ORDER_ARRANGEMENTS?.split(',') as Arrangement[] | undefined;
  const arrangements: Arrangement[] = only ?? ['priorities', 'shared', 'split'];
  console.log(
    `${ROUTINE} routine jobs queued, ${URGENT} urgent added at random moments, limit ${RATE}/s, ${CONCURRENCY} jobs at once per worker, ${WORK_MS} ms each`,
  );
  console.log(
    '| Arrangement | Urgent wait p50 / p99 / max | Routine drained in | Rate held | Most started in any 1 s (sliding) |',
  );
  console.log('|---|---|---|---|---|');
  try {
    for (const arrangement of arrangements) {
      const o = await runArrangement(arrangement, `${prefix}:${arrangement}`, random);
      const w = (p: number): string => `${(percentile(o.urgentWaitMs, p) / 1000).toFixed(2)} s`;
      console.log(
        `| ${arrangement} | ${w(50)} / ${w(99)} / ${w(100)} | ${o.routineDrainSeconds.toFixed(1)} s (ideal ${(ROUTINE / RATE).toFixed(0)} s) | ${o.rate.toFixed(1)}/s | ${o.busiestSecond} |`,
      );
    }
  } finally {
    await deleteRedisKeysWithPrefix(REDIS_URL, prefix);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
