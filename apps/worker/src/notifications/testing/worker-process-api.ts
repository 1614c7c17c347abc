import { randomUUID } from 'node:crypto';
import { ApiHarness, currentRun, startApi, TEST_REDIS_URL } from '@vcs/test-support';
import { DataSource } from 'typeorm';
import { VictimsClient } from '../../../../api/src/victims/testing/victim-fixtures';
import { freePort, WorkerProcess } from '../../../../../test/support/worker-process/worker-process';
import { deleteKeysWithPrefix } from './notification-test-kit';

const DAY_MS = 24 * 3_600_000;

/** The API in the test's process and the real worker as a child process, sharing a database and a Redis prefix. */
export interface WorkerProcessApi {
  readonly api: ApiHarness;
  readonly dataSource: DataSource;
  /** A victim liaison officer (vlo-7). */
  readonly vlo: VictimsClient;
  readonly worker: WorkerProcess;
  /** The prefix of every Redis key the API and the worker write (deleted after the spec). */
  readonly redisPrefix: string;
  /** The worker's internal operations port (METRICS_PORT): /metrics and the detailed consumer status. */
  readonly operationsPort: number;
}

export interface WorkerProcessApiOptions {
  /** Names the spec's Redis prefix. */
  readonly name: string;
  /** The spec's own worker settings, over the shared ones (outbox channel, a clock a day ahead, a 200 ms poll). */
  readonly worker?: Record<string, string>;
  /** Whether the fixture starts the worker (a spec that times its starts and kills starts it itself). */
  readonly startWorker: boolean;
  /** How long the set-up may take (jest's hook timeout). */
  readonly setUpTimeoutMs?: number;
}

/**
 * Starts the API (no projectors: every consumer runs in the worker) and the worker process for the enclosing describe,
 * and hands them to `receive`; afterwards stops the worker, deletes the prefix's Redis keys and closes the API.
 */
export function useApiAndWorkerProcess(
  options: WorkerProcessApiOptions,
  receive: (given: WorkerProcessApi) => void,
): void {
  let api: ApiHarness | undefined;
  let worker: WorkerProcess | undefined;
  const redisPrefix = `${currentRun().redisPrefix}:${options.name}-${randomUUID().slice(0, 8)}`;
  beforeAll(async () => {
    api = await startApi({ REDIS_KEY_PREFIX: redisPrefix, RATE_LIMIT_PER_TOKEN: '1000000' });
    const operationsPort = await freePort();
    worker = new WorkerProcess(
      {
        METRICS_PORT: String(operationsPort),
        DATABASE_URL: api.database.url,
        REDIS_URL: TEST_REDIS_URL,
        REDIS_KEY_PREFIX: redisPrefix,
        MIGRATE_ON_START: 'false',
        DATABASE_POOL_SIZE: '6',
        LOG_LEVEL: 'info',
        EVENT_STORE_POLL_INTERVAL_MS: '200',
        NOTIFICATION_CHANNEL: 'outbox',
        // Same-day notices are due from 09:00 London: a day ahead, they are due whatever the hour the test runs at.
        VCS_TEST_CLOCK_AHEAD_MS: String(DAY_MS),
        ...options.worker,
      },
      await freePort(),
    );
    if (options.startWorker) await worker.start();
    const vlo = await VictimsClient.as(api, 'VLO', 'vlo-7');
    receive({ api, dataSource: api.app.get(DataSource), vlo, worker, redisPrefix, operationsPort });
  }, options.setUpTimeoutMs);
  afterAll(async () => {
    await worker?.stop();
    await deleteKeysWithPrefix(redisPrefix);
    await api?.close();
  });
}
