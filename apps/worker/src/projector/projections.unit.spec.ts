import { loadEnvironment } from '@vcs/config';
import { caseloadPolicyOf } from './projections';

describe("the caseload projection's configurable figures", () => {
  it('takes the handover lead from HANDOVER_AT_EIGHTEEN_LEAD_WORKING_DAYS, 130 working days by default', () => {
    expect(caseloadPolicyOf(loadEnvironment({})).handoverAtEighteen.handoverLeadWorkingDays).toBe(130);
    expect(
      caseloadPolicyOf(loadEnvironment({ HANDOVER_AT_EIGHTEEN_LEAD_WORKING_DAYS: '20' })).handoverAtEighteen
        .handoverLeadWorkingDays,
    ).toBe(20);
  });

  it("takes the missed-referral figures and the reconsideration lead from the environment, today's values by default", () => {
    const byDefault = caseloadPolicyOf(loadEnvironment({}));
    expect(byDefault.missedReferral.timescales.vnsMissedReferralWorkingDaysFromSentence).toBe(3);
    expect(byDefault.missedReferral.timescales.referralWorkingDaysFromSentence).toBe(10);
    expect(byDefault.missedReferral.eligibility.suspendedSentences).toEqual({ statutoryVcs: false, vns: true });
    expect(byDefault.reconsiderationRequestLeadDays).toBe(7);
    const configured = caseloadPolicyOf(
      loadEnvironment({
        VNS_MISSED_REFERRAL_WORKING_DAYS: '5',
        STATUTORY_VCS_SUSPENDED_SENTENCES: 'from-sentence',
        RECONSIDERATION_REQUEST_LEAD_DAYS: '10',
      }),
    );
    expect(configured.missedReferral.timescales.vnsMissedReferralWorkingDaysFromSentence).toBe(5);
    expect(configured.missedReferral.eligibility.suspendedSentences).toEqual({ statutoryVcs: true, vns: true });
    expect(configured.reconsiderationRequestLeadDays).toBe(10);
  });
});
