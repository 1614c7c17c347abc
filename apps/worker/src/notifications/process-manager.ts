import { EventStore, formatPosition, GlobalPosition, RecordedEvent } from '@vcs/event-store';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions';
import { batchesOfAvailable } from '../projector/batches';
import { readCheckpoint, writeCheckpoint } from '../projector/checkpoint-store';
import { ProjectorLog } from '../projector/projector';
import { attempt, DEFAULT_PARKING_POLICY, ParkingPolicy, Serial } from '../consumers/parking';
import { errorSummary, parkedWork } from '@vcs/read-models';

/** Reacts to events by sending commands or touching the queue. Must be idempotent: an event may be handled twice. */
export interface EventReactor {
  /** Stable name: it keys the checkpoint (in projection_checkpoints) and the advisory lock. */
  readonly name: string;
  readonly handles: readonly string[];
  handle(event: RecordedEvent): Promise<void>;
  /**
   * Optional: the events of one batch (only those it handles, in order) at once, e.g. to enqueue them in one round
   * trip. If it throws, the whole batch is handled again (so it must be idempotent as a whole).
   */
  handleBatch?(events: readonly RecordedEvent[]): Promise<void>;
  /**
   * Optional: throws when something the reactor needs beyond PostgreSQL and the event store (e.g. Redis) does not
   * answer. A failure during an outage is not the event's fault, so nothing is parked then.
   */
  dependenciesAnswer?(): Promise<void>;
}

/** How long the dependency check before parking may take. */
const DEPENDENCY_CHECK_MS = 2000;

/**
 * A batch with nothing this reactor handles moves the checkpoint at most this often: re-reading such events after a
 * crash costs nothing, and a burst of deliveries (thousands of NotificationSent a minute) would otherwise be a commit each.
 */
const IDLE_CHECKPOINT_INTERVAL_MS = 1000;

export interface ProcessManagerStatus {
  readonly name: string;
  readonly active: boolean;
  readonly position: string | undefined;
  /** Streams with parked work (known to the active instance). */
  readonly parkedStreams: number;
}

/**
 * Runs one reactor over the history with its own checkpoint, like a projector but without holding a transaction
 * open while it works (its work is commands on other streams and queue calls, not rows in one transaction). The
 * checkpoint moves after the events are handled, so a crash means handling some again: at-least-once, made
 * exactly-once in effect by deterministic ids and the domain refusing duplicates. One active instance per name
 * (a session advisory lock); standbys wait.
 *
 * One failing event never holds back the others: an event is tried `parking.attempts` times (backing off), then
 * **parked** (`parked_events`: consumer, stream, event, error summary, time) and the reactor goes on; every later event
 * of that stream is parked behind it, so the stream's order is kept. A batch handler that fails falls back to the events
 * one by one. A retry asked for by an operator (`npm run consumers:retry`, `POST /admin/parked-work/retry`) replays the
 * stream's parked events in order; one that fails again stays parked, with the rest of its stream.
 */
export class ProcessManager {
  private stopped = false;
  private active = false;
  private position: GlobalPosition | undefined;
  private lease: Client | undefined;
  private running: Promise<void> | undefined;
  private closeSubscription: (() => Promise<void>) | undefined;
  private wake: (() => void) | undefined;
  private checkpointWrittenAt = 0;
  private parked = new Set<string>();
  private readonly serial = new Serial();
  private retryTimer: NodeJS.Timeout | undefined;
  private idleWrite: NodeJS.Timeout | undefined;
  private readonly parking: ParkingPolicy;

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: EventStore,
    private readonly reactor: EventReactor,
    private readonly options: {
      readonly batchSize: number;
      readonly retryMs: number;
      readonly log: ProjectorLog;
      readonly parking?: ParkingPolicy;
    },
  ) {
    this.parking = options.parking ?? DEFAULT_PARKING_POLICY;
  }

  get name(): string {
    return this.reactor.name;
  }

  start(): void {
    this.running ??= this.loop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.idleWrite) clearTimeout(this.idleWrite);
    this.wake?.();
    await this.closeSubscription?.();
    await this.running;
  }

  status(): ProcessManagerStatus {
    return {
      name: this.reactor.name,
      active: this.active,
      position: this.position ? formatPosition(this.position) : undefined,
      parkedStreams: this.parked.size,
    };
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      try {
        if (await this.becomeActive()) await this.run();
      } catch (error) {
        if (!this.stopped)
          this.options.log.warn(
            { reactor: this.reactor.name, err: errorSummary(error) },
            'notification reactor interrupted; will retry',
          );
      } finally {
        if (this.retryTimer) clearInterval(this.retryTimer);
        this.retryTimer = undefined;
        await this.closeSubscription?.();
        this.closeSubscription = undefined;
      }
      if (!this.stopped) await this.pause(this.options.retryMs);
    }
    await this.releaseLease();
  }

  private async becomeActive(): Promise<boolean> {
    if (this.active && this.lease) {
      if (
        await this.lease.query('SELECT 1').then(
          () => true,
          () => false,
        )
      )
        return true;
      await this.releaseLease();
    }
    // The lease has a connection of its own, outside the pool: a pooled one held for the life of the process would
    // starve the pool the projectors and queries share.
    const client = new Client({ connectionString: (this.dataSource.options as PostgresDataSourceOptions).url });
    client.on('error', () => undefined);
    await client.connect();
    const { rows } = await client.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked',
      [`reactor:${this.reactor.name}`],
    );
    if (!rows[0]?.locked) {
      await client.end().catch(() => undefined);
      return false;
    }
    this.lease = client;
    this.active = true;
    return true;
  }

  private async releaseLease(): Promise<void> {
    const lease = this.lease;
    this.lease = undefined;
    this.active = false;
    if (!lease) return;
    await lease.query('SELECT pg_advisory_unlock_all()').catch(() => undefined);
    await lease.end().catch(() => undefined);
  }

  private async run(): Promise<void> {
    const checkpoint = await readCheckpoint(this.dataSource.manager, this.reactor.name);
    this.position = checkpoint.position;
    this.parked = await parkedWork.parkedStreams(this.dataSource, this.reactor.name);
    if (this.stopped) return;
    const subscription = this.store.subscribeToAll({ after: checkpoint.position });
    this.closeSubscription = () => subscription.close();
    // stop() may have run while this instance was starting: it could not close what did not exist yet.
    if (this.stopped) return;
    this.retryTimer = setInterval(() => void this.retryIfAsked(), this.parking.retryPollMs);
    this.retryTimer.unref();
    void this.retryIfAsked();
    for await (const batch of batchesOfAvailable(subscription, this.options.batchSize)) {
      await this.serial.run(() => this.handleBatch(batch));
      if (this.stopped) return;
    }
  }

  private async handleBatch(batch: readonly RecordedEvent[]): Promise<void> {
    const mine = batch.filter((event) => this.reactor.handles.includes(event.type));
    let handled = 0;
    let last: GlobalPosition | undefined;
    if (this.reactor.handleBatch && mine.length > 0 && !mine.some((event) => this.parked.has(event.streamId))) {
      const failure = await attempt(
        () => (this.reactor.handleBatch as NonNullable<EventReactor['handleBatch']>)(mine),
        { ...this.parking, attempts: 1 },
      );
      if (failure === undefined) {
        last = batch[batch.length - 1]?.position;
        if (last) await this.moveCheckpoint(last, mine.length);
        return;
      }
      this.options.log.warn(
        { reactor: this.reactor.name, err: errorSummary(failure) },
        'batch failed; handling its events one by one',
      );
    }
    try {
      for (const event of batch) {
        if (this.stopped) break;
        if (this.reactor.handles.includes(event.type)) {
          await this.handleOrPark(event);
          handled++;
        }
        last = event.position;
      }
    } finally {
      // Whatever was handled (or parked) stays so: move the checkpoint past it even when parking itself failed.
      if (last) await this.moveCheckpoint(last, handled);
    }
  }

  /** Handles the event with bounded attempts, or parks it (and it waits behind parked work of its stream). */
  private async handleOrPark(event: RecordedEvent): Promise<void> {
    if (this.parked.has(event.streamId)) {
      await parkedWork.park(
        this.dataSource,
        this.reactor.name,
        event,
        'behind-parked',
        'waiting behind an earlier parked event of its stream',
        0,
      );
      return;
    }
    const failure = await attempt(
      () => this.reactor.handle(event),
      this.parking,
      () => this.stopped,
    );
    if (failure === undefined) return;
    if (this.stopped) throw failure; // shutting down: not a verdict on the event; it is handled again after the restart
    // PostgreSQL, the event store or Redis down: not a verdict on the event either. Stop here (the checkpoint stays
    // before it) and start again after retryMs, as before; only an event that fails while everything answers is parked.
    if (!(await this.dependenciesAnswer())) throw failure;
    await parkedWork.park(
      this.dataSource,
      this.reactor.name,
      event,
      'failed',
      errorSummary(failure),
      this.parking.attempts,
    );
    this.parked.add(event.streamId);
    this.options.log.error(
      {
        consumer: this.reactor.name,
        eventType: event.type,
        eventId: event.id,
        attempts: this.parking.attempts,
        err: errorSummary(failure),
      },
      'consumer parked an event it could not handle; the rest of its stream waits behind it, every other stream goes on',
    );
  }

  private async dependenciesAnswer(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('no answer')), DEPENDENCY_CHECK_MS);
    });
    const checks = Promise.all([
      this.dataSource.query('SELECT 1'),
      this.store.ping(),
      this.reactor.dependenciesAnswer?.(),
    ]);
    return Promise.race([checks, timeout])
      .then(
        () => true,
        () => false,
      )
      .finally(() => clearTimeout(timer));
  }

  /** Replays, in order, the parked events of the streams an operator asked to retry. */
  private async retryIfAsked(): Promise<void> {
    if (this.parked.size === 0 || this.stopped) return;
    try {
      if (!(await parkedWork.retryAsked(this.dataSource, this.reactor.name))) return;
      await this.serial.run(() => this.retryParked());
    } catch (error) {
      this.options.log.warn(
        { reactor: this.reactor.name, err: errorSummary(error) },
        'retry of parked work interrupted; will try again',
      );
    }
  }

  private async retryParked(): Promise<void> {
    const failedStreams = new Set<string>();
    const streams = new Map<string, RecordedEvent[]>();
    for (const parked of await parkedWork.toRetry(this.dataSource, this.reactor.name)) {
      if (failedStreams.has(parked.streamId)) continue;
      if (!streams.has(parked.streamId)) streams.set(parked.streamId, await this.store.readStream(parked.streamId));
      const event = streams.get(parked.streamId)?.find((e) => e.id === parked.eventId);
      const failure = event
        ? await attempt(
            () => this.reactor.handle(event),
            this.parking,
            () => this.stopped,
          )
        : new Error('the parked event is no longer in its stream');
      if (failure === undefined) {
        await parkedWork.release(this.dataSource, this.reactor.name, parked.eventId);
        continue;
      }
      if (this.stopped || !(await this.dependenciesAnswer())) throw failure; // the retry stays asked for: tried again at the next poll
      failedStreams.add(parked.streamId);
      await parkedWork.failedAgain(
        this.dataSource,
        this.reactor.name,
        parked.streamId,
        parked.eventId,
        errorSummary(failure),
        this.parking.attempts,
      );
      this.options.log.error(
        {
          consumer: this.reactor.name,
          eventType: parked.eventType,
          eventId: parked.eventId,
          err: errorSummary(failure),
        },
        'parked event failed again on retry; it stays parked',
      );
    }
    this.parked = await parkedWork.parkedStreams(this.dataSource, this.reactor.name);
    this.options.log.info({ consumer: this.reactor.name, streamsStillParked: this.parked.size }, 'parked work retried');
  }

  /** Written after anything handled; past events this reactor ignores, at most every IDLE_CHECKPOINT_INTERVAL_MS. */
  private async moveCheckpoint(position: GlobalPosition, handled: number): Promise<void> {
    this.position = position;
    if (handled === 0 && Date.now() - this.checkpointWrittenAt < IDLE_CHECKPOINT_INTERVAL_MS) {
      this.writeLater();
      return;
    }
    await writeCheckpoint(this.dataSource.manager, this.reactor.name, position, handled);
    this.checkpointWrittenAt = Date.now();
  }

  /**
   * A skipped write still happens, a moment later: the stored checkpoint is what health reads (a checkpoint left
   * behind the head while nothing new arrives would look like a stalled consumer).
   */
  private writeLater(): void {
    if (this.idleWrite) return;
    this.idleWrite = setTimeout(() => {
      this.idleWrite = undefined;
      void this.serial
        .run(async () => {
          if (this.stopped || !this.active || !this.position) return;
          await writeCheckpoint(this.dataSource.manager, this.reactor.name, this.position, 0);
          this.checkpointWrittenAt = Date.now();
        })
        .catch(() => undefined); // the next batch writes it
    }, IDLE_CHECKPOINT_INTERVAL_MS);
    this.idleWrite.unref();
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
