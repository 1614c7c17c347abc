import {
  ANY,
  AppendStreamState,
  CurrentStreamState,
  EventData,
  JSONEventType,
  JSONType,
  NO_STREAM,
  Position,
  STREAM_EXISTS,
  jsonEvent,
} from '@kurrent/kurrentdb-client';
import { EventMetadata, EventToAppend, ExpectedRevision, RecordedEvent } from '../event-store.port';
import { GlobalPosition } from '../global-position';

/**
 * Pure translation between the port's types and @kurrent/kurrentdb-client's types (the EventStoreDB client under its current name).
 * Nothing here talks to the server, so all of it is unit-tested.
 */

/** The 64-bit "no value" EventStoreDB sends for a position it does not know (e.g. stream reads on old servers). */
const UNKNOWN_POSITION = 18446744073709551615n;

/** Raised when a stored event cannot be turned into one of ours: never skipped silently, because skipping loses case history. */
export class UnreadableEventError extends Error {
  constructor(
    readonly streamId: string,
    readonly eventId: string,
    reason: string,
  ) {
    super(`EventStoreDB event ${eventId} in stream ${streamId} cannot be read: ${reason}`);
    this.name = 'UnreadableEventError';
  }
}

export function toClientStreamState(expected: ExpectedRevision): AppendStreamState {
  switch (expected) {
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    case 'any':
      return ANY;
    default:
      if (expected < 0n) throw new RangeError(`expected revision must be 0 or more, got ${expected}`);
      return expected;
  }
}

/** The client reports a missing stream as 'no_stream' (gRPC details) or -1 (error metadata of older servers). */
export function toActualRevision(current: CurrentStreamState): bigint | 'no_stream' {
  if (current === NO_STREAM || current < 0n) return 'no_stream';
  return current;
}

export function isSystemEvent(event: { readonly streamId: string; readonly type: string }): boolean {
  return event.type.startsWith('$') || event.streamId.startsWith('$');
}

export function toEventData(event: EventToAppend): EventData {
  return jsonEvent<JSONEventType<string, JSONType, JSONType>>({
    id: event.id,
    type: event.type,
    data: toJsonData(event),
    metadata: event.metadata,
  });
}

/**
 * The client JSON-encodes `data` whatever its JSON type (and parses it back on read), but types it as
 * object | array | string. Anything JSON.stringify cannot encode is refused here with a clear message
 * rather than failing deep inside the gRPC write.
 */
function toJsonData(event: EventToAppend): JSONType {
  const { data } = event;
  if (data === undefined || typeof data === 'function' || typeof data === 'symbol' || typeof data === 'bigint') {
    throw new TypeError(`event ${event.id} (${event.type}): data must be JSON, got ${typeof data}`);
  }
  return data as JSONType;
}

export function toGlobalPosition(position: Position): GlobalPosition {
  return { commit: position.commit, prepare: position.prepare };
}

export function toClientPosition(position: GlobalPosition): Position {
  return { commit: position.commit, prepare: position.prepare };
}

/** A position the server actually knows (stream reads on servers before 22.6 carry none, or all-ones). */
export function isKnownPosition(position: Position | undefined): position is Position {
  return position !== undefined && position.commit !== UNKNOWN_POSITION && position.prepare !== UNKNOWN_POSITION;
}

/** The shape shared by the client's stream-read and $all-read recorded events that this adapter needs. */
export interface ClientRecordedEvent {
  readonly streamId: string;
  readonly id: string;
  readonly type: string;
  readonly revision: bigint;
  readonly created: Date;
  readonly isJson: boolean;
  readonly data: unknown;
  readonly metadata: unknown;
  readonly position?: Position;
}

export function toRecordedEvent(event: ClientRecordedEvent): RecordedEvent {
  if (!event.isJson)
    throw new UnreadableEventError(event.streamId, event.id, 'its content type is not application/json');
  if (!isEventMetadata(event.metadata)) {
    throw new UnreadableEventError(event.streamId, event.id, 'its metadata is missing or not a JSON object');
  }
  if (!isKnownPosition(event.position)) {
    throw new UnreadableEventError(
      event.streamId,
      event.id,
      'the server sent no $all position for it (EventStoreDB 22.6 or later is needed)',
    );
  }
  return {
    id: event.id,
    type: event.type,
    data: event.data,
    metadata: event.metadata,
    streamId: event.streamId,
    revision: event.revision,
    position: toGlobalPosition(event.position),
    recordedAt: event.created,
  };
}

function isEventMetadata(metadata: unknown): metadata is EventMetadata {
  return (
    typeof metadata === 'object' && metadata !== null && !Array.isArray(metadata) && !(metadata instanceof Uint8Array)
  );
}

export interface RetryPolicy {
  /** Delay before the first resubscription attempt. */
  readonly initialDelayMs: number;
  /** Ceiling of the exponential backoff. */
  readonly maxDelayMs: number;
}

/** Exponential backoff: initial, 2x, 4x ... capped; `attempt` counts from 0. */
export function backoffDelay(attempt: number, policy: RetryPolicy): number {
  const exponent = Math.min(Math.max(attempt, 0), 30);
  return Math.min(policy.initialDelayMs * 2 ** exponent, policy.maxDelayMs);
}
