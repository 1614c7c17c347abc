import { CaseTask, VictimCaseFacts, tasksOn, victimCaseFactsOf } from './case-tasks';
import { DEFAULT_TIMESCALE_POLICY } from './timescale-policy';
import { victimDecider } from '../victim/victim.decider';
import { contactRecorded, referralReceived } from '../testing/victim-fixtures';
import { KnownVictim } from '../victim/victim.state';
import { ContactSummary } from '../victim/victim.state';

// Sentence Mon 8 Jan 2024; referral Mon 15 Jan 2024; + 20 working days = Mon 12 Feb 2024.
const facts = (overrides: Partial<VictimCaseFacts> = {}): VictimCaseFacts => ({
  victimId: 'v1',
  sentenceId: 's1',
  sentenceDate: '2024-01-08',
  referralReceivedOn: '2024-01-15',
  referredFor: 'vcs',
  participation: 'referred',
  contacts: [],
  contactStandard: 'victims-code-2020',
  ...overrides,
});

const contact = (overrides: Partial<ContactSummary> = {}): ContactSummary => ({
  contactId: 'c1',
  method: 'letter',
  direction: 'outbound',
  result: 'letter-sent',
  occurredOn: '2024-01-20',
  ...overrides,
});

const kinds = (tasks: readonly CaseTask[]) => tasks.map((t) => `${t.kind}@${t.dueOn}`);

describe('tasks on a date', () => {
  it('makes initial contact due within 20 working days of the referral', () => {
    expect(kinds(tasksOn(facts(), '2024-01-20').due)).toEqual(['initial-contact@2024-02-12']);
  });

  it('keeps initial contact due on its due date', () => {
    expect(kinds(tasksOn(facts(), '2024-02-12').due)).toEqual(['initial-contact@2024-02-12']);
  });

  it('makes initial contact overdue the day after its due date', () => {
    const tasks = tasksOn(facts(), '2024-02-13');
    expect(kinds(tasks.overdue)).toEqual(['initial-contact@2024-02-12']);
    expect(tasks.due).toEqual([]);
  });

  it('closes initial contact once a letter has been sent', () => {
    expect(tasksOn(facts({ contacts: [contact()] }), '2024-03-01')).toEqual({ due: [], overdue: [] });
  });

  it('keeps initial contact open after an unanswered call', () => {
    expect(
      kinds(tasksOn(facts({ contacts: [contact({ method: 'phone', result: 'no-answer' })] }), '2024-03-01').overdue),
    ).toEqual(['initial-contact@2024-02-12']);
  });

  it('uses the older standard of 40 working days from sentence for migrated cases', () => {
    // Mon 8 Jan 2024 + 40 working days (no bank holidays until Good Friday 29 Mar) = Mon 4 Mar 2024
    expect(kinds(tasksOn(facts({ contactStandard: 'older-standard' }), '2024-02-13').due)).toEqual([
      'initial-contact@2024-03-04',
    ]);
  });

  it('makes VNS contact due 15 calendar days after sentence', () => {
    expect(kinds(tasksOn(facts({ referredFor: 'vns' }), '2024-01-20').due)).toEqual(['vns-contact@2024-01-23']);
  });

  it('counts VNS days as working days when the policy says so', () => {
    const policy = { ...DEFAULT_TIMESCALE_POLICY, vnsContactDayKind: 'working-days' as const };
    expect(kinds(tasksOn(facts({ referredFor: 'vns' }), '2024-01-20', undefined, policy).due)).toEqual([
      'vns-contact@2024-01-29',
    ]);
  });

  it('raises no contact task for a victim who declined or withdrew', () => {
    expect(tasksOn(facts({ participation: 'declined' }), '2024-03-01')).toEqual({ due: [], overdue: [] });
    expect(tasksOn(facts({ participation: 'withdrawn' }), '2024-03-01')).toEqual({ due: [], overdue: [] });
  });

  it('raises a follow-up on the date the officer set, and closes it with a later contact', () => {
    const first = contact({ followUpOn: '2024-02-01' });
    expect(kinds(tasksOn(facts({ contacts: [first] }), '2024-02-02').overdue)).toEqual(['follow-up@2024-02-01']);
    expect(
      tasksOn(facts({ contacts: [first, contact({ contactId: 'c2', occurredOn: '2024-02-01' })] }), '2024-02-02')
        .overdue,
    ).toEqual([]);
  });

  it('builds the facts from a victim stream', () => {
    const state = [referralReceived(), contactRecorded({ followUpOn: '2024-02-01' })].reduce(
      victimDecider.evolve,
      victimDecider.initialState(),
    ) as KnownVictim;
    const caseFacts = victimCaseFactsOf(state, '2024-01-08');
    expect(caseFacts).toMatchObject({
      referralReceivedOn: '2024-01-15',
      referredFor: 'vcs',
      participation: 'referred',
    });
    expect(kinds(tasksOn(caseFacts, '2024-02-05').overdue)).toEqual(['follow-up@2024-02-01']);
  });

  it('refuses a today that is not a date', () => {
    expect(() => tasksOn(facts(), '2024-13-01')).toThrow();
  });
});
