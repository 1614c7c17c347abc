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

export function yearInReview(facts: LetterFacts): YearInReview {
  const history = facts.history ?? [];
  const from = facts.yearFrom;
  const changes = history.filter((m) => from === undefined || m.date > from).map(({ kind, date }) => ({ kind, date }));
  const last = (kind: MilestoneKind) => [...history].reverse().find((m) => m.kind === kind);
  const after = (kind: MilestoneKind, date: IsoDate) => history.some((m) => m.kind === kind && m.date >= date);
  const release = last('release-date-changed');
  const eligibility = last('parole-eligibility');
  const hearing = last('parole-hearing-listed');
  const decision = last('parole-decision');
  const detail = (m: { detail: unknown } | undefined, key: string): IsoDate | undefined => {
    const value = (m?.detail as Record<string, unknown> | undefined)?.[key];
    return typeof value === 'string' ? value : undefined;
  };
  let inOpenConditions = false;
  for (const m of history) {
    if (m.kind === 'transfer-to-open-conditions') inOpenConditions = true;
    if (
      m.kind === 'return-to-closed-conditions' ||
      m.kind === 'release-on-licence' ||
      m.kind === 'recall' ||
      m.kind === 'return-to-custody'
    )
      inOpenConditions = false;
  }
  return {
    changes,
    // A date already acted on (released since, or decided since) is not "ahead".
    expectedRelease:
      release && !after('release-on-licence', release.date) && !after('home-detention-curfew', release.date)
        ? detail(release, 'expectedReleaseDate')
        : undefined,
    paroleEligibility:
      eligibility && !after('parole-decision', eligibility.date)
        ? detail(eligibility, 'paroleEligibilityDate')
        : undefined,
    hearing: hearing && !after('parole-decision', hearing.date) ? detail(hearing, 'hearingDate') : undefined,
    nextReview:
      decision && !after('parole-hearing-listed', decision.date) ? detail(decision, 'nextReviewDate') : undefined,
    inOpenConditions,
  };
}
