import { RecordedEvent } from '@vcs/event-store';
import { EntityManager } from 'typeorm';

/**
 * A read model's builder. The projector calls `apply` for each event whose type is in `handles`, in history
 * order, inside the same transaction that moves the projection's checkpoint: either both commit or neither.
 */
export interface Projection {
  /** Stable name: it keys the checkpoint, so renaming it rebuilds the read model. */
  readonly name: string;
  /** Event types this projection reads; '*' for every event. */
  readonly handles: readonly string[] | '*';
  /** The tables this projection owns, emptied before a rebuild. */
  readonly tables: readonly string[];
  apply(event: RecordedEvent, manager: EntityManager): Promise<void>;
}

export function projectionHandles(projection: Projection, eventType: string): boolean {
  return projection.handles === '*' || projection.handles.includes(eventType);
}
