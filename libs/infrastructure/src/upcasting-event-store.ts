import { EventUpcaster, upcastEventData } from '@vcs/domain';
import { AllSubscription, AppendResult, EventStore, EventToAppend, ExpectedRevision, ReadAllOptions, RecordedEvent, SubscribeToAllOptions } from '@vcs/event-store';

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
export class UpcastingEventStore implements EventStore {
  constructor(
    private readonly inner: EventStore,
    private readonly options: UpcastingOptions,
  ) {}

  appendToStream(streamId: string, events: readonly EventToAppend[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    return this.inner.appendToStream(streamId, events, expectedRevision);
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
  upcast(event: RecordedEvent): RecordedEvent {
    const stored = event.metadata.schemaVersion ?? 1;
    const { data, version } = upcastEventData(event.type, stored, event.data, this.options);
    if (version === stored) return event;
    return { ...event, data, metadata: { ...event.metadata, schemaVersion: version } };
  }
}
