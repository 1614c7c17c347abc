import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Environment } from '@vcs/config';
import { EVENT_STORE, EventStore } from '@vcs/event-store';
import { createVictimDataKeyStore, ENVIRONMENT, LOGGER } from '@vcs/infrastructure';
import { VictimDataKeyStore } from '@vcs/security';
import { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { Projector, ProjectorStatus } from '../projector/projector';
import { parkingPolicyOf } from '../consumers/parking';
import { ErasureCompletion } from './erasure-completion';
import { ERASURE_PARTICIPANTS, ErasureParticipant } from './erasure-participants';
import { RETENTION_JOB_CONSUMER, RetentionJob, RetentionRunResult } from './retention-job';
import { parkedWork } from '@vcs/read-models';

/** One replica at a time runs the retention job: a session advisory lock, tried (never waited for) each tick. */
export const RETENTION_JOB_LOCK = 'vcs:retention-job';

/** Today's civil date in England and Wales (the retention period counts civil months). */
export function londonToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/**
 * In the worker: the erasure completion (a checkpointed projector over VictimPersonalDataErased) and the retention job
 * every RETENTION_CHECK_INTERVAL_MS (and once shortly after start). Replicas: the projector engine keeps one active
 * erasure completion; the job runs under a PostgreSQL advisory lock, so a tick on a second replica does nothing.
 */
@Injectable()
export class RetentionService implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly job: RetentionJob;
  private readonly completion: Projector;
  private timer: NodeJS.Timeout | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) store: EventStore,
    keys: VictimDataKeyStore,
    @Inject(ERASURE_PARTICIPANTS) participants: ErasureParticipant[],
    @Inject(ENVIRONMENT) private readonly env: Environment,
    @Inject(LOGGER) private readonly log: Logger,
  ) {
    this.job = new RetentionJob(dataSource, store, env.RETENTION_PERIOD_MONTHS, log, parkingPolicyOf(env));
    this.completion = new Projector(
      dataSource,
      store,
      new ErasureCompletion((db) => createVictimDataKeyStore(env, db as DataSource), keys, participants, log),
      {
        batchSize: 100,
        retryMs: 2000,
        log,
        parking: parkingPolicyOf(env),
      },
    );
  }

  onApplicationBootstrap(): void {
    this.completion.start();
    const tick = () => {
      this.running = this.runIfLeader().catch((error: unknown) =>
        this.log.error(
          { err: error instanceof Error ? error.name : 'error' },
          'retention job failed; next run at the next interval',
        ),
      );
    };
    this.timer = setInterval(tick, this.env.RETENTION_CHECK_INTERVAL_MS);
    this.timer.unref();
    setTimeout(tick, 5000).unref();
    // An operator's retry of parked retention work is done within seconds, as for the other consumers.
    this.retryTimer = setInterval(() => {
      this.running = this.running.then(() =>
        this.retryIfLeader().catch((error: unknown) =>
          this.log.error({ err: error instanceof Error ? error.name : 'error' }, 'retention retry failed; tried again'),
        ),
      );
    }, parkingPolicyOf(this.env).retryPollMs);
    this.retryTimer.unref();
  }

  completionStatus(): ProjectorStatus {
    return this.completion.status();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    if (this.retryTimer) clearInterval(this.retryTimer);
    await this.running;
    await this.completion.stop();
  }

  /** Runs the job if no other replica is running it; undefined when another holds the lock. */
  runIfLeader(today: string = londonToday()): Promise<RetentionRunResult | undefined> {
    return this.asLeader(() => this.job.runOnce(today));
  }

  /** Retries the parked work an operator asked to retry, if no other replica is running the job. */
  async retryIfLeader(today: string = londonToday()): Promise<number | undefined> {
    if (!(await parkedWork.retryAsked(this.dataSource, RETENTION_JOB_CONSUMER))) return 0;
    return this.asLeader(() => this.job.retryParked(today));
  }

  private async asLeader<T>(work: () => Promise<T>): Promise<T | undefined> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }]: { locked: boolean }[] = await runner.query(
        'SELECT pg_try_advisory_lock(hashtext($1)) AS locked',
        [RETENTION_JOB_LOCK],
      );
      if (!locked) return undefined;
      try {
        return await work();
      } finally {
        await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [RETENTION_JOB_LOCK]);
      }
    } finally {
      await runner.release();
    }
  }
}
