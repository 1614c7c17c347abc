import { deciderSpec } from '../testing/decider-spec';
import {
  SENTENCE_DATE,
  SENTENCE_ID,
  reached,
  reachedFrom,
  recordMilestone,
  recordSentence,
  sentenceRecorded,
} from '../testing/fixtures';
import { sentenceDecider, sentenceStreamId } from './sentence.decider';
import { SentenceMilestoneReached } from './sentence.events';

const spec = deciderSpec(sentenceDecider);

/** The event with the detail the decider records (a parole decision gains providedToPartiesOn and reconsiderable). */
const withDetail = (event: SentenceMilestoneReached, detail: object): SentenceMilestoneReached =>
  ({ ...event, data: { ...event.data, detail } }) as SentenceMilestoneReached;
const given = spec.given;

const lifer = sentenceRecorded({ sentenceType: 'indeterminate-life', lengthMonths: undefined });
const restricted = sentenceRecorded({ sentenceType: 'hospital-order-with-restriction', lengthMonths: undefined });
const unrestricted = sentenceRecorded({ sentenceType: 'hospital-order-without-restriction', lengthMonths: undefined });
const extended = sentenceRecorded({ sentenceType: 'extended-determinate', lengthMonths: 96 });
const released = reached('release-on-licence', '2025-07-01', {});
const recalled = reached('recall', '2025-09-01', {});

describe('sentence decider', () => {
  it('names the stream sentence-<id>', () => {
    expect(sentenceStreamId('abc')).toBe('sentence-abc');
  });

  describe('recording a sentence', () => {
    it('records a sentence', () => {
      given([]).when(recordSentence()).then([sentenceRecorded()]);
    });

    it('refuses to record the same sentence twice (409)', () => {
      given([sentenceRecorded()]).when(recordSentence()).thenThrows('sentence-already-recorded', 'already-exists');
    });

    it.each(['x123456', 'X12345', 'XX12345', '123456X', 'X1234567', ''])(
      'refuses the case reference "%s" (one capital letter and six digits)',
      (reference) => {
        given([]).when(recordSentence({ reference })).thenThrows('invalid-sentence-reference');
      },
    );

    it('refuses a fixed-term sentence without its length', () => {
      given([])
        .when(recordSentence({ lengthMonths: undefined }))
        .thenThrows('length-required');
    });

    it('refuses a length of zero months', () => {
      given([])
        .when(recordSentence({ lengthMonths: 0 }))
        .thenThrows('length-required');
    });

    it('refuses a length on a life sentence', () => {
      given([])
        .when(recordSentence({ sentenceType: 'indeterminate-life', lengthMonths: 180 }))
        .thenThrows('length-not-applicable');
    });

    it('refuses a length on a hospital order', () => {
      given([])
        .when(recordSentence({ sentenceType: 'hospital-order-with-restriction', lengthMonths: 12 }))
        .thenThrows('length-not-applicable');
    });

    it('records a hospital order without a length', () => {
      given([])
        .when(recordSentence({ sentenceType: 'hospital-order-without-restriction', lengthMonths: undefined }))
        .then([unrestricted]);
    });

    it('refuses a sentence dated after today', () => {
      given([])
        .when(recordSentence({ sentenceDate: '2026-11-24' }))
        .thenThrows('sentence-in-future');
    });

    it('refuses a date that does not exist', () => {
      given([])
        .when(recordSentence({ sentenceDate: '2023-02-29' }))
        .thenThrows('invalid-date');
    });

    it('refuses an unknown probation region', () => {
      given([])
        .when(recordSentence({ probationRegion: 'scotland' as never }))
        .thenThrows('unknown-code');
    });

    it('refuses an unknown sentence type', () => {
      given([])
        .when(recordSentence({ sentenceType: 'community-order' as never }))
        .thenThrows('unknown-code');
    });

    it('refuses a blank sentencing court', () => {
      given([])
        .when(recordSentence({ sentencingCourt: '  ' }))
        .thenThrows('text-required');
    });
  });

  describe('any milestone', () => {
    it('refuses a milestone on a sentence that is not recorded (404)', () => {
      given([])
        .when(recordMilestone('release-on-licence', '2025-01-01', {}))
        .thenThrows('sentence-not-found', 'not-found');
    });

    it('refuses release before sentence', () => {
      given([sentenceRecorded()])
        .when(recordMilestone('release-on-licence', '2024-01-07', {}))
        .thenThrows('milestone-before-sentence');
    });

    it('allows a milestone on the day of sentence', () => {
      const command = recordMilestone('appeal', SENTENCE_DATE, { stage: 'lodged', against: 'sentence' });
      given([sentenceRecorded()])
        .when(command)
        .then([reachedFrom(command)]);
    });

    it('refuses a milestone dated after today', () => {
      given([sentenceRecorded()])
        .when(recordMilestone('release-on-licence', '2026-11-24', {}))
        .thenThrows('milestone-in-future');
    });

    it('refuses the same milestone id twice', () => {
      given([sentenceRecorded(), reached('appeal', '2024-02-01', { stage: 'lodged' }, 'm-new')])
        .when(recordMilestone('appeal', '2024-03-01', { stage: 'decided', outcome: 'dismissed' }, 'm-new'))
        .thenThrows('milestone-already-recorded');
    });

    it('refuses anything after death', () => {
      given([sentenceRecorded(), reached('death', '2025-01-01', { inCustody: true })])
        .when(recordMilestone('release-on-licence', '2025-06-01', {}))
        .thenThrows('offender-deceased');
    });

    it('refuses anything after the sentence ended', () => {
      given([
        sentenceRecorded(),
        released,
        reached('licence-end', '2026-01-01', {}),
        reached('sentence-end', '2026-01-01', {}),
      ])
        .when(recordMilestone('recall', '2026-02-01', {}))
        .thenThrows('sentence-ended');
    });

    it('refuses anything after a conviction is quashed on appeal', () => {
      given([sentenceRecorded(), reached('appeal', '2024-06-01', { stage: 'decided', outcome: 'conviction-quashed' })])
        .when(recordMilestone('release-on-licence', '2024-06-02', {}))
        .thenThrows('sentence-ended');
    });

    it('refuses a release after deportation', () => {
      given([sentenceRecorded(), reached('deportation', '2025-01-01', {})])
        .when(recordMilestone('release-on-licence', '2025-02-01', {}))
        .thenThrows('offender-deported');
    });

    it('allows the sentence to end after deportation', () => {
      const command = recordMilestone('sentence-end', '2027-01-08', {}, 'm-new', '2027-01-08');
      given([sentenceRecorded(), reached('deportation', '2025-01-01', {})])
        .when(command)
        .then([reachedFrom(command)]);
    });
  });

  describe('release and recall', () => {
    it('records a release on licence', () => {
      const command = recordMilestone('release-on-licence', '2025-07-01', {});
      given([sentenceRecorded()])
        .when(command)
        .then([reachedFrom(command)]);
    });

    it('refuses a second release without a recall in between', () => {
      given([sentenceRecorded(), released])
        .when(recordMilestone('release-on-licence', '2025-08-01', {}))
        .thenThrows('already-released');
    });

    it('allows a release after a recall', () => {
      const command = recordMilestone('release-on-licence', '2026-01-01', {});
      given([sentenceRecorded(), released, recalled])
        .when(command)
        .then([reachedFrom(command)]);
    });

    it('refuses a re-release dated before the recall', () => {
      given([sentenceRecorded(), released, recalled])
        .when(recordMilestone('release-on-licence', '2025-08-15', {}))
        .thenThrows('release-before-recall');
    });

    it('refuses a recall when not released', () => {
      given([sentenceRecorded()])
        .when(recordMilestone('recall', '2025-01-01', {}))
        .thenThrows('recall-when-not-released');
    });

    it('refuses a second recall without a release in between', () => {
      given([sentenceRecorded(), released, recalled])
        .when(recordMilestone('recall', '2025-10-01', {}))
        .thenThrows('recall-when-not-released');
    });

    it('refuses a recall dated before the release', () => {
      given([sentenceRecorded(), released])
        .when(recordMilestone('recall', '2025-06-01', {}))
        .thenThrows('recall-before-release');
    });

    it('allows release on licence at the end of home detention curfew', () => {
      const command = recordMilestone('release-on-licence', '2025-09-01', {});
      given([sentenceRecorded(), reached('home-detention-curfew', '2025-07-01', {})])
        .when(command)
        .then([reachedFrom(command)]);
    });

    it('refuses home detention curfew when already released', () => {
      given([sentenceRecorded(), released])
        .when(recordMilestone('home-detention-curfew', '2025-08-01', {}))
        .thenThrows('already-released');
    });

    it('refuses home detention curfew on an extended sentence', () => {
      given([extended])
        .when(recordMilestone('home-detention-curfew', '2025-08-01', {}))
        .thenThrows('no-home-detention-curfew-on-this-sentence');
    });

    it('refuses the release of a life sentence prisoner without a Parole Board direction', () => {
      given([lifer])
        .when(recordMilestone('release-on-licence', '2025-08-01', {}))
        .thenThrows('release-needs-parole-direction');
    });

    it('releases a life sentence prisoner after a Parole Board release decision', () => {
      const command = recordMilestone('release-on-licence', '2025-08-01', {});
      given([lifer, reached('parole-decision', '2025-07-01', { outcome: 'release' })])
        .when(command)
        .then([reachedFrom(command)]);
    });

    it('needs a new Parole Board direction to re-release a recalled life sentence prisoner', () => {
      given([
        lifer,
        reached('parole-decision', '2025-07-01', { outcome: 'release' }),
        reached('release-on-licence', '2025-08-01', {}),
        reached('recall', '2025-10-01', {}),
      ])
        .when(recordMilestone('release-on-licence', '2026-01-01', {}))
        .thenThrows('release-needs-parole-direction');
    });

    it('refuses a release directed by a decision that reconsideration set aside', () => {
      given([
        lifer,
        reached('parole-decision', '2025-07-01', { outcome: 'release' }),
        reached('reconsideration', '2025-07-10', { stage: 'applied', appliedBy: 'secretary-of-state' }),
        reached('reconsideration', '2025-08-10', { stage: 'decided', outcome: 'granted' }),
      ])
        .when(recordMilestone('release-on-licence', '2025-09-01', {}))
        .thenThrows('release-needs-parole-direction');
    });
  });

  describe('licence', () => {
    it('records licence conditions with the date they end', () => {
      const command = recordMilestone('licence-conditions-set', '2025-07-01', {
        conditions: ['non-contact', 'exclusion-zone'],
        conditionsEndDate: '2027-01-08',
        protectsVictimIds: ['v1'],
      });
      given([sentenceRecorded(), released])
        .when(command)
        .then([reachedFrom(command)]);
    });

    it('refuses licence conditions that end before they are set', () => {
      given([sentenceRecorded(), released])
        .when(
          recordMilestone('licence-conditions-set', '2025-07-01', {
            conditions: ['non-contact'],
            conditionsEndDate: '2025-06-30',
            protectsVictimIds: [],
          }),
        )
        .thenThrows('conditions-end-before-set');
    });

    it('refuses licence conditions with no condition', () => {
      given([sentenceRecorded(), released])
        .when(
          recordMilestone('licence-conditions-set', '2025-07-01', {
            conditions: [],
            conditionsEndDate: '2026-06-30',
            protectsVictimIds: [],
          }),
        )
        .thenThrows('conditions-required');
    });

    it('refuses licence conditions after the licence ended', () => {
      given([sentenceRecorded(), released, reached('licence-end', '2026-01-01', {})])
        .when(
          recordMilestone('licence-conditions-set', '2026-02-01', {
            conditions: ['non-contact'],
            conditionsEndDate: '2026-06-30',
            protectsVictimIds: [],
          }),
        )
        .thenThrows('licence-already-ended');
    });

    it('refuses the end of a licence when not on licence', () => {
      given([sentenceRecorded()])
        .when(recordMilestone('licence-end', '2025-01-01', {}))
        .thenThrows('licence-end-when-not-on-licence');
    });

    it('refuses the end of a life licence', () => {
      given([
        lifer,
        reached('parole-decision', '2025-07-01', { outcome: 'release' }),
        reached('release-on-licence', '2025-08-01', {}),
      ])
        .when(recordMilestone('licence-end', '2026-01-01', {}))
        .thenThrows('life-licence-never-ends');
    });

    it('refuses the end of a life sentence', () => {
      given([lifer])
        .when(recordMilestone('sentence-end', '2026-01-01', {}))
        .thenThrows('life-sentence-never-ends');
    });

    it('refuses a change of release date on an indeterminate sentence', () => {
      given([lifer])
        .when(
          recordMilestone('release-date-changed', '2025-01-01', {
            expectedReleaseDate: '2040-01-01',
            reason: 'added-days',
          }),
        )
        .thenThrows('no-release-date-on-indeterminate-sentence');
    });

    it('records added days moving the expected release date', () => {
      const command = recordMilestone('release-date-changed', '2025-01-01', {
        expectedReleaseDate: '2025-07-21',
        reason: 'added-days',
      });
      given([sentenceRecorded()])
        .when(command)
        .then([reachedFrom(command)]);
    });
  });

  describe('open conditions and temporary release', () => {
    it('refuses a transfer to open conditions when already in open conditions', () => {
      given([sentenceRecorded(), reached('transfer-to-open-conditions', '2024-06-01', {})])
        .when(recordMilestone('transfer-to-open-conditions', '2024-07-01', {}))
        .thenThrows('already-in-open-conditions');
    });

    it('refuses a return to closed conditions from closed conditions', () => {
      given([sentenceRecorded()])
        .when(recordMilestone('return-to-closed-conditions', '2024-07-01', {}))
        .thenThrows('not-in-open-conditions');
    });

    it('refuses release on temporary licence while on licence', () => {
      given([sentenceRecorded(), released])
        .when(recordMilestone('release-on-temporary-licence', '2025-08-01', {}))
        .thenThrows('not-in-custody');
    });

    it('refuses a temporary release returning before it starts', () => {
      given([sentenceRecorded()])
        .when(recordMilestone('release-on-temporary-licence', '2024-08-01', { returnDate: '2024-07-31' }))
        .thenThrows('return-before-temporary-release');
    });
  });

  describe('parole', () => {
    it('refuses a parole eligibility date on a standard determinate sentence', () => {
      given([sentenceRecorded()])
        .when(recordMilestone('parole-eligibility', '2024-02-01', { paroleEligibilityDate: '2026-01-01' }))
        .thenThrows('no-parole-on-this-sentence');
    });

    it('records a parole eligibility date on an extended sentence', () => {
      const command = recordMilestone('parole-eligibility', '2024-02-01', { paroleEligibilityDate: '2029-05-08' });
      given([extended])
        .when(command)
        .then([reachedFrom(command)]);
    });

    it('refuses a parole hearing on a standard determinate sentence before any recall', () => {
      given([sentenceRecorded()])
        .when(
          recordMilestone('parole-hearing-listed', '2025-01-01', { hearingDate: '2025-03-01', hearingType: 'oral' }),
        )
        .thenThrows('no-parole-on-this-sentence');
    });

    it('allows a parole hearing for a recalled determinate prisoner', () => {
      const command = recordMilestone('parole-hearing-listed', '2025-10-01', {
        hearingDate: '2025-12-01',
        hearingType: 'paper',
      });
      given([sentenceRecorded(), released, recalled])
        .when(command)
        .then([reachedFrom(command)]);
    });

    it('refuses a hearing dated before it was listed', () => {
      given([lifer])
        .when(
          recordMilestone('parole-hearing-listed', '2025-01-01', { hearingDate: '2024-12-01', hearingType: 'oral' }),
        )
        .thenThrows('hearing-before-listing');
    });

    it('refuses a next review date when release was directed', () => {
      given([lifer])
        .when(recordMilestone('parole-decision', '2025-01-01', { outcome: 'release', nextReviewDate: '2027-01-01' }))
        .thenThrows('next-review-only-when-release-refused');
    });

    it('records a refusal with the next review date, the day it was provided to the parties and that it can be reconsidered', () => {
      const command = recordMilestone('parole-decision', '2025-01-01', {
        outcome: 'no-release',
        nextReviewDate: '2027-01-01',
      });
      const event = reachedFrom(command);
      given([lifer])
        .when(command)
        .then([
          withDetail(event, {
            outcome: 'no-release',
            nextReviewDate: '2027-01-01',
            providedToPartiesOn: '2025-01-01',
            reconsiderable: true,
          }),
        ]);
    });

    it('refuses reconsideration without a parole decision', () => {
      given([lifer])
        .when(recordMilestone('reconsideration', '2025-01-10', { stage: 'applied', appliedBy: 'prisoner' }))
        .thenThrows('reconsideration-without-parole-decision');
    });

    it('refuses a reconsideration outcome before an application', () => {
      given([lifer, reached('parole-decision', '2025-01-01', { outcome: 'release' })])
        .when(recordMilestone('reconsideration', '2025-01-20', { stage: 'decided', outcome: 'refused' }))
        .thenThrows('reconsideration-decided-before-applied');
    });
  });

  // Source: Parole Board Rules 2019 r.28(2)–(3) (SI 2019/1038 as amended), legislation.gov.uk, checked 2026-12-07.
  describe('reconsideration (Parole Board Rules 2019 r.28)', () => {
    const decision = (
      outcome: 'release' | 'no-release' | 'open-conditions-recommended',
      providedToPartiesOn?: string,
    ) => reached('parole-decision', '2025-01-01', { outcome, ...(providedToPartiesOn ? { providedToPartiesOn } : {}) });
    const apply = (date: string) =>
      recordMilestone('reconsideration', date, { stage: 'applied', appliedBy: 'secretary-of-state' });

    it('given a decision provided to the parties on its day, when the application comes on the 21st day after, then it is recorded', () => {
      const command = apply('2025-01-22');
      given([lifer, decision('release')])
        .when(command)
        .then([reachedFrom(command)]);
    });

    it('given a decision provided to the parties a week after it was made, when the application comes 25 days after the decision, then it is in time (r.28(3))', () => {
      const command = apply('2025-01-26');
      given([lifer, decision('release', '2025-01-08')])
        .when(command)
        .then([reachedFrom(command)]);
    });

    it('given a decision provided a week later, when the application comes 22 days after its provision, then it is out of time', () => {
      given([lifer, decision('no-release', '2025-01-08')])
        .when(apply('2025-01-30'))
        .thenThrows('reconsideration-out-of-time');
    });

    it('given the parole decision command, when it says when it was provided, then the event keeps that day', () => {
      const command = recordMilestone('parole-decision', '2025-01-01', {
        outcome: 'release',
        providedToPartiesOn: '2025-01-08',
      });
      const event = reachedFrom(command);
      given([extended])
        .when(command)
        .then([withDetail(event, { outcome: 'release', providedToPartiesOn: '2025-01-08', reconsiderable: true })]);
    });

    it('given a decision, when it is said to be provided to the parties before it was made, then it is refused', () => {
      given([lifer])
        .when(
          recordMilestone('parole-decision', '2025-01-08', { outcome: 'release', providedToPartiesOn: '2025-01-01' }),
        )
        .thenThrows('decision-provided-before-made');
    });

    it('given advice recommending open conditions, when reconsideration is applied for, then it is refused (not a r.28(1) decision)', () => {
      given([lifer, decision('open-conditions-recommended')])
        .when(apply('2025-01-10'))
        .thenThrows('reconsideration-not-for-open-conditions-advice');
    });

    it('given advice recommending open conditions, when it is recorded, then the event says it cannot be reconsidered', () => {
      const command = recordMilestone('parole-decision', '2025-01-01', { outcome: 'open-conditions-recommended' });
      const event = reachedFrom(command);
      given([lifer])
        .when(command)
        .then([
          withDetail(event, {
            outcome: 'open-conditions-recommended',
            providedToPartiesOn: '2025-01-01',
            reconsiderable: false,
          }),
        ]);
    });

    it('given a recalled standard determinate prisoner, when the Board refuses re-release, then the decision cannot be reconsidered (r.28(2))', () => {
      const command = recordMilestone('parole-decision', '2025-11-01', { outcome: 'no-release' });
      const event = reachedFrom(command);
      given([sentenceRecorded(), released, recalled])
        .when(command)
        .then([withDetail(event, { outcome: 'no-release', providedToPartiesOn: '2025-11-01', reconsiderable: false })]);
      given([
        sentenceRecorded(),
        released,
        recalled,
        reached('parole-decision', '2025-11-01', { outcome: 'no-release' }),
      ])
        .when(apply('2025-11-05'))
        .thenThrows('reconsideration-not-available-for-sentence');
    });

    it('given a recalled extended-sentence prisoner, when the Board refuses re-release, then reconsideration can be applied for', () => {
      const command = apply('2025-11-05');
      given([extended, released, recalled, reached('parole-decision', '2025-11-01', { outcome: 'no-release' })])
        .when(command)
        .then([reachedFrom(command)]);
    });
  });

  // Source: Parole Board Rules 2019 r.28A, inserted by SI 2022/717; legislation.gov.uk, checked 2026-12-07.
  describe('setting aside (Parole Board Rules 2019 r.28A)', () => {
    const apply = (date: string, appliedBy: 'prisoner' | 'secretary-of-state' | 'board-chair' = 'secretary-of-state') =>
      recordMilestone('set-aside', date, { stage: 'applied', appliedBy });

    it('given a final decision on a standard determinate recall (never reconsiderable), when the Secretary of State applies, then it is recorded', () => {
      const command = apply('2025-11-05');
      given([
        sentenceRecorded(),
        released,
        recalled,
        reached('parole-decision', '2025-11-01', { outcome: 'release', reconsiderable: false }),
      ])
        .when(command)
        .then([reachedFrom(command)]);
    });

    it('given a provisional decision still open to reconsideration, when set-aside is applied for, then it is refused until the decision is final', () => {
      given([
        lifer,
        reached('parole-decision', '2025-01-01', {
          outcome: 'release',
          providedToPartiesOn: '2025-01-01',
          reconsiderable: true,
        }),
      ])
        .when(apply('2025-01-15'))
        .thenThrows('set-aside-needs-final-decision');
    });

    it('given a reconsiderable decision whose 21 days have passed, when the Board chair initiates set-aside, then it is recorded (also after 21 days: r.28A(5)(b) not confirmed, so not refused)', () => {
      const command = apply('2025-03-01', 'board-chair');
      given([
        lifer,
        reached('parole-decision', '2025-01-01', {
          outcome: 'release',
          providedToPartiesOn: '2025-01-01',
          reconsiderable: true,
        }),
      ])
        .when(command)
        .then([reachedFrom(command)]);
    });

    it('given advice on open conditions, when set-aside is applied for, then it is refused (r.28A(1))', () => {
      given([
        lifer,
        reached('parole-decision', '2025-01-01', { outcome: 'open-conditions-recommended', reconsiderable: false }),
      ])
        .when(apply('2025-02-01'))
        .thenThrows('set-aside-not-for-open-conditions-advice');
    });

    it('given a release direction set aside, when release is recorded, then it needs a new direction', () => {
      given([
        lifer,
        reached('parole-decision', '2025-01-01', { outcome: 'release', reconsiderable: true }),
        reached('set-aside', '2025-03-01', { stage: 'applied', appliedBy: 'secretary-of-state' }),
        reached('set-aside', '2025-03-20', { stage: 'decided', outcome: 'set-aside' }),
      ])
        .when(recordMilestone('release-on-licence', '2025-04-01', {}))
        .thenThrows('release-needs-parole-direction');
    });

    it('given no application, when an outcome is recorded, then it is refused', () => {
      given([lifer, reached('parole-decision', '2025-01-01', { outcome: 'release' })])
        .when(recordMilestone('set-aside', '2025-03-01', { stage: 'decided', outcome: 'refused' }))
        .thenThrows('set-aside-decided-before-applied');
    });
  });

  // Source: Victims and Prisoners Act 2024 ss.61–62; in force 31 December 2025 (SI 2025/1325); checked 2026-12-07.
  describe('referral of a release decision to the High Court (Victims and Prisoners Act 2024)', () => {
    const direction = reached('parole-decision', '2026-02-01', { outcome: 'release', reconsiderable: true });
    const referred = reached('high-court-referral', '2026-02-20', { stage: 'referred' });

    it('given a release direction, when it is referred, then it is recorded', () => {
      const command = recordMilestone('high-court-referral', '2026-02-20', { stage: 'referred' });
      given([lifer, direction])
        .when(command)
        .then([reachedFrom(command)]);
    });

    it('given a release direction before 31 December 2025, when a referral is dated before that day, then it is refused (not in force)', () => {
      given([lifer, reached('parole-decision', '2025-11-01', { outcome: 'release' })])
        .when(recordMilestone('high-court-referral', '2025-12-30', { stage: 'referred' }))
        .thenThrows('high-court-referral-not-in-force');
    });

    it('given a refusal, when a referral is recorded, then it is refused (only release decisions are referred)', () => {
      given([lifer, reached('parole-decision', '2026-02-01', { outcome: 'no-release' })])
        .when(recordMilestone('high-court-referral', '2026-02-20', { stage: 'referred' }))
        .thenThrows('high-court-referral-needs-release-direction');
    });

    it('given a referral pending, when the life prisoner is recorded as released, then it is refused: release is not settled', () => {
      given([lifer, direction, referred])
        .when(recordMilestone('release-on-licence', '2026-03-01', {}))
        .thenThrows('release-referred-to-high-court');
    });

    it('given the High Court upheld the direction, when the prisoner is released, then it is recorded', () => {
      const command = recordMilestone('release-on-licence', '2026-04-01', {});
      given([
        lifer,
        direction,
        referred,
        reached('high-court-referral', '2026-03-20', { stage: 'decided', outcome: 'release-upheld' }),
      ])
        .when(command)
        .then([reachedFrom(command)]);
    });

    it('given the High Court quashed the direction, when the prisoner is released, then it needs a new direction', () => {
      given([
        lifer,
        direction,
        referred,
        reached('high-court-referral', '2026-03-20', { stage: 'decided', outcome: 'release-quashed' }),
      ])
        .when(recordMilestone('release-on-licence', '2026-04-01', {}))
        .thenThrows('release-needs-parole-direction');
    });

    it('given no referral, when a High Court decision is recorded, then it is refused', () => {
      given([lifer, direction])
        .when(recordMilestone('high-court-referral', '2026-03-20', { stage: 'decided', outcome: 'release-upheld' }))
        .thenThrows('high-court-decision-without-referral');
    });
  });

  // Source: Criminal Justice Act 2003 s.255A(2) (legislation.gov.uk, checked 2026-12-07): no fixed-term recall for extended sentence prisoners.
  describe('recall detail (CJA 2003 ss.255A–255C)', () => {
    it('given a released determinate prisoner, when recalled for a fixed term with a re-release date, then it is recorded', () => {
      const command = recordMilestone('recall', '2025-09-01', {
        recallType: 'fixed-term',
        reReleaseDate: '2025-09-29',
      });
      given([sentenceRecorded(), released])
        .when(command)
        .then([reachedFrom(command)]);
    });

    it('given an extended sentence or a life sentence, when a fixed-term recall is recorded, then it is refused', () => {
      given([extended, released])
        .when(recordMilestone('recall', '2025-09-01', { recallType: 'fixed-term' }))
        .thenThrows('no-fixed-term-recall-on-this-sentence');
      given([lifer, reached('parole-decision', '2025-06-01', { outcome: 'release' }), released])
        .when(recordMilestone('recall', '2025-09-01', { recallType: 'fixed-term' }))
        .thenThrows('no-fixed-term-recall-on-this-sentence');
    });

    it('given a standard recall, when it carries a re-release date, then it is refused; and a re-release cannot come before the recall', () => {
      given([sentenceRecorded(), released])
        .when(recordMilestone('recall', '2025-09-01', { recallType: 'standard', reReleaseDate: '2025-10-01' }))
        .thenThrows('re-release-date-only-for-fixed-term-recall');
      given([sentenceRecorded(), released])
        .when(recordMilestone('recall', '2025-09-01', { recallType: 'fixed-term', reReleaseDate: '2025-08-01' }))
        .thenThrows('re-release-before-recall');
    });

    it('given a conditionally discharged patient, when the recall has a type, then it is refused', () => {
      given([
        restricted,
        reached('conditional-discharge', '2025-01-01', { conditions: ['non-contact'], protectsVictimIds: [] }),
      ])
        .when(recordMilestone('recall', '2025-09-01', { recallType: 'standard' }))
        .thenThrows('recall-type-on-hospital-order');
    });
  });

  // Issue 17 (parole participation): a listed hearing deferred or adjourned. Parole Board Rules 2019 r.22 (notice of an
  // oral hearing) — victims who planned to attend, observe (r.14, SI 2022/717) or have a statement read must hear of it.
  describe('a parole hearing deferred or adjourned', () => {
    const listed = reached('parole-hearing-listed', '2025-01-10', { hearingDate: '2025-03-10', hearingType: 'oral' });

    it('given a listed hearing, when it is adjourned with a new date, then it is recorded', () => {
      const command = recordMilestone('parole-hearing-postponed', '2025-03-10', {
        postponement: 'adjourned',
        newHearingDate: '2025-06-02',
      });
      given([lifer, listed])
        .when(command)
        .then([reachedFrom(command)]);
    });

    it('given a listed hearing, when it is deferred without a new date, then it is recorded, and a second needs a new listing', () => {
      const deferred = recordMilestone('parole-hearing-postponed', '2025-02-20', { postponement: 'deferred' });
      given([lifer, listed])
        .when(deferred)
        .then([reachedFrom(deferred)]);
      given([lifer, listed, reachedFrom(deferred)])
        .when(recordMilestone('parole-hearing-postponed', '2025-02-21', { postponement: 'deferred' }, 'm-2'))
        .thenThrows('no-parole-hearing-listed');
    });

    it('given no hearing listed, or one already decided, when a postponement is recorded, then it is refused', () => {
      given([lifer])
        .when(recordMilestone('parole-hearing-postponed', '2025-02-20', { postponement: 'deferred' }))
        .thenThrows('no-parole-hearing-listed');
      given([lifer, listed, reached('parole-decision', '2025-03-10', { outcome: 'no-release' }, 'm-d')])
        .when(recordMilestone('parole-hearing-postponed', '2025-03-11', { postponement: 'adjourned' }))
        .thenThrows('no-parole-hearing-listed');
    });

    it('given a listed hearing, when the new date is before the postponement, then it is refused', () => {
      given([lifer, listed])
        .when(
          recordMilestone('parole-hearing-postponed', '2025-03-10', {
            postponement: 'adjourned',
            newHearingDate: '2025-03-01',
          }),
        )
        .thenThrows('hearing-before-listing');
    });
  });

  // Issue 17: prison moves and recategorisation, told without saying where (docs/DOMAIN-RULES.md; victimsinformationservice.org.uk:
  // "You won't be told where the offender is being held").
  describe('moves inside the prison estate', () => {
    it('given a prisoner, when a move to another prison or a new category is recorded, then it is, with no establishment', () => {
      const moved = recordMilestone('prison-transfer', '2025-02-01', {});
      given([sentenceRecorded()])
        .when(moved)
        .then([reachedFrom(moved)]);
      const recategorised = recordMilestone('recategorisation', '2025-02-01', { category: 'category-c' });
      given([sentenceRecorded()])
        .when(recategorised)
        .then([reachedFrom(recategorised)]);
    });

    it('given a released offender, when a prison move is recorded, then it is refused', () => {
      given([sentenceRecorded(), released])
        .when(recordMilestone('prison-transfer', '2025-08-01', {}))
        .thenThrows('not-in-custody');
    });

    it('given any category outside the list, then it is refused', () => {
      given([sentenceRecorded()])
        .when(recordMilestone('recategorisation', '2025-02-01', { category: 'HMP Anywhere' as never }))
        .thenThrows('unknown-code');
    });

    it('given a hospital order, when a prison move is recorded, then it is refused', () => {
      given([restricted])
        .when(recordMilestone('prison-transfer', '2025-02-01', {}))
        .thenThrows('prison-milestone-on-hospital-order');
    });
  });

  // Issue 17: Mental Health Act 1983 s.47/49 transfer and restriction directions, s.45A hospital and limitation
  // directions (DVCV Act 2004 ss.39–44 give these victims rights), s.42(1) restrictions lifted, conditions varied.
  describe('prisoners in hospital and restricted patients', () => {
    const transferred = reached('hospital-direction', '2025-02-01', { basis: 'transfer-direction', restricted: true });

    it('given a prisoner, when a transfer direction is recorded, then it is; hospital stages then apply to the sentence', () => {
      const command = recordMilestone('hospital-direction', '2025-02-01', {
        basis: 'transfer-direction',
        restricted: true,
      });
      given([sentenceRecorded()])
        .when(command)
        .then([reachedFrom(command)]);
      const leave = recordMilestone('hospital-leave', '2025-03-01', { leaveType: 'escorted' });
      given([sentenceRecorded(), transferred])
        .when(leave)
        .then([reachedFrom(leave)]);
    });

    it('given a prisoner in hospital, when a prison-only stage or a tribunal discharge is recorded, then it is refused', () => {
      given([sentenceRecorded(), transferred])
        .when(recordMilestone('transfer-to-open-conditions', '2025-03-01', {}))
        .thenThrows('prisoner-in-hospital');
      given([sentenceRecorded(), transferred])
        .when(
          recordMilestone('conditional-discharge', '2025-03-01', {
            conditions: ['non-contact'],
            protectsVictimIds: [],
          }),
        )
        .thenThrows('hospital-milestone-on-prison-sentence');
      given([
        sentenceRecorded(),
        transferred,
        reached('tribunal-hearing-listed', '2025-03-01', { hearingDate: '2025-04-01' }, 'm-t'),
      ])
        .when(recordMilestone('tribunal-decision', '2025-04-01', { outcome: 'absolute-discharge' }))
        .thenThrows('prisoner-in-hospital-not-discharged-by-tribunal');
    });

    it('given a prisoner in hospital, when remitted to prison, then it is; and a second direction needs the first to end', () => {
      const remitted = recordMilestone('remitted-to-prison', '2025-05-01', {});
      given([sentenceRecorded(), transferred])
        .when(remitted)
        .then([reachedFrom(remitted)]);
      given([sentenceRecorded(), transferred])
        .when(recordMilestone('hospital-direction', '2025-03-01', { basis: 'transfer-direction', restricted: false }))
        .thenThrows('already-in-hospital');
      given([sentenceRecorded()])
        .when(recordMilestone('remitted-to-prison', '2025-05-01', {}))
        .thenThrows('not-in-hospital');
    });

    it('given a sentence, when hospital and limitation directions (s.45A) are recorded, then they are restricted and dated with the sentence', () => {
      const hybrid = recordMilestone('hospital-direction', SENTENCE_DATE, {
        basis: 'hospital-and-limitation-direction',
        restricted: true,
      });
      given([sentenceRecorded()])
        .when(hybrid)
        .then([reachedFrom(hybrid)]);
      given([sentenceRecorded()])
        .when(
          recordMilestone('hospital-direction', SENTENCE_DATE, {
            basis: 'hospital-and-limitation-direction',
            restricted: false,
          }),
        )
        .thenThrows('hybrid-order-is-restricted');
      given([sentenceRecorded()])
        .when(
          recordMilestone('hospital-direction', '2025-02-01', {
            basis: 'hospital-and-limitation-direction',
            restricted: true,
          }),
        )
        .thenThrows('hybrid-order-at-sentence');
    });

    it('given a detained restricted patient, when restrictions are lifted (s.42(1)), then conditional discharge no longer applies', () => {
      const lifted = recordMilestone('restrictions-lifted', '2025-02-01', {});
      given([restricted])
        .when(lifted)
        .then([reachedFrom(lifted)]);
      given([restricted, reachedFrom(lifted)])
        .when(
          recordMilestone(
            'conditional-discharge',
            '2025-03-01',
            { conditions: ['non-contact'], protectsVictimIds: [] },
            'm-2',
          ),
        )
        .thenThrows('needs-restriction-order');
      given([unrestricted])
        .when(recordMilestone('restrictions-lifted', '2025-02-01', {}))
        .thenThrows('needs-restriction-order');
      given([sentenceRecorded()])
        .when(recordMilestone('restrictions-lifted', '2025-02-01', {}))
        .thenThrows('not-restricted');
    });

    it('given a conditionally discharged patient, when the conditions are varied, then it is; a detained patient has none to vary', () => {
      const discharged = reached('conditional-discharge', '2025-02-01', {
        conditions: ['non-contact'],
        protectsVictimIds: [],
      });
      const varied = recordMilestone('discharge-conditions-varied', '2025-06-01', {
        conditions: ['non-contact', 'exclusion-zone'],
        protectsVictimIds: [],
      });
      given([restricted, discharged])
        .when(varied)
        .then([reachedFrom(varied)]);
      given([restricted]).when(varied).thenThrows('not-conditionally-discharged');
    });

    it('given a patient in hospital, when an escape is recorded, then it is an escape or absence without leave', () => {
      given([sentenceRecorded(), transferred])
        .when(recordMilestone('escape-or-abscond', '2025-03-01', { circumstance: 'absconded' }))
        .thenThrows('escape-circumstance-does-not-fit');
      const awol = recordMilestone('escape-or-abscond', '2025-03-01', { circumstance: 'absent-without-leave' });
      given([sentenceRecorded(), transferred])
        .when(awol)
        .then([reachedFrom(awol)]);
    });
  });

  // Victims' Code 2020 Right 11 ("when an offender in prison becomes eligible to be considered for a transfer to open conditions").
  describe('eligibility for open conditions', () => {
    it('given a prisoner in closed conditions, when the eligibility date is recorded, then it is', () => {
      const command = recordMilestone('open-conditions-eligibility', '2025-02-01', { eligibleFrom: '2027-02-01' });
      given([lifer])
        .when(command)
        .then([reachedFrom(command)]);
    });

    it('given a prisoner already in open conditions, or released, when eligibility is recorded, then it is refused', () => {
      given([sentenceRecorded(), reached('transfer-to-open-conditions', '2025-01-10', {})])
        .when(recordMilestone('open-conditions-eligibility', '2025-02-01', { eligibleFrom: '2025-03-01' }))
        .thenThrows('already-in-open-conditions');
      given([sentenceRecorded(), released])
        .when(recordMilestone('open-conditions-eligibility', '2025-08-01', { eligibleFrom: '2025-09-01' }))
        .thenThrows('not-in-custody');
    });

    it('given a hospital order, when eligibility for open conditions is recorded, then it is refused', () => {
      given([restricted])
        .when(recordMilestone('open-conditions-eligibility', '2025-02-01', { eligibleFrom: '2027-02-01' }))
        .thenThrows('prison-milestone-on-hospital-order');
    });
  });

  // Issue 17: escape, absconding, unlawfully at large, absent without leave (Mental Health Act 1983 s.18), and the return.
  // Source: "Informing victims about offenders who abscond from Approved Premises", probation circular, 25 October 2006
  // (docs/DOMAIN-RULES.md §11, checked 2026-12-07).
  describe('out of custody and back', () => {
    const escaped = (
      circumstance: 'escaped' | 'absconded' | 'unlawfully-at-large' | 'absent-without-leave',
      date = '2025-02-01',
    ) => reached('escape-or-abscond', date, { circumstance });

    it.each(['escaped', 'absconded', 'unlawfully-at-large'] as const)(
      'given a prisoner in custody, when they %s, then it is recorded',
      (circumstance) => {
        const command = recordMilestone('escape-or-abscond', '2025-02-01', { circumstance });
        given([sentenceRecorded()])
          .when(command)
          .then([reachedFrom(command)]);
      },
    );

    it('given a detained patient, when they are absent without leave, then it is recorded; a prisoner is never "absent without leave"', () => {
      const command = recordMilestone('escape-or-abscond', '2025-02-01', { circumstance: 'absent-without-leave' });
      given([restricted])
        .when(command)
        .then([reachedFrom(command)]);
      given([sentenceRecorded()]).when(command).thenThrows('escape-circumstance-does-not-fit');
      given([restricted])
        .when(recordMilestone('escape-or-abscond', '2025-02-01', { circumstance: 'absconded' }))
        .thenThrows('escape-circumstance-does-not-fit');
    });

    it('given an offender on licence, when an escape is recorded, then it is refused (a licence breach is a recall)', () => {
      given([sentenceRecorded(), released])
        .when(recordMilestone('escape-or-abscond', '2025-08-01', { circumstance: 'escaped' }))
        .thenThrows('not-in-custody');
    });

    it('given an offender already out of custody, when another escape is recorded, then it is refused', () => {
      given([sentenceRecorded(), escaped('escaped')])
        .when(recordMilestone('escape-or-abscond', '2025-02-02', { circumstance: 'escaped' }))
        .thenThrows('already-at-large');
    });

    it('given an offender out of custody, when release is recorded, then it is refused until the return', () => {
      given([lifer, reached('parole-decision', '2025-01-01', { outcome: 'release' }), escaped('absconded')])
        .when(recordMilestone('release-on-licence', '2025-03-01', {}))
        .thenThrows('offender-at-large');
    });

    it('given an absconder from open conditions, when they return, then it is recorded and they are back in closed conditions', () => {
      const command = recordMilestone('return-to-custody', '2025-02-03', {});
      const history = [
        sentenceRecorded(),
        reached('transfer-to-open-conditions', '2025-01-10', {}),
        escaped('absconded'),
      ];
      given(history)
        .when(command)
        .then([reachedFrom(command)]);
      given([...history, reachedFrom(command)])
        .when(recordMilestone('return-to-closed-conditions', '2025-02-04', {}, 'm-closed'))
        .thenThrows('not-in-open-conditions');
    });

    it('given an offender in custody, when a return is recorded, then it is refused; and a return cannot come before the escape', () => {
      given([sentenceRecorded()])
        .when(recordMilestone('return-to-custody', '2025-02-03', {}))
        .thenThrows('not-at-large');
      given([sentenceRecorded(), escaped('escaped', '2025-02-05')])
        .when(recordMilestone('return-to-custody', '2025-02-04', {}))
        .thenThrows('return-before-escape');
    });
  });

  describe('hospital orders', () => {
    it('refuses hospital leave on a prison sentence', () => {
      given([sentenceRecorded()])
        .when(recordMilestone('hospital-leave', '2025-01-01', { leaveType: 'escorted' }))
        .thenThrows('hospital-milestone-on-prison-sentence');
    });

    it('refuses release on licence for a hospital order', () => {
      given([restricted])
        .when(recordMilestone('release-on-licence', '2025-01-01', {}))
        .thenThrows('prison-milestone-on-hospital-order');
    });

    it('refuses parole milestones on a hospital order', () => {
      given([restricted])
        .when(recordMilestone('parole-decision', '2025-01-01', { outcome: 'release' }))
        .thenThrows('prison-milestone-on-hospital-order');
    });

    it('records leave for a detained patient', () => {
      const command = recordMilestone('hospital-leave', '2025-01-01', { leaveType: 'unescorted' });
      given([restricted])
        .when(command)
        .then([reachedFrom(command)]);
    });

    it('refuses a conditional discharge of an unrestricted patient', () => {
      given([unrestricted])
        .when(
          recordMilestone('conditional-discharge', '2025-01-01', {
            conditions: ['non-contact'],
            protectsVictimIds: [],
          }),
        )
        .thenThrows('needs-restriction-order');
    });

    it('refuses a tribunal decision without a hearing', () => {
      given([restricted])
        .when(recordMilestone('tribunal-decision', '2025-01-01', { outcome: 'not-discharged' }))
        .thenThrows('tribunal-decision-without-hearing');
    });

    it('records a tribunal decision after its hearing', () => {
      const command = recordMilestone('tribunal-decision', '2025-03-01', { outcome: 'deferred-conditional-discharge' });
      given([restricted, reached('tribunal-hearing-listed', '2025-01-01', { hearingDate: '2025-03-01' })])
        .when(command)
        .then([reachedFrom(command)]);
    });

    it('refuses a recall of a patient who was not conditionally discharged', () => {
      given([restricted])
        .when(recordMilestone('recall', '2025-01-01', {}))
        .thenThrows('not-conditionally-discharged');
    });

    it('recalls a conditionally discharged patient', () => {
      const command = recordMilestone('recall', '2025-06-01', {});
      given([
        restricted,
        reached('conditional-discharge', '2025-01-01', { conditions: ['exclusion-zone'], protectsVictimIds: ['v1'] }),
      ])
        .when(command)
        .then([reachedFrom(command)]);
    });

    it('refuses leave for a conditionally discharged patient', () => {
      given([
        restricted,
        reached('conditional-discharge', '2025-01-01', { conditions: ['exclusion-zone'], protectsVictimIds: ['v1'] }),
      ])
        .when(recordMilestone('hospital-leave', '2025-02-01', { leaveType: 'overnight' }))
        .thenThrows('patient-not-detained');
    });

    it('refuses anything after absolute discharge', () => {
      given([unrestricted, reached('absolute-discharge', '2025-01-01', {})])
        .when(recordMilestone('hospital-transfer', '2025-02-01', { security: 'lower' }))
        .thenThrows('sentence-ended');
    });
  });

  describe('appeals', () => {
    it('refuses a decided appeal without an outcome', () => {
      given([sentenceRecorded()])
        .when(recordMilestone('appeal', '2024-03-01', { stage: 'decided' }))
        .thenThrows('appeal-outcome-required');
    });

    it('refuses an outcome on a lodged appeal', () => {
      given([sentenceRecorded()])
        .when(recordMilestone('appeal', '2024-03-01', { stage: 'lodged', outcome: 'dismissed' }))
        .thenThrows('appeal-outcome-before-decision');
    });
  });

  it('emits no field of the command that only served the decision', () => {
    const [event] = sentenceDecider.decide(
      recordMilestone('appeal', '2024-03-01', { stage: 'lodged' }),
      sentenceDecider.evolve(sentenceDecider.initialState(), sentenceRecorded()),
    );
    expect(event.data).not.toHaveProperty('recordedOn');
    expect(event.data).toMatchObject({ sentenceId: SENTENCE_ID });
  });
});
