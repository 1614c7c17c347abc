import { SentenceEvent } from '../sentence/sentence.events';
import { VictimEvent } from '../victim/victim.events';

/** Every event the domain emits, on either stream type. */
export type DomainEvent = SentenceEvent | VictimEvent;
export type DomainEventType = DomainEvent['type'];
