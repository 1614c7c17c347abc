import { DEFAULT_CASELOAD_POLICY, notificationTasks, VictimCaseloadState } from './caseload-task.rules';

/**
 * Parole Board Rules 2019 r.28(3): an application to reconsider a provisional decision within 21 days of its provision
 * to the parties; victims can only ask the Secretary of State to apply (Reconsideration Mechanism Guidance, gov.uk,
 * checked 2026-12-07). How long before the last day the VLO asks the victim is not published (docs/DOMAIN-RULES.md
 * §11): RECONSIDERATION_REQUEST_LEAD_DAYS, 7 days by default.
 */
const victim = (respondBy: string): VictimCaseloadState => ({
  victimId: 'v-1',
  sentenceId: 's-1',
  region: 'yorkshire-and-the-humber',
  unit: 'yorkshire-and-the-humber',
  sentenceDate: '2024-01-08',
  referredFor: 'vcs',
  referralReceivedOn: '2024-01-15',
  participation: 'enrolled',
  vloId: 'vlo-7',
  safetyCheckBeforeLetters: false,
  lettersChosen: false,
  contacts: [],
  preferencesUpdatedOn: null,
  safetyChecks: {},
  notifications: {
    'n-1': {
      sentenceId: 's-1',
      stage: 'parole-decision',
      channel: 'email',
      dueOn: '2024-03-04',
      status: 'sent',
      respondBy,
    },
  },
  letters: {},
  personalDataErased: false,
  caseClosed: false,
  reoffers: {},
  comingOfAge: null,
});
const reconsiderationTask = (state: VictimCaseloadState, policy = DEFAULT_CASELOAD_POLICY) =>
  notificationTasks(state, policy).find((task) => task.kind === 'ask-victim-about-reconsideration');

describe("the VLO's task to ask the victim about reconsideration", () => {
  it('given a provisional decision whose last day is 25 March, when the lead is the default 7 days, then the task is due on 18 March', () => {
    expect(reconsiderationTask(victim('2024-03-25'))).toMatchObject({
      dueOn: '2024-03-18',
      rule: expect.stringContaining('Due 7 days before the last day') as unknown as string,
    });
  });

  it('given the same decision, when the lead is configured as 10 days, then the task is due on 15 March and says so', () => {
    const policy = { ...DEFAULT_CASELOAD_POLICY, reconsiderationRequestLeadDays: 10 };
    expect(reconsiderationTask(victim('2024-03-25'), policy)).toMatchObject({
      dueOn: '2024-03-15',
      rule: expect.stringContaining('Due 10 days before the last day') as unknown as string,
    });
  });

  it('given a lead longer than the time left, when the decision reached the victim, then the task is due at once (never before the notice)', () => {
    const policy = { ...DEFAULT_CASELOAD_POLICY, reconsiderationRequestLeadDays: 20 };
    expect(reconsiderationTask(victim('2024-03-12'), policy)).toMatchObject({ dueOn: '2024-03-04' });
  });
});
