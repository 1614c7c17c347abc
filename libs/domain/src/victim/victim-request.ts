import { DomainRuleCode } from '../shared/domain-rule-codes';
import { IsoDate } from '../shared/iso-date';
import { ProbationRegion } from '../shared/probation-region';

/**
 * What a victim asks for through their victim liaison officer (issue 17, "missing stages and rights"):
 * - observe-parole-hearing: to observe a private oral hearing (Parole Board Rules 2019 r.14 as amended by SI 2022/717;
 *   national from 1 April 2025 after a pilot in the South West and Greater Manchester);
 * - public-parole-hearing: for the hearing to be held in public (r.15 as amended by SI 2022/717; the Board chair decides
 *   whether it is in the interests of justice; anyone may apply, no later than 12 weeks before the hearing);
 * - parole-decision-summary: a summary of the reasons for a Parole Board decision (r.27: a victim asks through the
 *   Secretary of State, i.e. the VLO; the Board need not produce one asked for more than 6 months after the decision,
 *   and may decline or redact, e.g. where the offender is under 18);
 * - secretary-of-state-reconsideration: that the Secretary of State apply for a provisional decision to be reconsidered
 *   (victims cannot apply themselves: r.28; the application must be made within 21 days of the decision being
 *   provided to the parties);
 * - attend-tribunal-hearing: to attend a Mental Health Tribunal hearing to read a victim impact statement (DVCV Act 2004
 *   s.37ZA, inserted by the Victims and Prisoners Act 2024 s.21, from 25 June 2025; granted unless there are good
 *   reasons not to);
 * - restricted-patient-decision-summary: a summary of a Ministry of Justice discharge decision on a restricted patient
 *   (HMPPS "Statements and decision summaries in restricted patient cases", April 2024);
 * - sentencing-remarks-transcript: a free transcript of the judge's sentencing remarks in the Crown Court (HMCTS; a
 *   judicial decision, which may refuse or redact).
 */
export const VICTIM_REQUEST_KINDS = [
  'observe-parole-hearing',
  'public-parole-hearing',
  'parole-decision-summary',
  'secretary-of-state-reconsideration',
  'attend-tribunal-hearing',
  'restricted-patient-decision-summary',
  'sentencing-remarks-transcript',
] as const;
export type VictimRequestKind = (typeof VICTIM_REQUEST_KINDS)[number];

/** Requests for a document: the answer is that it was provided (delivered to the victim), or refused. */
export const DOCUMENT_REQUESTS: readonly VictimRequestKind[] = [
  'parole-decision-summary',
  'restricted-patient-decision-summary',
  'sentencing-remarks-transcript',
];
/** Requests about the Parole Board: prison sentences only. */
export const PAROLE_REQUESTS: readonly VictimRequestKind[] = [
  'observe-parole-hearing',
  'public-parole-hearing',
  'parole-decision-summary',
  'secretary-of-state-reconsideration',
];
/** Requests about a restricted patient: hospital orders with restriction only. */
export const RESTRICTED_PATIENT_REQUESTS: readonly VictimRequestKind[] = [
  'attend-tribunal-hearing',
  'restricted-patient-decision-summary',
];

/**
 * granted / refused: a decision on an application (for a reconsideration request: granted = the Secretary of State
 * applied); provided: the document reached the victim; withdrawn: the victim no longer wants it.
 */
export const VICTIM_REQUEST_OUTCOMES = ['granted', 'refused', 'provided', 'withdrawn'] as const;
export type VictimRequestOutcome = (typeof VICTIM_REQUEST_OUTCOMES)[number];

/**
 * Why a request was refused, as a code: offender-under-18 (the Parole Board's discretion on summaries for young
 * offenders), exceptional-circumstances (r.27(1): the Board chair's exception), out-of-time (r.27(2): asked more than 6
 * months after the decision; or after the 21 days for reconsideration), not-eligible, other.
 */
export const REQUEST_REFUSAL_REASONS = [
  'offender-under-18',
  'exceptional-circumstances',
  'out-of-time',
  'not-eligible',
  'other',
] as const;
export type RequestRefusalReason = (typeof REQUEST_REFUSAL_REASONS)[number];

/** Victim observation of oral hearings, national from this day (Parole Board press release, 1 April 2025). */
export const PAROLE_OBSERVATION_NATIONAL_FROM: IsoDate = '2025-04-01';
/** The pilot regions before then ("a pilot in the South West of England and Greater Manchester", from late 2022). */
export const PAROLE_OBSERVATION_PILOT_REGIONS: readonly ProbationRegion[] = ['south-west', 'greater-manchester'];
/** Public hearings and observer applications: Parole Board (Amendment) Rules 2022 (SI 2022/717), in force 21 July 2022. */
export const PUBLIC_PAROLE_HEARINGS_FROM: IsoDate = '2022-07-21';
/** DVCV Act 2004 s.37ZA (VPA 2024 s.21), in force 25 June 2025 (SI 2025/731). */
export const TRIBUNAL_IMPACT_STATEMENTS_FROM: IsoDate = '2025-06-25';

/**
 * Applications for a public parole hearing are made "no later than 12 weeks before a hearing" (Hansard written answer
 * 153838, 6 March 2023, on the Parole Board (Amendment) Rules 2022, r.15): 84 calendar days before the listed date.
 */
export const PUBLIC_HEARING_APPLICATION_WEEKS_BEFORE_HEARING = 12;
/**
 * Parole Board Rules 2019 r.27(2): "The Board is not required to produce a summary … where the request is made more
 * than 6 months after the decision" — the request can still be made (the Board may produce one), so it is recorded
 * with a warning, not refused.
 */
export const DECISION_SUMMARY_MONTHS_AFTER_DECISION = 6;

/**
 * The parole timetable of the sentence as its stream stands when the request is made (the API passes it: the victim
 * decider cannot read the sentence stream). Absent parts are not known (no hearing listed, no decision standing).
 */
export interface ParoleTimetable {
  /** The listed parole hearing's date, while one is listed and not decided. */
  readonly hearingOn?: IsoDate;
  /** The date of the last parole decision standing. */
  readonly lastDecisionOn?: IsoDate;
}

/** A request recorded although the law lets the decision maker decline it for its timing (typed rule codes). */
export type VictimRequestWarning = Extract<DomainRuleCode, 'decision-summary-requested-after-6-months'>;

/** The rights a VLO (or the witness care unit) explains and records as explained. */
export const RIGHTS_EXPLAINED = ['unduly-lenient-sentence-scheme'] as const;
export type RightExplained = (typeof RIGHTS_EXPLAINED)[number];
/** Criminal Justice Act 1988 s.36 and Sch. 3 para 1: the Attorney General refers a sentence within 28 days of it. */
export const UNDULY_LENIENT_SENTENCE_DAYS = 28;

/** What the victim's state keeps of a request, to decide its answer. */
export interface VictimRequestSummary {
  readonly sentenceId: string;
  readonly kind: VictimRequestKind;
  readonly madeOn: IsoDate;
  readonly answered?: { readonly outcome: VictimRequestOutcome; readonly answeredOn: IsoDate };
}
