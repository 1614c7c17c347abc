import { unreachable } from '../shared/unreachable';
import { evolveAccess } from './victim-access.evolve';
import { evolveContact } from './victim-contact.evolve';
import { evolveLetters } from './victim-letters.evolve';
import { evolveNotifications } from './victim-notifications.evolve';
import { evolveReferral, referredVictim } from './victim-referral.evolve';
import { evolveReoffer } from './victim-reoffer.evolve';
import { evolveHandover } from './victim-handover.evolve';
import { evolveRepresentations } from './victim-representations.evolve';
import { evolveRequests } from './victim-requests.evolve';
import { evolveRetention } from './victim-retention.evolve';
import { evolveScheme } from './victim-scheme.evolve';
import { VictimEvent } from './victim.events';
import { VictimState } from './victim.state';

/**
 * The victim's state after one event: the referral starts it, every other event goes to its group's
 * `victim-<group>.evolve.ts`. A new event fails to compile at `unreachable` until it has its case here.
 */
export function evolveVictim(state: VictimState, event: VictimEvent): VictimState {
  if (event.type === 'ReferralReceived') return referredVictim(event);
  if (!state.exists) return state;
  switch (event.type) {
    case 'ActingForVictimNominated':
    case 'VictimDetailsUpdated':
      return evolveReferral(state, event);
    case 'VictimEnrolled':
    case 'VictimDeclined':
    case 'VictimWithdrew':
    case 'VictimRejoined':
    case 'VictimLinkedToSentence':
    case 'VictimLiaisonOfficerAssigned':
      return evolveScheme(state, event);
    case 'VictimCaseTransferred':
    case 'CaseAccessGranted':
    case 'CaseAccessRevoked':
      return evolveAccess(state, event);
    case 'ContactPreferencesUpdated':
    case 'ContactRecorded':
      return evolveContact(state, event);
    case 'RepresentationSubmitted':
    case 'RepresentationDisclosed':
      return evolveRepresentations(state, event);
    case 'VictimCaseClosed':
    case 'VictimCaseReopened':
    case 'RetentionReviewRaised':
    case 'RetentionDecided':
    case 'VictimPersonalDataErased':
      return evolveRetention(state, event);
    case 'NotificationScheduled':
    case 'NotificationRescheduled':
    case 'NotificationCancelled':
    case 'NotificationSent':
    case 'NotificationFailed':
    case 'NotificationDeliveryStatusRecorded':
    case 'SafetyCheckConfirmed':
      return evolveNotifications(state, event);
    case 'ReofferBeforeReleaseRaised':
      return evolveReoffer(state, event);
    case 'ContactHandedToVictim':
      return evolveHandover(state, event);
    case 'LetterDrafted':
    case 'LetterEdited':
    case 'LetterSubmittedForApproval':
    case 'LetterApproved':
    case 'LetterSendingRefused':
    case 'LetterReturned':
      return evolveLetters(state, event);
    case 'VictimRequestMade':
    case 'VictimRequestAnswered':
    case 'VictimRightExplained':
      return evolveRequests(state, event);
    default:
      return unreachable(event);
  }
}
