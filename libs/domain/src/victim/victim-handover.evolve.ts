import { ContactHandedToVictim } from './victim.events';
import { KnownVictim } from './victim.state';

/** The event of `victim-handover.decide.ts`: contact is with the victim from now on. */
export function evolveHandover(state: KnownVictim, event: ContactHandedToVictim): KnownVictim {
  return { ...state, contactHandedToVictimOn: event.data.handedOverOn };
}
