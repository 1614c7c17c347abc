import { DomainEvent, DomainEventType } from '@vcs/domain';
import { RecordedEvent } from '@vcs/event-store';

/** What `data.personal` reads as once the victim's key is destroyed (`ERASED_PERSONAL_DATA` in `@vcs/security`). */
export type ErasedPersonalData = Readonly<{ erased: true }>;

/** An event's data as it is read back: `personal` may have been erased since it was recorded. */
type RecordedData<D> = D extends { readonly personal: infer P }
  ? Omit<D, 'personal'> & { readonly personal: P | ErasedPersonalData }
  : D extends { readonly personal?: infer P }
    ? Omit<D, 'personal'> & { readonly personal?: P | ErasedPersonalData }
    : D;

/** A domain event's `type` and `data` as they are read back (switching on `type` narrows `data`). */
export type DomainEventAsRead<T extends DomainEventType = DomainEventType> = {
  [K in T]: {
    readonly type: K;
    readonly data: RecordedData<Extract<DomainEvent, { readonly type: K }>['data']>;
  };
}[T];

/**
 * A domain event as a projection reads it: the domain's `type` and `data` with the store's record of it (stream,
 * revision, position, recordedAt, metadata). `T` names the types a projection handles. A projection that does
 * not read personal data may get `personal` still sealed: it must not read it (see `Projection.readsPersonalData`).
 */
export type RecordedDomainEvent<T extends DomainEventType = DomainEventType> = {
  [K in T]: Omit<RecordedEvent, 'type' | 'data'> & DomainEventAsRead<K>;
}[T];

/**
 * The one place a stored event is taken as a domain event. Only the deciders append to the store, and every read
 * goes through the upcasting store, which hands out each event in its current shape (`events/schema-versions.ts`).
 * The projector gives a projection only the types it handles, so `T` is the projection's `handles`.
 */
export function recordedDomainEventOf<T extends DomainEventType = DomainEventType>(
  event: RecordedEvent,
): RecordedDomainEvent<T> {
  return event as unknown as RecordedDomainEvent<T>;
}
