/**
 * Inter-agency meetings the victim liaison officer contributes to so that victims' views are considered
 * in risk management (docs/DOMAIN-RULES.md "Inter-agency work"). Victims never attend; the VLO presents their views.
 */
export const MEETING_KINDS = ['mappa', 'parole', 'marac', 'other'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/**
 * MAPPA category (CJA 2003 ss.325–327B): 1 registered sexual offenders; 2 violent offenders sentenced to
 * 12 months or more or on a hospital order; 3 other dangerous offenders; 4 terrorist or terrorist-risk
 * offenders (added 2024).
 */
export const MAPPA_CATEGORIES = [1, 2, 3, 4] as const;
export type MappaCategory = (typeof MAPPA_CATEGORIES)[number];

/** MAPPA level: 1 ordinary agency management; 2 active multi-agency management; 3 senior-level, most serious. */
export const MAPPA_LEVELS = [1, 2, 3] as const;
export type MappaLevel = (typeof MAPPA_LEVELS)[number];

export const AGENCIES = [
  'probation',
  'victim-liaison-unit',
  'police',
  'prison',
  'youth-justice',
  'health',
  'mental-health-casework-section',
  'local-authority',
  'housing',
  'childrens-services',
  'adult-social-care',
  'parole-board',
  'home-office-immigration',
  'domestic-abuse-service',
  'other',
] as const;
export type Agency = (typeof AGENCIES)[number];

/** Whether the meeting led to a change for victims; the words of the outcome are personal data. */
export const MEETING_OUTCOMES = [
  'risk-plan-updated',
  'no-change',
  'licence-conditions-recommended',
  'referred-on',
  'other',
] as const;
export type MeetingOutcome = (typeof MEETING_OUTCOMES)[number];

/** How one victim was considered at the meeting: ids, flags and codes only. */
export interface VictimConsidered {
  readonly victimId: string;
  readonly viewsPresented: boolean;
  readonly outcome: MeetingOutcome;
}

/** An action agreed at the meeting; it always concerns one victim, whose key protects its description. */
export interface MeetingAction {
  readonly actionId: string;
  readonly forVictimId: string;
  readonly ownerAgency: Agency;
  readonly dueOn?: string;
}

/** Everything said about one victim at the meeting; encrypted with that victim's key. */
export interface MeetingNotesAboutVictim {
  readonly viewsPresented?: string;
  readonly outcome?: string;
  readonly notes?: string;
  /** Action descriptions by action id. */
  readonly actions?: { readonly [actionId: string]: string };
}
