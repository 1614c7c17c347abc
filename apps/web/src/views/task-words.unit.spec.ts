import { CASELOAD_TASK_KINDS } from '@vcs/domain';
import { Schemas } from '../data/api-client';
import { govukDate } from './filters';
import { taskInWords, taskTitle, TASK_WORDS } from './task-words';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
/** A code as the API writes them: lower-case words joined by hyphens (initial-contact, parole-hearing-listed). */
const CODE = /\b[a-z]+(-[a-z]+)+\b/;
const NOTIFICATION_ID = '3f1c2a4b-5d6e-4f70-8a9b-0c1d2e3f4a5b';
const LETTER_ID = '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d';

function aTask(kind: string, overrides: Partial<Schemas['CaseloadTaskResponse']> = {}) {
  return {
    kind: kind as Schemas['CaseloadTaskResponse']['kind'],
    dueOn: '2026-03-03',
    dueDateProblem: null,
    overdue: false,
    notification: {
      notificationId: NOTIFICATION_ID,
      stage: 'parole-hearing-listed',
      channel: 'letter' as const,
      letterId: null,
    },
    letter: { letterId: LETTER_ID, stage: 'parole-hearing-listed' },
    ...overrides,
  };
}

function allWords(words: { title: string; whatToDo: string; byWhen: string }): string {
  return `${words.title} ${words.whatToDo} ${words.byWhen}`;
}

describe('tasks in plain English', () => {
  it.each(CASELOAD_TASK_KINDS)(
    'words a %s task with no code, id or stage code, naming the victim and the day',
    (kind) => {
      const words = taskInWords(aTask(kind), 'Jane Example', govukDate);
      const text = allWords(words);
      expect(text).not.toMatch(UUID);
      expect(text).not.toMatch(CODE);
      expect(text).not.toContain(kind);
      expect(words.byWhen).toBe('By 3 March 2026');
      if (kind !== 'missed-referral' && kind !== 'parked-work') expect(words.whatToDo).toContain('Jane Example');
    },
  );

  it('says "the victim" where the name may not be shown, and which stage a notice or letter is about', () => {
    const words = taskInWords(aTask('letter-returned'), null, govukDate);
    expect(words.whatToDo).toBe(
      "Letter returned: revise and resubmit the letter to the victim (Parole hearing listed). Read the manager's comments, edit the letter and send it for approval again.",
    );
  });

  it('says a task is overdue, or why it has no due date, in words', () => {
    expect(taskInWords(aTask('follow-up', { overdue: true }), null, govukDate).byWhen).toBe(
      'Overdue: was due by 3 March 2026',
    );
    const undated = taskInWords(
      aTask('vns-contact', { dueOn: null, dueDateProblem: 'sentence-not-known' }),
      null,
      govukDate,
    );
    expect(undated.byWhen).toBe('No due date until the sentence is recorded');
  });

  it('never shows a kind or stage code it does not know', () => {
    const unknown = taskInWords(
      aTask('a-kind-added-later', {
        notification: null,
        letter: { letterId: LETTER_ID, stage: 'a-stage-added-later' },
      }),
      'Jane Example',
      govukDate,
    );
    expect(allWords(unknown)).not.toMatch(CODE);
    expect(taskTitle('a-kind-added-later')).toBe('Task');
    expect(
      allWords(
        taskInWords(
          aTask('notification-letter', {
            notification: {
              notificationId: NOTIFICATION_ID,
              stage: 'a-stage-added-later',
              channel: 'letter' as const,
              letterId: null,
            },
          }),
          null,
          govukDate,
        ),
      ),
    ).not.toMatch(CODE);
  });

  it('has words for every kind the domain knows', () => {
    expect(Object.keys(TASK_WORDS).sort()).toEqual([...CASELOAD_TASK_KINDS].sort());
  });
});
