import { DomainEventType } from './domain-event';

/**
 * The current schema version of each event type, written into the event metadata on append. When an event's
 * shape changes, bump its version here and add an upcaster for the old one; stored events are never rewritten.
 */
export const EVENT_SCHEMA_VERSIONS = {
  SentenceRecorded: 1,
  /** 2: parole decisions carry `providedToPartiesOn` and `reconsiderable` (issue 17; upcaster in upcasters/). */
  SentenceMilestoneReached: 2,
  InterAgencyMeetingHeld: 1,
  ReferralReceived: 1,
  VictimCaseTransferred: 1,
  CaseAccessGranted: 1,
  CaseAccessRevoked: 1,
  VictimEnrolled: 1,
  VictimDeclined: 1,
  VictimWithdrew: 1,
  VictimRejoined: 1,
  VictimLinkedToSentence: 1,
  ActingForVictimNominated: 1,
  ContactPreferencesUpdated: 1,
  ContactRecorded: 1,
  RepresentationSubmitted: 1,
  RepresentationDisclosed: 1,
  VictimLiaisonOfficerAssigned: 1,
  VictimDetailsUpdated: 1,
  VictimCaseClosed: 1,
  VictimCaseReopened: 1,
  RetentionReviewRaised: 1,
  RetentionDecided: 1,
  VictimPersonalDataErased: 1,
  NotificationScheduled: 1,
  NotificationRescheduled: 1,
  NotificationCancelled: 1,
  NotificationSent: 1,
  NotificationFailed: 1,
  NotificationDeliveryStatusRecorded: 1,
  SafetyCheckConfirmed: 1,
  ReofferBeforeReleaseRaised: 1,
  ContactHandedToVictim: 1,
  LetterDrafted: 1,
  LetterEdited: 1,
  LetterSubmittedForApproval: 1,
  LetterApproved: 1,
  LetterSendingRefused: 1,
  LetterReturned: 1,
  VictimRequestMade: 1,
  VictimRequestAnswered: 1,
  VictimRightExplained: 1,
} as const satisfies Record<DomainEventType, number>;

export const SENTENCE_EVENT_TYPES = [
  'SentenceRecorded',
  'SentenceMilestoneReached',
  'InterAgencyMeetingHeld',
] as const satisfies readonly DomainEventType[];

export const VICTIM_EVENT_TYPES = (Object.keys(EVENT_SCHEMA_VERSIONS) as DomainEventType[]).filter(
  (t) => !(SENTENCE_EVENT_TYPES as readonly string[]).includes(t),
);

export function schemaVersionOf(type: DomainEventType): number {
  return EVENT_SCHEMA_VERSIONS[type];
}
