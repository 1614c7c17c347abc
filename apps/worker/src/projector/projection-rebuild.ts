import { performance } from 'node:perf_hooks';
import { comparePositions, GlobalPosition, RecordedEvent } from '@vcs/event-store';
import {
  applyHandled,
  BatchWrite,
  MemoryBuild,
  Projection,
  inChunks,
  parkedWork,
  projectionHandles,
  readsPersonalDataOf,
  recordCalendar,
  SqlRunner,
  writeInChunks,
} from '@vcs/read-models';
import { DataSource, EntityManager } from 'typeorm';
import { lockCheckpoint, readCheckpoint, writeCheckpoint } from './checkpoint-store';
import { RebuildHistory } from './rebuild-history';
import { ShadowTables } from './shadow-tables';

/** Connections one projection writes its in-memory rows out on, side by side. */
const WRITE_OUT_CONNECTIONS = 3;

export type RebuildPhase = 'building' | 'indexing' | 'swapping' | 'done';

export interface RebuildProgress {
  readonly projection: string;
  /** History events this projection has been given (handled or not). */
  readonly eventsRead: number;
  readonly eventsApplied: number;
  /** Events in the history when the rebuild started, where the store can say; undefined otherwise. */
  readonly eventsTotal: number | undefined;
  readonly phase: RebuildPhase;
  /** Seconds spent in this projection's build transactions (they overlap with other projections' and with reading). */
  readonly applySeconds: number;
}

/**
 * One projection's part of a rebuild: its shadow tables, the position it has reached, and the finish: catch up with
 * the live projector on its own, build the deferred indexes, and swap under the live checkpoint's lock.
 */
export class ProjectionRebuild {
  readonly shadow: ShadowTables;
  /** Whether its events must have their personal data opened (projections that never read it say so). */
  readonly readsPersonalData: boolean;
  /** Types to read when this projection reads on its own; undefined: all. */
  readonly types: readonly string[] | undefined;
  private position: GlobalPosition | undefined;
  private eventsRead = 0;
  private eventsApplied = 0;
  private applySeconds = 0;
  private phase: RebuildPhase = 'building';
  /** The rows of the pass so far, while they are held in memory (until the finish writes them out). */
  private memory: MemoryBuild | undefined;
  /** Events left out because the live projector has them parked, by id (see `withoutParked`). */
  private readonly leftOut = new Map<string, RecordedEvent>();

  constructor(
    private readonly dataSource: DataSource,
    readonly projection: Projection,
    private readonly eventsTotal: number | undefined,
    private readonly batchSize: number,
    inMemory = true,
  ) {
    this.shadow = new ShadowTables(dataSource, projection.name, projection.tables);
    this.readsPersonalData = projection.readsPersonalData !== false;
    this.types = projection.handles === '*' ? undefined : projection.handles;
    this.memory = inMemory ? projection.memoryBuild?.() : undefined;
  }

  get name(): string {
    return this.projection.name;
  }

  progress(): RebuildProgress {
    const { eventsRead, eventsApplied, eventsTotal, phase, applySeconds } = this;
    return { projection: this.name, eventsRead, eventsApplied, eventsTotal, phase, applySeconds };
  }

  async prepare(): Promise<void> {
    await readCheckpoint(this.dataSource.manager, this.name); // creates the row the live projector and the swap lock
    await this.shadow.create();
  }

  /**
   * Applies a batch of the history (never past the live checkpoint) to the shadow tables in its own transaction.
   * Nothing in the batch for this projection: no transaction, only the position moves.
   */
  async apply(events: readonly RecordedEvent[]): Promise<void> {
    if (events.length === 0) return;
    const applicable = await this.withoutParked(this.dataSource, events);
    if (this.memory) await this.applyInMemory(this.memory, applicable);
    else if (applicable.some((event) => projectionHandles(this.projection, event.type))) {
      const started = performance.now();
      await this.inShadowTransaction((manager) => this.applyInShadow(manager, applicable));
      this.applySeconds += (performance.now() - started) / 1000;
    }
    this.advance(events);
  }

  /**
   * A rebuild gives the read model the live projector's state, parked work included: an event the live projector has
   * parked for this projection (failed, or waiting behind a failed one of its stream) is left out and stays parked,
   * so the retry after a fix applies it exactly once (applied here too, it would be applied twice; skipped without
   * being parked, never). The events given are never past the live checkpoint, so the live projector has already
   * applied or parked each of them; the parked set is read after that checkpoint was.
   */
  private async withoutParked(runner: SqlRunner, events: readonly RecordedEvent[]): Promise<readonly RecordedEvent[]> {
    const parked = await parkedWork.parkedEventIds(runner, this.name);
    if (parked.size === 0) return events;
    const applicable: RecordedEvent[] = [];
    for (const event of events) {
      if (parked.has(event.id)) this.leftOut.set(event.id, event);
      else applicable.push(event);
    }
    return applicable;
  }

  /** Left out as parked, but retried and applied by the live projector since: the rebuilt tables need them too. */
  private async releasedSinceLeftOut(runner: SqlRunner): Promise<RecordedEvent[]> {
    if (this.leftOut.size === 0) return [];
    const parked = await parkedWork.parkedEventIds(runner, this.name);
    return [...this.leftOut.values()]
      .filter((event) => !parked.has(event.id))
      .sort((a, b) => comparePositions(a.position, b.position));
  }

  /** Writes out the in-memory rows (if any), catches up with the live projector on its own reads, builds the deferred indexes, swaps, cleans up. */
  async finish(history: RebuildHistory, aborted: () => boolean): Promise<void> {
    await this.writeOutMemory(aborted);
    await this.catchUp(history, aborted);
    this.phase = 'indexing';
    await this.shadow.createDeferredIndexes();
    await this.catchUp(history, aborted); // what the live projector did meanwhile, so the locked part stays short
    if (aborted()) return;
    this.phase = 'swapping';
    await this.dataSource.transaction(async (manager) => {
      const live = (await lockCheckpoint(manager, this.name)).position;
      // No live projector yet: everything up to the head gets read, so the checkpoint may be written at the head
      // even when the last events were of types this projection does not read.
      const head = live ? undefined : await history.head();
      for (;;) {
        const batch = upTo(await this.read(history, this.position), live);
        if (batch.length === 0) break;
        await this.applyInShadow(manager, await this.withoutParked(manager, batch));
        this.advance(batch);
      }
      // Parked work retried while the rebuild ran: applied live, so applied here, in history order, before the swap.
      const released = await this.releasedSinceLeftOut(manager);
      if (released.length > 0) await this.applyInShadow(manager, released);
      await this.shadow.swap(manager);
      // Its deadlines are now counted with this process's bank holiday list: the live projector re-dates nothing.
      const deadlines = this.projection.workingDayDeadlines;
      if (deadlines) await recordCalendar(manager, this.name, deadlines.calendar);
      const reached = latest(this.position, head);
      // Written when no live projector has run, or when one started after the rebuild did and is behind it: the
      // live instance then finds its checkpoint moved, rereads it and carries on from the rebuilt position.
      if (reached && (!live || comparePositions(reached, live) > 0))
        await writeCheckpoint(manager, this.name, reached, 0);
    });
    await this.shadow.dropSchemas();
    await this.shadow.vacuumSwapped();
    this.phase = 'done';
  }

  private async catchUp(history: RebuildHistory, aborted: () => boolean): Promise<void> {
    while (!aborted()) {
      const live = (await readCheckpoint(this.dataSource.manager, this.name)).position;
      const batch = upTo(await this.read(history, this.position), live);
      if (batch.length === 0) return;
      await this.apply(batch);
    }
  }

  private async read(history: RebuildHistory, after: GlobalPosition | undefined): Promise<readonly RecordedEvent[]> {
    const events = await history.read(after, this.batchSize, this.types);
    return this.readsPersonalData
      ? history.unseal(events, (type) => readsPersonalDataOf(this.projection, type))
      : events;
  }

  /** The memory build's part of a batch; what it writes at once (append-only rows) goes to the shadow tables. */
  private async applyInMemory(memory: MemoryBuild, events: readonly RecordedEvent[]): Promise<void> {
    const started = performance.now();
    const handled =
      this.projection.handles === '*'
        ? events
        : events.filter((event) => projectionHandles(this.projection, event.type));
    const writes = handled.length > 0 ? memory.apply(handled) : [];
    this.eventsApplied += handled.length;
    if (writes.some((write) => write.rows.length > 0))
      await this.inShadowTransaction((manager) => this.writeInShadow(manager, writes));
    this.applySeconds += (performance.now() - started) / 1000;
  }

  /**
   * The rows held in memory, written once into the shadow tables; from then on batches go through the projection's
   * SQL. Statements go on WRITE_OUT_CONNECTIONS connections at once, so the next one is made while PostgreSQL stores one.
   */
  private async writeOutMemory(aborted: () => boolean): Promise<void> {
    const memory = this.memory;
    if (!memory || aborted()) return;
    this.memory = undefined;
    const started = performance.now();
    await memory.beforeRows?.();
    const chunks = inChunks(memory.rows());
    const writer = async () => {
      for (let chunk = chunks.next(); !chunk.done && !aborted(); chunk = chunks.next()) {
        const write = chunk.value;
        await this.inShadowTransaction((manager) => this.writeInShadow(manager, [write]));
      }
    };
    await Promise.all(Array.from({ length: WRITE_OUT_CONNECTIONS }, writer));
    this.applySeconds += (performance.now() - started) / 1000;
  }

  private async writeInShadow(manager: EntityManager, writes: Iterable<BatchWrite>): Promise<void> {
    await manager.query(`SET LOCAL search_path = ${this.shadow.shadowSchema}, public`);
    await writeInChunks(manager, writes);
    await manager.query('SET LOCAL search_path = public');
  }

  private inShadowTransaction(work: (manager: EntityManager) => Promise<void>): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      // The shadow is thrown away if anything fails, so its commits need not wait for the WAL flush.
      await manager.query('SET LOCAL synchronous_commit = off');
      await work(manager);
    });
  }

  private async applyInShadow(manager: EntityManager, events: readonly RecordedEvent[]): Promise<void> {
    await manager.query(`SET LOCAL search_path = ${this.shadow.shadowSchema}, public`);
    this.eventsApplied += await applyHandled(this.projection, events, manager);
    await manager.query('SET LOCAL search_path = public');
  }

  private advance(events: readonly RecordedEvent[]): void {
    this.position = events[events.length - 1].position;
    this.eventsRead += events.length;
  }
}

/** The events of a batch at or before `limit` (all of them when there is no limit yet: the live projector has not started). */
export function upTo<T extends RecordedEvent>(events: readonly T[], limit: GlobalPosition | undefined): readonly T[] {
  if (!limit) return events;
  const end = events.findIndex((event) => comparePositions(event.position, limit) > 0);
  return end < 0 ? events : events.slice(0, end);
}

function latest(a: GlobalPosition | undefined, b: GlobalPosition | undefined): GlobalPosition | undefined {
  if (!a || !b) return a ?? b;
  return comparePositions(a, b) >= 0 ? a : b;
}
