import { unreachable } from '../shared/unreachable';
import { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { IsoDate } from '../shared/iso-date';
import { IsoInstant, londonDateOf } from '../shared/iso-instant';
import { VictimEvent } from '../victim/victim.events';
import {
  DEFAULT_NOTIFICATION_POLICY,
  NotificationPlan,
  NotificationPolicy,
  VictimNotificationFacts,
  annualContactNotification,
} from './notification-policy';

/**
 * Where a victim's yearly letter counts from (docs/DOMAIN-RULES.md "Opting in": an annual contact letter). Folded from their
 * history: the day they last joined the scheme (enrolled, or rejoined after withdrawing: the year starts again), and
 * the day the last yearly letter since then went (sent, or finally failed: that year's letter was attempted and the
 * VLO has a task for it; the next is a year on, not at once).
 */
export interface AnnualContactAnchor {
  readonly joinedOn?: IsoDate;
  readonly lastLetterOn?: IsoDate;
}

/**
 * Events that can start, move or end a victim's yearly letter: joining (again), a choice of contact level, a new
 * sentence, a reopened case, and the last yearly letter going (sent, or finally failed).
 */
export const ANNUAL_CONTACT_TRIGGERS: readonly VictimEvent['type'][] = [
  'VictimEnrolled',
  'VictimRejoined',
  'ContactPreferencesUpdated',
  'VictimLinkedToSentence',
  'VictimCaseReopened',
  'NotificationSent',
  'NotificationFailed',
];

export function isAnnualContactTrigger(type: string): boolean {
  return (ANNUAL_CONTACT_TRIGGERS as readonly string[]).includes(type);
}

export function annualContactAnchorOf(events: readonly VictimEvent[]): AnnualContactAnchor {
  let anchor: AnnualContactAnchor = {};
  const yearly = new Set<string>();
  for (const event of events) {
    switch (event.type) {
      case 'VictimEnrolled':
        anchor = { joinedOn: event.data.enrolledOn };
        break;
      case 'VictimRejoined':
        anchor = { joinedOn: event.data.rejoinedOn };
        break;
      case 'NotificationScheduled':
        if (event.data.stage === 'annual-contact') yearly.add(event.data.notificationId);
        break;
      case 'NotificationSent':
        if (yearly.has(event.data.notificationId))
          anchor = { ...anchor, lastLetterOn: londonDateOf(event.data.sentAt) };
        break;
      case 'NotificationFailed':
        if (event.data.final && yearly.has(event.data.notificationId))
          anchor = { ...anchor, lastLetterOn: londonDateOf(event.data.failedAt) };
        break;
      // Nothing to do with when the victim joined or last had a yearly letter.
      case 'ActingForVictimNominated':
      case 'CaseAccessGranted':
      case 'CaseAccessRevoked':
      case 'ContactPreferencesUpdated':
      case 'ContactRecorded':
      case 'ContactHandedToVictim':
      case 'LetterApproved':
      case 'LetterDrafted':
      case 'LetterEdited':
      case 'LetterReturned':
      case 'LetterSubmittedForApproval':
      case 'NotificationCancelled':
      case 'NotificationDeliveryStatusRecorded':
      case 'NotificationRescheduled':
      case 'ReferralReceived':
      case 'RepresentationDisclosed':
      case 'RepresentationSubmitted':
      case 'RetentionDecided':
      case 'RetentionReviewRaised':
      case 'SafetyCheckConfirmed':
      case 'ReofferBeforeReleaseRaised':
      case 'VictimCaseClosed':
      case 'VictimCaseReopened':
      case 'VictimCaseTransferred':
      case 'VictimDeclined':
      case 'VictimDetailsUpdated':
      case 'VictimLiaisonOfficerAssigned':
      case 'VictimLinkedToSentence':
      case 'VictimPersonalDataErased':
      case 'VictimWithdrew':
      case 'VictimRequestMade':
      case 'VictimRequestAnswered':
      case 'VictimRightExplained':
      case 'LetterSendingRefused':
        break;
      default:
        return unreachable(event);
    }
  }
  return anchor;
}

/** A sentence the victim is linked to, and whether it has ended (sentence end, death, absolute discharge, quashed). */
export interface SentenceRunning {
  readonly sentenceId: string;
  readonly ended: boolean;
}

/**
 * The victim's next yearly letter: one a year while they are enrolled, chose the yearly letter and a sentence they are
 * linked to still runs; 12 months (policy) after they joined or after the last one. It is about the first linked
 * sentence still running (the referral's first). Nothing for a withdrawn, declined, erased or closed victim, or when
 * every sentence has ended (`sentence-ended`). `trigger` is the event that asked (its id is the cause; its time the
 * earliest the letter can be due).
 */
export function annualContactFor(
  victim: VictimNotificationFacts,
  anchor: AnnualContactAnchor,
  sentences: readonly SentenceRunning[],
  trigger: { readonly eventId: string; readonly at: IsoInstant },
  calendar: WorkingDayCalendar,
  policy: NotificationPolicy = DEFAULT_NOTIFICATION_POLICY,
): NotificationPlan {
  const anchorOn = anchor.lastLetterOn ?? anchor.joinedOn;
  const running = victim.linkedSentenceIds.find((id) => sentences.some((s) => s.sentenceId === id && !s.ended));
  const sentenceId = running ?? victim.linkedSentenceIds[0];
  if (anchorOn === undefined || sentenceId === undefined) {
    return { due: [], skipped: [{ stage: 'annual-contact', reason: 'victim-not-in-scheme' }] };
  }
  const plan = annualContactNotification(
    victim,
    { sentenceId, anchorOn, causedByEventId: trigger.eventId, notBefore: trigger.at },
    calendar,
    policy,
  );
  if (running === undefined && plan.due.length > 0)
    return { due: [], skipped: [{ stage: 'annual-contact', reason: 'sentence-ended' }] };
  return plan;
}
