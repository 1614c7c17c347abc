import { deciderSpec } from '../testing/decider-spec';
import { reached, reachedFrom, recordMilestone, sentenceRecorded } from '../testing/fixtures';
import { sentenceDecider } from './sentence.decider';

/**
 * Removal of foreign national offenders (issue 17, "Deportation and removal"). Sources (docs/DOMAIN-RULES.md §11):
 * CJA 2003 s.260 (early removal of fixed-term prisoners liable to removal), s.261 (an early-removed offender who
 * re-enters the UK before the sentence expiry date is liable to be detained again), Repatriation of Prisoners Act 1984
 * s.1 (warrant transferring a prisoner out of the UK).
 */
const { given } = deciderSpec(sentenceDecider);
const lifer = sentenceRecorded({ sentenceType: 'indeterminate-life', lengthMonths: undefined });
const restricted = sentenceRecorded({ sentenceType: 'hospital-order-with-restriction', lengthMonths: undefined });
const deported = reached('deportation', '2025-03-01', {});

describe('planned removal (CJA 2003 s.260; tariff-expired removal)', () => {
  it('given a fixed-term prisoner in custody, when removal under the early removal scheme is planned, then it is recorded with its day', () => {
    const command = recordMilestone('removal-planned', '2025-02-01', {
      route: 'early-removal-scheme',
      expectedOn: '2025-05-01',
    });
    given([sentenceRecorded()])
      .when(command)
      .then([reachedFrom(command)]);
  });

  it('given a life sentence prisoner, when the early removal scheme is named, then it is refused (s.260 is for fixed-term prisoners)', () => {
    given([lifer])
      .when(recordMilestone('removal-planned', '2025-02-01', { route: 'early-removal-scheme' }))
      .thenThrows('removal-route-does-not-fit');
  });

  it('given a fixed-term prisoner, when the tariff-expired removal scheme is named, then it is refused', () => {
    given([sentenceRecorded()])
      .when(recordMilestone('removal-planned', '2025-02-01', { route: 'tariff-expired-removal-scheme' }))
      .thenThrows('removal-route-does-not-fit');
  });

  it('given a life sentence prisoner, when the tariff-expired removal scheme is named, then it is recorded', () => {
    const command = recordMilestone('removal-planned', '2025-02-01', { route: 'tariff-expired-removal-scheme' });
    given([lifer])
      .when(command)
      .then([reachedFrom(command)]);
  });

  it('given a released offender, when a removal is planned, then it is refused (a planned removal is from custody)', () => {
    given([sentenceRecorded(), reached('release-on-licence', '2025-01-10', {})])
      .when(recordMilestone('removal-planned', '2025-02-01', { route: 'deportation-order' }))
      .thenThrows('not-in-custody');
  });

  it('refuses a planned day before the day the plan was recorded, and an unknown route', () => {
    given([sentenceRecorded()])
      .when(recordMilestone('removal-planned', '2025-02-01', { route: 'deportation-order', expectedOn: '2025-01-31' }))
      .thenThrows('removal-before-plan');
    given([sentenceRecorded()])
      .when(
        recordMilestone('removal-planned', '2025-02-01', {
          route: 'extradition' as 'deportation-order',
        }),
      )
      .thenThrows('unknown-code');
  });

  it('refuses a removal plan on a hospital order (the removal schemes are for prisoners)', () => {
    given([restricted])
      .when(recordMilestone('removal-planned', '2025-02-01', { route: 'deportation-order' }))
      .thenThrows('prison-milestone-on-hospital-order');
  });
});

describe('transfer abroad (Repatriation of Prisoners Act 1984)', () => {
  it('given a prisoner in custody, when transferred abroad, then it is recorded and only a return, the end or a death may follow', () => {
    const command = recordMilestone('transfer-abroad', '2025-02-01', {});
    given([sentenceRecorded()])
      .when(command)
      .then([reachedFrom(command)]);
    given([sentenceRecorded(), reachedFrom(command)])
      .when(recordMilestone('release-on-licence', '2025-06-01', {}, 'm-later'))
      .thenThrows('offender-transferred-abroad');
  });

  it('given a detained patient, when transferred abroad, then it is recorded', () => {
    const command = recordMilestone('transfer-abroad', '2025-02-01', {});
    given([restricted])
      .when(command)
      .then([reachedFrom(command)]);
  });

  it('given a released offender, when a transfer abroad is recorded, then it is refused', () => {
    given([sentenceRecorded(), reached('release-on-licence', '2025-01-10', {})])
      .when(recordMilestone('transfer-abroad', '2025-02-01', {}))
      .thenThrows('not-in-custody');
  });

  it('given an offender out of custody, when a transfer abroad is recorded, then it is refused', () => {
    given([sentenceRecorded(), reached('escape-or-abscond', '2025-01-10', { circumstance: 'escaped' })])
      .when(recordMilestone('transfer-abroad', '2025-02-01', {}))
      .thenThrows('offender-at-large');
  });
});

describe('return after removal: the offender is back in the sentence (CJA 2003 s.261)', () => {
  it('given a deported offender, when they are back in custody here, then it is recorded', () => {
    const command = recordMilestone('return-after-removal', '2025-09-01', {});
    given([sentenceRecorded(), reached('removal-planned', '2025-02-01', { route: 'early-removal-scheme' }), deported])
      .when(command)
      .then([reachedFrom(command)]);
  });

  it('given a deported offender who came back, when release is recorded, then it is allowed: the sentence runs again', () => {
    const back = recordMilestone('return-after-removal', '2025-09-01', {}, 'm-back');
    const release = recordMilestone('release-on-licence', '2025-12-01', {}, 'm-release');
    given([sentenceRecorded(), deported, reachedFrom(back)])
      .when(release)
      .then([reachedFrom(release)]);
  });

  it('given an offender transferred abroad who came back, when a recall-free release is refused before custody began again', () => {
    given([
      sentenceRecorded(),
      reached('transfer-abroad', '2025-02-01', {}),
      reached('return-after-removal', '2025-09-01', {}),
    ])
      .when(recordMilestone('release-on-licence', '2025-08-31', {}))
      .thenThrows('release-before-recall');
  });

  it('given a deported offender on licence who came back, when recalled, then it is refused: they are in custody again', () => {
    given([
      sentenceRecorded(),
      reached('release-on-licence', '2025-01-10', {}),
      reached('deportation', '2025-01-20', {}),
      reached('return-after-removal', '2025-09-01', {}),
    ])
      .when(recordMilestone('recall', '2025-09-02', {}))
      .thenThrows('recall-when-not-released');
  });

  it('given an offender never removed, when a return after removal is recorded, then it is refused', () => {
    given([sentenceRecorded()])
      .when(recordMilestone('return-after-removal', '2025-09-01', {}))
      .thenThrows('not-removed');
  });

  it('refuses a return dated before the removal', () => {
    given([sentenceRecorded(), deported])
      .when(recordMilestone('return-after-removal', '2025-02-28', {}))
      .thenThrows('return-before-removal');
  });

  it('given a deported restricted patient who came back, when the return is recorded, then the patient is detained again', () => {
    const back = recordMilestone('return-after-removal', '2025-09-01', {}, 'm-back');
    const leave = recordMilestone('hospital-leave', '2025-10-01', { leaveType: 'escorted' }, 'm-leave');
    given([restricted, deported, reachedFrom(back)])
      .when(leave)
      .then([reachedFrom(leave)]);
  });
});
