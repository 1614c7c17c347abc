import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  AllSubscription,
  AppendResult,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  GlobalPosition,
  ReadAllOptions,
  RecordedEvent,
  StreamAppend,
  StreamAppendOutcome,
  SubscribeToAllOptions,
} from '@vcs/event-store';
import { Accepted, NotificationChannelPort, OutgoingMessage, RecordedSend } from '@vcs/notifications';
import { EntityManager } from 'typeorm';

/** Time spent in one kind of call, summed over every call (concurrent calls add up). */
export class Timing {
  calls = 0;
  totalMs = 0;

  async time<T>(work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.calls += 1;
      this.totalMs += performance.now() - started;
    }
  }

  get meanMs(): number {
    return this.calls > 0 ? this.totalMs / this.calls : 0;
  }

  reset(): void {
    this.calls = 0;
    this.totalMs = 0;
  }
}

export interface StoreTimings {
  readonly readVictim: Timing;
  readonly readSentence: Timing;
  readonly append: Timing;
  /** Many streams per call: the calls, and how many streams they carried. */
  readonly readMany: Timing;
  readonly readSentences: Timing;
  readonly appendMany: Timing;
}

/** The application's event store, unchanged, with the time of each stream read and append recorded (for the profile). */
export class TimedEventStore implements EventStore {
  readonly timings: StoreTimings = {
    readVictim: new Timing(),
    readSentence: new Timing(),
    append: new Timing(),
    readMany: new Timing(),
    readSentences: new Timing(),
    appendMany: new Timing(),
  };
  streamsRead = 0;
  sentencesRead = 0;
  streamsAppended = 0;

  constructor(private readonly inner: EventStore) {}

  appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    expectedRevision: ExpectedRevision,
  ): Promise<AppendResult> {
    return this.timings.append.time(() => this.inner.appendToStream(streamId, events, expectedRevision));
  }

  appendToStreams(appends: readonly StreamAppend[]): Promise<StreamAppendOutcome[]> {
    this.streamsAppended += appends.length;
    return this.timings.appendMany.time(() => this.inner.appendToStreams(appends));
  }

  readStreams(streamIds: readonly string[]): Promise<Map<string, RecordedEvent[]>> {
    if (streamIds.every((streamId) => streamId.startsWith('sentence-'))) {
      this.sentencesRead += streamIds.length;
      return this.timings.readSentences.time(() => this.inner.readStreams(streamIds));
    }
    this.streamsRead += streamIds.length;
    return this.timings.readMany.time(() => this.inner.readStreams(streamIds));
  }

  readStream(streamId: string, options?: { fromRevision?: bigint; maxCount?: number }): Promise<RecordedEvent[]> {
    const timing = streamId.startsWith('sentence-') ? this.timings.readSentence : this.timings.readVictim;
    return timing.time(() => this.inner.readStream(streamId, options));
  }

  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.inner.readAll(options);
  }

  subscribeToAll(options?: SubscribeToAllOptions): AllSubscription {
    return this.inner.subscribeToAll(options);
  }

  headPosition(): Promise<GlobalPosition | undefined> {
    return this.inner.headPosition();
  }

  ping(): Promise<void> {
    return this.inner.ping();
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}

/** The outbox channel, unchanged, with the time of each send (and each grouped send statement) recorded. */
export class TimedChannel implements NotificationChannelPort {
  readonly name: NotificationChannelPort['name'];
  readonly send_ = new Timing();
  readonly sendRecorded_ = new Timing();
  /** Messages handed over by grouped statements. */
  recordedMessages = 0;
  readonly sendRecorded?: (entries: readonly RecordedSend[]) => Promise<ReadonlyMap<string, Accepted>>;

  constructor(private readonly inner: NotificationChannelPort) {
    this.name = inner.name;
    const grouped = inner.sendRecorded?.bind(inner);
    if (grouped) {
      this.sendRecorded = (entries) => {
        this.recordedMessages += entries.length;
        return this.sendRecorded_.time(() => grouped(entries));
      };
    }
  }

  send(message: OutgoingMessage, manager?: EntityManager): Promise<Accepted> {
    return this.send_.time(() => this.inner.send(message, manager));
  }

  findAccepted(reference: string): Promise<Accepted | undefined> {
    return this.inner.findAccepted(reference);
  }
}

/** Busy share of all CPUs between two readings of /proc/stat (the whole machine: Node, PostgreSQL, Redis, others). */
export function cpuTicks(): { busy: number; total: number } {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0];
    const values = line.trim().split(/\s+/).slice(1).map(Number);
    const idle = (values[3] ?? 0) + (values[4] ?? 0);
    const total = values.reduce((sum, value) => sum + value, 0);
    return { busy: total - idle, total };
  } catch {
    return { busy: 0, total: 0 };
  }
}

export function busyShare(before: { busy: number; total: number }, after: { busy: number; total: number }): number {
  const total = after.total - before.total;
  return total > 0 ? (after.busy - before.busy) / total : Number.NaN;
}
