import { v5 as uuidv5 } from 'uuid';

// Fixed namespaces: changing either would make a replay schedule every notification again.
const NOTIFICATION_NAMESPACE = '3b0e2a54-8f1c-5d6e-9a7b-41c2d3e4f5a6';
const JOB_NAMESPACE = '8c9d0e1f-2a3b-5c4d-8e5f-6a7b8c9d0e1f';

/**
 * The notification's id, derived from what it is about: victim, sentence, stage and what caused it (the milestone
 * id, or another stable key such as the referral). The planner may run over the same event twice (a replay, a
 * crash before its checkpoint moved); the second ScheduleNotification carries the same id, and the domain treats it
 * as already done.
 */
export function notificationIdFor(parts: {
  victimId: string;
  sentenceId: string;
  stage: string;
  cause: string;
}): string {
  return uuidv5(
    ['notification', parts.victimId, parts.sentenceId, parts.stage, parts.cause].join('\u0000'),
    NOTIFICATION_NAMESPACE,
  );
}

/**
 * The notification that sends a letter a VLO drafted on its own, scheduled by the letter's approval: one per letter,
 * so a replayed or retried approval, or approving it again after an edit, never schedules a second.
 */
export function adHocLetterNotificationId(victimId: string, letterId: string): string {
  return uuidv5(['ad-hoc-letter', victimId, letterId].join('\u0000'), NOTIFICATION_NAMESPACE);
}

/** A replacement for a notification that cannot go out as planned (e.g. a letter after an undelivered email). */
export function replacementNotificationId(notificationId: string, why: string): string {
  return uuidv5(['replacement', notificationId, why].join('\u0000'), NOTIFICATION_NAMESPACE);
}

/**
 * The BullMQ job id of one delivery: the notification (itself derived from victim, sentence, stage and cause) and
 * its due time. Adding the same job twice is a no-op; a new due time is a new job (the old one is removed).
 */
export function deliveryJobId(notificationId: string, dueAt: string): string {
  return uuidv5(['delivery', notificationId, new Date(dueAt).toISOString()].join('\u0000'), JOB_NAMESPACE);
}

/** The BullMQ job id of a delivery-status check of a sent email or SMS. */
export function deliveryCheckJobId(notificationId: string): string {
  return uuidv5(['delivery-check', notificationId].join('\u0000'), JOB_NAMESPACE);
}
