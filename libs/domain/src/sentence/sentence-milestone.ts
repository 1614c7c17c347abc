import { IsoDate } from '../shared/iso-date';
import { LicenceConditionKind } from './licence-condition';
import { ReleaseLawChange } from './release-law-change';

export const RELEASE_DATE_CHANGE_REASONS = [
  'added-days',
  'recalculation',
  'remand-time-credited',
  'change-in-law',
  'other',
] as const;
export type ReleaseDateChangeReason = (typeof RELEASE_DATE_CHANGE_REASONS)[number];

/**
 * The structured detail of each key stage (docs/DOMAIN-RULES.md "Key stages"). There is no free text here on purpose:
 * the sentence stream is not encrypted per victim, so anything that could identify or locate a victim
 * (and where the offender is held, which victims are never told) stays out of it.
 */
export interface MilestoneDetails {
  /** The date the offender becomes eligible for parole, once calculated. */
  'parole-eligibility': { readonly paroleEligibilityDate: IsoDate };
  'parole-hearing-listed': { readonly hearingDate: IsoDate; readonly hearingType: 'oral' | 'paper' };
  /**
   * A listed parole hearing will not go ahead on its date: deferred (put off before the day, e.g. a report is missing)
   * or adjourned (started or due and put off by the panel). `newHearingDate` when the Board has already set one; a
   * later `parole-hearing-listed` sets it otherwise. Victims planning to attend, observe or have their statement read
   * need to know (issue 17).
   */
  'parole-hearing-postponed': { readonly postponement: HearingPostponement; readonly newHearingDate?: IsoDate };
  'parole-decision': {
    readonly outcome: 'release' | 'no-release' | 'open-conditions-recommended';
    /** The next review, when release is refused (Right 11: victims are told it). */
    readonly nextReviewDate?: IsoDate;
    /**
     * The day the decision was provided to the parties: the 21 days for reconsideration run from it (Parole Board
     * Rules 2019 r.28(3)). Optional on the command (absent: the decision's `date`); always on the event from schema
     * version 2 (the decider fills it; version 1 events are upcast with their `date`, the reading they were made under).
     */
    readonly providedToPartiesOn?: IsoDate;
    /**
     * Set by the decider, never by the caller: whether the decision is provisional and can be reconsidered (r.28(2):
     * indeterminate, extended and Board-release determinate sentences; never advice on open conditions). Absent on
     * events recorded before version 2: not known, so nothing tells the victim the decision is final.
     */
    readonly reconsiderable?: boolean;
  };
  /**
   * Parole Board Rules 2019 r.28: an application to reconsider a provisional decision, within 21 days of the decision
   * being provided to the parties; only on the sentences r.28(2) lists and never on open-conditions advice.
   */
  reconsideration: {
    readonly stage: 'applied' | 'decided';
    readonly appliedBy?: 'prisoner' | 'secretary-of-state';
    readonly outcome?: 'granted' | 'refused';
  };
  /**
   * Parole Board Rules 2019 r.28A (SI 2022/717): setting aside a final decision to release or not to release, on a
   * party's application or the Board chair's initiation. A decision set aside no longer stands.
   */
  'set-aside': {
    readonly stage: 'applied' | 'decided';
    readonly appliedBy?: 'prisoner' | 'secretary-of-state' | 'board-chair';
    readonly outcome?: 'set-aside' | 'refused';
  };
  /**
   * Victims and Prisoners Act 2024 ss.61–62 (in force 31 December 2025, SI 2025/1325): the Secretary of State directs
   * the Board to refer a release decision to the High Court, which either upholds the release direction or quashes it.
   * While referred, release is not settled and the offender is not released on that direction.
   */
  'high-court-referral': {
    readonly stage: 'referred' | 'decided';
    readonly outcome?: 'release-upheld' | 'release-quashed';
  };
  /**
   * Victims' Code Right 11: when the offender becomes eligible to be considered for a transfer to open conditions. The
   * date is the earliest the move can be considered, not a decision to move (issue 17).
   */
  'open-conditions-eligibility': { readonly eligibleFrom: IsoDate };
  /** Moved to another prison. Never where from or where to: victims are not told where the offender is held. */
  'prison-transfer': Record<string, never>;
  /**
   * A new security category (adult men A–D; women and young adults restricted status, closed or open). Never the
   * establishment. A move to open conditions is its own stage.
   */
  recategorisation: { readonly category: SecurityCategory };
  /**
   * The prisoner is detained in hospital under the Mental Health Act 1983: a transfer direction (s.47), with or without
   * a restriction direction (s.49), or the court's hospital and limitation directions given with the prison sentence
   * (s.45A, the "hybrid order", always restricted). Never which hospital.
   */
  'hospital-direction': { readonly basis: HospitalDirectionBasis; readonly restricted: boolean };
  /** Back to prison from hospital (Mental Health Act 1983 ss.50–51, 74): the prison sentence goes on. */
  'remitted-to-prison': Record<string, never>;
  'transfer-to-open-conditions': Record<string, never>;
  'return-to-closed-conditions': Record<string, never>;
  'release-on-temporary-licence': { readonly returnDate?: IsoDate };
  'home-detention-curfew': Record<string, never>;
  'release-on-licence': Record<string, never>;
  'licence-conditions-set': {
    readonly conditions: readonly LicenceConditionKind[];
    /** The date the victim-related conditions end (docs/DOMAIN-RULES.md: victims are told it). */
    readonly conditionsEndDate: IsoDate;
    /** Victims the conditions protect, by id only. */
    readonly protectsVictimIds: readonly string[];
  };
  /**
   * Prison recall: `recallType` fixed-term (automatic re-release after 14 or 28 days, CJA 2003 ss.255A–255B) or standard
   * (re-release by the Secretary of State or the Parole Board, s.255C); `reReleaseDate` the fixed-term re-release date.
   * Both optional (older recalls have neither); neither applies to a hospital recall.
   */
  recall: { readonly recallType?: 'fixed-term' | 'standard'; readonly reReleaseDate?: IsoDate };
  /**
   * The offender is out of lawful custody: escaped (from prison, escort or hospital), absconded (from open conditions
   * or temporary release), unlawfully at large (did not return, or a recalled offender not yet back), or absent without
   * leave from hospital (Mental Health Act 1983 s.18). Never where from or where to: victims are not told where the
   * offender is held. The most urgent news a victim can get (issue 17).
   */
  'escape-or-abscond': { readonly circumstance: EscapeCircumstance };
  /** Back in lawful custody (prison or hospital) after an escape, absconding, being unlawfully at large or AWOL. */
  'return-to-custody': Record<string, never>;
  'licence-end': Record<string, never>;
  'sentence-end': Record<string, never>;
  /**
   * Determinate sentences: the expected release date moved (added days, recalculation, a change in the law …). With
   * `reason: 'change-in-law'`, `lawChange` names the law, and `recalculationId` the bulk recalculation that recorded it
   * (issue 17; both absent on every other reason and on events recorded before them).
   */
  'release-date-changed': {
    readonly expectedReleaseDate: IsoDate;
    readonly reason: ReleaseDateChangeReason;
    readonly lawChange?: ReleaseLawChange;
    readonly recalculationId?: string;
  };
  'hospital-leave': { readonly leaveType: 'escorted' | 'unescorted' | 'overnight' };
  /** Never where to: victims are not told where the offender is held. */
  'hospital-transfer': { readonly security: 'lower' | 'same' | 'higher' };
  'tribunal-hearing-listed': { readonly hearingDate: IsoDate };
  'tribunal-decision': {
    readonly outcome:
      'not-discharged' | 'conditional-discharge' | 'deferred-conditional-discharge' | 'absolute-discharge';
  };
  'conditional-discharge': {
    readonly conditions: readonly LicenceConditionKind[];
    readonly protectsVictimIds: readonly string[];
  };
  'absolute-discharge': Record<string, never>;
  /**
   * The conditions of a conditionally discharged restricted patient were changed (Mental Health Act 1983 s.73(4)(b),
   * s.75(3)); the victims they protect are told the new conditions, as for the discharge.
   */
  'discharge-conditions-varied': {
    readonly conditions: readonly LicenceConditionKind[];
    readonly protectsVictimIds: readonly string[];
  };
  /**
   * The special restrictions end: the Secretary of State's direction under Mental Health Act 1983 s.42(1), or a
   * restriction or limitation direction ending for a prisoner in hospital. The patient stays under the hospital order,
   * but conditional discharge and recall by the Secretary of State no longer apply.
   */
  'restrictions-lifted': Record<string, never>;
  appeal: {
    readonly stage: 'lodged' | 'decided';
    readonly against?: 'conviction' | 'sentence';
    readonly outcome?:
      'dismissed' | 'sentence-reduced' | 'sentence-increased' | 'conviction-quashed' | 'retrial-ordered';
  };
  death: { readonly inCustody: boolean };
  /**
   * The court activated a suspended sentence on a breach of its requirements or a further offence (Sentencing Act 2020
   * Sch. 16 paras 13, 15): the custodial term, in full or in part, takes effect and the offender goes to custody.
   */
  'suspended-sentence-activated': { readonly activation: 'full' | 'part' };
  /**
   * Removal of a foreign national offender is planned: the early removal scheme (CJA 2003 s.260: a fixed-term prisoner
   * liable to removal, removed from prison before the release point to be removed from the UK), the tariff-expired
   * removal scheme for indeterminate prisoners (Crime (Sentences) Act 1997 s.32A), or deportation at the end of custody.
   * `expectedOn`: the planned day, when known. Nothing about where to (issue 17).
   */
  'removal-planned': { readonly route: RemovalRoute; readonly expectedOn?: IsoDate };
  /** The offender was removed from the United Kingdom (deported, or removed under a removal scheme). */
  deportation: Record<string, never>;
  /**
   * The offender was transferred abroad to serve the sentence there (Repatriation of Prisoners Act 1984: a warrant
   * transferring a prisoner or patient out of the UK). Never where to.
   */
  'transfer-abroad': Record<string, never>;
  /**
   * The offender, removed from the UK or transferred abroad, is back in custody here and back in the sentence (for an
   * early-removed prisoner who re-enters before the sentence expiry date: CJA 2003 s.261).
   */
  'return-after-removal': Record<string, never>;
}

export const REMOVAL_ROUTES = ['early-removal-scheme', 'tariff-expired-removal-scheme', 'deportation-order'] as const;
export type RemovalRoute = (typeof REMOVAL_ROUTES)[number];

export type MilestoneKind = keyof MilestoneDetails;

export const HEARING_POSTPONEMENTS = ['deferred', 'adjourned'] as const;
export type HearingPostponement = (typeof HEARING_POSTPONEMENTS)[number];

/** Prison security categories: adult men A–D; women and young adults restricted status, closed or open. */
export const SECURITY_CATEGORIES = [
  'category-a',
  'category-b',
  'category-c',
  'category-d',
  'restricted-status',
  'closed',
  'open',
] as const;
export type SecurityCategory = (typeof SECURITY_CATEGORIES)[number];

/** Mental Health Act 1983: s.47 transfer direction of a sentenced prisoner; s.45A hospital and limitation directions. */
export const HOSPITAL_DIRECTION_BASES = ['transfer-direction', 'hospital-and-limitation-direction'] as const;
export type HospitalDirectionBasis = (typeof HOSPITAL_DIRECTION_BASES)[number];

export const ESCAPE_CIRCUMSTANCES = ['escaped', 'absconded', 'unlawfully-at-large', 'absent-without-leave'] as const;
export type EscapeCircumstance = (typeof ESCAPE_CIRCUMSTANCES)[number];
/** Hospital patients escape or go absent without leave; prisoners escape, abscond or are unlawfully at large. */
export const HOSPITAL_ESCAPE_CIRCUMSTANCES: readonly EscapeCircumstance[] = ['escaped', 'absent-without-leave'];
export const CUSTODY_ESCAPE_CIRCUMSTANCES: readonly EscapeCircumstance[] = [
  'escaped',
  'absconded',
  'unlawfully-at-large',
];

/** A milestone of one kind with its detail; a union discriminated by `kind`. */
export type Milestone = {
  [K in MilestoneKind]: { readonly kind: K; readonly detail: MilestoneDetails[K] };
}[MilestoneKind];

/** Which sentences a milestone belongs to. */
export const MILESTONE_APPLIES_TO = {
  'parole-eligibility': 'custody',
  'parole-hearing-listed': 'custody',
  'parole-hearing-postponed': 'custody',
  'parole-decision': 'custody',
  reconsideration: 'custody',
  'set-aside': 'custody',
  'high-court-referral': 'custody',
  'open-conditions-eligibility': 'custody',
  'prison-transfer': 'custody',
  recategorisation: 'custody',
  'hospital-direction': 'custody',
  'remitted-to-prison': 'custody',
  'transfer-to-open-conditions': 'custody',
  'return-to-closed-conditions': 'custody',
  'release-on-temporary-licence': 'custody',
  'home-detention-curfew': 'custody',
  'release-on-licence': 'custody',
  'licence-conditions-set': 'custody',
  recall: 'both',
  'escape-or-abscond': 'both',
  'return-to-custody': 'both',
  'licence-end': 'custody',
  'sentence-end': 'custody',
  'release-date-changed': 'custody',
  'hospital-leave': 'hospital',
  'hospital-transfer': 'hospital',
  'tribunal-hearing-listed': 'hospital',
  'tribunal-decision': 'hospital',
  'conditional-discharge': 'hospital',
  'absolute-discharge': 'hospital',
  'discharge-conditions-varied': 'hospital',
  'restrictions-lifted': 'both',
  appeal: 'both',
  death: 'both',
  'suspended-sentence-activated': 'custody',
  'removal-planned': 'custody',
  deportation: 'both',
  'transfer-abroad': 'both',
  'return-after-removal': 'both',
} as const satisfies { readonly [K in MilestoneKind]: 'custody' | 'hospital' | 'both' };

/** The stages that belong to hospital orders only (a prisoner detained in hospital may have some of them). */
export type HospitalMilestoneKind = {
  [K in MilestoneKind]: (typeof MILESTONE_APPLIES_TO)[K] extends 'hospital' ? K : never;
}[MilestoneKind];

export const MILESTONE_KINDS = Object.keys(MILESTONE_APPLIES_TO) as MilestoneKind[];

/**
 * Whether a stage is a release or discharge: what "release month only" victims still hear about. Keyed by every
 * milestone kind, so a new one is decided here, not left out.
 */
const RELEASE_OR_NOT = {
  'parole-eligibility': 'not-a-release',
  'parole-hearing-listed': 'not-a-release',
  'parole-hearing-postponed': 'not-a-release',
  'parole-decision': 'not-a-release',
  reconsideration: 'not-a-release',
  'set-aside': 'not-a-release',
  'high-court-referral': 'not-a-release',
  'open-conditions-eligibility': 'not-a-release',
  'prison-transfer': 'not-a-release',
  recategorisation: 'not-a-release',
  'hospital-direction': 'not-a-release',
  'remitted-to-prison': 'not-a-release',
  'transfer-to-open-conditions': 'not-a-release',
  'return-to-closed-conditions': 'not-a-release',
  'release-on-temporary-licence': 'not-a-release',
  'home-detention-curfew': 'release',
  'release-on-licence': 'release',
  'licence-conditions-set': 'not-a-release',
  recall: 'not-a-release',
  'escape-or-abscond': 'not-a-release',
  'return-to-custody': 'not-a-release',
  'licence-end': 'not-a-release',
  'sentence-end': 'not-a-release',
  'release-date-changed': 'not-a-release',
  'hospital-leave': 'not-a-release',
  'hospital-transfer': 'not-a-release',
  'tribunal-hearing-listed': 'not-a-release',
  'tribunal-decision': 'not-a-release',
  'conditional-discharge': 'release',
  'absolute-discharge': 'release',
  'discharge-conditions-varied': 'not-a-release',
  'restrictions-lifted': 'not-a-release',
  appeal: 'not-a-release',
  death: 'not-a-release',
  'suspended-sentence-activated': 'not-a-release',
  'removal-planned': 'not-a-release',
  deportation: 'not-a-release',
  'transfer-abroad': 'not-a-release',
  'return-after-removal': 'not-a-release',
} as const satisfies Record<MilestoneKind, 'release' | 'not-a-release'>;

/** The stages that are a release or discharge: what "release month only" victims still hear about. */
export const RELEASE_MILESTONES: readonly MilestoneKind[] = MILESTONE_KINDS.filter(
  (kind) => RELEASE_OR_NOT[kind] === 'release',
);
