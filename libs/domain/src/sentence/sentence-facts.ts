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
  /** Custodial term in months for fixed-term custody; absent for indeterminate sentences and hospital orders. */
  readonly lengthMonths?: number;
  readonly sentenceDate: IsoDate;
  readonly probationRegion: ProbationRegion;
}
