import { EventStore, formatPosition, GlobalPosition, RecordedEvent } from '@vcs/event-store';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { batchesOfAvailable } from '../projector/batches';
import { readCheckpoint, writeCheckpoint } from '../projector/checkpoint-store';
import { ProjectorLog } from '../projector/projector';

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
}

/**
 * A batch with nothing this reactor handles moves the checkpoint at most this often: re-reading such events after a
 * crash costs nothing, and a burst of deliveries (thousands of NotificationSent a minute) would otherwise be a commit each.
 */
const IDLE_CHECKPOINT_INTERVAL_MS = 1000;

export interface ProcessManagerStatus {
  readonly name: string;
  readonly active: boolean;
  readonly position: string | undefined;
}

/**
 * Runs one reactor over the history with its own checkpoint, like a projector but without holding a transaction
 * open while it works (its work is commands on other streams and queue calls, not rows in one transaction). The
 * checkpoint moves after the events are handled, so a crash means handling some again: at-least-once, made
 * exactly-once in effect by deterministic ids and the domain refusing duplicates. One active instance per name
 * (a session advisory lock); standbys wait. A failing event is retried (after `retryMs`) until it succeeds.
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

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: EventStore,
    private readonly reactor: EventReactor,
    private readonly options: { readonly batchSize: number; readonly retryMs: number; readonly log: ProjectorLog },
  ) {}

  start(): void {
    this.running ??= this.loop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.closeSubscription?.();
    await this.running;
  }

  status(): ProcessManagerStatus {
    return { name: this.reactor.name, active: this.active, position: this.position ? formatPosition(this.position) : undefined };
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      try {
        if (await this.becomeActive()) await this.run();
      } catch (error) {
        if (!this.stopped) this.options.log.warn({ reactor: this.reactor.name, err: errorText(error) }, 'notification reactor interrupted; will retry');
      } finally {
        await this.closeSubscription?.();
        this.closeSubscription = undefined;
      }
      if (!this.stopped) await this.pause(this.options.retryMs);
    }
    await this.releaseLease();
  }

  private async becomeActive(): Promise<boolean> {
    if (this.active && this.lease) {
      if (await this.lease.query('SELECT 1').then(() => true, () => false)) return true;
      await this.releaseLease();
    }
    // The lease has a connection of its own, outside the pool: a pooled one held for the life of the process would
    // starve the pool the projectors and queries share.
    const client = new Client({ connectionString: (this.dataSource.options as PostgresConnectionOptions).url });
    client.on('error', () => undefined);
    await client.connect();
    const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked', [`reactor:${this.reactor.name}`]);
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
    if (this.stopped) return;
    const subscription = this.store.subscribeToAll({ after: checkpoint.position });
    this.closeSubscription = () => subscription.close();
    // stop() may have run while this instance was starting: it could not close what did not exist yet.
    if (this.stopped) return;
    for await (const batch of batchesOfAvailable(subscription, this.options.batchSize)) {
      let handled = 0;
      let last: GlobalPosition | undefined;
      if (this.reactor.handleBatch) {
        const mine = batch.filter((event) => this.reactor.handles.includes(event.type));
        if (mine.length > 0) await this.reactor.handleBatch(mine);
        last = batch[batch.length - 1]?.position;
        if (last) await this.moveCheckpoint(last, mine.length);
        if (this.stopped) return;
        continue;
      }
      try {
        for (const event of batch) {
          if (this.stopped) break;
          if (this.reactor.handles.includes(event.type)) {
            await this.reactor.handle(event);
            handled++;
          }
          last = event.position;
        }
      } finally {
        // Whatever was handled stays handled: move the checkpoint past it even when a later event failed.
        if (last) await this.moveCheckpoint(last, handled);
      }
      if (this.stopped) return;
    }
  }

  /** Written after anything handled; past events this reactor ignores, at most every IDLE_CHECKPOINT_INTERVAL_MS. */
  private async moveCheckpoint(position: GlobalPosition, handled: number): Promise<void> {
    this.position = position;
    if (handled === 0 && Date.now() - this.checkpointWrittenAt < IDLE_CHECKPOINT_INTERVAL_MS) return;
    await writeCheckpoint(this.dataSource.manager, this.reactor.name, position, handled);
    this.checkpointWrittenAt = Date.now();
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

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
