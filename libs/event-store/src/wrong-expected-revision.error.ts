import { ExpectedRevision } from './event-store.port';

/** Raised when an append's expected revision does not match the stream: someone else wrote first. */
export class WrongExpectedRevisionError extends Error {
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    /** The stream's actual revision, or 'no_stream' when it has no events. */
    readonly actual: bigint | 'no_stream',
  ) {
    super(`stream ${streamId}: expected revision ${String(expected)} but the stream is at ${String(actual)}`);
    this.name = 'WrongExpectedRevisionError';
  }
}
