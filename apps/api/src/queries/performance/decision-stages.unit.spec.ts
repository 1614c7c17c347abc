import { DEFAULT_NOTIFICATION_POLICY, MilestoneKind } from '@vcs/domain';
import { DECISION_STAGES } from './decision-stages';

describe('the decisions counted in "told the same working day"', () => {
  it('are the release and parole decisions, in the order the figure lists them', () => {
    expect(DECISION_STAGES).toEqual([
      'release-on-licence',
      'home-detention-curfew',
      'parole-decision',
      'high-court-referral',
      'tribunal-decision',
      'conditional-discharge',
      'absolute-discharge',
    ]);
  });

  it('are all told the same day by the notification policy', () => {
    for (const stage of DECISION_STAGES)
      expect([stage, DEFAULT_NOTIFICATION_POLICY.sameDayStages.includes(stage as MilestoneKind)]).toEqual([
        stage,
        true,
      ]);
  });
});
