import { LetterFacts } from '../templates';

/** A sentence on which every milestone a letter may need has been recorded. */
export function everyMilestone(hospitalOrder = false): LetterFacts {
  return {
    hospitalOrder,
    milestones: {
      'parole-eligibility': { date: '2026-11-01', detail: { paroleEligibilityDate: '2029-04-01' } },
      'parole-hearing-listed': { date: '2026-11-02', detail: { hearingDate: '2027-03-15', hearingType: 'oral' } },
      'parole-hearing-postponed': {
        date: '2026-12-01',
        detail: { postponement: 'adjourned', newHearingDate: '2027-03-15' },
      },
      'parole-decision': {
        date: '2027-03-29',
        detail: {
          outcome: 'no-release',
          nextReviewDate: '2028-03-29',
          providedToPartiesOn: '2027-03-29',
          reconsiderable: true,
        },
      },
      reconsideration: { date: '2027-04-05', detail: { stage: 'applied', appliedBy: 'prisoner' } },
      'set-aside': { date: '2027-05-10', detail: { stage: 'applied', appliedBy: 'secretary-of-state' } },
      'high-court-referral': { date: '2027-04-20', detail: { stage: 'referred' } },
      'escape-or-abscond': { date: '2027-05-20', detail: { circumstance: 'absconded' } },
      'return-to-custody': { date: '2027-05-21', detail: {} },
      'open-conditions-eligibility': { date: '2027-04-25', detail: { eligibleFrom: '2028-02-01' } },
      'prison-transfer': { date: '2027-04-26', detail: {} },
      recategorisation: { date: '2027-04-27', detail: { category: 'category-c' } },
      'hospital-direction': { date: '2027-04-28', detail: { basis: 'transfer-direction', restricted: true } },
      'remitted-to-prison': { date: '2027-04-29', detail: {} },
      'transfer-to-open-conditions': { date: '2027-05-01', detail: {} },
      'return-to-closed-conditions': { date: '2027-06-01', detail: {} },
      'release-on-temporary-licence': { date: '2027-07-01', detail: { returnDate: '2027-07-03' } },
      'home-detention-curfew': { date: '2027-08-01', detail: {} },
      'release-on-licence': { date: '2027-09-01', detail: {} },
      'licence-conditions-set': {
        date: '2027-09-01',
        detail: {
          conditions: ['non-contact', 'exclusion-zone'],
          conditionsEndDate: '2029-06-01',
          protectsVictimIds: [],
        },
      },
      recall: { date: '2027-10-01', detail: {} },
      'licence-end': { date: '2029-06-01', detail: {} },
      'sentence-end': { date: '2029-06-01', detail: {} },
      'release-date-changed': {
        date: '2027-01-10',
        detail: { expectedReleaseDate: '2027-09-14', reason: 'added-days' },
      },
      'hospital-leave': { date: '2027-02-01', detail: { leaveType: 'escorted' } },
      'hospital-transfer': { date: '2027-02-02', detail: { security: 'lower' } },
      'tribunal-hearing-listed': { date: '2027-02-03', detail: { hearingDate: '2027-04-20' } },
      'tribunal-decision': { date: '2027-04-20', detail: { outcome: 'conditional-discharge' } },
      'conditional-discharge': { date: '2027-05-20', detail: { conditions: ['non-contact'], protectsVictimIds: [] } },
      'absolute-discharge': { date: '2028-05-20', detail: {} },
      'discharge-conditions-varied': {
        date: '2027-11-20',
        detail: { conditions: ['exclusion-zone'], protectsVictimIds: [] },
      },
      'restrictions-lifted': { date: '2028-01-20', detail: {} },
      appeal: { date: '2026-12-01', detail: { stage: 'decided', against: 'sentence', outcome: 'dismissed' } },
      death: { date: '2028-01-01', detail: { inCustody: true } },
      'suspended-sentence-activated': { date: '2026-12-01', detail: { activation: 'full' } },
      'removal-planned': { date: '2029-06-01', detail: { route: 'early-removal-scheme', expectedOn: '2029-07-01' } },
      deportation: { date: '2029-07-01', detail: {} },
      'transfer-abroad': { date: '2029-07-01', detail: {} },
      'return-after-removal': { date: '2029-09-01', detail: {} },
    },
    request: {
      kind: 'parole-decision-summary',
      outcome: 'refused',
      reason: 'offender-under-18',
      madeOn: '2027-04-02',
      answeredOn: '2027-04-16',
    },
  };
}
