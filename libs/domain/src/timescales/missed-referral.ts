import { englandAndWalesCalendar, WorkingDayCalendar } from '../calendar/working-day-calendar';
import { DEFAULT_ELIGIBILITY_POLICY, EligibilityPolicy } from '../eligibility/eligibility-policy';
import { schemeRequiredFor } from '../eligibility/scheme-eligibility';
import { SentenceFacts } from '../sentence/sentence-facts';
import { isSuspended } from '../sentence/sentence-type';
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
  /**
   * Where the working days are counted from: the sentence, or (a suspended sentence that only its activation brought
   * into the scheme: issue 17) the day the court activated it.
   */
  readonly countedFrom: 'sentence' | 'activation';
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
  const activatedOn = activationThatBroughtIn(sentence, scheme, policy.eligibility ?? DEFAULT_ELIGIBILITY_POLICY);
  const referralDueOn = calendar.addWorkingDays(activatedOn ?? sentence.sentenceDate, days);
  if (today <= referralDueOn) return undefined;
  if (referrals.some((r) => r.receivedOn <= today)) return undefined;
  return {
    kind: 'MissedReferral',
    sentenceId: sentence.sentenceId,
    scheme,
    sentenceDate: sentence.sentenceDate,
    referralDueOn,
    countedFrom: activatedOn === undefined ? 'sentence' : 'activation',
    victimLiaisonUnit: sentence.probationRegion,
    rule:
      scheme === 'vns'
        ? `VNS: victims are contacted within 15 days of sentence, so the referral is looked for ${days} working days after sentence; none was referred by ${referralDueOn}.`
        : activatedOn !== undefined
          ? `Victims' Code 2020 Right 11: the Witness Care Unit refers the victim within ${days} working days of sentence; a suspended sentence of 12 months or more became custody when the court activated it on ${activatedOn}, so the days count from then; none was referred by ${referralDueOn}.`
          : `Victims' Code 2020 Right 11: the Witness Care Unit refers the victim within ${days} working days of sentence; none was referred by ${referralDueOn}.`,
  };
}

/**
 * A suspended sentence is not custody until the court activates it (docs/DOMAIN-RULES.md §5): one that the scheme
 * covers only once activated (a sexual, violent or terrorism offence with a term of 12 months or more) is a relevant
 * sentence from the activation, so the referral is looked for that many working days after it — as for any sentence
 * of 12 months or more from its passing. The activation day, or undefined (counted from the sentence) when the
 * sentence was in the scheme already, is not activated, or the day is not known.
 */
function activationThatBroughtIn(
  sentence: SentenceFacts,
  scheme: 'vcs-statutory' | 'vns',
  eligibility: EligibilityPolicy,
): IsoDate | undefined {
  const activatedOn = sentence.suspendedSentenceActivatedOn;
  if (!isSuspended(sentence.sentenceType) || sentence.suspendedSentenceActivated !== true || activatedOn === undefined)
    return undefined;
  assertIsoDate(activatedOn, 'suspendedSentenceActivatedOn');
  const beforeActivation = schemeRequiredFor({ ...sentence, suspendedSentenceActivated: false }, eligibility);
  return beforeActivation === scheme ? undefined : activatedOn;
}
