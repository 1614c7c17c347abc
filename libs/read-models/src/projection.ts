import { RecordedEvent } from '@vcs/event-store';
import { EntityManager } from 'typeorm';
import type { MemoryBuild } from './memory-build';
import type { WorkingDayDeadlines } from './working-day-deadlines';

/**
 * A read model's builder. The projector calls `applyBatch` (or `apply` for each event, when the projection has no
 * `applyBatch`) with the events whose type is in `handles`, in history order, inside the same transaction that
 * moves the projection's checkpoint: either both commit or neither.
 */
export interface Projection {
  /** Stable name: it keys the checkpoint, so renaming it rebuilds the read model. */
  readonly name: string;
  /** Event types this projection reads; '*' for every event. */
  readonly handles: readonly string[] | '*';
  /** The tables this projection owns, emptied before a rebuild. */
  readonly tables: readonly string[];
  /**
   * Whether `apply`/`applyBatch` read `data.personal` (names, addresses, contact details). A projection that says
   * `false` may be fed events whose personal part is still encrypted (no decryption cost, and no personal data in
   * its process memory). Omitted means true: the safe default.
   */
  readonly readsPersonalData?: boolean;
  /**
   * The handled types whose `data.personal` it reads, when it reads personal data of only some: the others may come
   * still encrypted (e.g. the case view reads a contact's personal part only for "erased or not", which its referral
   * already says in a rebuild: a destroyed key erases every event of the victim). Omitted: every handled type.
   */
  readonly personalDataTypes?: readonly string[];
  apply(event: RecordedEvent, manager: EntityManager): Promise<void>;
  /**
   * Applies several handled events, in history order, with the same end state as `apply` on each in turn — but in
   * a few round trips (load the rows the batch touches at once, evolve in memory, write each row once).
   */
  applyBatch?(events: readonly RecordedEvent[], manager: EntityManager): Promise<void>;
  /** A fresh in-memory build of this read model, for a rebuild into empty tables (see MemoryBuild). */
  memoryBuild?(): MemoryBuild;
  /** Its stored deadlines are counted in working days: re-dated when a newer bank holiday list is deployed. */
  readonly workingDayDeadlines?: WorkingDayDeadlines;
}

/** Whether the projection reads `data.personal` of events of this type (they must then reach it decrypted). */
export function readsPersonalDataOf(projection: Projection, eventType: string): boolean {
  if (projection.readsPersonalData === false || !projectionHandles(projection, eventType)) return false;
  return projection.personalDataTypes === undefined || projection.personalDataTypes.includes(eventType);
}

export function projectionHandles(projection: Projection, eventType: string): boolean {
  return projection.handles === '*' || projection.handles.includes(eventType);
}

/** Applies the handled events of `events` to `projection` (its `applyBatch` when it has one); returns how many. */
export async function applyHandled(
  projection: Projection,
  events: readonly RecordedEvent[],
  manager: EntityManager,
): Promise<number> {
  const handled =
    projection.handles === '*' ? events : events.filter((event) => projectionHandles(projection, event.type));
  if (handled.length === 0) return 0;
  if (projection.applyBatch) await projection.applyBatch(handled, manager);
  else for (const event of handled) await projection.apply(event, manager);
  return handled.length;
}
