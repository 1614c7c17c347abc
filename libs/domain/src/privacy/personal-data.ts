import { DomainEvent, DomainEventType } from '../events/domain-event';

/**
 * Where an event keeps victims' personal data (names, dates of birth, addresses, phone numbers, emails, the
 * acting person's details, and any free text that may identify or locate a victim):
 * - 'none': the event has no `personal` part; all of it is safe to read without decryption;
 * - 'one-victim': `data.personal` belongs to one victim; encrypt it as a whole with that victim's key;
 * - 'per-victim': `data.personal` is keyed by victim id; encrypt each entry with the key of the victim it is keyed by.
 * Nothing outside `data.personal` is ever personal.
 */
export type PersonalDataShape = 'none' | 'one-victim' | 'per-victim';

export const PERSONAL_DATA_SHAPE = {
  SentenceRecorded: 'none',
  SentenceMilestoneReached: 'none',
  InterAgencyMeetingHeld: 'per-victim',
  ReferralReceived: 'one-victim',
  VictimCaseTransferred: 'one-victim',
  CaseAccessGranted: 'one-victim',
  CaseAccessRevoked: 'none',
  VictimEnrolled: 'one-victim',
  VictimDeclined: 'one-victim',
  VictimWithdrew: 'one-victim',
  VictimRejoined: 'none',
  VictimLinkedToSentence: 'none',
  ActingForVictimNominated: 'one-victim',
  ContactPreferencesUpdated: 'one-victim',
  ContactRecorded: 'one-victim',
  RepresentationSubmitted: 'one-victim',
  RepresentationDisclosed: 'one-victim',
  VictimLiaisonOfficerAssigned: 'none',
  VictimDetailsUpdated: 'one-victim',
  VictimCaseClosed: 'none',
  VictimCaseReopened: 'none',
  RetentionReviewRaised: 'none',
  RetentionDecided: 'none',
  VictimPersonalDataErased: 'none',
  NotificationScheduled: 'none',
  NotificationRescheduled: 'none',
  NotificationCancelled: 'none',
  NotificationSent: 'none',
  NotificationFailed: 'none',
  NotificationDeliveryStatusRecorded: 'none',
  SafetyCheckConfirmed: 'none',
  ReofferBeforeReleaseRaised: 'none',
  ContactHandedToVictim: 'none',
  LetterDrafted: 'one-victim',
  LetterEdited: 'one-victim',
  LetterSubmittedForApproval: 'none',
  LetterApproved: 'none',
  LetterSendingRefused: 'none',
  LetterReturned: 'one-victim',
  VictimRequestMade: 'none',
  VictimRequestAnswered: 'none',
  VictimRightExplained: 'none',
} as const satisfies Record<DomainEventType, PersonalDataShape>;

/** The personal data in one event and whose key protects it. */
export type PersonalDataOwnership =
  | { readonly shape: 'none' }
  | { readonly shape: 'one-victim'; readonly victimId: string }
  | { readonly shape: 'per-victim'; readonly victimIds: readonly string[] };

export function personalDataOwnership(event: DomainEvent): PersonalDataOwnership {
  if (event.type === 'InterAgencyMeetingHeld')
    return { shape: 'per-victim', victimIds: Object.keys(event.data.personal) };
  if (PERSONAL_DATA_SHAPE[event.type] === 'one-victim' && 'victimId' in event.data)
    return { shape: 'one-victim', victimId: event.data.victimId };
  return { shape: 'none' };
}

/**
 * The victim whose key encrypts the event's whole `data.personal`, or undefined when the event has none or
 * its personal part is keyed per victim (use `personalDataOwnership` for those).
 */
export function personalDataOwner(event: DomainEvent): string | undefined {
  const ownership = personalDataOwnership(event);
  return ownership.shape === 'one-victim' ? ownership.victimId : undefined;
}
