import { MILESTONE_KINDS, MilestoneKind } from '../sentence/sentence-milestone';
import { StagesToHearAbout } from '../victim/contact-preferences';
import { wantsToHearAbout } from '../victim/stages-to-hear-about';

/**
 * What a notification tells the victim about. Every milestone kind is a stage (the victim is told it happened);
 * the others are notices the service sends on its own account:
 * - initial-contact: the VLO's first letter after the referral (Victims' Code Right 11 timescale);
 * - annual-contact: the yearly letter for victims who chose it;
 * - release-month: the expected month of release of a determinate sentence, ahead of it (Right 11);
 * - *-upcoming: advance notice of a known future date (parole eligibility, parole or tribunal hearing, end of
 *   the victim-related licence conditions); licence-conditions-end: on the day those conditions end;
 * - request-answered: the answer to something the victim asked for through their VLO (a decision summary, to observe
 *   or open a parole hearing, a transcript …: victim-request.ts), granted, refused or provided (issue 17).
 */
export const SERVICE_STAGES = [
  'initial-contact',
  'annual-contact',
  'release-month',
  'parole-eligibility-upcoming',
  'parole-hearing-upcoming',
  'tribunal-hearing-upcoming',
  'open-conditions-eligibility-upcoming',
  'licence-conditions-end-upcoming',
  'licence-conditions-end',
  'request-answered',
] as const;
export type ServiceStage = (typeof SERVICE_STAGES)[number];

export type NotificationStage = MilestoneKind | ServiceStage;
export const NOTIFICATION_STAGES: readonly NotificationStage[] = [...MILESTONE_KINDS, ...SERVICE_STAGES];

/** Why the notification was scheduled, as a code (the timeline words are the read models'). */
export const NOTIFICATION_REASONS = [
  'milestone-reached',
  'same-day-decision',
  'advance-notice',
  'date-reached',
  'initial-contact-deadline',
  'annual-contact',
  'delivery-fallback',
  'requested-by-vlo',
  'request-answered',
] as const;
export type NotificationReason = (typeof NOTIFICATION_REASONS)[number];

export const NOTIFICATION_CANCEL_REASONS = [
  'withdrawn',
  'opted-out-of-stage',
  'channel-withdrawn',
  'erased',
  'superseded',
  'case-closed',
  'first-contact-made',
] as const;
export type NotificationCancelReason = (typeof NOTIFICATION_CANCEL_REASONS)[number];

/** GOV.UK Notify's final statuses, grouped: everything but `delivered` means the victim did not get it. */
export const DELIVERY_STATUSES = ['delivered', 'permanent-failure', 'temporary-failure', 'technical-failure'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export type NotificationStatus = 'scheduled' | 'sent' | 'failed' | 'cancelled' | 'delivered' | 'undelivered';

/**
 * The milestone whose choice covers a service stage (the victim's "stages to hear about" are milestone kinds);
 * `asked-by-victim`: the answer to the victim's own request, which every level hears (they asked for it).
 */
const STAGE_TOPIC: { readonly [S in ServiceStage]: MilestoneKind | 'always' | 'annual' | 'asked-by-victim' } = {
  'initial-contact': 'always',
  'annual-contact': 'annual',
  'release-month': 'release-on-licence',
  'parole-eligibility-upcoming': 'parole-eligibility',
  'parole-hearing-upcoming': 'parole-hearing-listed',
  'tribunal-hearing-upcoming': 'tribunal-hearing-listed',
  'open-conditions-eligibility-upcoming': 'open-conditions-eligibility',
  'licence-conditions-end-upcoming': 'licence-conditions-set',
  'licence-conditions-end': 'licence-conditions-set',
  'request-answered': 'asked-by-victim',
};

export function isServiceStage(stage: NotificationStage): stage is ServiceStage {
  return (SERVICE_STAGES as readonly string[]).includes(stage);
}

/**
 * Whether a victim's choice of contact level covers a notification stage: milestones by `wantsToHearAbout`;
 * the initial contact always (it is how victims are offered the scheme); the annual letter only for victims who
 * chose it; advance notices as the milestone they announce; the release month as a release; the answer to the victim's
 * own request at every level (a victim on the yearly letter who asked for a decision summary still hears the answer).
 */
export function wantsNotification(stages: StagesToHearAbout, stage: NotificationStage): boolean {
  if (!isServiceStage(stage)) return wantsToHearAbout(stages, stage);
  const topic = STAGE_TOPIC[stage];
  if (topic === 'always' || topic === 'asked-by-victim') return true;
  if (topic === 'annual') return stages.choice === 'annual-letter';
  return wantsToHearAbout(stages, topic);
}
