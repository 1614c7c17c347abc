import { AllSubscription, RecordedEvent } from '../event-store.port';
import { GlobalPosition } from '../global-position';
import { EventWakeUps } from './event-wake-ups';

interface HorizonReader {
  readAll(options: { after: GlobalPosition; maxCount: number }): Promise<RecordedEvent[]>;
  hasEventsBeyondHorizon(): Promise<boolean>;
}

export interface PostgresAllSubscriptionOptions {
  readonly after: GlobalPosition;
  readonly store: HorizonReader;
  readonly wakeUps: EventWakeUps;
  readonly pollIntervalMs: number;
  readonly batchSize: number;
  readonly onClose: () => void;
}

const FIRST_RETRY_MS = 2;
// Committed events wait behind an open transaction: retry often, since no notification marks its end.
const MAX_HORIZON_RETRY_MS = 20;

/**
 * Catch-up then live: reads batches after the last delivered position; when it runs dry it sleeps
 * until a NOTIFY, the poll interval, or (when committed events wait behind an open transaction) a short retry.
 */
export class PostgresAllSubscription implements AllSubscription {
  private position: GlobalPosition;
  private closed = false;
  private signalled = false;
  private wakeSleeper: (() => void) | undefined;
  private readonly removeWakeUp: () => void;

  constructor(private readonly options: PostgresAllSubscriptionOptions) {
    this.position = options.after;
    this.removeWakeUp = options.wakeUps.add(() => this.wake());
  }

  async *[Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    let retryMs = FIRST_RETRY_MS;
    while (!this.closed) {
      this.signalled = false;
      let batch: RecordedEvent[];
      try {
        batch = await this.options.store.readAll({ after: this.position, maxCount: this.options.batchSize });
      } catch {
        // The database may be restarting: back off and try again rather than end the subscription.
        await this.sleep(this.options.pollIntervalMs);
        continue;
      }
      for (const event of batch) {
        if (this.closed) return;
        this.position = event.position;
        yield event;
      }
      if (batch.length === this.options.batchSize) continue;
      // Short of a full batch, all that was visible is read: no second read to find nothing. An event committed since
      // has signalled (its NOTIFY follows its commit); one hidden behind an older open transaction is found below.
      if (batch.length > 0) retryMs = FIRST_RETRY_MS;
      const pending = await this.options.store.hasEventsBeyondHorizon().catch(() => false);
      if (pending) {
        await this.sleep(retryMs);
        retryMs = Math.min(retryMs * 2, MAX_HORIZON_RETRY_MS, this.options.pollIntervalMs);
      } else {
        retryMs = FIRST_RETRY_MS;
        await this.sleep(this.options.pollIntervalMs);
      }
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.removeWakeUp();
    this.options.onClose();
    this.wake();
  }

  private wake(): void {
    this.signalled = true;
    this.wakeSleeper?.();
  }

  private sleep(ms: number): Promise<void> {
    if (this.signalled || this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.wakeSleeper = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakeSleeper = done;
    });
  }
}
