import { addCalendarDays, IsoDate, Milestone, RECONSIDERATION_WINDOW_CALENDAR_DAYS } from '@vcs/domain';

/**
 * What the sentence view expects next, and when (docs/read-models/sentence-partner.md "Expected milestones").
 * Each rule is set by a milestone that has happened and cleared by a later one; nothing is calculated from the
 * sentence length (release fractions vary by offence, sentence date and legislation: the prison's calculation,
 * recorded as `release-date-changed`, is the only source of an expected release date).
 */
export const EXPECTED_KINDS = [
  'parole-eligibility',
  'parole-hearing',
  'parole-review',
  'reconsideration-window-closes',
  'reconsideration-decision',
  'release',
  'return-from-temporary-licence',
  'licence-conditions-end',
  'tribunal-hearing',
  'appeal-decision',
] as const;
export type ExpectedKind = (typeof EXPECTED_KINDS)[number];

export interface Expectation {
  readonly kind: ExpectedKind;
  /** The date it is expected on; null when the stage is pending with no date known (an appeal, a reconsideration). */
  readonly date: IsoDate | null;
  /** Structured, non-personal detail (hearing type, reason a release date moved, conditions). */
  readonly detail: Record<string, unknown>;
}

export interface ExpectationChange {
  /** Expectations to drop first (the stage happened, or the sentence ended). */
  readonly clear: readonly ExpectedKind[] | 'all';
  /** Expectations to set (replacing any of the same kind). */
  readonly set: readonly Expectation[];
}

const RELEASED: readonly ExpectedKind[] = [
  'parole-eligibility',
  'parole-hearing',
  'parole-review',
  'release',
  'return-from-temporary-licence',
];

/** The change a milestone makes to what is expected. Pure: the same milestone always gives the same change. */
export function expectationChange(milestone: Milestone & { readonly date: IsoDate }): ExpectationChange {
  switch (milestone.kind) {
    case 'parole-eligibility':
      return {
        clear: [],
        set: [{ kind: 'parole-eligibility', date: milestone.detail.paroleEligibilityDate, detail: {} }],
      };
    case 'parole-hearing-listed':
      // A review date given at the last refusal is now a listed hearing.
      return {
        clear: ['parole-review'],
        set: [
          {
            kind: 'parole-hearing',
            date: milestone.detail.hearingDate,
            detail: { hearingType: milestone.detail.hearingType },
          },
        ],
      };
    case 'parole-decision': {
      // Parole Board Rules 2019 r.28(2)–(3): only a reconsiderable decision has a window, 21 days from its provision to
      // the parties. Decisions recorded before version 2 do not say, and keep the window they were shown with.
      const set: Expectation[] =
        milestone.detail.reconsiderable === false
          ? []
          : [
              {
                kind: 'reconsideration-window-closes',
                date: addCalendarDays(
                  milestone.detail.providedToPartiesOn ?? milestone.date,
                  RECONSIDERATION_WINDOW_CALENDAR_DAYS,
                ),
                detail: { decidedOn: milestone.date, outcome: milestone.detail.outcome },
              },
            ];
      if (milestone.detail.nextReviewDate)
        set.push({
          kind: 'parole-review',
          date: milestone.detail.nextReviewDate,
          detail: { outcome: milestone.detail.outcome },
        });
      return {
        clear: [
          'parole-eligibility',
          'parole-hearing',
          'parole-review',
          'reconsideration-window-closes',
          'reconsideration-decision',
        ],
        set,
      };
    }
    case 'reconsideration':
      return milestone.detail.stage === 'applied'
        ? {
            clear: ['reconsideration-window-closes'],
            set: [
              {
                kind: 'reconsideration-decision',
                date: null,
                detail: { appliedBy: milestone.detail.appliedBy ?? null },
              },
            ],
          }
        : { clear: ['reconsideration-decision'], set: [] };
    case 'release-on-temporary-licence':
      return milestone.detail.returnDate
        ? { clear: [], set: [{ kind: 'return-from-temporary-licence', date: milestone.detail.returnDate, detail: {} }] }
        : { clear: ['return-from-temporary-licence'], set: [] };
    case 'home-detention-curfew':
    case 'release-on-licence':
      return { clear: RELEASED, set: [] };
    case 'release-date-changed':
      return {
        clear: [],
        set: [
          { kind: 'release', date: milestone.detail.expectedReleaseDate, detail: { reason: milestone.detail.reason } },
        ],
      };
    case 'licence-conditions-set':
      return {
        clear: [],
        set: [
          {
            kind: 'licence-conditions-end',
            date: milestone.detail.conditionsEndDate,
            detail: { conditions: milestone.detail.conditions },
          },
        ],
      };
    case 'licence-end':
      return { clear: ['licence-conditions-end'], set: [] };
    case 'parole-hearing-postponed':
      // The hearing is not on the date expected: a new date replaces it, or none is expected until it is listed again.
      return milestone.detail.newHearingDate !== undefined
        ? {
            clear: ['parole-hearing'],
            set: [{ kind: 'parole-hearing', date: milestone.detail.newHearingDate, detail: {} }],
          }
        : { clear: ['parole-hearing'], set: [] };
    case 'tribunal-hearing-listed':
      return { clear: [], set: [{ kind: 'tribunal-hearing', date: milestone.detail.hearingDate, detail: {} }] };
    case 'tribunal-decision':
    case 'conditional-discharge':
      return { clear: ['tribunal-hearing'], set: [] };
    case 'appeal':
      if (milestone.detail.stage === 'lodged')
        return {
          clear: [],
          set: [{ kind: 'appeal-decision', date: null, detail: { against: milestone.detail.against ?? null } }],
        };
      return milestone.detail.outcome === 'conviction-quashed'
        ? { clear: 'all', set: [] }
        : { clear: ['appeal-decision'], set: [] };
    case 'deportation':
    case 'transfer-abroad':
      // Only a return to custody here, the end of the licence or sentence, or a death, can follow a removal.
      return { clear: EXPECTED_KINDS.filter((kind) => kind !== 'licence-conditions-end'), set: [] };
    case 'death':
    case 'sentence-end':
    case 'absolute-discharge':
      return { clear: 'all', set: [] };
    case 'prison-transfer':
    case 'recategorisation':
    case 'hospital-direction':
    case 'remitted-to-prison':
    case 'discharge-conditions-varied':
    case 'restrictions-lifted':
    case 'open-conditions-eligibility':
    case 'set-aside':
    case 'high-court-referral':
    case 'escape-or-abscond':
    case 'return-to-custody':
    case 'removal-planned':
    case 'return-after-removal':
    case 'suspended-sentence-activated':
    case 'transfer-to-open-conditions':
    case 'return-to-closed-conditions':
    case 'recall':
    case 'hospital-leave':
    case 'hospital-transfer':
      return { clear: [], set: [] };
  }
}
