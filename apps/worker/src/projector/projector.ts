import { AllSubscription, comparePositions, EventStore, formatPosition, GlobalPosition } from '@vcs/event-store';
import { applyHandled, Projection } from '@vcs/read-models';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { batchesOfAvailable } from './batches';
import { lockCheckpoint, readCheckpoint, writeCheckpoint } from './checkpoint-store';

export interface ProjectorLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface ProjectorOptions {
  /** Most events applied in one transaction. */
  readonly batchSize: number;
  /** How often a standby tries to become the active instance, and how long to wait after a failure. */
  readonly retryMs: number;
  readonly log: ProjectorLog;
}

export interface ProjectorStatus {
  readonly projection: string;
  readonly active: boolean;
  readonly position: GlobalPosition | undefined;
  readonly eventsSeen: number;
}

class CheckpointMovedError extends Error {
  constructor(projection: string) {
    super(`checkpoint of ${projection} was moved by another instance`);
  }
}

/**
 * Feeds one projection from the history. Exactly one instance is active per projection (a PostgreSQL advisory
 * lock; standbys wait), and every batch of read-model writes commits in the same transaction as the checkpoint,
 * which is also locked and compared, so a crash at any point loses nothing and applies nothing twice.
 */
export class Projector {
  private stopped = false;
  private active = false;
  private position: GlobalPosition | undefined;
  private eventsSeen = 0;
  private subscription: AllSubscription | undefined;
  /** Its own connection, outside the pool: a pooled one held for the lease would starve the pool. */
  private leaseRunner: Client | undefined;
  private running: Promise<void> | undefined;
  private wakeRetry: (() => void) | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: EventStore,
    private readonly projection: Projection,
    private readonly options: ProjectorOptions,
  ) {}

  start(): void {
    this.running ??= this.runUntilStopped();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wakeRetry?.();
    await this.subscription?.close();
    await this.running;
  }

  status(): ProjectorStatus {
    return { projection: this.projection.name, active: this.active, position: this.position, eventsSeen: this.eventsSeen };
  }

  private async runUntilStopped(): Promise<void> {
    while (!this.stopped) {
      try {
        if (await this.becomeActive()) await this.project();
      } catch (error) {
        if (!this.stopped) this.options.log.warn({ projection: this.projection.name, err: errorText(error) }, 'projector interrupted; will retry');
      } finally {
        await this.subscription?.close();
        this.subscription = undefined;
        if (this.stopped || !this.active) await this.releaseLease();
      }
      if (!this.stopped) await this.pause(this.options.retryMs);
    }
    await this.releaseLease();
  }

  private async becomeActive(): Promise<boolean> {
    if (this.active && this.leaseRunner) {
      // Still ours? A dropped connection silently frees the lock.
      const held = await this.leaseRunner.query('SELECT 1').then(() => true, () => false);
      if (held) return true;
      await this.releaseLease();
    }
    const runner = new Client({ connectionString: (this.dataSource.options as PostgresConnectionOptions).url });
    runner.on('error', () => undefined); // a dropped lease connection is noticed by the next check
    await runner.connect();
    const { rows } = await runner.query<{ locked: boolean }>('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked', [
      `projector:${this.projection.name}`,
    ]);
    if (!rows[0].locked) {
      await runner.end().catch(() => undefined);
      return false;
    }
    this.leaseRunner = runner;
    this.active = true;
    this.options.log.info({ projection: this.projection.name }, 'projector active');
    return true;
  }

  private async releaseLease(): Promise<void> {
    const runner = this.leaseRunner;
    this.leaseRunner = undefined;
    this.active = false;
    if (!runner) return;
    await runner.query('SELECT pg_advisory_unlock_all()').catch(() => undefined);
    await runner.end().catch(() => undefined);
  }

  private async project(): Promise<void> {
    const checkpoint = await readCheckpoint(this.dataSource.manager, this.projection.name);
    this.position = checkpoint.position;
    this.options.log.info(
      { projection: this.projection.name, from: checkpoint.position ? formatPosition(checkpoint.position) : 'start' },
      'projector catching up',
    );
    this.subscription = this.store.subscribeToAll({ after: checkpoint.position });
    // stop() may have run during start-up (e.g. while the checkpoint was read): it closed whatever subscription
    // existed then, not this one, and the loop below would wait for events for ever. Stopped → return at once;
    // runUntilStopped's finally closes this subscription.
    if (this.stopped) return;
    for await (const batch of batchesOfAvailable(this.subscription, this.options.batchSize)) {
      if (this.stopped) return;
      await this.applyBatch(batch);
    }
  }

  private async applyBatch(batch: Parameters<Projection['apply']>[0][]): Promise<void> {
    const last = batch[batch.length - 1].position;
    let applied = 0;
    await this.dataSource.transaction(async (manager) => {
      // Read models are derived data: if PostgreSQL crashes before this commit reaches the disk, the read-model rows
      // and the checkpoint are lost together and the batch is applied again from the history. So the projector does
      // not wait for the WAL flush (live lag), and nothing can be lost or applied twice.
      await manager.query('SET LOCAL synchronous_commit = off');
      const stored = await lockCheckpoint(manager, this.projection.name);
      if (!samePosition(stored.position, this.position)) throw new CheckpointMovedError(this.projection.name);
      applied = await applyHandled(this.projection, batch, manager);
      await writeCheckpoint(manager, this.projection.name, last, applied);
    });
    this.position = last;
    this.eventsSeen += batch.length;
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wakeRetry = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}

function samePosition(a: GlobalPosition | undefined, b: GlobalPosition | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return comparePositions(a, b) === 0;
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
