/**
 * An appended event's id is already in the history (on another stream, or the same stream at another revision).
 * The PostgreSQL adapter enforces ids unique across the store; EventStoreDB only deduplicates within a stream.
 */
export class DuplicateEventIdError extends Error {
  constructor(readonly streamId: string) {
    super(`an event appended to ${streamId} has an id that is already in the history`);
    this.name = 'DuplicateEventIdError';
  }
}
