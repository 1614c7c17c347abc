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
});
