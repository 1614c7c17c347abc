import { CaseloadTaskKind, isCaseloadTaskKind } from '@vcs/domain';
import { Schemas } from '../data/api-client';
import { stageInWords } from './stage-words';

type Task = Pick<
  Schemas['CaseloadTaskResponse'],
  'kind' | 'dueOn' | 'dueDateProblem' | 'overdue' | 'notification' | 'letter'
>;

/** What a task's sentence may name: the victim (their name, or "the victim" where the name may not be shown) and the stage. */
interface TaskContext {
  readonly victim: string;
  /** " (Parole hearing listed)" for a task about one notice or letter, else "". */
  readonly about: string;
}

interface TaskWords {
  /** Short, for the "Task" column and the filter. */
  readonly title: string;
  /** What to do, for which victim, in plain English. */
  readonly whatToDo: (task: TaskContext) => string;
}

/** Every caseload task kind in words: a new kind in the domain fails to compile until it has its row. */
export const TASK_WORDS = {
  'initial-contact': {
    title: 'First contact (Victim Contact Scheme)',
    whatToDo: ({ victim }) => `Make first contact with ${victim} to offer the Victim Contact Scheme.`,
  },
  'vns-contact': {
    title: 'First contact (Victim Notification Scheme)',
    whatToDo: ({ victim }) => `Make first contact with ${victim} to offer the Victim Notification Scheme.`,
  },
  'follow-up': {
    title: 'Follow-up',
    whatToDo: ({ victim }) => `Follow up with ${victim} on the day set at the last contact.`,
  },
  'safety-check': {
    title: 'Safety check before a letter',
    whatToDo: ({ victim }) => `Check it is still safe to write to ${victim} before the next letter is sent.`,
  },
  'missed-referral': {
    title: 'Missed referral',
    whatToDo: () => 'No victim has been referred for this sentence: find the victims and offer them the scheme.',
  },
  'notification-failed': {
    title: 'Notice not sent',
    whatToDo: ({ victim, about }) =>
      `A notice to ${victim}${about} could not be sent after every try. Contact them another way, or send it again.`,
  },
  'notification-safety-check': {
    title: 'Safety check before a notice',
    whatToDo: ({ victim, about }) =>
      `Confirm the address or number of ${victim} is still safe to use before the notice${about} is sent.`,
  },
  'notification-letter': {
    title: 'Letter to draft',
    whatToDo: ({ victim, about }) =>
      `Draft the letter to ${victim}${about} and have a manager approve it, so that it can be sent.`,
  },
  'notification-undelivered': {
    title: 'Notice not delivered',
    whatToDo: ({ victim, about }) => `The notice to ${victim}${about} did not arrive. Contact them another way.`,
  },
  'ask-victim-about-reconsideration': {
    title: 'Ask about reconsideration',
    whatToDo: ({ victim }) =>
      `The Parole Board's decision is provisional: ask ${victim} whether they want the Secretary of State to apply for it to be reconsidered. Record a request if they do.`,
  },
  'ask-victim-about-public-hearing': {
    title: 'Ask about a public hearing',
    whatToDo: ({ victim }) =>
      `A parole hearing is listed: tell ${victim} that anyone may apply for it to be held in public, and ask whether they want to. Record a request if they do.`,
  },
  'phone-victim-offender-at-large': {
    title: 'Urgent: phone the victim',
    whatToDo: ({ victim }) =>
      `Urgent: the offender is out of custody. Phone ${victim} now to check they are safe and go through their safety plan. If they may be at risk, call the police on 999.`,
  },
  'reoffer-before-release': {
    title: 'Offer the scheme again',
    whatToDo: ({ victim }) =>
      `Consider offering the scheme again to ${victim} before a possible release: they declined or never answered. Check their record first; nothing is sent automatically.`,
  },
  'letter-returned': {
    title: 'Letter returned',
    whatToDo: ({ victim, about }) =>
      `Letter returned: revise and resubmit the letter to ${victim}${about}. Read the manager's comments, edit the letter and send it for approval again.`,
  },
  'letter-not-sent': {
    title: 'Letter not sent',
    whatToDo: ({ victim, about }) =>
      `Letter not sent: the service may not send the approved letter to ${victim}${about}. Open the letter to see why, then reach them another way and record the contact, or revise the letter.`,
  },
  'hand-contact-to-victim': {
    title: 'Hand contact to the victim at 18',
    whatToDo: ({ victim }) =>
      `${victim} was referred as a child and contact goes through a parent or guardian. Before they turn 18, offer the scheme to them directly and ask for their own contact preferences, then record that contact is now with them.`,
  },
  'retention-review': {
    title: 'Retention review',
    whatToDo: ({ victim }) =>
      `Decide whether to keep or erase the personal data of ${victim}: the case closed longer ago than the retention period.`,
  },
  'parked-work': {
    title: 'Parked work',
    whatToDo: () =>
      'Work the service could not do after every try is waiting. Find the cause, fix it, then retry it from Parked work.',
  },
} as const satisfies Record<CaseloadTaskKind, TaskWords>;

const NO_DUE_DATE: Record<string, string> = {
  'outside-working-day-calendar': 'No due date: the date is outside the bank holiday calendar',
  'invalid-date': 'No due date: a date on the case is not valid',
  'sentence-not-known': 'No due date until the sentence is recorded',
};

/** A kind's short title; a kind this page does not know yet reads as "Task", never as its code. */
export function taskTitle(kind: unknown): string {
  return isCaseloadTaskKind(kind) ? TASK_WORDS[kind].title : 'Task';
}

export interface TaskInWords {
  readonly title: string;
  readonly whatToDo: string;
  /** By when, in words: "By 3 March 2026", or why there is no date. */
  readonly byWhen: string;
}

/**
 * A task in plain English, for one row of a list: `victimName` only where the reader may see it (never put into a URL);
 * without it the task names "the victim". No code, id or stage code is ever part of the words.
 */
export function taskInWords(task: Task, victimName: string | null, dateInWords: (date: string) => string): TaskInWords {
  const stage = task.notification?.stage ?? task.letter?.stage ?? null;
  const context: TaskContext = {
    victim: victimName ?? 'the victim',
    about: stage !== null ? ` (${stageInWords(stage)})` : '',
  };
  const byWhen = task.dueOn
    ? `${task.overdue ? 'Overdue: was due by' : 'By'} ${dateInWords(task.dueOn)}`
    : (NO_DUE_DATE[task.dueDateProblem ?? ''] ?? 'No due date');
  if (!isCaseloadTaskKind(task.kind))
    return { title: 'Task', whatToDo: `Open the case to see this task for ${context.victim}.`, byWhen };
  const words: TaskWords = TASK_WORDS[task.kind];
  return { title: words.title, whatToDo: words.whatToDo(context), byWhen };
}
