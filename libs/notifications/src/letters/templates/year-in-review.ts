import { IsoDate, MilestoneKind } from '@vcs/domain';
import { LetterFacts } from './letter-template';

/**
 * What the yearly letter can truthfully say about its year (issue 17: real facts, not a stock "no change"), from the
 * sentence's milestones alone: the stages recorded after `yearFrom` (moves between closed and open conditions, expected
 * dates, the parole timetable, anything else recorded), and the dates still ahead as the history stands. Language-free:
 * the English and Welsh templates word it.
 */
export interface YearInReview {
  readonly changes: readonly { readonly kind: MilestoneKind; readonly date: IsoDate }[];
  readonly expectedRelease?: IsoDate;
  readonly paroleEligibility?: IsoDate;
  readonly hearing?: IsoDate;
  readonly nextReview?: IsoDate;
  readonly inOpenConditions: boolean;
}

/**
 * What each stage means for the year's facts, beyond being listed among its changes: the dates it sets, what makes
 * them no longer ahead (a release, a parole decision, a new hearing), and moves in and out of open conditions. Keyed by
 * every milestone kind, so a new release or parole decision is decided here, not left out of the letter.
 */
type YearInReviewRole =
  | 'expected-release-date'
  | 'parole-eligibility-date'
  | 'parole-hearing-date'
  | 'parole-decision'
  | 'release'
  | 'release-out-of-open-conditions'
  | 'to-open-conditions'
  | 'out-of-open-conditions'
  | 'listed-only';

const YEAR_IN_REVIEW_ROLE = {
  'parole-eligibility': 'parole-eligibility-date',
  'parole-hearing-listed': 'parole-hearing-date',
  'parole-hearing-postponed': 'listed-only',
  'parole-decision': 'parole-decision',
  reconsideration: 'listed-only',
  'set-aside': 'listed-only',
  'high-court-referral': 'listed-only',
  'open-conditions-eligibility': 'listed-only',
  'prison-transfer': 'listed-only',
  recategorisation: 'listed-only',
  // Moved to a hospital: no longer in a prison of any category (sentence.state.ts).
  'hospital-direction': 'out-of-open-conditions',
  'remitted-to-prison': 'listed-only',
  'transfer-to-open-conditions': 'to-open-conditions',
  'return-to-closed-conditions': 'out-of-open-conditions',
  'release-on-temporary-licence': 'listed-only',
  // A release on curfew is a release: out of prison, so out of open conditions (as the sentence's own state has it).
  'home-detention-curfew': 'release-out-of-open-conditions',
  'release-on-licence': 'release-out-of-open-conditions',
  'licence-conditions-set': 'listed-only',
  recall: 'out-of-open-conditions',
  'escape-or-abscond': 'listed-only',
  'return-to-custody': 'out-of-open-conditions',
  'licence-end': 'listed-only',
  'sentence-end': 'listed-only',
  'release-date-changed': 'expected-release-date',
  'hospital-leave': 'listed-only',
  'hospital-transfer': 'listed-only',
  'tribunal-hearing-listed': 'listed-only',
  'tribunal-decision': 'listed-only',
  'conditional-discharge': 'listed-only',
  'absolute-discharge': 'listed-only',
  'discharge-conditions-varied': 'listed-only',
  'restrictions-lifted': 'listed-only',
  appeal: 'listed-only',
  death: 'listed-only',
  'suspended-sentence-activated': 'listed-only',
  'removal-planned': 'listed-only',
  deportation: 'listed-only',
  'transfer-abroad': 'listed-only',
  // Back from abroad into custody, closed conditions (sentence.state.ts).
  'return-after-removal': 'out-of-open-conditions',
} as const satisfies Record<MilestoneKind, YearInReviewRole>;

const RELEASES: readonly YearInReviewRole[] = ['release', 'release-out-of-open-conditions'];
const OUT_OF_OPEN_CONDITIONS: readonly YearInReviewRole[] = [
  'out-of-open-conditions',
  'release-out-of-open-conditions',
];

export function yearInReview(facts: LetterFacts): YearInReview {
  const history = facts.history ?? [];
  const from = facts.yearFrom;
  const changes = history.filter((m) => from === undefined || m.date > from).map(({ kind, date }) => ({ kind, date }));
  const roleOf = (m: { readonly kind: MilestoneKind }): YearInReviewRole => YEAR_IN_REVIEW_ROLE[m.kind];
  const last = (role: YearInReviewRole) => [...history].reverse().find((m) => roleOf(m) === role);
  const after = (roles: readonly YearInReviewRole[], date: IsoDate) =>
    history.some((m) => roles.includes(roleOf(m)) && m.date >= date);
  const release = last('expected-release-date');
  const eligibility = last('parole-eligibility-date');
  const hearing = last('parole-hearing-date');
  const decision = last('parole-decision');
  const detail = (m: { detail: unknown } | undefined, key: string): IsoDate | undefined => {
    const value = (m?.detail as Record<string, unknown> | undefined)?.[key];
    return typeof value === 'string' ? value : undefined;
  };
  let inOpenConditions = false;
  for (const m of history) {
    if (roleOf(m) === 'to-open-conditions') inOpenConditions = true;
    if (OUT_OF_OPEN_CONDITIONS.includes(roleOf(m))) inOpenConditions = false;
  }
  return {
    changes,
    // A date already acted on (released since, or decided since) is not "ahead".
    expectedRelease: release && !after(RELEASES, release.date) ? detail(release, 'expectedReleaseDate') : undefined,
    paroleEligibility:
      eligibility && !after(['parole-decision'], eligibility.date)
        ? detail(eligibility, 'paroleEligibilityDate')
        : undefined,
    hearing: hearing && !after(['parole-decision'], hearing.date) ? detail(hearing, 'hearingDate') : undefined,
    nextReview:
      decision && !after(['parole-hearing-date'], decision.date) ? detail(decision, 'nextReviewDate') : undefined,
    inOpenConditions,
  };
}
