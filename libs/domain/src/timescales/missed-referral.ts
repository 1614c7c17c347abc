import { englandAndWalesCalendar, WorkingDayCalendar } from '../calendar/working-day-calendar';
import { DEFAULT_ELIGIBILITY_POLICY, EligibilityPolicy } from '../eligibility/eligibility-policy';
import { schemeRequiredFor } from '../eligibility/scheme-eligibility';
import { SentenceFacts } from '../sentence/sentence-facts';
import { IsoDate, assertIsoDate } from '../shared/iso-date';
import { ProbationRegion } from '../shared/probation-region';
import { DEFAULT_TIMESCALE_POLICY, TimescalePolicy } from './timescale-policy';

/** For the victim liaison unit of the sentence's region: find the victim(s) and offer the scheme. */
export interface MissedReferral {
  readonly kind: 'MissedReferral';
  readonly sentenceId: string;
  readonly scheme: 'vcs-statutory' | 'vns';
  readonly sentenceDate: IsoDate;
  readonly referralDueOn: IsoDate;
  readonly victimLiaisonUnit: ProbationRegion;
  readonly rule: string;
}

export interface ReferralForSentence {
  readonly victimId: string;
  readonly receivedOn: IsoDate;
}

/**
 * Inspections found more than one in five eligible victims never offered the scheme. A sentence that meets the
 * statutory VCS or the VNS criteria, with no victim referred by `today` and the working days allowed since sentence
 * passed (VCS: 10, Victims' Code Right 11; VNS: 3 by default, so the 15-day contact target can still be met),
 * raises a task for its region's victim liaison unit. A late referral closes the task.
 */
export function findMissedReferral(
  sentence: SentenceFacts,
  referrals: readonly ReferralForSentence[],
  today: IsoDate,
  calendar: WorkingDayCalendar = englandAndWalesCalendar,
  policy: { readonly eligibility?: EligibilityPolicy; readonly timescales?: TimescalePolicy } = {},
): MissedReferral | undefined {
  assertIsoDate(today, 'today');
  const scheme = schemeRequiredFor(sentence, policy.eligibility ?? DEFAULT_ELIGIBILITY_POLICY);
  if (scheme === undefined) return undefined;
  const timescales = policy.timescales ?? DEFAULT_TIMESCALE_POLICY;
  const days =
    scheme === 'vns' ? timescales.vnsMissedReferralWorkingDaysFromSentence : timescales.referralWorkingDaysFromSentence;
  const referralDueOn = calendar.addWorkingDays(sentence.sentenceDate, days);
  if (today <= referralDueOn) return undefined;
  if (referrals.some((r) => r.receivedOn <= today)) return undefined;
  return {
    kind: 'MissedReferral',
    sentenceId: sentence.sentenceId,
    scheme,
    sentenceDate: sentence.sentenceDate,
    referralDueOn,
    victimLiaisonUnit: sentence.probationRegion,
    rule:
      scheme === 'vns'
        ? `VNS: victims are contacted within 15 days of sentence, so the referral is looked for ${days} working days after sentence; none was referred by ${referralDueOn}.`
        : `Victims' Code 2020 Right 11: the Witness Care Unit refers the victim within ${days} working days of sentence; none was referred by ${referralDueOn}.`,
  };
}
