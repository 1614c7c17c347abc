import {
  AllSubscription,
  comparePositions,
  EventStore,
  formatPosition,
  GlobalPosition,
  RecordedEvent,
} from '@vcs/event-store';
import { applyHandled, errorSummary, parkedWork, Projection, projectionHandles } from '@vcs/read-models';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions';
import { batchesOfAvailable } from './batches';
import { redateIfCalendarChanged } from './calendar-redate';
import { lockCheckpoint, readCheckpoint, writeCheckpoint } from './checkpoint-store';
import { DEFAULT_PARKING_POLICY, ParkingPolicy, Serial } from '../consumers/parking';
import { EntityManager } from 'typeorm';

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
  /** Attempts before an event is parked, and how often a retry asked for by an operator is looked for. */
  readonly parking?: ParkingPolicy;
}

export interface ProjectorStatus {
  readonly projection: string;
  readonly active: boolean;
  readonly position: GlobalPosition | undefined;
  readonly eventsSeen: number;
  /** Streams with parked work (known to the active instance). */
  readonly parkedStreams: number;
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
 *
 * One failing event never holds back the others. A batch that fails is applied again event by event, each in a
 * savepoint of the same transaction and tried `parking.attempts` times; one that still fails is rolled back to its
 * savepoint and **parked** (`parked_events`, in the same transaction as the checkpoint), and so is every later event of
 * its stream (order kept). An operator's retry replays a stream's parked events in order, under the checkpoint lock.
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
  private parked = new Set<string>();
  private readonly serial = new Serial();
  private retryTimer: NodeJS.Timeout | undefined;

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
    return {
      projection: this.projection.name,
      active: this.active,
      position: this.position,
      eventsSeen: this.eventsSeen,
      parkedStreams: this.parked.size,
    };
  }

  private async runUntilStopped(): Promise<void> {
    while (!this.stopped) {
      try {
        if (await this.becomeActive()) await this.project();
      } catch (error) {
        if (!this.stopped)
          this.options.log.warn(
            { projection: this.projection.name, err: errorSummary(error) },
            'projector interrupted; will retry',
          );
      } finally {
        if (this.retryTimer) clearInterval(this.retryTimer);
        this.retryTimer = undefined;
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
      const held = await this.leaseRunner.query('SELECT 1').then(
        () => true,
        () => false,
      );
      if (held) return true;
      await this.releaseLease();
    }
    const runner = new Client({ connectionString: (this.dataSource.options as PostgresDataSourceOptions).url });
    runner.on('error', () => undefined); // a dropped lease connection is noticed by the next check
    await runner.connect();
    const { rows } = await runner.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked',
      [`projector:${this.projection.name}`],
    );
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
    // A newer bank holiday list deployed: stored deadlines it moves are re-dated before anything else is applied.
    await redateIfCalendarChanged(this.dataSource, this.store, this.projection, checkpoint.position, this.options.log);
    if (this.stopped) return;
    this.subscription = this.store.subscribeToAll({ after: checkpoint.position });
    // stop() may have run during start-up (e.g. while the checkpoint was read): it closed whatever subscription
    // existed then, not this one, and the loop below would wait for events for ever. Stopped → return at once;
    // runUntilStopped's finally closes this subscription.
    if (this.stopped) return;
    this.parked = await parkedWork.parkedStreams(this.dataSource, this.projection.name);
    this.retryTimer = setInterval(() => void this.retryIfAsked(), this.parkingPolicy.retryPollMs);
    this.retryTimer.unref();
    void this.retryIfAsked();
    for await (const batch of batchesOfAvailable(this.subscription, this.options.batchSize)) {
      if (this.stopped) return;
      await this.serial.run(() => this.applyOrPark(batch));
    }
  }

  private get parkingPolicy(): ParkingPolicy {
    return this.options.parking ?? DEFAULT_PARKING_POLICY;
  }

  /** The batch in one transaction; if it fails (or touches a parked stream), event by event with parking. */
  private async applyOrPark(batch: RecordedEvent[]): Promise<void> {
    const touchesParked =
      this.parked.size > 0 &&
      batch.some((event) => this.parked.has(event.streamId) && projectionHandles(this.projection, event.type));
    if (!touchesParked) {
      try {
        await this.applyBatch(batch);
        return;
      } catch (error) {
        if (error instanceof CheckpointMovedError || this.stopped) throw error;
        this.options.log.warn(
          { projection: this.projection.name, err: errorSummary(error) },
          'batch failed; applying its events one by one',
        );
      }
    }
    await this.applyEachOrPark(batch);
  }

  private async applyEachOrPark(batch: RecordedEvent[]): Promise<void> {
    const last = batch[batch.length - 1].position;
    let applied = 0;
    const newlyParked: { event: RecordedEvent; error: string }[] = [];
    await this.dataSource.transaction(async (manager) => {
      await manager.query('SET LOCAL synchronous_commit = off');
      const stored = await lockCheckpoint(manager, this.projection.name);
      if (!samePosition(stored.position, this.position)) throw new CheckpointMovedError(this.projection.name);
      const parkedNow = new Set(this.parked);
      for (const event of batch) {
        if (!projectionHandles(this.projection, event.type)) continue;
        if (parkedNow.has(event.streamId)) {
          await parkedWork.park(
            manager,
            this.projection.name,
            event,
            'behind-parked',
            'waiting behind an earlier parked event of its stream',
            0,
          );
          continue;
        }
        const failure = await this.applyInSavepoint(manager, event);
        if (failure === undefined) {
          applied++;
          continue;
        }
        const error = errorSummary(failure);
        await parkedWork.park(manager, this.projection.name, event, 'failed', error, this.parkingPolicy.attempts);
        parkedNow.add(event.streamId);
        newlyParked.push({ event, error });
      }
      await writeCheckpoint(manager, this.projection.name, last, applied);
    });
    this.position = last;
    this.eventsSeen += batch.length;
    for (const { event, error } of newlyParked) {
      this.parked.add(event.streamId);
      this.options.log.error(
        {
          consumer: this.projection.name,
          eventType: event.type,
          eventId: event.id,
          attempts: this.parkingPolicy.attempts,
          err: error,
        },
        'consumer parked an event it could not handle; the rest of its stream waits behind it, every other stream goes on',
      );
    }
  }

  /** Applies one event inside a savepoint, up to `parking.attempts` times; answers the last error, or undefined. */
  private async applyInSavepoint(manager: EntityManager, event: RecordedEvent): Promise<unknown> {
    let lastError: unknown;
    for (let tried = 1; tried <= Math.max(1, this.parkingPolicy.attempts); tried++) {
      await manager.query('SAVEPOINT parking');
      try {
        await applyHandled(this.projection, [event], manager);
        await manager.query('RELEASE SAVEPOINT parking');
        return undefined;
      } catch (error) {
        lastError = error;
        await manager.query('ROLLBACK TO SAVEPOINT parking');
      }
    }
    return lastError;
  }

  private async retryIfAsked(): Promise<void> {
    if (this.parked.size === 0 || this.stopped) return;
    try {
      if (!(await parkedWork.retryAsked(this.dataSource, this.projection.name))) return;
      await this.serial.run(() => this.retryParked());
    } catch (error) {
      this.options.log.warn(
        { projection: this.projection.name, err: errorSummary(error) },
        'retry of parked work interrupted; will try again',
      );
    }
  }

  /** Replays the asked streams' parked events in order, under the checkpoint lock (the live batches wait). */
  private async retryParked(): Promise<void> {
    const failedAgain: { eventType: string; eventId: string; error: string }[] = [];
    await this.dataSource.transaction(async (manager) => {
      await lockCheckpoint(manager, this.projection.name);
      const failedStreams = new Set<string>();
      const streams = new Map<string, RecordedEvent[]>();
      for (const parked of await parkedWork.toRetry(manager, this.projection.name)) {
        if (failedStreams.has(parked.streamId)) continue;
        if (!streams.has(parked.streamId)) streams.set(parked.streamId, await this.store.readStream(parked.streamId));
        const event = streams.get(parked.streamId)?.find((e) => e.id === parked.eventId);
        const failure = event
          ? await this.applyInSavepoint(manager, event)
          : new Error('the parked event is no longer in its stream');
        if (failure === undefined) {
          await parkedWork.release(manager, this.projection.name, parked.eventId);
          continue;
        }
        failedStreams.add(parked.streamId);
        const error = errorSummary(failure);
        await parkedWork.failedAgain(
          manager,
          this.projection.name,
          parked.streamId,
          parked.eventId,
          error,
          this.parkingPolicy.attempts,
        );
        failedAgain.push({ eventType: parked.eventType, eventId: parked.eventId, error });
      }
    });
    for (const failure of failedAgain) {
      this.options.log.error(
        { consumer: this.projection.name, eventType: failure.eventType, eventId: failure.eventId, err: failure.error },
        'parked event failed again on retry; it stays parked',
      );
    }
    this.parked = await parkedWork.parkedStreams(this.dataSource, this.projection.name);
    this.options.log.info(
      { consumer: this.projection.name, streamsStillParked: this.parked.size },
      'parked work retried',
    );
  }

  private async applyBatch(batch: RecordedEvent[]): Promise<void> {
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
