/** Where a notification has got to, as the schedule read model shows it. */
export const SCHEDULE_STATUSES = [
  'scheduled',
  'waiting-safety-check',
  'waiting-approval',
  'sent',
  'failed',
  'cancelled',
] as const;
export type ScheduleStatus = (typeof SCHEDULE_STATUSES)[number];

/** Not yet sent, failed for good or cancelled: the dispatcher keeps a job for each. */
export const PENDING_STATUSES: readonly ScheduleStatus[] = ['scheduled', 'waiting-safety-check', 'waiting-approval'];

export interface WaitingFacts {
  readonly channel: string;
  readonly safetyFlag: boolean;
  readonly preferencesUpdatedOn?: string;
  /** The day the last safety check for this channel was confirmed. */
  readonly safetyCheckedOn?: string;
  readonly letterStatus?: string;
}

/**
 * What a pending notification waits for, from the events only (the read model has no clock): a safety check for
 * this channel confirmed since the contact details last changed, then (letters) an approved letter. The send gate
 * itself is the domain's canSendNow, which also refuses a check older than its validity; the processor applies it.
 */
export function waitingStatus(facts: WaitingFacts): ScheduleStatus {
  if (facts.safetyFlag) {
    const checked =
      facts.safetyCheckedOn !== undefined &&
      (facts.preferencesUpdatedOn === undefined || facts.safetyCheckedOn >= facts.preferencesUpdatedOn);
    if (!checked) return 'waiting-safety-check';
  }
  if (facts.channel === 'letter' && facts.letterStatus !== 'approved') return 'waiting-approval';
  return 'scheduled';
}
