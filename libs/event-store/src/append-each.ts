import { EventStore, RecordedEvent, StreamAppend, StreamAppendOutcome } from './event-store.port';

/**
 * appendToStreams as independent appends (an adapter without a multi-stream write, or a fallback): different streams
 * in parallel, the appends to one stream one after another in the order given, each with its own outcome.
 */
export async function appendEachIndependently(
  store: Pick<EventStore, 'appendToStream'>,
  appends: readonly StreamAppend[],
): Promise<StreamAppendOutcome[]> {
  const outcomes: StreamAppendOutcome[] = new Array<StreamAppendOutcome>(appends.length);
  const byStream = new Map<string, number[]>();
  appends.forEach((append, index) => byStream.set(append.streamId, [...(byStream.get(append.streamId) ?? []), index]));
  await Promise.all(
    [...byStream.values()].map(async (indexes) => {
      for (const index of indexes) {
        const { streamId, events, expectedRevision } = appends[index];
        try {
          outcomes[index] = { ok: true, result: await store.appendToStream(streamId, events, expectedRevision) };
        } catch (error) {
          outcomes[index] = { ok: false, error };
        }
      }
    }),
  );
  return outcomes;
}

/** readStreams as one whole-stream read per stream, in parallel. */
export async function readEachStream(
  store: Pick<EventStore, 'readStream'>,
  streamIds: readonly string[],
): Promise<Map<string, RecordedEvent[]>> {
  const unique = [...new Set(streamIds)];
  const read = await Promise.all(unique.map((streamId) => store.readStream(streamId)));
  return new Map(unique.map((streamId, index) => [streamId, read[index]]));
}
