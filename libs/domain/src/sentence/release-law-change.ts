import { IsoDate } from '../shared/iso-date';
import { unreachable } from '../shared/unreachable';
import { OffenceCategory } from './offence-category';
import { SentenceType } from './sentence-type';

/**
 * Changes in the law that move the release dates of many prisoners at once (issue 17). A release-date change can give
 * one as its reason (`reason: 'change-in-law'`, `lawChange`), and a bulk recalculation records the new dates of every
 * affected sentence under one `recalculationId` (docs/DOMAIN-RULES.md §3.2, §11).
 * - sds40-2024: the Criminal Justice Act 2003 (Requisite and Minimum Custodial Periods) Order 2024 (SI 2024/844):
 *   standard determinate sentences released at 40 per cent instead of half, from 10 September 2024 (sentences under
 *   five years) and 22 October 2024 (the rest);
 * - sentencing-act-2026: the Sentencing Act 2026's changes to release points (Royal Assent 22 January 2026; the release
 *   changes come into force on a date set by regulations, not confirmed here);
 * - other-law-change: any other change in the law (the VLO explains it to the victim).
 */
export const RELEASE_LAW_CHANGES = ['sds40-2024', 'sentencing-act-2026', 'other-law-change'] as const;
export type ReleaseLawChange = (typeof RELEASE_LAW_CHANGES)[number];

/** SI 2024/844 art. 1(2): release at 40 per cent from 10 September 2024 (confirmed, §11). */
const SDS40_IN_FORCE: IsoDate = '2024-09-10';

/**
 * The start dates not confirmed from legislation (docs/DOMAIN-RULES.md §11, "Unconfirmed figures"), set by the
 * service's configuration (SENTENCING_ACT_2026_RELEASE_CHANGES_FROM): the Sentencing Act 2026's release changes (s.23,
 * release at one third) come into force on a day appointed by regulations (s.49(1)), not found in force on 2026-12-08.
 */
export interface ReleaseLawPolicy {
  /** The first day the Sentencing Act 2026's release changes can have moved a release date; undefined: not checked. */
  readonly sentencingAct2026ReleaseChangesFrom: IsoDate | undefined;
}

export const DEFAULT_RELEASE_LAW_POLICY: ReleaseLawPolicy = { sentencingAct2026ReleaseChangesFrom: undefined };

/** The first day `change` can have moved a release date under `policy`, or undefined where nothing is checked. */
export function releaseLawChangeInForceFrom(change: ReleaseLawChange, policy: ReleaseLawPolicy): IsoDate | undefined {
  switch (change) {
    case 'sds40-2024':
      return SDS40_IN_FORCE;
    case 'sentencing-act-2026':
      return policy.sentencingAct2026ReleaseChangesFrom;
    case 'other-law-change':
      return undefined;
    default:
      return unreachable(change);
  }
}

/**
 * The sentences a change applies to, where the law says so. SI 2024/844 art. 3 modifies CJA 2003 ss.243A and 244 (the
 * automatic release of standard determinate sentences, including detention under s.250 and in a young offender
 * institution): not extended, s.278, indeterminate sentences or hospital orders. Undefined: not checked.
 */
export const RELEASE_LAW_CHANGE_SENTENCE_TYPES: {
  readonly [L in ReleaseLawChange]: readonly SentenceType[] | undefined;
} = {
  'sds40-2024': ['determinate-custody', 'youth-detention', 'suspended-sentence'],
  'sentencing-act-2026': undefined,
  'other-law-change': undefined,
};

/**
 * Why the change in the law does not move this sentence's release, or undefined. SDS40 (SI 2024/844 art. 3 and its
 * Schedule of excluded offences, amended by SI 2024/1331): not for sexual offences (every Sexual Offences Act 2003
 * offence and the Schedule 15 sexual offences), Schedule 15 violent offences with a sentence of four years or more,
 * stalking (PHA 1997 ss.2A, 4A), controlling or coercive behaviour, breach of a non-molestation order (FLA 1996 s.42A)
 * or, from 16 December 2024, of a restraining order (PHA 1997 ss.5, 5A). The categories recorded here are coarser than
 * the Schedule: where they cannot tell, nothing is refused (the prison's calculation is the fact recorded).
 */
export function lawChangeExclusion(
  change: ReleaseLawChange,
  facts: {
    readonly sentenceType: SentenceType;
    readonly offenceCategory: OffenceCategory;
    readonly lengthMonths?: number;
    readonly sexOffenderNotification?: boolean;
  },
): string | undefined {
  const types = RELEASE_LAW_CHANGE_SENTENCE_TYPES[change];
  if (types !== undefined && !types.includes(facts.sentenceType))
    return `it does not move the release of a ${facts.sentenceType.replace(/-/g, ' ')}`;
  if (change !== 'sds40-2024') return undefined;
  if (facts.offenceCategory === 'specified-sexual' || facts.sexOffenderNotification === true)
    return 'sexual offences are excluded (SI 2024/844 Schedule)';
  if (facts.offenceCategory === 'specified-violent' && (facts.lengthMonths ?? 0) >= SDS40_VIOLENT_EXCLUSION_MONTHS)
    return 'violent offences with a sentence of four years or more are excluded (SI 2024/844 art. 3)';
  if (SDS40_EXCLUDED_CATEGORIES.includes(facts.offenceCategory))
    return 'stalking, controlling or coercive behaviour and breach of a protective order are excluded (SI 2024/844 Schedule, as amended by SI 2024/1331)';
  return undefined;
}

const SDS40_VIOLENT_EXCLUSION_MONTHS = 48;
const SDS40_EXCLUDED_CATEGORIES: readonly OffenceCategory[] = [
  'stalking',
  'coercive-control',
  'breach-of-protective-order',
];
