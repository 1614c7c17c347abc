import { deciderSpec } from '../testing/decider-spec';
import { SENTENCE_DATE, SENTENCE_ID, reached, reachedFrom, recordMilestone, recordSentence, sentenceRecorded } from '../testing/fixtures';
import { sentenceDecider, sentenceStreamId } from './sentence.decider';

const spec = deciderSpec(sentenceDecider);
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

    it.each(['x123456', 'X12345', 'XX12345', '123456X', 'X1234567', ''])('refuses the case reference "%s" (one capital letter and six digits)', (reference) => {
      given([]).when(recordSentence({ reference })).thenThrows('invalid-sentence-reference');
    });

    it('refuses a fixed-term sentence without its length', () => {
      given([]).when(recordSentence({ lengthMonths: undefined })).thenThrows('length-required');
    });

    it('refuses a length of zero months', () => {
      given([]).when(recordSentence({ lengthMonths: 0 })).thenThrows('length-required');
    });

    it('refuses a length on a life sentence', () => {
      given([]).when(recordSentence({ sentenceType: 'indeterminate-life', lengthMonths: 180 })).thenThrows('length-not-applicable');
    });

    it('refuses a length on a hospital order', () => {
      given([]).when(recordSentence({ sentenceType: 'hospital-order-with-restriction', lengthMonths: 12 })).thenThrows('length-not-applicable');
    });

    it('records a hospital order without a length', () => {
      given([]).when(recordSentence({ sentenceType: 'hospital-order-without-restriction', lengthMonths: undefined })).then([unrestricted]);
    });

    it('refuses a sentence dated after today', () => {
      given([]).when(recordSentence({ sentenceDate: '2026-11-24' })).thenThrows('sentence-in-future');
    });

    it('refuses a date that does not exist', () => {
      given([]).when(recordSentence({ sentenceDate: '2023-02-29' })).thenThrows('invalid-date');
    });

    it('refuses an unknown probation region', () => {
      given([]).when(recordSentence({ probationRegion: 'scotland' as never })).thenThrows('unknown-code');
    });

    it('refuses an unknown sentence type', () => {
      given([]).when(recordSentence({ sentenceType: 'community-order' as never })).thenThrows('unknown-code');
    });

    it('refuses a blank sentencing court', () => {
      given([]).when(recordSentence({ sentencingCourt: '  ' })).thenThrows('text-required');
    });
  });

  describe('any milestone', () => {
    it('refuses a milestone on a sentence that is not recorded (404)', () => {
      given([]).when(recordMilestone('release-on-licence', '2025-01-01', {})).thenThrows('sentence-not-found', 'not-found');
    });

    it('refuses release before sentence', () => {
      given([sentenceRecorded()]).when(recordMilestone('release-on-licence', '2024-01-07', {})).thenThrows('milestone-before-sentence');
    });

    it('allows a milestone on the day of sentence', () => {
      const command = recordMilestone('appeal', SENTENCE_DATE, { stage: 'lodged', against: 'sentence' });
      given([sentenceRecorded()]).when(command).then([reachedFrom(command)]);
    });

    it('refuses a milestone dated after today', () => {
      given([sentenceRecorded()]).when(recordMilestone('release-on-licence', '2026-11-24', {})).thenThrows('milestone-in-future');
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
      given([sentenceRecorded(), released, reached('licence-end', '2026-01-01', {}), reached('sentence-end', '2026-01-01', {})])
        .when(recordMilestone('recall', '2026-02-01', {}))
        .thenThrows('sentence-ended');
    });

    it('refuses anything after a conviction is quashed on appeal', () => {
      given([sentenceRecorded(), reached('appeal', '2024-06-01', { stage: 'decided', outcome: 'conviction-quashed' })])
        .when(recordMilestone('release-on-licence', '2024-06-02', {}))
        .thenThrows('sentence-ended');
    });

    it('refuses a release after deportation', () => {
      given([sentenceRecorded(), reached('deportation', '2025-01-01', {})]).when(recordMilestone('release-on-licence', '2025-02-01', {})).thenThrows('offender-deported');
    });

    it('allows the sentence to end after deportation', () => {
      const command = recordMilestone('sentence-end', '2027-01-08', {}, 'm-new', '2027-01-08');
      given([sentenceRecorded(), reached('deportation', '2025-01-01', {})]).when(command).then([reachedFrom(command)]);
    });
  });

  describe('release and recall', () => {
    it('records a release on licence', () => {
      const command = recordMilestone('release-on-licence', '2025-07-01', {});
      given([sentenceRecorded()]).when(command).then([reachedFrom(command)]);
    });

    it('refuses a second release without a recall in between', () => {
      given([sentenceRecorded(), released]).when(recordMilestone('release-on-licence', '2025-08-01', {})).thenThrows('already-released');
    });

    it('allows a release after a recall', () => {
      const command = recordMilestone('release-on-licence', '2026-01-01', {});
      given([sentenceRecorded(), released, recalled]).when(command).then([reachedFrom(command)]);
    });

    it('refuses a re-release dated before the recall', () => {
      given([sentenceRecorded(), released, recalled]).when(recordMilestone('release-on-licence', '2025-08-15', {})).thenThrows('release-before-recall');
    });

    it('refuses a recall when not released', () => {
      given([sentenceRecorded()]).when(recordMilestone('recall', '2025-01-01', {})).thenThrows('recall-when-not-released');
    });

    it('refuses a second recall without a release in between', () => {
      given([sentenceRecorded(), released, recalled]).when(recordMilestone('recall', '2025-10-01', {})).thenThrows('recall-when-not-released');
    });

    it('refuses a recall dated before the release', () => {
      given([sentenceRecorded(), released]).when(recordMilestone('recall', '2025-06-01', {})).thenThrows('recall-before-release');
    });

    it('allows release on licence at the end of home detention curfew', () => {
      const command = recordMilestone('release-on-licence', '2025-09-01', {});
      given([sentenceRecorded(), reached('home-detention-curfew', '2025-07-01', {})]).when(command).then([reachedFrom(command)]);
    });

    it('refuses home detention curfew when already released', () => {
      given([sentenceRecorded(), released]).when(recordMilestone('home-detention-curfew', '2025-08-01', {})).thenThrows('already-released');
    });

    it('refuses home detention curfew on an extended sentence', () => {
      given([extended]).when(recordMilestone('home-detention-curfew', '2025-08-01', {})).thenThrows('no-home-detention-curfew-on-this-sentence');
    });

    it('refuses the release of a life sentence prisoner without a Parole Board direction', () => {
      given([lifer]).when(recordMilestone('release-on-licence', '2025-08-01', {})).thenThrows('release-needs-parole-direction');
    });

    it('releases a life sentence prisoner after a Parole Board release decision', () => {
      const command = recordMilestone('release-on-licence', '2025-08-01', {});
      given([lifer, reached('parole-decision', '2025-07-01', { outcome: 'release' })]).when(command).then([reachedFrom(command)]);
    });

    it('needs a new Parole Board direction to re-release a recalled life sentence prisoner', () => {
      given([lifer, reached('parole-decision', '2025-07-01', { outcome: 'release' }), reached('release-on-licence', '2025-08-01', {}), reached('recall', '2025-10-01', {})])
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
      const command = recordMilestone('licence-conditions-set', '2025-07-01', { conditions: ['non-contact', 'exclusion-zone'], conditionsEndDate: '2027-01-08', protectsVictimIds: ['v1'] });
      given([sentenceRecorded(), released]).when(command).then([reachedFrom(command)]);
    });

    it('refuses licence conditions that end before they are set', () => {
      given([sentenceRecorded(), released])
        .when(recordMilestone('licence-conditions-set', '2025-07-01', { conditions: ['non-contact'], conditionsEndDate: '2025-06-30', protectsVictimIds: [] }))
        .thenThrows('conditions-end-before-set');
    });

    it('refuses licence conditions with no condition', () => {
      given([sentenceRecorded(), released])
        .when(recordMilestone('licence-conditions-set', '2025-07-01', { conditions: [], conditionsEndDate: '2026-06-30', protectsVictimIds: [] }))
        .thenThrows('conditions-required');
    });

    it('refuses licence conditions after the licence ended', () => {
      given([sentenceRecorded(), released, reached('licence-end', '2026-01-01', {})])
        .when(recordMilestone('licence-conditions-set', '2026-02-01', { conditions: ['non-contact'], conditionsEndDate: '2026-06-30', protectsVictimIds: [] }))
        .thenThrows('licence-already-ended');
    });

    it('refuses the end of a licence when not on licence', () => {
      given([sentenceRecorded()]).when(recordMilestone('licence-end', '2025-01-01', {})).thenThrows('licence-end-when-not-on-licence');
    });

    it('refuses the end of a life licence', () => {
      given([lifer, reached('parole-decision', '2025-07-01', { outcome: 'release' }), reached('release-on-licence', '2025-08-01', {})])
        .when(recordMilestone('licence-end', '2026-01-01', {}))
        .thenThrows('life-licence-never-ends');
    });

    it('refuses the end of a life sentence', () => {
      given([lifer]).when(recordMilestone('sentence-end', '2026-01-01', {})).thenThrows('life-sentence-never-ends');
    });

    it('refuses a change of release date on an indeterminate sentence', () => {
      given([lifer])
        .when(recordMilestone('release-date-changed', '2025-01-01', { expectedReleaseDate: '2040-01-01', reason: 'added-days' }))
        .thenThrows('no-release-date-on-indeterminate-sentence');
    });

    it('records added days moving the expected release date', () => {
      const command = recordMilestone('release-date-changed', '2025-01-01', { expectedReleaseDate: '2025-07-21', reason: 'added-days' });
      given([sentenceRecorded()]).when(command).then([reachedFrom(command)]);
    });
  });

  describe('open conditions and temporary release', () => {
    it('refuses a transfer to open conditions when already in open conditions', () => {
      given([sentenceRecorded(), reached('transfer-to-open-conditions', '2024-06-01', {})])
        .when(recordMilestone('transfer-to-open-conditions', '2024-07-01', {}))
        .thenThrows('already-in-open-conditions');
    });

    it('refuses a return to closed conditions from closed conditions', () => {
      given([sentenceRecorded()]).when(recordMilestone('return-to-closed-conditions', '2024-07-01', {})).thenThrows('not-in-open-conditions');
    });

    it('refuses release on temporary licence while on licence', () => {
      given([sentenceRecorded(), released]).when(recordMilestone('release-on-temporary-licence', '2025-08-01', {})).thenThrows('not-in-custody');
    });

    it('refuses a temporary release returning before it starts', () => {
      given([sentenceRecorded()]).when(recordMilestone('release-on-temporary-licence', '2024-08-01', { returnDate: '2024-07-31' })).thenThrows('return-before-temporary-release');
    });
  });

  describe('parole', () => {
    it('refuses a parole eligibility date on a standard determinate sentence', () => {
      given([sentenceRecorded()]).when(recordMilestone('parole-eligibility', '2024-02-01', { paroleEligibilityDate: '2026-01-01' })).thenThrows('no-parole-on-this-sentence');
    });

    it('records a parole eligibility date on an extended sentence', () => {
      const command = recordMilestone('parole-eligibility', '2024-02-01', { paroleEligibilityDate: '2029-05-08' });
      given([extended]).when(command).then([reachedFrom(command)]);
    });

    it('refuses a parole hearing on a standard determinate sentence before any recall', () => {
      given([sentenceRecorded()]).when(recordMilestone('parole-hearing-listed', '2025-01-01', { hearingDate: '2025-03-01', hearingType: 'oral' })).thenThrows('no-parole-on-this-sentence');
    });

    it('allows a parole hearing for a recalled determinate prisoner', () => {
      const command = recordMilestone('parole-hearing-listed', '2025-10-01', { hearingDate: '2025-12-01', hearingType: 'paper' });
      given([sentenceRecorded(), released, recalled]).when(command).then([reachedFrom(command)]);
    });

    it('refuses a hearing dated before it was listed', () => {
      given([lifer]).when(recordMilestone('parole-hearing-listed', '2025-01-01', { hearingDate: '2024-12-01', hearingType: 'oral' })).thenThrows('hearing-before-listing');
    });

    it('refuses a next review date when release was directed', () => {
      given([lifer]).when(recordMilestone('parole-decision', '2025-01-01', { outcome: 'release', nextReviewDate: '2027-01-01' })).thenThrows('next-review-only-when-release-refused');
    });

    it('records a refusal with the next review date', () => {
      const command = recordMilestone('parole-decision', '2025-01-01', { outcome: 'no-release', nextReviewDate: '2027-01-01' });
      given([lifer]).when(command).then([reachedFrom(command)]);
    });

    it('refuses reconsideration without a parole decision', () => {
      given([lifer]).when(recordMilestone('reconsideration', '2025-01-10', { stage: 'applied', appliedBy: 'prisoner' })).thenThrows('reconsideration-without-parole-decision');
    });

    it('accepts an application for reconsideration on the 21st day after the decision', () => {
      const command = recordMilestone('reconsideration', '2025-01-22', { stage: 'applied', appliedBy: 'secretary-of-state' });
      given([lifer, reached('parole-decision', '2025-01-01', { outcome: 'release' })]).when(command).then([reachedFrom(command)]);
    });

    it('refuses an application for reconsideration more than 21 days after the decision', () => {
      given([lifer, reached('parole-decision', '2025-01-01', { outcome: 'release' })])
        .when(recordMilestone('reconsideration', '2025-01-23', { stage: 'applied', appliedBy: 'prisoner' }))
        .thenThrows('reconsideration-out-of-time');
    });

    it('refuses a reconsideration outcome before an application', () => {
      given([lifer, reached('parole-decision', '2025-01-01', { outcome: 'release' })])
        .when(recordMilestone('reconsideration', '2025-01-20', { stage: 'decided', outcome: 'refused' }))
        .thenThrows('reconsideration-decided-before-applied');
    });
  });

  describe('hospital orders', () => {
    it('refuses hospital leave on a prison sentence', () => {
      given([sentenceRecorded()]).when(recordMilestone('hospital-leave', '2025-01-01', { leaveType: 'escorted' })).thenThrows('hospital-milestone-on-prison-sentence');
    });

    it('refuses release on licence for a hospital order', () => {
      given([restricted]).when(recordMilestone('release-on-licence', '2025-01-01', {})).thenThrows('prison-milestone-on-hospital-order');
    });

    it('refuses parole milestones on a hospital order', () => {
      given([restricted]).when(recordMilestone('parole-decision', '2025-01-01', { outcome: 'release' })).thenThrows('prison-milestone-on-hospital-order');
    });

    it('records leave for a detained patient', () => {
      const command = recordMilestone('hospital-leave', '2025-01-01', { leaveType: 'unescorted' });
      given([restricted]).when(command).then([reachedFrom(command)]);
    });

    it('refuses a conditional discharge of an unrestricted patient', () => {
      given([unrestricted]).when(recordMilestone('conditional-discharge', '2025-01-01', { conditions: ['non-contact'], protectsVictimIds: [] })).thenThrows('needs-restriction-order');
    });

    it('refuses a tribunal decision without a hearing', () => {
      given([restricted]).when(recordMilestone('tribunal-decision', '2025-01-01', { outcome: 'not-discharged' })).thenThrows('tribunal-decision-without-hearing');
    });

    it('records a tribunal decision after its hearing', () => {
      const command = recordMilestone('tribunal-decision', '2025-03-01', { outcome: 'deferred-conditional-discharge' });
      given([restricted, reached('tribunal-hearing-listed', '2025-01-01', { hearingDate: '2025-03-01' })]).when(command).then([reachedFrom(command)]);
    });

    it('refuses a recall of a patient who was not conditionally discharged', () => {
      given([restricted]).when(recordMilestone('recall', '2025-01-01', {})).thenThrows('not-conditionally-discharged');
    });

    it('recalls a conditionally discharged patient', () => {
      const command = recordMilestone('recall', '2025-06-01', {});
      given([restricted, reached('conditional-discharge', '2025-01-01', { conditions: ['exclusion-zone'], protectsVictimIds: ['v1'] })]).when(command).then([reachedFrom(command)]);
    });

    it('refuses leave for a conditionally discharged patient', () => {
      given([restricted, reached('conditional-discharge', '2025-01-01', { conditions: ['exclusion-zone'], protectsVictimIds: ['v1'] })])
        .when(recordMilestone('hospital-leave', '2025-02-01', { leaveType: 'overnight' }))
        .thenThrows('patient-not-detained');
    });

    it('refuses anything after absolute discharge', () => {
      given([unrestricted, reached('absolute-discharge', '2025-01-01', {})]).when(recordMilestone('hospital-transfer', '2025-02-01', { security: 'lower' })).thenThrows('sentence-ended');
    });
  });

  describe('appeals', () => {
    it('refuses a decided appeal without an outcome', () => {
      given([sentenceRecorded()]).when(recordMilestone('appeal', '2024-03-01', { stage: 'decided' })).thenThrows('appeal-outcome-required');
    });

    it('refuses an outcome on a lodged appeal', () => {
      given([sentenceRecorded()]).when(recordMilestone('appeal', '2024-03-01', { stage: 'lodged', outcome: 'dismissed' })).thenThrows('appeal-outcome-before-decision');
    });
  });

  it('emits no field of the command that only served the decision', () => {
    const [event] = sentenceDecider.decide(recordMilestone('appeal', '2024-03-01', { stage: 'lodged' }), sentenceDecider.evolve(sentenceDecider.initialState(), sentenceRecorded()));
    expect(event.data).not.toHaveProperty('recordedOn');
    expect(event.data).toMatchObject({ sentenceId: SENTENCE_ID });
  });
});
