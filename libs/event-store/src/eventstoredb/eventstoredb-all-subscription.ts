import { AccessDeniedError, AllStreamResolvedEvent, InvalidArgumentError } from '@kurrent/kurrentdb-client';
import { AllSubscription, RecordedEvent } from '../event-store.port';
import { GlobalPosition, isAfter } from '../global-position';
import { RetryPolicy, backoffDelay, isSystemEvent, toRecordedEvent } from './eventstoredb-mapping';

/**
 * What the subscription needs from one server-side subscription: the client's `AllStreamSubscription`
 * satisfies it (a Readable of resolved events with `unsubscribe()`); unit tests pass a fake.
 */
export interface ResolvedEventFeed extends AsyncIterable<AllStreamResolvedEvent> {
  unsubscribe(): Promise<void>;
  destroy(): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'confirmation', listener: () => void): unknown;
}

/** Called each time the server-side subscription fails or ends, before waiting `retryInMs` to resubscribe. */
export type SubscriptionErrorListener = (error: unknown, attempt: number, retryInMs: number) => void;

export interface EventStoreDbAllSubscriptionOptions {
  /** Deliver events strictly after this position; from the start of $all when undefined. */
  readonly after: GlobalPosition | undefined;
  /** Opens a server-side catch-up subscription to $all (system events filtered out) from a position (or the start). */
  readonly open: (from: GlobalPosition | undefined) => ResolvedEventFeed;
  readonly retry: RetryPolicy;
  readonly onError?: SubscriptionErrorListener;
  readonly onClose: () => void;
}

/** Raised (to the listener only) when the server ended a subscription that should run for ever. */
export class SubscriptionEndedError extends Error {
  constructor() {
    super('the EventStoreDB subscription to $all ended unexpectedly');
    this.name = 'SubscriptionEndedError';
  }
}

/**
 * Catch-up then live over $all that survives server restarts: when the server-side subscription errors or
 * ends, it resubscribes from the last delivered position after a backoff. Whatever the server's
 * fromPosition semantics (inclusive or exclusive), events at or before the last delivered position are
 * dropped, so nothing is delivered twice; because the new subscription starts at that position, nothing is skipped.
 */
export class EventStoreDbAllSubscription implements AllSubscription {
  private position: GlobalPosition | undefined;
  private closed = false;
  private current: ResolvedEventFeed | undefined;
  private wakeSleeper: (() => void) | undefined;

  constructor(private readonly options: EventStoreDbAllSubscriptionOptions) {
    this.position = options.after;
  }

  async *[Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    let attempt = 0;
    while (!this.closed) {
      const feed = this.options.open(this.position);
      this.current = feed;
      // A late error from an abandoned feed must never become an unhandled 'error' event (process crash).
      feed.on('error', () => undefined);
      feed.on('confirmation', () => (attempt = 0));
      const iterator = feed[Symbol.asyncIterator]();
      let failure: unknown = new SubscriptionEndedError();
      try {
        for (;;) {
          let next: IteratorResult<AllStreamResolvedEvent>;
          try {
            next = await iterator.next();
          } catch (error) {
            failure = error;
            break;
          }
          if (this.closed) return;
          if (next.done) break;
          attempt = 0;
          const recorded = next.value.event;
          if (!recorded || isSystemEvent(recorded)) continue;
          // A mapping failure is a data problem, not a connection problem: it reaches the consumer.
          const event = toRecordedEvent(recorded);
          if (this.position && !isAfter(event.position, this.position)) continue;
          this.position = event.position;
          yield event;
          if (this.closed) return;
        }
      } finally {
        if (this.current === feed) this.current = undefined;
        await release(feed);
      }
      if (this.closed) return;
      if (isFatal(failure)) throw failure;
      const retryInMs = backoffDelay(attempt, this.options.retry);
      attempt++;
      this.report(failure, attempt, retryInMs);
      await this.sleep(retryInMs);
    }
  }

  /** Position of the last event delivered (or the starting position): where a resubscription resumes. */
  get lastPosition(): GlobalPosition | undefined {
    return this.position;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.options.onClose();
    this.wakeSleeper?.();
    const feed = this.current;
    this.current = undefined;
    if (feed) await release(feed);
  }

  private report(error: unknown, attempt: number, retryInMs: number): void {
    try {
      this.options.onError?.(error, attempt, retryInMs);
    } catch {
      // A failing listener must not end the subscription.
    }
  }

  private sleep(ms: number): Promise<void> {
    if (this.closed) return Promise.resolve();
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

/** Cancels the gRPC call, then destroys the readable so a pending `next()` settles. */
async function release(feed: ResolvedEventFeed): Promise<void> {
  await feed.unsubscribe().catch(() => undefined);
  feed.destroy();
}

/** Errors that resubscribing cannot cure: the credentials or the request are wrong. */
function isFatal(error: unknown): boolean {
  return error instanceof AccessDeniedError || error instanceof InvalidArgumentError;
}
