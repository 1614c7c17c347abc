import {
  AllStreamResolvedEvent,
  AppendResult as ClientAppendResult,
  BACKWARDS,
  END,
  ErrorType,
  KurrentDBClient,
  FORWARDS,
  ReadPosition,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
  excludeSystemEvents,
} from '@kurrent/kurrentdb-client';
import {
  AllSubscription,
  AppendResult,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  ReadAllOptions,
  RecordedEvent,
  StreamAppend,
  StreamAppendOutcome,
  SubscribeToAllOptions,
} from '../event-store.port';
import { appendEachIndependently, readEachStream } from '../append-each';
import { GlobalPosition, isAfter } from '../global-position';
import { WrongExpectedRevisionError } from '../wrong-expected-revision.error';
import { EventStoreDbAllSubscription, SubscriptionErrorListener } from './eventstoredb-all-subscription';
import {
  RetryPolicy,
  isKnownPosition,
  isSystemEvent,
  toActualRevision,
  toClientStreamState,
  toClientPosition,
  toEventData,
  toGlobalPosition,
  toRecordedEvent,
} from './eventstoredb-mapping';

export interface EventStoreDbEventStoreOptions {
  /** e.g. kurrentdb://127.0.0.1:2113?tls=false, or kurrentdb+discover://… for a cluster (KurrentDB connection strings). */
  readonly connectionString: string;
  /** Events fetched per round trip by readAll and headPosition; also readAll's default maxCount. */
  readonly readBatchSize?: number;
  /** Backoff between resubscriptions after a subscription fails (e.g. the server restarts). */
  readonly subscriptionRetry?: Partial<RetryPolicy>;
  /** Told about every subscription failure before the resubscription; wire it to the logger. */
  readonly onSubscriptionError?: SubscriptionErrorListener;
  /** Deadline of the readiness ping. */
  readonly pingTimeoutMs?: number;
}

const DEFAULT_READ_BATCH_SIZE = 1000;
const DEFAULT_RETRY: RetryPolicy = { initialDelayMs: 250, maxDelayMs: 10_000 };
const DEFAULT_PING_TIMEOUT_MS = 5000;

/**
 * The KurrentDB adapter of the event store port, over `@kurrent/kurrentdb-client`: the design card's EventStoreDB
 * client (`@eventstore/db-client`) under the product's current name. Works with KurrentDB 26 LTS and EventStoreDB 22.6+.
 */
export class EventStoreDbEventStore implements EventStore {
  private readonly client: KurrentDBClient;
  private readonly readBatchSize: number;
  private readonly retry: RetryPolicy;
  private readonly pingTimeoutMs: number;
  private readonly subscriptions = new Set<EventStoreDbAllSubscription>();

  constructor(private readonly options: EventStoreDbEventStoreOptions) {
    this.client = KurrentDBClient.connectionString(options.connectionString);
    this.readBatchSize = options.readBatchSize ?? DEFAULT_READ_BATCH_SIZE;
    if (!Number.isInteger(this.readBatchSize) || this.readBatchSize < 1) {
      throw new RangeError(`readBatchSize must be a positive integer, got ${this.readBatchSize}`);
    }
    this.retry = { ...DEFAULT_RETRY, ...options.subscriptionRetry };
    this.pingTimeoutMs = options.pingTimeoutMs ?? DEFAULT_PING_TIMEOUT_MS;
  }

  async appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    expectedRevision: ExpectedRevision,
  ): Promise<AppendResult> {
    if (events.length === 0) throw new Error('appendToStream needs at least one event');
    let result: ClientAppendResult;
    try {
      result = await this.client.appendToStream(streamId, events.map(toEventData), {
        streamState: toClientStreamState(expectedRevision),
      });
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) {
        throw new WrongExpectedRevisionError(streamId, expectedRevision, toActualRevision(error.actualState));
      }
      throw error;
    }
    if (!result.success) {
      // Only with throwOnAppendFailure=false in the connection string; the client then reports no usable revision.
      throw new WrongExpectedRevisionError(streamId, expectedRevision, await this.currentRevision(streamId));
    }
    return {
      nextExpectedRevision: result.nextExpectedRevision,
      position: await this.positionOfRevision(streamId, result.nextExpectedRevision, result.position),
    };
  }

  /** EventStoreDB writes one stream per request: independent appends, each stream with its own outcome. */
  appendToStreams(appends: readonly StreamAppend[]): Promise<StreamAppendOutcome[]> {
    return appendEachIndependently(this, appends);
  }

  readStreams(streamIds: readonly string[]): Promise<Map<string, RecordedEvent[]>> {
    return readEachStream(this, streamIds);
  }

  async readStream(
    streamId: string,
    options: { fromRevision?: bigint; maxCount?: number } = {},
  ): Promise<RecordedEvent[]> {
    if (options.maxCount !== undefined && options.maxCount <= 0) return [];
    try {
      const resolved = await drain(
        this.client.readStream(streamId, {
          fromRevision: options.fromRevision ?? START,
          maxCount: options.maxCount,
          direction: FORWARDS,
          resolveLinkTos: false,
        }),
      );
      const events: RecordedEvent[] = [];
      for (const { event } of resolved) if (event) events.push(toRecordedEvent(event));
      return events;
    } catch (error) {
      if (isStreamNotFound(error)) return [];
      throw error;
    }
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const limit = options.maxCount ?? this.readBatchSize;
    const events: RecordedEvent[] = [];
    if (limit <= 0 || options.types?.length === 0) return events;
    const wanted = options.types ? new Set(options.types) : undefined;
    let after = options.after;
    for (;;) {
      // fromPosition is inclusive: the event at `after` comes back first and is dropped below.
      const page = await this.readAllPage(after ? toClientPosition(after) : START, FORWARDS);
      for (const resolved of page) {
        const recorded = resolved.event;
        if (!recorded || isSystemEvent(recorded)) continue;
        if (wanted && !wanted.has(recorded.type)) continue;
        if (after && !isAfter(toGlobalPosition(recorded.position), after)) continue;
        events.push(toRecordedEvent(recorded));
        if (events.length >= limit) return events;
      }
      if (page.length < this.readBatchSize) return events;
      const last = lastPosition(page);
      if (!last || (after && !isAfter(last, after))) return events; // the server made no progress: never loop
      after = last;
    }
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): AllSubscription {
    const subscription = new EventStoreDbAllSubscription({
      after: options.after,
      open: (from) =>
        this.client.subscribeToAll({
          fromPosition: from ? toClientPosition(from) : START,
          filter: excludeSystemEvents(),
          resolveLinkTos: false,
        }),
      retry: this.retry,
      onError: this.options.onSubscriptionError,
      onClose: () => this.subscriptions.delete(subscription),
    });
    this.subscriptions.add(subscription);
    return subscription;
  }

  async headPosition(): Promise<GlobalPosition | undefined> {
    let before: GlobalPosition | undefined;
    for (;;) {
      const page = await this.readAllPage(before ? toClientPosition(before) : END, BACKWARDS);
      for (const resolved of page) {
        const recorded = resolved.event;
        if (!recorded) continue;
        const position = toGlobalPosition(recorded.position);
        if (before && !isAfter(before, position)) continue;
        if (!isSystemEvent(recorded)) return position;
      }
      if (page.length < this.readBatchSize) return undefined;
      const last = lastPosition(page);
      if (!last || (before && !isAfter(before, last))) return undefined;
      before = last;
    }
  }

  async ping(): Promise<void> {
    await drain(
      this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1, deadline: this.pingTimeoutMs }),
    );
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.close()));
    await this.client.dispose();
  }

  private readAllPage(
    fromPosition: ReadPosition,
    direction: typeof FORWARDS | typeof BACKWARDS,
  ): Promise<AllStreamResolvedEvent[]> {
    return drain(this.client.readAll({ fromPosition, direction, maxCount: this.readBatchSize, resolveLinkTos: false }));
  }

  /**
   * The $all position of the event at `revision`, read back from the leader. The append response's position
   * is not that (the server reports one log position for the whole write, and none for idempotent retries),
   * while the port promises the position of the last event appended, equal to what the readers report.
   */
  private async positionOfRevision(
    streamId: string,
    revision: bigint,
    reported: ClientAppendResult['position'],
  ): Promise<GlobalPosition> {
    const [resolved] = await drain(
      this.client.readStream(streamId, {
        fromRevision: revision,
        maxCount: 1,
        direction: FORWARDS,
        requiresLeader: true,
      }),
    );
    const position = resolved?.event?.position;
    if (resolved?.event?.revision === revision && isKnownPosition(position)) return toGlobalPosition(position);
    if (isKnownPosition(reported)) return toGlobalPosition(reported);
    throw new Error(
      `EventStoreDB gave no $all position for revision ${revision} of stream ${streamId} (EventStoreDB 22.6 or later is needed)`,
    );
  }

  private async currentRevision(streamId: string): Promise<bigint | 'no_stream'> {
    try {
      const [last] = await drain(
        this.client.readStream(streamId, {
          fromRevision: END,
          direction: BACKWARDS,
          maxCount: 1,
          requiresLeader: true,
        }),
      );
      return last?.event ? last.event.revision : 'no_stream';
    } catch (error) {
      if (isStreamNotFound(error)) return 'no_stream';
      throw error;
    }
  }
}

/** Reads a bounded read to its end: stopping early would leave the gRPC call open. */
async function drain<T>(read: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of read) items.push(item);
  return items;
}

function lastPosition(page: readonly AllStreamResolvedEvent[]): GlobalPosition | undefined {
  for (let i = page.length - 1; i >= 0; i--) {
    const recorded = page[i].event;
    if (recorded) return toGlobalPosition(recorded.position);
  }
  return undefined;
}

function isStreamNotFound(error: unknown): boolean {
  return (
    error instanceof StreamNotFoundError ||
    (typeof error === 'object' && error !== null && (error as { type?: unknown }).type === ErrorType.STREAM_NOT_FOUND)
  );
}
