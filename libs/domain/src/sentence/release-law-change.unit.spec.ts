import { deciderSpec } from '../testing/decider-spec';
import { reached, reachedFrom, recordMilestone, sentenceRecorded } from '../testing/fixtures';
import { createSentenceDecider, sentenceDecider } from './sentence.decider';

/**
 * A release date moved by a change in the law (issue 17). Sources (docs/DOMAIN-RULES.md §11): the Criminal Justice Act
 * 2003 (Requisite and Minimum Custodial Periods) Order 2024 (SI 2024/844) art. 1(2), art. 3 and its Schedule; SI
 * 2024/1331 (restraining-order breaches excluded from 16 December 2024).
 */
const { given } = deciderSpec(sentenceDecider);
const RECALCULATION = '0b5c1a9e-6f1d-4f6e-9a0c-2d7e8b3c4a51';

describe('release date moved by a change in the law', () => {
  it('given a standard determinate sentence, when SDS40 moves its release date, then the change is recorded with the law and the recalculation', () => {
    const command = recordMilestone('release-date-changed', '2024-09-10', {
      expectedReleaseDate: '2025-06-01',
      reason: 'change-in-law',
      lawChange: 'sds40-2024',
      recalculationId: RECALCULATION,
    });
    given([sentenceRecorded()])
      .when(command)
      .then([reachedFrom(command)]);
  });

  it('given the day before SDS40 came into force (10 September 2024, SI 2024/844 art. 1(2)), when a change under it is recorded, then it is refused', () => {
    given([sentenceRecorded()])
      .when(
        recordMilestone('release-date-changed', '2024-09-09', {
          expectedReleaseDate: '2025-06-01',
          reason: 'change-in-law',
          lawChange: 'sds40-2024',
        }),
      )
      .thenThrows('law-change-not-in-force');
  });

  it.each([
    [
      'an extended sentence (SDS40 moves standard determinate sentences only)',
      { sentenceType: 'extended-determinate' },
    ],
    ['a sexual offence (SI 2024/844 Schedule)', { offenceCategory: 'specified-sexual' }],
    ['an offence with sex-offender notification', { sexOffenderNotification: true }],
    ['a violent offence with four years or more (art. 3)', { offenceCategory: 'specified-violent', lengthMonths: 48 }],
    ['stalking (PHA 1997 ss.2A, 4A in the Schedule)', { offenceCategory: 'stalking', lengthMonths: 10 }],
    [
      'breach of a protective order (FLA 1996 s.42A; PHA 1997 s.5 from SI 2024/1331)',
      { offenceCategory: 'breach-of-protective-order', lengthMonths: 6 },
    ],
  ] as const)('given %s, when SDS40 is given as the reason, then it is refused', (_what, facts) => {
    given([sentenceRecorded(facts as never)])
      .when(
        recordMilestone('release-date-changed', '2024-09-10', {
          expectedReleaseDate: '2025-06-01',
          reason: 'change-in-law',
          lawChange: 'sds40-2024',
        }),
      )
      .thenThrows('law-change-does-not-apply');
  });

  it('given a violent offence under four years, when SDS40 moves the date, then it is recorded', () => {
    const command = recordMilestone('release-date-changed', '2024-10-22', {
      expectedReleaseDate: '2025-02-01',
      reason: 'change-in-law',
      lawChange: 'sds40-2024',
    });
    given([sentenceRecorded({ offenceCategory: 'specified-violent', lengthMonths: 47 })])
      .when(command)
      .then([reachedFrom(command)]);
  });

  it('given the Sentencing Act 2026, whose start date is not confirmed, when it moves a date, then it is recorded whatever the day', () => {
    const command = recordMilestone('release-date-changed', '2025-01-10', {
      expectedReleaseDate: '2025-06-01',
      reason: 'change-in-law',
      lawChange: 'sentencing-act-2026',
    });
    given([sentenceRecorded()])
      .when(command)
      .then([reachedFrom(command)]);
  });

  describe('the Sentencing Act 2026 start date, set by configuration (s.23 in force on a day appointed by regulations, s.49(1): not confirmed, §11)', () => {
    const moved = (date: string) =>
      recordMilestone('release-date-changed', date, {
        expectedReleaseDate: '2027-06-01',
        reason: 'change-in-law',
        lawChange: 'sentencing-act-2026',
      });
    const configured = deciderSpec(createSentenceDecider({ sentencingAct2026ReleaseChangesFrom: '2026-10-01' }));

    it('given the default (no start date), when it moves a date in January 2026, then it is recorded', () => {
      const command = moved('2026-01-23');
      given([sentenceRecorded()])
        .when(command)
        .then([reachedFrom(command)]);
    });

    it('given a configured start of 1 October 2026, when it moves a date the day before, then it is refused', () => {
      const refused = configured
        .given([sentenceRecorded()])
        .when(moved('2026-09-30'))
        .thenThrows('law-change-not-in-force');
      expect(refused.message).toContain('applies from 2026-10-01');
    });

    it('given a configured start of 1 October 2026, when it moves a date on that day, then it is recorded', () => {
      const command = moved('2026-10-01');
      configured
        .given([sentenceRecorded()])
        .when(command)
        .then([reachedFrom(command)]);
    });

    it('given a configured start, when SDS40 is dated before its own start, then it is still refused (the policy sets only the Act)', () => {
      configured
        .given([sentenceRecorded()])
        .when(
          recordMilestone('release-date-changed', '2024-09-09', {
            expectedReleaseDate: '2025-06-01',
            reason: 'change-in-law',
            lawChange: 'sds40-2024',
          }),
        )
        .thenThrows('law-change-not-in-force');
    });
  });

  it('refuses a change in the law without naming it, and a law named for another reason', () => {
    given([sentenceRecorded()])
      .when(
        recordMilestone('release-date-changed', '2024-09-10', {
          expectedReleaseDate: '2025-06-01',
          reason: 'change-in-law',
        }),
      )
      .thenThrows('law-change-required');
    given([sentenceRecorded()])
      .when(
        recordMilestone('release-date-changed', '2024-09-10', {
          expectedReleaseDate: '2025-06-01',
          reason: 'added-days',
          lawChange: 'sds40-2024',
        }),
      )
      .thenThrows('law-change-only-for-change-in-law');
    given([sentenceRecorded()])
      .when(
        recordMilestone('release-date-changed', '2024-09-10', {
          expectedReleaseDate: '2025-06-01',
          reason: 'change-in-law',
          lawChange: 'a-rumour' as 'sds40-2024',
        }),
      )
      .thenThrows('unknown-code');
  });

  it('given a history recorded before the law reasons existed, when replayed, then its release-date change still stands and a later one follows', () => {
    const command = recordMilestone('release-date-changed', '2024-09-10', {
      expectedReleaseDate: '2025-05-01',
      reason: 'change-in-law',
      lawChange: 'sds40-2024',
    });
    given([
      sentenceRecorded(),
      reached('release-date-changed', '2024-06-01', { expectedReleaseDate: '2025-09-01', reason: 'recalculation' }),
    ])
      .when(command)
      .then([reachedFrom(command)]);
  });
});
