import { ExpectedRevision } from '@vcs/event-store';
import { newStreamId } from '@vcs/event-store/testing';

/** Where the next append goes, and what a command handler would expect of the stream. */
export interface AppendTarget {
  readonly streamId: string;
  readonly expectedRevision: ExpectedRevision;
  /** Revision the first appended event will get. */
  readonly firstRevision: bigint;
}

interface StreamState {
  id: string;
  /** Events already in the stream. */
  length: bigint;
}

/**
 * The streams owned by one writer: it rotates through them, expecting 'no_stream' on a fresh stream and
 * the exact last revision afterwards. Full streams are replaced by fresh ones, so both kinds keep occurring.
 */
export class WriterStreams {
  private readonly streams: StreamState[];
  private cursor = 0;

  constructor(
    private readonly category: string,
    streamCount: number,
    private readonly maxEventsPerStream: number,
  ) {
    this.streams = Array.from({ length: streamCount }, () => this.freshStream());
  }

  next(): AppendTarget {
    const stream = this.streams[this.cursor];
    return {
      streamId: stream.id,
      expectedRevision: stream.length === 0n ? 'no_stream' : stream.length - 1n,
      firstRevision: stream.length,
    };
  }

  /** Records that `eventCount` events were appended to the target returned by `next()`. */
  appended(eventCount: number): void {
    const stream = this.streams[this.cursor];
    stream.length += BigInt(eventCount);
    if (stream.length >= BigInt(this.maxEventsPerStream)) this.streams[this.cursor] = this.freshStream();
    this.cursor = (this.cursor + 1) % this.streams.length;
  }

  private freshStream(): StreamState {
    return { id: newStreamId(this.category), length: 0n };
  }
}
