import { VNS_OFFENCE_CATEGORIES } from '../sentence/offence-category';
import { SentenceFacts } from '../sentence/sentence-facts';
import { isCustodial, isHospitalOrder, isIndeterminate, isSuspended } from '../sentence/sentence-type';
import { DEFAULT_ELIGIBILITY_POLICY, EligibilityPolicy } from './eligibility-policy';
import { DiscretionaryReason, Scheme } from './scheme';

/** Statutory VCS and VNS threshold: a custodial sentence of 12 months or more. */
export const CUSTODY_THRESHOLD_MONTHS = 12;

export type EligibilityBasis =
  | 'specified-offence-custody-12-months-or-more'
  | 'specified-offence-indeterminate-sentence'
  | 'terrorism-offence-relevant-sentence'
  | 'notifiable-sexual-offence-relevant-sentence'
  | 'offence-against-child-relevant-sentence'
  | 'hospital-order-for-specified-or-terrorism-offence'
  | 'vns-offence-custody-under-12-months'
  | 'vns-offence-suspended-sentence'
  | 'discretionary';

export type IneligibilityReason =
  | 'offence-not-specified'
  | 'custody-under-12-months'
  | 'not-a-vns-offence'
  | 'custody-12-months-or-more'
  | 'vns-not-run-in-region'
  | 'hospital-order-not-vns'
  | 'statutory-scheme-applies'
  | 'sentence-suspended'
  | 'discretionary-reason-required';

export type Eligibility =
  | { readonly eligible: true; readonly scheme: Scheme; readonly basis: EligibilityBasis; readonly explanation: string }
  | {
      readonly eligible: false;
      readonly scheme: Scheme;
      readonly reason: IneligibilityReason;
      readonly explanation: string;
    };

/** Whether a victim of this sentence can be enrolled in `scheme`, and why. */
export function checkEligibility(
  scheme: Scheme,
  sentence: SentenceFacts,
  discretionaryReason?: DiscretionaryReason,
  policy: EligibilityPolicy = DEFAULT_ELIGIBILITY_POLICY,
): Eligibility {
  switch (scheme) {
    case 'vcs-statutory':
      return statutoryVcsEligibility(sentence, policy);
    case 'vns':
      return vnsEligibility(sentence, policy);
    case 'vcs-discretionary':
      return discretionaryVcsEligibility(sentence, discretionaryReason, policy);
  }
}

/**
 * Why an offence is "a sexual, violent or terrorism offence" for DVCV Act 2004 ss.35–44 (s.35(1)(a) as amended;
 * s.45(2)): murder or a Schedule 15 CJA 2003 offence (recorded as specified violent or sexual), a terrorism offence,
 * an offence for which the offender is subject to sex-offender notification (SOA 2003 Part 2), or an offence against
 * a child (CJCSA 2000 Part 2). Undefined: none of them.
 */
export type StatutoryOffenceGround = 'specified' | 'terrorism' | 'sex-offender-notification' | 'offence-against-child';

export function statutoryOffenceGround(sentence: SentenceFacts): StatutoryOffenceGround | undefined {
  if (sentence.offenceCategory === 'specified-violent' || sentence.offenceCategory === 'specified-sexual')
    return 'specified';
  if (sentence.offenceCategory === 'terrorism') return 'terrorism';
  if (sentence.sexOffenderNotification === true) return 'sex-offender-notification';
  if (sentence.offenceAgainstChild === true) return 'offence-against-child';
  return undefined;
}

const RELEVANT_SENTENCE_BASIS: {
  readonly [G in Exclude<StatutoryOffenceGround, 'specified'>]: { basis: EligibilityBasis; explanation: string };
} = {
  terrorism: {
    basis: 'terrorism-offence-relevant-sentence',
    explanation:
      'Terrorism offence with a relevant sentence (custody of 12 months or more, or indeterminate): DVCV Act 2004 s.35(1).',
  },
  'sex-offender-notification': {
    basis: 'notifiable-sexual-offence-relevant-sentence',
    explanation:
      'Offence for which the offender is subject to sex-offender notification, with a relevant sentence: DVCV Act 2004 s.45(2)(b).',
  },
  'offence-against-child': {
    basis: 'offence-against-child-relevant-sentence',
    explanation: 'Offence against a child with a relevant sentence: DVCV Act 2004 s.45(2)(c).',
  },
};

/**
 * DVCV Act 2004 ss.35–39: a sexual, violent or terrorism offence (s.35(1)(a) as amended, s.45(2)) with a relevant
 * sentence — custody of 12 months or more, or an indeterminate sentence (s.45(1)) — or a hospital order (with or
 * without restriction) for such an offence.
 */
export function statutoryVcsEligibility(
  sentence: SentenceFacts,
  policy: EligibilityPolicy = DEFAULT_ELIGIBILITY_POLICY,
): Eligibility {
  const scheme = 'vcs-statutory';
  const type = sentence.sentenceType;
  const ground = statutoryOffenceGround(sentence);
  if (isHospitalOrder(type)) {
    return ground !== undefined
      ? {
          eligible: true,
          scheme,
          basis: 'hospital-order-for-specified-or-terrorism-offence',
          explanation: 'Hospital order for a sexual, violent or terrorism offence (DVCV Act 2004 s.36).',
        }
      : {
          eligible: false,
          scheme,
          reason: 'offence-not-specified',
          explanation:
            'A hospital order brings a victim into the statutory scheme only for a sexual, violent or terrorism offence.',
        };
  }
  if (ground === undefined) {
    return {
      eligible: false,
      scheme,
      reason: 'offence-not-specified',
      explanation:
        'The statutory scheme needs a sexual, violent or terrorism offence: murder or a Schedule 15 offence, a terrorism offence, an offence with sex-offender notification, or an offence against a child.',
    };
  }
  if (suspendedNotActivated(sentence) && !policy.suspendedSentences.statutoryVcs) {
    return {
      eligible: false,
      scheme,
      reason: 'sentence-suspended',
      explanation:
        'A suspended sentence is not custody until the court activates it: the statutory scheme applies once it is activated (a term of 12 months or more); consider the discretionary scheme meanwhile.',
    };
  }
  const relevant = isIndeterminate(type) || (sentence.lengthMonths ?? 0) >= CUSTODY_THRESHOLD_MONTHS;
  if (!relevant) {
    return {
      eligible: false,
      scheme,
      reason: 'custody-under-12-months',
      explanation: 'The statutory scheme needs custody of 12 months or more; consider the discretionary scheme.',
    };
  }
  if (ground !== 'specified') return { eligible: true, scheme, ...RELEVANT_SENTENCE_BASIS[ground] };
  return isIndeterminate(type)
    ? {
        eligible: true,
        scheme,
        basis: 'specified-offence-indeterminate-sentence',
        explanation: 'Specified offence with an indeterminate sentence.',
      }
    : {
        eligible: true,
        scheme,
        basis: 'specified-offence-custody-12-months-or-more',
        explanation: 'Specified offence with custody of 12 months or more.',
      };
}

/**
 * VNS: stalking, harassment, coercive control or breach of a protective order with a custodial sentence under 12
 * months, where the scheme runs (and the statutory VCS does not apply: `schemeRequiredFor` asks it first).
 */
export function vnsEligibility(
  sentence: SentenceFacts,
  policy: EligibilityPolicy = DEFAULT_ELIGIBILITY_POLICY,
): Eligibility {
  const scheme = 'vns';
  if (!VNS_OFFENCE_CATEGORIES.includes(sentence.offenceCategory)) {
    return {
      eligible: false,
      scheme,
      reason: 'not-a-vns-offence',
      explanation:
        'The VNS is for stalking, harassment, coercive or controlling behaviour and breach of a protective order.',
    };
  }
  if (!isCustodial(sentence.sentenceType)) {
    return {
      eligible: false,
      scheme,
      reason: 'hospital-order-not-vns',
      explanation: 'The VNS covers custodial sentences; victims of hospital-order patients are in the VCS.',
    };
  }
  if (isIndeterminate(sentence.sentenceType) || (sentence.lengthMonths ?? 0) >= CUSTODY_THRESHOLD_MONTHS) {
    return {
      eligible: false,
      scheme,
      reason: 'custody-12-months-or-more',
      explanation: 'The VNS is for sentences under 12 months; offer the VCS.',
    };
  }
  const suspended = suspendedNotActivated(sentence);
  if (suspended && !policy.suspendedSentences.vns) {
    return {
      eligible: false,
      scheme,
      reason: 'sentence-suspended',
      explanation: 'The VNS is not offered for suspended sentences here until the court activates one.',
    };
  }
  if (!policy.vnsRegions.includes(sentence.probationRegion)) {
    return {
      eligible: false,
      scheme,
      reason: 'vns-not-run-in-region',
      explanation: `The VNS does not run in the ${sentence.probationRegion} region.`,
    };
  }
  return suspended
    ? {
        eligible: true,
        scheme,
        basis: 'vns-offence-suspended-sentence',
        explanation:
          'VNS offence with a suspended sentence of under 12 months: the victim hears at once if the court activates it.',
      }
    : {
        eligible: true,
        scheme,
        basis: 'vns-offence-custody-under-12-months',
        explanation: 'VNS offence with custody under 12 months.',
      };
}

/** A suspended sentence order the court has not activated (as far as the facts passed in say). */
function suspendedNotActivated(sentence: SentenceFacts): boolean {
  return isSuspended(sentence.sentenceType) && sentence.suspendedSentenceActivated !== true;
}

/** Discretionary VCS: only where the statutory scheme does not apply, and always with a reason. */
export function discretionaryVcsEligibility(
  sentence: SentenceFacts,
  reason?: DiscretionaryReason,
  policy: EligibilityPolicy = DEFAULT_ELIGIBILITY_POLICY,
): Eligibility {
  const scheme = 'vcs-discretionary';
  if (statutoryVcsEligibility(sentence, policy).eligible) {
    return {
      eligible: false,
      scheme,
      reason: 'statutory-scheme-applies',
      explanation: 'The victim is entitled to the statutory scheme; enrol them in it.',
    };
  }
  if (reason === undefined) {
    return {
      eligible: false,
      scheme,
      reason: 'discretionary-reason-required',
      explanation: 'The discretionary scheme needs a recorded reason.',
    };
  }
  return {
    eligible: true,
    scheme,
    basis: 'discretionary',
    explanation: `Offered at discretion: ${reason.replace(/-/g, ' ')}.`,
  };
}

/** Which scheme a sentence obliges the service to offer without anyone's discretion (used to catch missed referrals). */
export function schemeRequiredFor(
  sentence: SentenceFacts,
  policy: EligibilityPolicy = DEFAULT_ELIGIBILITY_POLICY,
): 'vcs-statutory' | 'vns' | undefined {
  if (statutoryVcsEligibility(sentence, policy).eligible) return 'vcs-statutory';
  if (vnsEligibility(sentence, policy).eligible) return 'vns';
  return undefined;
}
