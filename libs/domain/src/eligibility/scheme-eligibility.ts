import { VNS_OFFENCE_CATEGORIES } from '../sentence/offence-category';
import { SentenceFacts } from '../sentence/sentence-facts';
import { isCustodial, isHospitalOrder, isIndeterminate } from '../sentence/sentence-type';
import { DEFAULT_ELIGIBILITY_POLICY, EligibilityPolicy } from './eligibility-policy';
import { DiscretionaryReason, Scheme } from './scheme';

/** Statutory VCS and VNS threshold: a custodial sentence of 12 months or more. */
export const CUSTODY_THRESHOLD_MONTHS = 12;

export type EligibilityBasis =
  | 'specified-offence-custody-12-months-or-more'
  | 'specified-offence-indeterminate-sentence'
  | 'hospital-order-for-specified-or-terrorism-offence'
  | 'vns-offence-custody-under-12-months'
  | 'discretionary';

export type IneligibilityReason =
  | 'offence-not-specified'
  | 'custody-under-12-months'
  | 'not-a-vns-offence'
  | 'custody-12-months-or-more'
  | 'vns-not-run-in-region'
  | 'hospital-order-not-vns'
  | 'statutory-scheme-applies'
  | 'discretionary-reason-required';

export type Eligibility =
  | { readonly eligible: true; readonly scheme: Scheme; readonly basis: EligibilityBasis; readonly explanation: string }
  | { readonly eligible: false; readonly scheme: Scheme; readonly reason: IneligibilityReason; readonly explanation: string };

/** Whether a victim of this sentence can be enrolled in `scheme`, and why. */
export function checkEligibility(
  scheme: Scheme,
  sentence: SentenceFacts,
  discretionaryReason?: DiscretionaryReason,
  policy: EligibilityPolicy = DEFAULT_ELIGIBILITY_POLICY,
): Eligibility {
  switch (scheme) {
    case 'vcs-statutory':
      return statutoryVcsEligibility(sentence);
    case 'vns':
      return vnsEligibility(sentence, policy);
    case 'vcs-discretionary':
      return discretionaryVcsEligibility(sentence, discretionaryReason);
  }
}

/**
 * DVCV Act 2004 ss.35–39: a specified violent or sexual offence with custody of 12 months or more, or a
 * hospital order (with or without restriction; terrorism offences count too for hospital orders).
 */
export function statutoryVcsEligibility(sentence: SentenceFacts): Eligibility {
  const scheme = 'vcs-statutory';
  const { offenceCategory: offence, sentenceType: type } = sentence;
  const specified = offence === 'specified-violent' || offence === 'specified-sexual';
  if (isHospitalOrder(type)) {
    return specified || offence === 'terrorism'
      ? { eligible: true, scheme, basis: 'hospital-order-for-specified-or-terrorism-offence', explanation: 'Hospital order for a specified violent, sexual or terrorism offence.' }
      : { eligible: false, scheme, reason: 'offence-not-specified', explanation: 'A hospital order brings a victim into the statutory scheme only for a specified violent, sexual or terrorism offence.' };
  }
  if (!specified) {
    return {
      eligible: false,
      scheme,
      reason: 'offence-not-specified',
      explanation:
        offence === 'terrorism'
          ? 'Terrorism offences count for hospital orders; a terrorism offence that is also a specified violent offence is recorded as specified violent.'
          : 'The statutory scheme needs a specified violent or sexual offence.',
    };
  }
  if (isIndeterminate(type)) {
    return { eligible: true, scheme, basis: 'specified-offence-indeterminate-sentence', explanation: 'Specified offence with an indeterminate sentence.' };
  }
  return (sentence.lengthMonths ?? 0) >= CUSTODY_THRESHOLD_MONTHS
    ? { eligible: true, scheme, basis: 'specified-offence-custody-12-months-or-more', explanation: 'Specified offence with custody of 12 months or more.' }
    : { eligible: false, scheme, reason: 'custody-under-12-months', explanation: 'The statutory scheme needs custody of 12 months or more; consider the discretionary scheme.' };
}

/** VNS: stalking, harassment or coercive control with a custodial sentence under 12 months, where the scheme runs. */
export function vnsEligibility(sentence: SentenceFacts, policy: EligibilityPolicy = DEFAULT_ELIGIBILITY_POLICY): Eligibility {
  const scheme = 'vns';
  if (!VNS_OFFENCE_CATEGORIES.includes(sentence.offenceCategory)) {
    return { eligible: false, scheme, reason: 'not-a-vns-offence', explanation: 'The VNS is for stalking, harassment and coercive or controlling behaviour.' };
  }
  if (!isCustodial(sentence.sentenceType)) {
    return { eligible: false, scheme, reason: 'hospital-order-not-vns', explanation: 'The VNS covers custodial sentences; victims of hospital-order patients are in the VCS.' };
  }
  if (isIndeterminate(sentence.sentenceType) || (sentence.lengthMonths ?? 0) >= CUSTODY_THRESHOLD_MONTHS) {
    return { eligible: false, scheme, reason: 'custody-12-months-or-more', explanation: 'The VNS is for sentences under 12 months; offer the VCS.' };
  }
  if (!policy.vnsRegions.includes(sentence.probationRegion)) {
    return { eligible: false, scheme, reason: 'vns-not-run-in-region', explanation: `The VNS does not run in the ${sentence.probationRegion} region.` };
  }
  return { eligible: true, scheme, basis: 'vns-offence-custody-under-12-months', explanation: 'VNS offence with custody under 12 months.' };
}

/** Discretionary VCS: only where the statutory scheme does not apply, and always with a reason. */
export function discretionaryVcsEligibility(sentence: SentenceFacts, reason?: DiscretionaryReason): Eligibility {
  const scheme = 'vcs-discretionary';
  if (statutoryVcsEligibility(sentence).eligible) {
    return { eligible: false, scheme, reason: 'statutory-scheme-applies', explanation: 'The victim is entitled to the statutory scheme; enrol them in it.' };
  }
  if (reason === undefined) {
    return { eligible: false, scheme, reason: 'discretionary-reason-required', explanation: 'The discretionary scheme needs a recorded reason.' };
  }
  return { eligible: true, scheme, basis: 'discretionary', explanation: `Offered at discretion: ${reason.replace(/-/g, ' ')}.` };
}

/** Which scheme a sentence obliges the service to offer without anyone's discretion (used to catch missed referrals). */
export function schemeRequiredFor(sentence: SentenceFacts, policy: EligibilityPolicy = DEFAULT_ELIGIBILITY_POLICY): 'vcs-statutory' | 'vns' | undefined {
  if (statutoryVcsEligibility(sentence).eligible) return 'vcs-statutory';
  if (vnsEligibility(sentence, policy).eligible) return 'vns';
  return undefined;
}
