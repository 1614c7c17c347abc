import { GlobalPosition } from './global-position';

/** Who caused an event: the authenticated user (or system process) and the role they acted in. */
export interface Actor {
  readonly userId: string;
  readonly role: string;
}

/** Metadata carried by every stored event. */
export interface EventMetadata {
  readonly correlationId: string;
  readonly causationId: string;
  readonly actor: Actor;
  /** ISO-8601 instant at which the fact happened (supplied by the caller, never read from a clock here). */
  readonly occurredAt: string;
  readonly schemaVersion: number;
  /** Anything else an adapter must carry through untouched (e.g. idempotency key). */
  readonly [extra: string]: unknown;
}

/** An event the caller wants to append. The caller generates the id (UUID) so retries are idempotent. */
export interface EventToAppend<TData = unknown> {
  readonly id: string;
  readonly type: string;
  readonly data: TData;
  readonly metadata: EventMetadata;
}

/** An event as it sits in the history. */
export interface RecordedEvent<TData = unknown> extends EventToAppend<TData> {
  readonly streamId: string;
  /** 0-based position of the event within its stream. */
  readonly revision: bigint;
  /** Position of the event in the whole history; strictly increasing in read-all order. */
  readonly position: GlobalPosition;
  /** When the store recorded the event. */
  readonly recordedAt: Date;
}

/**
 * What the writer believes about the stream before appending:
 * - 'no_stream': the stream must not exist yet;
 * - 'stream_exists': the stream must have at least one event;
 * - 'any': no check;
 * - a bigint: the revision of the stream's last event.
 */
export type ExpectedRevision = 'no_stream' | 'stream_exists' | 'any' | bigint;

export interface AppendResult {
  /** Revision of the last event appended (the stream's new revision). */
  readonly nextExpectedRevision: bigint;
  /** Global position of the last event appended. */
  readonly position: GlobalPosition;
}

/** One stream's part of an append to many streams: its events and its own expected revision. */
export interface StreamAppend {
  readonly streamId: string;
  readonly events: readonly EventToAppend[];
  readonly expectedRevision: ExpectedRevision;
}

/**
 * What one stream's part of an append to many streams came to: appended, or refused with the error appendToStream
 * would have thrown for it alone (WrongExpectedRevisionError, DuplicateEventIdError, or the store's own failure).
 */
export type StreamAppendOutcome =
  { readonly ok: true; readonly result: AppendResult } | { readonly ok: false; readonly error: unknown };

export interface ReadAllOptions {
  /** Read events strictly after this position; from the start when omitted. */
  readonly after?: GlobalPosition;
  /** Most events returned (of the requested types, when `types` is given). */
  readonly maxCount?: number;
  /**
   * Only events of these types, still in global order (the store skips the others itself, so a reader that needs
   * 1% of the history does not receive the other 99%). Omitted: every type. An empty list reads nothing.
   */
  readonly types?: readonly string[];
}

export interface SubscribeToAllOptions {
  /** Deliver events strictly after this position (a stored checkpoint); from the start when omitted. */
  readonly after?: GlobalPosition;
}

/**
 * A live subscription: catch-up from the requested position, then live events, in read-all order.
 * Iterate it with `for await`; `close()` ends the iteration.
 */
export interface AllSubscription extends AsyncIterable<RecordedEvent> {
  close(): Promise<void>;
}

/** The one port every event store adapter implements. */
export interface EventStore {
  /** Appends all events atomically, or none, checking the expected revision. */
  appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    expectedRevision: ExpectedRevision,
  ): Promise<AppendResult>;
  /**
   * Appends to many streams at once, as if each were appended alone in the order given: every stream all or nothing
   * with its own expected-revision check, and one stream's refusal leaves the others appended. Not atomic across
   * streams. Never rejects for a stream's refusal: the outcomes, in the order of `appends`, say what happened to each.
   */
  appendToStreams(appends: readonly StreamAppend[]): Promise<StreamAppendOutcome[]>;
  /** Reads many whole streams at once: every id asked for is a key (an empty list when the stream does not exist). */
  readStreams(streamIds: readonly string[]): Promise<Map<string, RecordedEvent[]>>;
  /** Reads one stream forwards from `fromRevision` (inclusive, default 0). Empty when the stream does not exist. */
  readStream(streamId: string, options?: { fromRevision?: bigint; maxCount?: number }): Promise<RecordedEvent[]>;
  /** Reads the whole history forwards in global order, skipping the store's own system events. */
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /** Catch-up subscription to the whole history, then live. */
  subscribeToAll(options?: SubscribeToAllOptions): AllSubscription;
  /** Position of the newest event visible to readers, or undefined when the history is empty. */
  headPosition(): Promise<GlobalPosition | undefined>;
  /** Cheap round trip used by readiness checks. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * What a decorating store that seals part of each event at rest (e.g. personal data encryption) may also offer:
 * read the history as stored, and open the sealed parts later, only for the events and readers that need them.
 * A rebuild reads once and opens only what a projection that reads the sealed part will see.
 */
export interface SealedHistoryReader {
  /** readAll, leaving the sealed parts as they are stored. */
  readAllSealed(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /** The events with their sealed parts opened, exactly as readAll would have returned them. */
  unseal(events: readonly RecordedEvent[]): Promise<RecordedEvent[]>;
}

export function isSealedHistoryReader(store: object): store is SealedHistoryReader {
  const candidate = store as Partial<SealedHistoryReader>;
  return typeof candidate.readAllSealed === 'function' && typeof candidate.unseal === 'function';
}

/** Injection token for the EventStore port. */
export const EVENT_STORE = Symbol('EVENT_STORE');
