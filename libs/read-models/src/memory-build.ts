import { RecordedEvent } from '@vcs/event-store';
import { EntityManager } from 'typeorm';
import { BatchWrite, writeRows } from './batch-sql';

export type { BatchColumn, BatchWrite } from './batch-sql';

/**
 * A projection's rebuild held in memory. A rebuild starts from empty tables, so every row a batch would load is
 * either one an earlier batch wrote or none: the rows stay in memory for the whole pass (no load, no JSON round
 * trip, no upsert per batch) and each is written once at the end. Applying the whole history here must give the
 * rows `applyBatch` gives with the history as one batch (`batch-equivalence.int.spec.ts` compares them with `apply`;
 * `rebuild-in-memory.int.spec.ts` with the live projectors).
 */
export interface MemoryBuild {
  /** Applies handled events in history order; returns rows to write now (append-only tables), usually none. */
  apply(events: readonly RecordedEvent[]): readonly BatchWrite[];
  /** Awaited once before `rows()`: what writing the rows needs that is not in memory (victims' keys to seal with). */
  beforeRows?(): Promise<void>;
  /**
   * Every row held, as plain inserts into the empty tables (each key once). Once written, the projection's own
   * `applyBatch` carries on from the tables (catch-up, live).
   */
  rows(): Iterable<BatchWrite>;
}

/** Rows per statement when a memory build is written out: big enough for few round trips, small enough for one JSON string. */
const ROWS_PER_STATEMENT = 2000;

/** The writes cut into statements of at most ROWS_PER_STATEMENT rows, taken from `writes` only as they are needed. */
export function* inChunks(writes: Iterable<BatchWrite>): Generator<BatchWrite> {
  for (const write of writes) {
    if (write.rows.length <= ROWS_PER_STATEMENT) yield write;
    else
      for (let start = 0; start < write.rows.length; start += ROWS_PER_STATEMENT)
        yield { ...write, rows: write.rows.slice(start, start + ROWS_PER_STATEMENT) };
  }
}

/** Writes the writes, each in statements of at most ROWS_PER_STATEMENT rows, one after the other. */
export async function writeInChunks(manager: EntityManager, writes: Iterable<BatchWrite>): Promise<void> {
  for (const write of inChunks(writes)) await writeRows(manager, write);
}
