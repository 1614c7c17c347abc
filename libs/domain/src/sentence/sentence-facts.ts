import { IsoDate } from '../shared/iso-date';
import { ProbationRegion } from '../shared/probation-region';
import { OffenceCategory } from './offence-category';
import { SentenceType } from './sentence-type';

/**
 * What the victim decider and the eligibility rules need to know about a sentence. The victim decider
 * cannot read the sentence stream, so the API handler loads the sentence and passes these facts in the
 * command (see `sentenceFactsOf`).
 */
export interface SentenceFacts {
  readonly sentenceId: string;
  readonly sentenceType: SentenceType;
  readonly offenceCategory: OffenceCategory;
  /** The offence caused the victim's death: bereaved relatives / next of kin are in the scheme. */
  readonly offenceCausedDeath: boolean;
  /**
   * DVCV Act 2004 s.45(2)(b): the offender is subject to the sex-offender notification requirements of Part 2 of
   * the Sexual Offences Act 2003 for this offence. Absent on sentences recorded before the question was asked:
   * read as not known (false), so nothing already decided changes.
   */
  readonly sexOffenderNotification?: boolean;
  /** DVCV Act 2004 s.45(2)(c): an offence against a child (Criminal Justice and Court Services Act 2000 Part 2). Absent: false. */
  readonly offenceAgainstChild?: boolean;
  /** Custodial term in months for fixed-term custody; absent for indeterminate sentences and hospital orders. */
  readonly lengthMonths?: number;
  readonly sentenceDate: IsoDate;
  readonly probationRegion: ProbationRegion;
  /**
   * A suspended sentence whose custodial term the court activated (from the sentence stream's state: the API handler
   * passes it; absent when the sentence was recorded and for every other type).
   */
  readonly suspendedSentenceActivated?: boolean;
  /**
   * The day the court activated it (the milestone's date), where the caller knows it: the missed-referral clock of a
   * sentence that only activation brought into a scheme starts then (`findMissedReferral`).
   */
  readonly suspendedSentenceActivatedOn?: IsoDate;
}

/** The facts of a recorded sentence (event or state), without its reference and court. */
export function sentenceFactsFrom(data: SentenceFacts): SentenceFacts {
  const {
    sentenceId,
    sentenceType,
    offenceCategory,
    offenceCausedDeath,
    lengthMonths,
    sentenceDate,
    probationRegion,
    sexOffenderNotification,
    offenceAgainstChild,
  } = data;
  return {
    sentenceId,
    sentenceType,
    offenceCategory,
    offenceCausedDeath,
    lengthMonths,
    sentenceDate,
    probationRegion,
    ...(sexOffenderNotification === undefined ? {} : { sexOffenderNotification }),
    ...(offenceAgainstChild === undefined ? {} : { offenceAgainstChild }),
  };
}
