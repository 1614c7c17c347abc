import { unreachable } from '../shared/unreachable';
import { locatingDetailsOf } from './victim-recorded-details';
import { ContactPreferencesUpdated, ContactRecorded } from './victim.events';
import { KnownVictim } from './victim.state';

/** The events of `victim-contact.decide.ts`. */
export type VictimContactEvent = ContactPreferencesUpdated | ContactRecorded;

export function evolveContact(state: KnownVictim, event: VictimContactEvent): KnownVictim {
  switch (event.type) {
    case 'ContactPreferencesUpdated': {
      const { channels, stages, safetyCheckBeforeLetters, updatedOn, personal } = event.data;
      return {
        ...state,
        preferences: { channels, stages, safetyCheckBeforeLetters, updatedOn },
        locatingDetails: [
          ...state.locatingDetails,
          ...locatingDetailsOf({ ...personal, phone: personal?.phone, extraPhone: personal?.mobile }),
        ],
      };
    }
    case 'ContactRecorded': {
      const { contactId, method, direction, result, occurredOn, followUpOn } = event.data;
      return {
        ...state,
        contacts: [...state.contacts, { contactId, method, direction, result, occurredOn, followUpOn }],
      };
    }
    default:
      return unreachable(event);
  }
}
