import { IsoDate, MilestoneDetails, MilestoneKind } from '@vcs/domain';
import { RequestAnswerFact } from '../../rendering/request-answer-words';

/** The latest recorded milestone of a kind on the sentence: the day it happened and its structured detail. */
export interface MilestoneFact<K extends MilestoneKind = MilestoneKind> {
  readonly date: IsoDate;
  readonly detail: MilestoneDetails[K];
}

/**
 * What a letter may say about the sentence. Only dates, codes and structured detail from the sentence stream: there
 * is no field for an establishment, hospital or town, so no template can say where the offender is held
 * (docs/DOMAIN-RULES.md: victims are never told).
 */
export interface LetterFacts {
  /** True for hospital orders (the wording says "patient" and "hospital" instead of "prisoner" and "prison"). */
  readonly hospitalOrder: boolean;
  /** The latest milestone of each kind recorded on the sentence. */
  readonly milestones: { readonly [K in MilestoneKind]?: MilestoneFact<K> };
  /** What the victim was referred for: the VNS is a separate scheme with its own letters (issue 17). Absent: VCS. */
  readonly scheme?: 'vcs' | 'vns';
  /** Every milestone recorded on the sentence, oldest first (the yearly letter says what changed in its year). */
  readonly history?: readonly ({ readonly kind: MilestoneKind } & MilestoneFact)[];
  /** The yearly letter covers the stages after this day: when the victim joined, or the last yearly letter went. */
  readonly yearFrom?: IsoDate;
  /** The answer to the victim's request a `request-answered` letter is about (issue 17). */
  readonly request?: RequestAnswerFact;
}

/** What a template is given: the facts, date formatting, and `need` to insist on a milestone it cannot do without. */
export interface TemplateContext {
  readonly facts: LetterFacts;
  /** "15 March 2027". */
  date(date: IsoDate): string;
  /** "March 2027". */
  month(date: IsoDate): string;
  /** The milestone, or the letter cannot be written: `letter-facts-missing` (HTTP 422) naming it. */
  need<K extends MilestoneKind>(kind: K): MilestoneFact<K>;
  /** The answer to the victim's request, or the letter cannot be written: `letter-facts-missing`. */
  needRequest(): RequestAnswerFact;
  /** "prison" or "hospital", "offender" or "patient". */
  readonly place: 'prison' | 'hospital';
  readonly person: 'offender' | 'patient';
}

/** One stage's letter: a fixed subject line (printed as the heading) and the paragraphs between "Dear …" and "Yours sincerely". */
export interface LetterTemplate {
  readonly subject: string;
  /** A subject that depends on the facts (the VNS first letter); `subject` otherwise. */
  readonly subjectOf?: (facts: LetterFacts) => string;
  paragraphs(context: TemplateContext): string[];
}
