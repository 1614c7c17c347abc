import { LicenceConditionKind } from '../sentence/licence-condition';
import { IsoDate } from '../shared/iso-date';

/**
 * - licence-conditions: victim-related licence conditions asked for (prison sentences);
 * - discharge-conditions: the same for a hospital-order patient's conditions of discharge;
 * - victim-personal-statement: the Victim Personal Statement (VPS) for the Parole Board, or for a restricted patient
 *   the statement for the Ministry of Justice's discharge decisions (HMPPS, from March 2024; not sent to the patient);
 * - victim-impact-statement: a restricted patient's victim's statement to the Mental Health Tribunal (DVCV Act 2004
 *   s.37ZA, inserted by the Victims and Prisoners Act 2024 s.21, from 25 June 2025): the tribunal may have regard to it
 *   only for the conditions of discharge.
 */
export const REPRESENTATION_KINDS = [
  'licence-conditions',
  'discharge-conditions',
  'victim-personal-statement',
  'victim-impact-statement',
] as const;
export type RepresentationKind = (typeof REPRESENTATION_KINDS)[number];

/** The statements (free text the victim wrote), as opposed to requests for conditions. */
export const STATEMENT_KINDS: readonly RepresentationKind[] = ['victim-personal-statement', 'victim-impact-statement'];

/** DVCV Act 2004 s.37ZA (Victims and Prisoners Act 2024 s.21) in force: SI 2025/731. */
export const IMPACT_STATEMENTS_TO_TRIBUNAL_FROM = '2025-06-25';

/**
 * Decision makers the DVCV Act says requests go "direct" to (docs/DOMAIN-RULES.md "Representations"), and the MAPPA
 * meeting (the Responsible Authority: police, prisons, probation) that manages the offender's risk.
 */
export const REPRESENTATION_RECIPIENTS = [
  'parole-board',
  'mappa',
  'prison',
  'probation-practitioner',
  'mental-health-casework-section',
  'mental-health-tribunal',
  'responsible-clinician',
] as const;
export type RepresentationRecipient = (typeof REPRESENTATION_RECIPIENTS)[number];

/** How the VPS is to be presented at an oral hearing (Right 11: read it, or pre-record it). */
export const VPS_PRESENTATIONS = ['written-only', 'read-by-victim', 'pre-recorded', 'read-by-someone-else'] as const;
export type VpsPresentation = (typeof VPS_PRESENTATIONS)[number];

export interface RequestedCondition {
  readonly conditionId: string;
  readonly kind: LicenceConditionKind;
}

export interface RepresentationPersonal {
  /** The VPS text. The prisoner usually sees it in full. */
  readonly statementText?: string;
  /** By condition id: the exclusion zone's area, who must not be contacted, or what else is asked. */
  readonly conditionDescriptions?: { readonly [conditionId: string]: string };
}

/** The text a victim liaison officer approved for one recipient: what that recipient reads, and nothing more. */
export interface DisclosedText {
  /** The Victim Personal Statement as disclosed (a VPS only). */
  readonly statementText?: string;
  /** By condition id: the description as disclosed (conditions only); a condition left out is not described. */
  readonly conditionDescriptions?: { readonly [conditionId: string]: string };
}

/** What the victim's state keeps of each representation, to decide its disclosures. */
export interface RepresentationSummary {
  readonly sentenceId: string;
  readonly kind: RepresentationKind;
  readonly sentTo: readonly RepresentationRecipient[];
  readonly submittedOn: IsoDate;
  readonly conditionIds: readonly string[];
}
