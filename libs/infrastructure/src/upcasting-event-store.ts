import { EventUpcaster, upcastEventData } from '@vcs/domain';
import {
  AllSubscription,
  AppendResult,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  isSealedHistoryReader,
  ReadAllOptions,
  RecordedEvent,
  SealedHistoryReader,
  StreamAppend,
  StreamAppendOutcome,
  SubscribeToAllOptions,
} from '@vcs/event-store';

export interface UpcastingOptions {
  /** Whether the events this store reads carry decrypted personal data (the application's store) or encrypted. */
  readonly personalReadable: boolean;
  /** Tests pass their own; the service uses the domain's EVENT_UPCASTERS and EVENT_SCHEMA_VERSIONS. */
  readonly upcasters?: readonly EventUpcaster[];
  readonly currentVersions?: Readonly<Record<string, number>>;
}

/**
 * Every event read comes out in the current version of its type (metadata.schemaVersion says which), whoever reads:
 * deciders folding a stream, projectors, rebuilds, the notification worker. Appends pass through untouched.
 */
export class UpcastingEventStore implements EventStore, SealedHistoryReader {
  /** Sealed events as stored, by the upcast copy handed out, so `unseal` can open and upcast the stored original. */
  private readonly storedOf = new WeakMap<RecordedEvent, RecordedEvent>();

  constructor(
    private readonly inner: EventStore,
    private readonly options: UpcastingOptions,
  ) {}

  /**
   * The rebuild's read (personal data still sealed): upcast outside `personal` now; `unseal` opens the stored event
   * and upcasts it whole, `personal` included.
   */
  async readAllSealed(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    const sealedReader = this.sealedReader();
    const stored = await sealedReader.readAllSealed(options);
    return stored.map((event) => {
      const upcast = this.upcast(event, false);
      if (upcast !== event) this.storedOf.set(upcast, event);
      return upcast;
    });
  }

  async unseal(events: readonly RecordedEvent[]): Promise<RecordedEvent[]> {
    const opened = await this.sealedReader().unseal(events.map((event) => this.storedOf.get(event) ?? event));
    return opened.map((event) => this.upcast(event));
  }

  private sealedReader(): SealedHistoryReader {
    if (!isSealedHistoryReader(this.inner))
      throw new Error('the store under the upcasting store cannot read sealed events');
    return this.inner;
  }

  appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    expectedRevision: ExpectedRevision,
  ): Promise<AppendResult> {
    return this.inner.appendToStream(streamId, events, expectedRevision);
  }

  appendToStreams(appends: readonly StreamAppend[]): Promise<StreamAppendOutcome[]> {
    return this.inner.appendToStreams(appends);
  }

  async readStreams(streamIds: readonly string[]): Promise<Map<string, RecordedEvent[]>> {
    const streams = await this.inner.readStreams(streamIds);
    for (const [streamId, events] of streams)
      streams.set(
        streamId,
        events.map((event) => this.upcast(event)),
      );
    return streams;
  }

  async readStream(streamId: string, options?: { fromRevision?: bigint; maxCount?: number }): Promise<RecordedEvent[]> {
    return (await this.inner.readStream(streamId, options)).map((event) => this.upcast(event));
  }

  async readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return (await this.inner.readAll(options)).map((event) => this.upcast(event));
  }

  subscribeToAll(options?: SubscribeToAllOptions): AllSubscription {
    const subscription = this.inner.subscribeToAll(options);
    const upcast = (event: RecordedEvent) => this.upcast(event);
    return {
      close: () => subscription.close(),
      async *[Symbol.asyncIterator]() {
        for await (const event of subscription) yield upcast(event);
      },
    };
  }

  headPosition() {
    return this.inner.headPosition();
  }

  ping(): Promise<void> {
    return this.inner.ping();
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  /** One event in its current shape (exposed for readers that fetch events some other way, e.g. in batches). */
  upcast(event: RecordedEvent, personalReadable = this.options.personalReadable): RecordedEvent {
    const stored = event.metadata.schemaVersion ?? 1;
    const { data, version } = upcastEventData(event.type, stored, event.data, { ...this.options, personalReadable });
    if (version === stored) return event;
    return { ...event, data, metadata: { ...event.metadata, schemaVersion: version } };
  }
}
