import { Schemas } from '../../../data/api-client';
import { FieldOption } from '../form-definition';
import { optionsOf } from './options';

export type MilestoneKind = Schemas['RecordSentenceMilestoneDto']['kind'];

/** Each kind's detail as the API's OpenAPI document names it (the description of RecordSentenceMilestoneDto.detail). */
export interface MilestoneDetailDtos {
  'parole-eligibility': Schemas['ParoleEligibilityDetailDto'];
  'parole-hearing-listed': Schemas['ParoleHearingListedDetailDto'];
  'parole-hearing-postponed': Schemas['ParoleHearingPostponedDetailDto'];
  'parole-decision': Schemas['ParoleDecisionDetailDto'];
  reconsideration: Schemas['ReconsiderationDetailDto'];
  'set-aside': Schemas['SetAsideDetailDto'];
  'high-court-referral': Schemas['HighCourtReferralDetailDto'];
  'open-conditions-eligibility': Schemas['OpenConditionsEligibilityDetailDto'];
  'prison-transfer': Schemas['NoMilestoneDetailDto'];
  recategorisation: Schemas['RecategorisationDetailDto'];
  'hospital-direction': Schemas['HospitalDirectionDetailDto'];
  'remitted-to-prison': Schemas['NoMilestoneDetailDto'];
  'transfer-to-open-conditions': Schemas['NoMilestoneDetailDto'];
  'return-to-closed-conditions': Schemas['NoMilestoneDetailDto'];
  'release-on-temporary-licence': Schemas['ReleaseOnTemporaryLicenceDetailDto'];
  'home-detention-curfew': Schemas['NoMilestoneDetailDto'];
  'release-on-licence': Schemas['NoMilestoneDetailDto'];
  'licence-conditions-set': Schemas['LicenceConditionsSetDetailDto'];
  recall: Schemas['RecallDetailDto'];
  'escape-or-abscond': Schemas['EscapeOrAbscondDetailDto'];
  'return-to-custody': Schemas['NoMilestoneDetailDto'];
  'licence-end': Schemas['NoMilestoneDetailDto'];
  'sentence-end': Schemas['NoMilestoneDetailDto'];
  'release-date-changed': Schemas['ReleaseDateChangedDetailDto'];
  'hospital-leave': Schemas['HospitalLeaveDetailDto'];
  'hospital-transfer': Schemas['HospitalTransferDetailDto'];
  'tribunal-hearing-listed': Schemas['TribunalHearingListedDetailDto'];
  'tribunal-decision': Schemas['TribunalDecisionDetailDto'];
  'conditional-discharge': Schemas['ConditionalDischargeDetailDto'];
  'absolute-discharge': Schemas['NoMilestoneDetailDto'];
  'discharge-conditions-varied': Schemas['DischargeConditionsVariedDetailDto'];
  'restrictions-lifted': Schemas['NoMilestoneDetailDto'];
  appeal: Schemas['AppealDetailDto'];
  death: Schemas['DeathDetailDto'];
  'suspended-sentence-activated': Schemas['SuspendedSentenceActivatedDetailDto'];
  'removal-planned': Schemas['RemovalPlannedDetailDto'];
  deportation: Schemas['NoMilestoneDetailDto'];
  'transfer-abroad': Schemas['NoMilestoneDetailDto'];
  'return-after-removal': Schemas['NoMilestoneDetailDto'];
}

/** How one detail field is asked: the input follows from the API's type (a date, a code list, a yes/no, victims). */
export type DetailInput =
  | { readonly type: 'date'; readonly label: string; readonly hint?: string }
  | {
      readonly type: 'radios' | 'checkboxes';
      readonly label: string;
      readonly hint?: string;
      readonly options: readonly FieldOption[];
    }
  | { readonly type: 'yes-no'; readonly label: string; readonly hint?: string }
  /** Victims the conditions protect: this case's victim can be ticked (the API checks each is linked to the sentence). */
  | { readonly type: 'victims'; readonly label: string };

/** Every field of a detail DTO, each with its question: a field the API adds fails to compile until it is asked. */
type DetailFields<Dto> = { readonly [Field in keyof Required<Dto>]: DetailInput };

export interface MilestonePage {
  /** The stage in words: the option, the page's heading and its confirmation. */
  readonly words: string;
  readonly group: MilestoneGroup;
  readonly detail: Readonly<Record<string, DetailInput>>;
}

export type MilestoneGroup = 'parole' | 'custody' | 'release' | 'hospital' | 'removal' | 'end';

export const MILESTONE_GROUPS = {
  parole: 'Parole and reconsideration',
  custody: 'Custody, moves and categories',
  release: 'Release, licence and recall',
  hospital: 'Hospital orders and restricted patients',
  removal: 'Removal from the UK',
  end: 'Appeals and the end of the sentence',
} satisfies Record<MilestoneGroup, string>;

type Enum<Dto, Field extends keyof Dto> = Extract<NonNullable<Dto[Field]>, string>;
type Item<Dto, Field extends keyof Dto> = Extract<NonNullable<Dto[Field]>, readonly unknown[]>[number];

const CONDITION_KINDS = optionsOf({
  'non-contact': 'No contact with the victim',
  'exclusion-zone': 'Exclusion zone',
  other: 'Another victim-related condition',
} satisfies Record<Item<Schemas['LicenceConditionsSetDetailDto'], 'conditions'>, string>);

const CONDITIONS_HINT = 'What they say is written on the representation, not here.';
const conditions = (label: string, hint?: string): DetailInput => ({
  type: 'checkboxes',
  label,
  options: CONDITION_KINDS,
  ...(hint ? { hint } : {}),
});
const protectedVictims: DetailInput = { type: 'victims', label: 'Victims the conditions protect' };
const date = (label: string, hint?: string): DetailInput => ({ type: 'date', label, ...(hint ? { hint } : {}) });
const radios = <Code extends string>(label: string, table: Record<Code, string>): DetailInput => ({
  type: 'radios',
  label,
  options: optionsOf(table),
});

type D<Kind extends MilestoneKind> = MilestoneDetailDtos[Kind];

const none = {};

/**
 * Every key stage the API accepts, its words, its group on the choice page and the question for each field of its
 * detail. `satisfies` makes a new kind fail to compile until it is here; milestone-details.unit.spec.ts compares this
 * table with the API's OpenAPI document (kind → detail DTO, its fields and their code lists).
 */
export const MILESTONE_PAGES = {
  'parole-eligibility': {
    words: 'Parole eligibility date set',
    group: 'parole',
    detail: { paroleEligibilityDate: date('Parole eligibility date') },
  },
  'parole-hearing-listed': {
    words: 'Parole hearing listed',
    group: 'parole',
    detail: {
      hearingDate: date('Hearing date'),
      hearingType: radios('Type of hearing', {
        oral: 'Oral hearing',
        paper: 'Paper decision',
      } satisfies Record<Enum<D<'parole-hearing-listed'>, 'hearingType'>, string>),
    },
  },
  'parole-hearing-postponed': {
    words: 'Parole hearing deferred or adjourned',
    group: 'parole',
    detail: {
      postponement: radios('How it was put off', {
        deferred: 'Deferred: put off before the day of the hearing',
        adjourned: 'Adjourned: put off by the panel on or after the day',
      } satisfies Record<Enum<D<'parole-hearing-postponed'>, 'postponement'>, string>),
      newHearingDate: date('New hearing date', 'Only when the Parole Board has set one'),
    },
  },
  'parole-decision': {
    words: 'Parole decision',
    group: 'parole',
    detail: {
      outcome: radios('Decision', {
        release: 'Release directed',
        'no-release': 'Release refused',
        'open-conditions-recommended': 'Move to open conditions recommended',
      } satisfies Record<Enum<D<'parole-decision'>, 'outcome'>, string>),
      nextReviewDate: date('Next review date', 'When release is refused and the next review is known'),
      providedToPartiesOn: date(
        'Date the decision was provided to the parties',
        'The 21 days for reconsideration run from this day',
      ),
    },
  },
  reconsideration: {
    words: 'Reconsideration of a parole decision',
    group: 'parole',
    detail: {
      stage: radios('Stage', {
        applied: 'An application was made',
        decided: 'The application was decided',
      } satisfies Record<Enum<D<'reconsideration'>, 'stage'>, string>),
      appliedBy: radios('Who applied (applications only)', {
        prisoner: 'The prisoner',
        'secretary-of-state': 'The Secretary of State',
      } satisfies Record<Enum<D<'reconsideration'>, 'appliedBy'>, string>),
      outcome: radios('Outcome (decisions only)', {
        granted: 'Granted: the decision will be reconsidered',
        refused: 'Refused',
      } satisfies Record<Enum<D<'reconsideration'>, 'outcome'>, string>),
    },
  },
  'set-aside': {
    words: 'Parole decision set aside',
    group: 'parole',
    detail: {
      stage: radios('Stage', {
        applied: 'An application was made (or the Board chair started it)',
        decided: 'It was decided',
      } satisfies Record<Enum<D<'set-aside'>, 'stage'>, string>),
      appliedBy: radios('Who applied (applications only)', {
        prisoner: 'The prisoner',
        'secretary-of-state': 'The Secretary of State',
        'board-chair': 'The Parole Board chair started it',
      } satisfies Record<Enum<D<'set-aside'>, 'appliedBy'>, string>),
      outcome: radios('Outcome (decisions only)', {
        'set-aside': 'The decision was set aside',
        refused: 'Refused: the decision stands',
      } satisfies Record<Enum<D<'set-aside'>, 'outcome'>, string>),
    },
  },
  'high-court-referral': {
    words: 'Release decision referred to the High Court',
    group: 'parole',
    detail: {
      stage: radios('Stage', {
        referred: 'The release decision was referred to the High Court',
        decided: 'The High Court decided',
      } satisfies Record<Enum<D<'high-court-referral'>, 'stage'>, string>),
      outcome: radios('High Court decision (decisions only)', {
        'release-upheld': 'Release upheld',
        'release-quashed': 'Release quashed',
      } satisfies Record<Enum<D<'high-court-referral'>, 'outcome'>, string>),
    },
  },
  'open-conditions-eligibility': {
    words: 'Eligible to be considered for open conditions',
    group: 'custody',
    detail: { eligibleFrom: date('Eligible from') },
  },
  'prison-transfer': { words: 'Moved to another prison', group: 'custody', detail: none },
  recategorisation: {
    words: 'Security category changed',
    group: 'custody',
    detail: {
      category: radios('New security category', {
        'category-a': 'Category A',
        'category-b': 'Category B',
        'category-c': 'Category C',
        'category-d': 'Category D (open)',
        'restricted-status': 'Restricted status',
        closed: 'Closed conditions',
        open: 'Open conditions',
      } satisfies Record<Enum<D<'recategorisation'>, 'category'>, string>),
    },
  },
  'transfer-to-open-conditions': { words: 'Moved to open conditions', group: 'custody', detail: none },
  'return-to-closed-conditions': { words: 'Returned to closed conditions', group: 'custody', detail: none },
  'escape-or-abscond': {
    words: 'Escaped, absconded or unlawfully at large',
    group: 'custody',
    detail: {
      circumstance: radios('What happened', {
        escaped: 'Escaped',
        absconded: 'Absconded',
        'unlawfully-at-large': 'Unlawfully at large',
        'absent-without-leave': 'Absent without leave from hospital',
      } satisfies Record<Enum<D<'escape-or-abscond'>, 'circumstance'>, string>),
    },
  },
  'return-to-custody': { words: 'Returned to custody', group: 'custody', detail: none },
  'suspended-sentence-activated': {
    words: 'Suspended sentence activated (offender to custody)',
    group: 'custody',
    detail: {
      activation: radios('The court activated the custodial term', {
        full: 'In full',
        part: 'In part',
      } satisfies Record<Enum<D<'suspended-sentence-activated'>, 'activation'>, string>),
    },
  },
  'release-on-temporary-licence': {
    words: 'Released on temporary licence',
    group: 'release',
    detail: { returnDate: date('Date due back', 'If known') },
  },
  'home-detention-curfew': { words: 'Released on home detention curfew', group: 'release', detail: none },
  'release-on-licence': { words: 'Released on licence', group: 'release', detail: none },
  'licence-conditions-set': {
    words: 'Licence conditions set',
    group: 'release',
    detail: {
      conditions: conditions('Victim-related conditions', CONDITIONS_HINT),
      conditionsEndDate: date('Date the victim-related conditions end'),
      protectsVictimIds: protectedVictims,
    },
  },
  recall: {
    words: 'Recalled to prison',
    group: 'release',
    detail: {
      recallType: radios('Type of recall (prison recalls only)', {
        'fixed-term': 'Fixed-term recall: re-released automatically',
        standard: 'Standard recall',
      } satisfies Record<Enum<D<'recall'>, 'recallType'>, string>),
      reReleaseDate: date('Re-release date (fixed-term recalls only)'),
    },
  },
  'release-date-changed': {
    words: 'Release date changed',
    group: 'release',
    detail: {
      expectedReleaseDate: date('New expected release date'),
      reason: radios('Why it changed', {
        'added-days': 'Days added for a disciplinary offence',
        recalculation: 'The sentence was recalculated',
        'remand-time-credited': 'Time on remand was credited',
        'change-in-law': 'A change in the law',
        other: 'Another reason',
      } satisfies Record<Enum<D<'release-date-changed'>, 'reason'>, string>),
      lawChange: radios('The change in the law (only when that is the reason)', {
        'sds40-2024': 'Release at 40 per cent (SDS40, September 2024)',
        'sentencing-act-2026': 'Sentencing Act 2026',
        'other-law-change': 'Another change in the law',
      } satisfies Record<Enum<D<'release-date-changed'>, 'lawChange'>, string>),
    },
  },
  'licence-end': { words: 'Licence ended', group: 'release', detail: none },
  'hospital-direction': {
    words: 'Detained in hospital (transfer or hospital direction)',
    group: 'hospital',
    detail: {
      basis: radios('Direction', {
        'transfer-direction': 'Transfer direction (section 47): a sentenced prisoner moved to hospital',
        'hospital-and-limitation-direction': 'Hospital and limitation direction (section 45A), given by the court',
      } satisfies Record<Enum<D<'hospital-direction'>, 'basis'>, string>),
      restricted: {
        type: 'yes-no',
        label: 'Was a restriction or limitation direction given?',
        hint: 'Section 49 or 45A: the Secretary of State must agree to leave, moves and discharge',
      },
    },
  },
  'remitted-to-prison': { words: 'Returned from hospital to prison', group: 'hospital', detail: none },
  'hospital-leave': {
    words: 'Leave from hospital',
    group: 'hospital',
    detail: {
      leaveType: radios('Type of leave', {
        escorted: 'Escorted',
        unescorted: 'Unescorted',
        overnight: 'Overnight',
      } satisfies Record<Enum<D<'hospital-leave'>, 'leaveType'>, string>),
    },
  },
  'hospital-transfer': {
    words: 'Moved to another hospital',
    group: 'hospital',
    detail: {
      security: radios('Security of the new hospital', {
        lower: 'Lower security',
        same: 'The same security',
        higher: 'Higher security',
      } satisfies Record<Enum<D<'hospital-transfer'>, 'security'>, string>),
    },
  },
  'tribunal-hearing-listed': {
    words: 'Mental Health Tribunal hearing listed',
    group: 'hospital',
    detail: { hearingDate: date('Hearing date') },
  },
  'tribunal-decision': {
    words: 'Mental Health Tribunal decision',
    group: 'hospital',
    detail: {
      outcome: radios('Decision', {
        'not-discharged': 'Not discharged',
        'conditional-discharge': 'Conditionally discharged',
        'deferred-conditional-discharge': 'Conditional discharge deferred',
        'absolute-discharge': 'Absolutely discharged',
      } satisfies Record<Enum<D<'tribunal-decision'>, 'outcome'>, string>),
    },
  },
  'conditional-discharge': {
    words: 'Conditionally discharged',
    group: 'hospital',
    detail: { conditions: conditions('Conditions of discharge'), protectsVictimIds: protectedVictims },
  },
  'discharge-conditions-varied': {
    words: 'Conditions of discharge changed',
    group: 'hospital',
    detail: { conditions: conditions('Conditions of discharge as changed'), protectsVictimIds: protectedVictims },
  },
  'restrictions-lifted': { words: 'Restrictions lifted', group: 'hospital', detail: none },
  'absolute-discharge': { words: 'Absolutely discharged', group: 'hospital', detail: none },
  'removal-planned': {
    words: 'Removal from the UK planned',
    group: 'removal',
    detail: {
      route: radios('Route', {
        'early-removal-scheme': 'Early removal scheme (fixed-term prisoners)',
        'tariff-expired-removal-scheme': 'Tariff-expired removal scheme (indeterminate prisoners)',
        'deportation-order': 'Deportation order',
      } satisfies Record<Enum<D<'removal-planned'>, 'route'>, string>),
      expectedOn: date('Planned removal date', 'If known'),
    },
  },
  deportation: { words: 'Deported', group: 'removal', detail: none },
  'transfer-abroad': { words: 'Transferred abroad to serve the sentence', group: 'removal', detail: none },
  'return-after-removal': {
    words: 'Back in custody after removal from the UK',
    group: 'removal',
    detail: none,
  },
  appeal: {
    words: 'Appeal',
    group: 'end',
    detail: {
      stage: radios('Stage', {
        lodged: 'Lodged',
        decided: 'Decided',
      } satisfies Record<Enum<D<'appeal'>, 'stage'>, string>),
      against: radios('Against', {
        conviction: 'The conviction',
        sentence: 'The sentence',
      } satisfies Record<Enum<D<'appeal'>, 'against'>, string>),
      outcome: radios('Outcome (decided appeals only)', {
        dismissed: 'Dismissed',
        'sentence-reduced': 'Sentence reduced',
        'sentence-increased': 'Sentence increased',
        'conviction-quashed': 'Conviction quashed',
        'retrial-ordered': 'Retrial ordered',
      } satisfies Record<Enum<D<'appeal'>, 'outcome'>, string>),
    },
  },
  'sentence-end': { words: 'Sentence ended', group: 'end', detail: none },
  death: {
    words: 'The offender died',
    group: 'end',
    detail: { inCustody: { type: 'yes-no', label: 'Did they die in custody or detention?' } },
  },
} satisfies { readonly [Kind in MilestoneKind]: MilestonePage & { readonly detail: DetailFields<D<Kind>> } };

export const MILESTONE_KINDS = Object.keys(MILESTONE_PAGES) as MilestoneKind[];

export const isMilestoneKind = (value: string): value is MilestoneKind =>
  Object.prototype.hasOwnProperty.call(MILESTONE_PAGES, value);
