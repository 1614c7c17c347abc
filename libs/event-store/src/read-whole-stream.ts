import { EventStore, RecordedEvent } from './event-store.port';

/** How many events one read asks for while reading a whole stream. */
export const WHOLE_STREAM_PAGE_SIZE = 1000;

/**
 * Reads one stream from its first event to its last, a page at a time, through any EventStore (either adapter, or a
 * decorator over one). Empty when the stream does not exist. A page shorter than asked for is the stream's end.
 */
export async function readWholeStream(
  store: Pick<EventStore, 'readStream'>,
  streamId: string,
  pageSize: number = WHOLE_STREAM_PAGE_SIZE,
): Promise<RecordedEvent[]> {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError('pageSize must be a whole number above 0');
  const events: RecordedEvent[] = [];
  for (;;) {
    const page = await store.readStream(streamId, { fromRevision: BigInt(events.length), maxCount: pageSize });
    events.push(...page);
    if (page.length < pageSize) return events;
  }
}
