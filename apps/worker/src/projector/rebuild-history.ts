import { EventStore, GlobalPosition, isSealedHistoryReader, RecordedEvent } from '@vcs/event-store';

/**
 * The history as a rebuild reads it: once, as stored (personal data still sealed) when the store can do that, with
 * the sealed parts opened later only for the events a projection that reads personal data will see. A store that
 * cannot read sealed (e.g. a bare adapter in tests) gives its events as they are, and opening them changes nothing.
 */
export class RebuildHistory {
  constructor(private readonly store: EventStore) {}

  /** Up to `maxCount` events after `after` (of `types` only, when given), personal data sealed where possible. */
  read(
    after: GlobalPosition | undefined,
    maxCount: number,
    types: readonly string[] | undefined,
  ): Promise<RecordedEvent[]> {
    const options = { after, maxCount, types };
    return isSealedHistoryReader(this.store) ? this.store.readAllSealed(options) : this.store.readAll(options);
  }

  /** The same events, those for which `wanted(type)` holds opened (one key lookup for the batch), the others as they are. */
  async unseal(events: readonly RecordedEvent[], wanted: (type: string) => boolean): Promise<readonly RecordedEvent[]> {
    if (!isSealedHistoryReader(this.store)) return events;
    const indexes: number[] = [];
    events.forEach((event, index) => wanted(event.type) && indexes.push(index));
    if (indexes.length === 0) return events;
    const opened = await this.store.unseal(indexes.map((index) => events[index]));
    const result = [...events];
    indexes.forEach((index, i) => (result[index] = opened[i]));
    return result;
  }

  /** Where the history ends now (see EventStore.headPosition). */
  head(): Promise<GlobalPosition | undefined> {
    return this.store.headPosition();
  }
}
