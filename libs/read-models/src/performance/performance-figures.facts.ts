import {
  DateOutsideCalendar,
  DEFAULT_TIMESCALE_POLICY,
  DomainEventType,
  InvalidCalendarDate,
  IsoDate,
  SentenceRecorded,
  sentenceFactsFrom,
  WorkingDayCalendar,
} from '@vcs/domain';
import { RecordedEvent } from '@vcs/event-store';
import {
  CaseloadPolicy,
  DEFAULT_CASELOAD_POLICY,
  lenientCalendar,
  missedReferralTask,
} from '../caseload/caseload-task.rules';

// What the performance figures read from an event, shared by the per-event projection and its rebuild in memory.

export const HANDLED = [
  'SentenceRecorded',
  'SentenceMilestoneReached',
  'ReferralReceived',
  'ContactRecorded',
  'NotificationScheduled',
  'NotificationRescheduled',
  'NotificationCancelled',
  'NotificationSent',
  'NotificationFailed',
  'NotificationDeliveryStatusRecorded',
  'LetterDrafted',
  'LetterSubmittedForApproval',
  'LetterApproved',
  'LetterReturned',
] as const satisfies readonly DomainEventType[];
export type Handled = (typeof HANDLED)[number];

/** When the fact happened: the metadata's occurredAt (the API's clock), else when it was stored. */
export function occurredAt(event: RecordedEvent): string {
  const stated = typeof event.metadata?.occurredAt === 'string' ? new Date(event.metadata.occurredAt) : undefined;
  return (stated && !Number.isNaN(stated.getTime()) ? stated : event.recordedAt).toISOString();
}

/** A date the working-day calendar cannot answer for (before 1900, after 2199) gives no deadline rather than a stuck projector. */
function lenient(compute: () => IsoDate): IsoDate | null {
  try {
    return compute();
  } catch (error) {
    if (error instanceof DateOutsideCalendar || error instanceof InvalidCalendarDate) return null;
    throw error;
  }
}

/** The last day a decision recorded on `day` is "told the same working day": that day, or the next working day after a weekend or bank holiday. */
export function sameWorkingDayDeadline(day: IsoDate, calendar: WorkingDayCalendar): IsoDate | null {
  return lenient(() => (calendar.isWorkingDay(day) ? day : calendar.addWorkingDays(day, 1)));
}

/**
 * The day an eligible sentence's referral to the VLO unit is due (none when the sentence is not eligible), by the same
 * configured rule as the caseload's missed-referral task (`CaseloadPolicy.missedReferral`: the VNS's working days,
 * which suspended sentences count), so the figures and the VLOs' tasks never disagree.
 */
export function referralDueOn(
  sentence: SentenceRecorded['data'],
  calendar: WorkingDayCalendar,
  policy: CaseloadPolicy = DEFAULT_CASELOAD_POLICY,
): IsoDate | null {
  return missedReferralTask(sentenceFactsFrom(sentence), lenientCalendar(calendar), policy)?.dueOn ?? null;
}

/** The day first contact with a referred victim is due: the Victims' Code timescale in working days from the referral. */
export function contactDueOn(receivedOn: IsoDate, calendar: WorkingDayCalendar): IsoDate | null {
  return lenient(() =>
    calendar.addWorkingDays(receivedOn, DEFAULT_TIMESCALE_POLICY.initialContactWorkingDaysFromReferral),
  );
}
