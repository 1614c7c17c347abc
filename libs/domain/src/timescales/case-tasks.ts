import { englandAndWalesCalendar, WorkingDayCalendar } from '../calendar/working-day-calendar';
import { ReferredFor } from '../eligibility/scheme';
import { IsoDate, addCalendarDays, assertIsoDate } from '../shared/iso-date';
import { RESULTS_THAT_COUNT_AS_CONTACT } from '../victim/contact';
import { ContactSummary, KnownVictim, Participation } from '../victim/victim.state';
import { ContactStandard, DEFAULT_TIMESCALE_POLICY, TimescalePolicy } from './timescale-policy';

/** What the timescales need to know about one victim's case. */
export interface VictimCaseFacts {
  readonly victimId: string;
  readonly sentenceId: string;
  readonly sentenceDate: IsoDate;
  readonly referralReceivedOn: IsoDate;
  readonly referredFor: ReferredFor;
  readonly participation: Participation;
  readonly contacts: readonly ContactSummary[];
  /** Migrated cases made under the older standard keep its deadline. */
  readonly contactStandard: ContactStandard;
}

export type CaseTaskKind = 'initial-contact' | 'vns-contact' | 'follow-up';

export interface CaseTask {
  readonly kind: CaseTaskKind;
  readonly victimId: string;
  readonly sentenceId: string;
  /** The date the clock started (sentence, referral or the contact that set the follow-up). */
  readonly from: IsoDate;
  readonly dueOn: IsoDate;
  /** Why this deadline: the rule and its source. */
  readonly rule: string;
  /** The contact that set a follow-up. */
  readonly contactId?: string;
}

export interface TasksOnDate {
  /** Open tasks whose deadline is today or later. */
  readonly due: readonly CaseTask[];
  /** Open tasks whose deadline has passed. */
  readonly overdue: readonly CaseTask[];
}

/** The facts `tasksOn` needs, from a loaded victim stream and the sentence date. */
export function victimCaseFactsOf(
  victim: KnownVictim,
  sentenceDate: IsoDate,
  contactStandard: ContactStandard = 'victims-code-2020',
): VictimCaseFacts {
  return {
    victimId: victim.victimId,
    sentenceId: victim.referralSentenceId,
    sentenceDate,
    referralReceivedOn: victim.referralReceivedOn,
    referredFor: victim.referredFor,
    participation: victim.participation,
    contacts: victim.contacts,
    contactStandard,
  };
}

/** Which of the case's tasks are open on `today`, split into due and overdue. */
export function tasksOn(
  facts: VictimCaseFacts,
  today: IsoDate,
  calendar: WorkingDayCalendar = englandAndWalesCalendar,
  policy: TimescalePolicy = DEFAULT_TIMESCALE_POLICY,
): TasksOnDate {
  assertIsoDate(today, 'today');
  const tasks = [...initialContactTasks(facts, calendar, policy), ...followUpTasks(facts)];
  const open = tasks.filter((t) => t.from <= today);
  return { due: open.filter((t) => t.dueOn >= today), overdue: open.filter((t) => t.dueOn < today) };
}

function initialContactTasks(
  facts: VictimCaseFacts,
  calendar: WorkingDayCalendar,
  policy: TimescalePolicy,
): CaseTask[] {
  // A victim who said no is not contacted again unless they come back.
  if (facts.participation === 'declined' || facts.participation === 'withdrawn') return [];
  if (facts.contacts.some((c) => RESULTS_THAT_COUNT_AS_CONTACT.includes(c.result))) return [];
  const base = { victimId: facts.victimId, sentenceId: facts.sentenceId };
  if (facts.referredFor === 'vns') {
    const days = policy.vnsContactDaysFromSentence;
    const dueOn =
      policy.vnsContactDayKind === 'calendar-days'
        ? addCalendarDays(facts.sentenceDate, days)
        : calendar.addWorkingDays(facts.sentenceDate, days);
    return [
      {
        ...base,
        kind: 'vns-contact',
        from: facts.sentenceDate,
        dueOn,
        rule: `VNS: contact the victim within ${days} ${policy.vnsContactDayKind.replace('-', ' ')} of sentence.`,
      },
    ];
  }
  if (facts.contactStandard === 'older-standard') {
    const days = policy.olderStandardContactWorkingDaysFromSentence;
    return [
      {
        ...base,
        kind: 'initial-contact',
        from: facts.sentenceDate,
        dueOn: calendar.addWorkingDays(facts.sentenceDate, days),
        rule: `Older standard (migrated case): contact the victim within ${days} working days of sentence.`,
      },
    ];
  }
  const days = policy.initialContactWorkingDaysFromReferral;
  return [
    {
      ...base,
      kind: 'initial-contact',
      from: facts.referralReceivedOn,
      dueOn: calendar.addWorkingDays(facts.referralReceivedOn, days),
      rule: `Victims' Code 2020 Right 11: contact the victim within ${days} working days of the referral.`,
    },
  ];
}

/** A follow-up is done once any later contact is recorded on or after the day it was set. */
function followUpTasks(facts: VictimCaseFacts): CaseTask[] {
  if (facts.participation === 'declined' || facts.participation === 'withdrawn') return [];
  return facts.contacts.flatMap((contact, index) => {
    if (contact.followUpOn === undefined) return [];
    const later = facts.contacts.slice(index + 1).some((c) => c.occurredOn >= contact.occurredOn);
    if (later) return [];
    return [
      {
        kind: 'follow-up' as const,
        victimId: facts.victimId,
        sentenceId: facts.sentenceId,
        from: contact.occurredOn,
        dueOn: contact.followUpOn,
        contactId: contact.contactId,
        rule: 'Follow up on the date the victim liaison officer set.',
      },
    ];
  });
}
