import { unreachable } from '../shared/unreachable';
import {
  VictimDeclined,
  VictimEnrolled,
  VictimLiaisonOfficerAssigned,
  VictimLinkedToSentence,
  VictimRejoined,
  VictimWithdrew,
} from './victim.events';
import { KnownVictim } from './victim.state';

/** The events of `victim-scheme.decide.ts`. */
export type VictimSchemeEvent =
  | VictimEnrolled
  | VictimDeclined
  | VictimWithdrew
  | VictimRejoined
  | VictimLinkedToSentence
  | VictimLiaisonOfficerAssigned;

export function evolveScheme(state: KnownVictim, event: VictimSchemeEvent): KnownVictim {
  switch (event.type) {
    case 'VictimEnrolled':
      return {
        ...state,
        participation: 'enrolled',
        scheme: event.data.scheme,
        enrolledOn: event.data.enrolledOn,
        optedOutOn: undefined,
        victimLiaisonOfficerId: event.data.victimLiaisonOfficerId,
      };
    case 'VictimDeclined':
      return { ...state, participation: 'declined', optedOutOn: event.data.declinedOn };
    case 'VictimWithdrew':
      return { ...state, participation: 'withdrawn', optedOutOn: event.data.withdrewOn };
    case 'VictimRejoined':
      return {
        ...state,
        participation: 'enrolled',
        optedOutOn: undefined,
        victimLiaisonOfficerId: event.data.victimLiaisonOfficerId,
      };
    case 'VictimLinkedToSentence':
      return { ...state, linkedSentenceIds: [...state.linkedSentenceIds, event.data.sentenceId] };
    case 'VictimLiaisonOfficerAssigned':
      return { ...state, victimLiaisonOfficerId: event.data.victimLiaisonOfficerId };
    default:
      return unreachable(event);
  }
}
