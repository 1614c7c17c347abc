import {
  ContactChannel,
  DomainEventType,
  DeliveryStatus,
  londonDateOf,
  londonTimeOf,
  NotificationCancelReason,
  NotificationReason,
  ServiceStage,
  unreachable,
} from '@vcs/domain';
import type { DomainEventAsRead } from '../recorded-domain-event';
import { longDate, words } from './plain-words';
import { staffMention } from './staff-mention';

/**
 * Plain words for the notification and letter events on a victim's stream (issue 6: "every scheduled, sent, failed
 * or cancelled notification is an event on the victim's stream and appears on the timeline"). Like plain-words.ts,
 * only codes, ids, dates and flags: never `data.personal` (a letter's text, a manager's comments).
 */
export const NOTIFICATION_TIMELINE_EVENTS = [
  'NotificationScheduled',
  'NotificationRescheduled',
  'NotificationCancelled',
  'NotificationSent',
  'NotificationFailed',
  'NotificationDeliveryStatusRecorded',
  'SafetyCheckConfirmed',
  'LetterDrafted',
  'LetterEdited',
  'LetterSubmittedForApproval',
  'LetterApproved',
  'LetterSendingRefused',
  'LetterReturned',
] as const satisfies readonly DomainEventType[];
export type NotificationTimelineEventType = (typeof NOTIFICATION_TIMELINE_EVENTS)[number];
export type NotificationTimelineEvent = DomainEventAsRead<NotificationTimelineEventType>;

const CHANNEL_WORDS = {
  letter: 'letter',
  email: 'email',
  sms: 'text message',
  phone: 'phone call',
} satisfies Readonly<Record<ContactChannel, string>>;

const STAGE_WORDS = {
  'initial-contact': 'first contact about the scheme',
  'annual-contact': 'yearly contact letter',
  'release-month': 'expected month of release',
  'parole-eligibility-upcoming': 'parole eligibility coming up',
  'parole-hearing-upcoming': 'parole hearing coming up',
  'tribunal-hearing-upcoming': 'tribunal hearing coming up',
  'open-conditions-eligibility-upcoming': 'eligibility for open conditions coming up',
  'licence-conditions-end-upcoming': 'end of the licence conditions coming up',
  'licence-conditions-end': 'end of the licence conditions',
  'request-answered': "the answer to the victim's request",
} satisfies Readonly<Record<ServiceStage, string>>;

const REASON_WORDS = {
  'milestone-reached': 'a sentence stage was reached',
  'same-day-decision': 'a decision to tell the victim about the same working day',
  'advance-notice': 'advance notice of a known date',
  'date-reached': 'a known date was reached',
  // The time shown is the planned send time, on or before the deadline: never word it as if it were the deadline.
  'initial-contact-deadline': "planned to go on or before the Victims' Code deadline for first contact",
  'annual-contact': 'a year since the last contact letter',
  'delivery-fallback': 'an earlier message was not delivered',
  'requested-by-vlo': 'the victim liaison officer asked for it',
  'request-answered': 'a request the victim made was answered',
} satisfies Readonly<Record<NotificationReason, string>>;

const CANCEL_WORDS = {
  withdrawn: 'the victim withdrew from the scheme',
  'opted-out-of-stage': 'the victim does not want to hear about this stage',
  'channel-withdrawn': 'the victim no longer wants contact this way',
  erased: "the victim's personal data was erased",
  superseded: 'a newer notification replaces it',
  'case-closed': 'the case was closed',
  'first-contact-made': 'first contact was already made another way',
} satisfies Readonly<Record<NotificationCancelReason, string>>;

const DELIVERY_WORDS = {
  delivered: 'delivered',
  'permanent-failure': 'not delivered (the address or number does not work)',
  'temporary-failure': 'not delivered in time',
  'technical-failure': 'not delivered (a fault at the provider)',
} satisfies Readonly<Record<DeliveryStatus, string>>;

function phrase(table: Readonly<Record<string, string>>, code: unknown): string {
  return typeof code === 'string' && code in table ? table[code] : words(code);
}

/** "2027-03-12T09:00:00.000Z" → "12 March 2027 at 09:00" (London time). */
export function longInstant(instant: unknown): string {
  if (typeof instant !== 'string' || Number.isNaN(Date.parse(instant))) return 'an unknown time';
  return `${longDate(londonDateOf(instant))} at ${londonTimeOf(instant)}`;
}

/** A notification stage in plain words: "first contact about the scheme", "parole hearing listed". */
export function stageInWords(stage: unknown): string {
  return phrase(STAGE_WORDS, stage);
}

const by = (channel: unknown) => `by ${phrase(CHANNEL_WORDS, channel)}`;

/** Words for one of NOTIFICATION_TIMELINE_EVENTS. */
export function notificationEventWords(event: NotificationTimelineEvent): string {
  switch (event.type) {
    case 'NotificationScheduled':
      return `Notification about the ${stageInWords(event.data.stage)} scheduled ${by(event.data.channel)} for ${longInstant(event.data.dueAt)} (${phrase(REASON_WORDS, event.data.reason)})`;
    case 'NotificationRescheduled':
      return `Notification moved from ${longInstant(event.data.previousDueAt)} to ${longInstant(event.data.dueAt)} (${phrase(REASON_WORDS, event.data.reason)})`;
    case 'NotificationCancelled':
      return `Notification cancelled on ${longDate(event.data.cancelledOn)}: ${phrase(CANCEL_WORDS, event.data.reason)}`;
    case 'NotificationSent':
      return `Notification sent ${by(event.data.channel)} on ${longInstant(event.data.sentAt)}${event.data.letterId ? ' (the approved letter)' : ''}`;
    case 'NotificationFailed':
      return event.data.final
        ? `Notification could not be sent after ${event.data.attempt} attempts (${words(event.data.errorCode)}): the victim liaison officer must act`
        : `Attempt ${event.data.attempt} to send a notification failed on ${longInstant(event.data.failedAt)} (${words(event.data.errorCode)}); it will be retried`;
    case 'NotificationDeliveryStatusRecorded':
      return `Notification ${phrase(DELIVERY_WORDS, event.data.status)}, as reported on ${longInstant(event.data.at)}`;
    case 'SafetyCheckConfirmed':
      return `Safety check: ${staffMention(event.data.checkedBy)} confirmed on ${longDate(event.data.confirmedOn)} that contact ${by(event.data.channel)} is still safe`;
    case 'LetterDrafted':
      return `Letter about the ${stageInWords(event.data.stage)} drafted by ${staffMention(event.data.draftedBy)} on ${longDate(event.data.draftedOn)}`;
    case 'LetterEdited':
      return `Letter edited by ${staffMention(event.data.editedBy)} on ${longDate(event.data.editedOn)}; it needs approving again`;
    case 'LetterSubmittedForApproval':
      return `Letter sent for a manager's approval by ${staffMention(event.data.submittedBy)} on ${longDate(event.data.submittedOn)}`;
    case 'LetterApproved':
      return `Letter approved by ${staffMention(event.data.approvedBy)} on ${longDate(event.data.approvedOn)}`;
    case 'LetterSendingRefused':
      return `Letter approved on ${longDate(event.data.refusedOn)} but not sent by the service: ${phrase(SENDING_REFUSAL_WORDS, event.data.reason)}; the victim liaison officer must act`;
    case 'LetterReturned':
      return `Letter returned with comments by ${staffMention(event.data.returnedBy)} on ${longDate(event.data.returnedOn)}`;
    default:
      return unreachable(event);
  }
}

/** Why an approved letter drafted on its own was not sent (LetterSendingRefused): the rules `checkMayNotify` gives. */
const SENDING_REFUSAL_WORDS: Readonly<Record<string, string>> = {
  'victim-erased': "the victim's personal data was erased",
  'case-closed': 'the case is closed',
  'victim-opted-out': 'the victim declined or withdrew from the scheme',
  'victim-not-in-scheme': 'the victim is not in the scheme',
  'initial-contact-only-before-enrolment': 'the first-contact letter is only for a victim who has not yet joined',
  'sentence-not-linked': 'the victim is not linked to a sentence',
  'preferences-not-recorded': "the victim's contact preferences are not recorded",
  'stage-not-wanted': 'the victim has not asked to hear about this stage',
  'channel-not-chosen': 'the victim has not agreed to be contacted by letter',
  'deceased-victim-needs-next-of-kin': 'the victim died as a result of the offence and no next of kin is recorded',
};
