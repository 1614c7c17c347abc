import { AppendResult, EventStore, EventToAppend, ExpectedRevision, StreamAppend } from '@vcs/event-store';
import { ItemFailure, MicroBatch, MicroBatchOptions } from './micro-batch';

/** Where a worker command's events go: one stream, with the revision it was decided on. */
export interface StreamAppender {
  append(streamId: string, events: readonly EventToAppend[], expectedRevision: ExpectedRevision): Promise<AppendResult>;
}

/** Straight to the store, one append each. */
export function appendsOf(store: EventStore): StreamAppender {
  return { append: (streamId, events, expectedRevision) => store.appendToStream(streamId, events, expectedRevision) };
}

/**
 * Concurrent jobs' appends, written together (appendToStreams: one transaction and one commit for many victims'
 * streams). Each stream keeps its own expected-revision check: a stream that moved on rejects its own caller with
 * WrongExpectedRevisionError (who reads again and decides again) and the others are appended.
 */
export class BatchedAppends implements StreamAppender {
  private readonly batch: MicroBatch<StreamAppend, AppendResult>;

  constructor(store: EventStore, options: MicroBatchOptions) {
    this.batch = new MicroBatch(
      async (appends) =>
        (await store.appendToStreams(appends)).map((outcome) =>
          outcome.ok ? outcome.result : new ItemFailure(outcome.error),
        ),
      options,
    );
  }

  append(
    streamId: string,
    events: readonly EventToAppend[],
    expectedRevision: ExpectedRevision,
  ): Promise<AppendResult> {
    return this.batch.run({ streamId, events, expectedRevision });
  }
}
