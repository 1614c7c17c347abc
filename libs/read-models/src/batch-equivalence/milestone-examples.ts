import {
  ESCAPE_CIRCUMSTANCES,
  HEARING_POSTPONEMENTS,
  IsoDate,
  Milestone,
  MilestoneDetails,
  MilestoneKind,
  REMOVAL_ROUTES,
  SECURITY_CATEGORIES,
  addCalendarDays,
} from '@vcs/domain';
import { Random } from '../../../../bench/read-side/rng';

interface ExampleContext {
  readonly random: Random;
  /** The day the stage happens. */
  readonly on: IsoDate;
  /** The victims linked to the sentence: the ones its conditions protect. */
  readonly protects: readonly string[];
}

const after = (c: ExampleContext, min: number, max: number): IsoDate => addCalendarDays(c.on, c.random.int(min, max));
const CONDITIONS = ['non-contact', 'exclusion-zone'] as const;

/**
 * How the varied history makes a stage of each kind: its detail, varied where the kind has choices. Keyed by every
 * milestone kind, so a new kind fails to compile until it is given one (and the history then records it where the
 * sentence decider accepts it).
 */
export const MILESTONE_EXAMPLES: { readonly [K in MilestoneKind]: (c: ExampleContext) => MilestoneDetails[K] } = {
  'parole-eligibility': (c) => ({ paroleEligibilityDate: after(c, 60, 400) }),
  'parole-hearing-listed': (c) => ({ hearingDate: after(c, 30, 120), hearingType: c.random.pick(['oral', 'paper']) }),
  'parole-hearing-postponed': (c) => ({
    postponement: c.random.pick(HEARING_POSTPONEMENTS),
    ...(c.random.chance(0.5) ? { newHearingDate: after(c, 30, 120) } : {}),
  }),
  'parole-decision': (c) =>
    c.random.pick([
      { outcome: 'release' },
      { outcome: 'no-release', nextReviewDate: after(c, 300, 700) },
      { outcome: 'open-conditions-recommended' },
    ] as const),
  reconsideration: (c) =>
    c.random.pick([
      { stage: 'applied', appliedBy: 'prisoner' },
      { stage: 'applied', appliedBy: 'secretary-of-state' },
      { stage: 'decided', outcome: 'refused' },
    ] as const),
  'set-aside': (c) =>
    c.random.pick([
      { stage: 'applied', appliedBy: 'secretary-of-state' },
      { stage: 'decided', outcome: 'refused' },
    ] as const),
  'high-court-referral': (c) =>
    c.random.pick([{ stage: 'referred' }, { stage: 'decided', outcome: 'release-upheld' }] as const),
  'open-conditions-eligibility': (c) => ({ eligibleFrom: after(c, 30, 300) }),
  'prison-transfer': () => ({}),
  recategorisation: (c) => ({ category: c.random.pick(SECURITY_CATEGORIES) }),
  'hospital-direction': (c) => ({ basis: 'transfer-direction', restricted: c.random.chance(0.5) }),
  'remitted-to-prison': () => ({}),
  'transfer-to-open-conditions': () => ({}),
  'return-to-closed-conditions': () => ({}),
  'release-on-temporary-licence': (c) => (c.random.chance(0.5) ? { returnDate: after(c, 1, 3) } : {}),
  'home-detention-curfew': () => ({}),
  'release-on-licence': () => ({}),
  'licence-conditions-set': (c) => ({
    conditions: CONDITIONS,
    conditionsEndDate: after(c, 365, 900),
    protectsVictimIds: c.protects,
  }),
  recall: (c) => (c.random.chance(0.5) ? { recallType: 'standard' } : {}),
  'escape-or-abscond': (c) => ({ circumstance: c.random.pick(ESCAPE_CIRCUMSTANCES) }),
  'return-to-custody': () => ({}),
  'licence-end': () => ({}),
  'sentence-end': () => ({}),
  'release-date-changed': (c) => ({
    expectedReleaseDate: after(c, 30, 400),
    reason: c.random.pick(['added-days', 'recalculation', 'remand-time-credited'] as const),
  }),
  'hospital-leave': (c) => ({ leaveType: c.random.pick(['escorted', 'unescorted', 'overnight'] as const) }),
  'hospital-transfer': (c) => ({ security: c.random.pick(['lower', 'same', 'higher'] as const) }),
  'tribunal-hearing-listed': (c) => ({ hearingDate: after(c, 30, 90) }),
  'tribunal-decision': (c) => ({
    outcome: c.random.pick(['not-discharged', 'conditional-discharge', 'absolute-discharge'] as const),
  }),
  'conditional-discharge': (c) => ({ conditions: CONDITIONS, protectsVictimIds: c.protects }),
  'absolute-discharge': () => ({}),
  'discharge-conditions-varied': (c) => ({ conditions: ['non-contact'], protectsVictimIds: c.protects }),
  'restrictions-lifted': () => ({}),
  appeal: (c) =>
    c.random.pick([
      { stage: 'lodged', against: 'sentence' },
      { stage: 'decided', against: 'sentence', outcome: 'dismissed' },
    ] as const),
  death: (c) => ({ inCustody: c.random.chance(0.5) }),
  'suspended-sentence-activated': (c) => ({ activation: c.random.pick(['full', 'part'] as const) }),
  'removal-planned': (c) => ({
    route: c.random.pick(REMOVAL_ROUTES),
    ...(c.random.chance(0.5) ? { expectedOn: after(c, 30, 200) } : {}),
  }),
  deportation: () => ({}),
  'transfer-abroad': () => ({}),
  'return-after-removal': () => ({}),
};

export function milestoneExample<K extends MilestoneKind>(kind: K, context: ExampleContext): Milestone {
  return { kind, detail: MILESTONE_EXAMPLES[kind](context) } as Milestone;
}
