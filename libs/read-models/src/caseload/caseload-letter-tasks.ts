import { IsoDate } from '@vcs/domain';
import { stageInWords } from '../victim-case/notification-words';
import type { DesiredTask, VictimCaseloadState } from './caseload-task.rules';

/**
 * Working days a VLO has to revise a letter a manager returned and send it for approval again. No published timescale
 * (docs/letters.md): our choice, a working week, so a returned letter is still in time for most notices it goes with.
 */
export const LETTER_RESUBMIT_WORKING_DAYS = 5;

export const LETTER_RETURNED_RULE =
  'A manager returned the letter with comments (four eyes, docs/letters.md): the officer who drafted it revises it and ' +
  `sends it for approval again within ${LETTER_RESUBMIT_WORKING_DAYS} working days of the return (our timescale). ` +
  'Done when it is sent for approval again; none for a victim who withdrew, declined or whose personal data was erased.';

/**
 * One task per letter a manager returned and nobody has sent for approval again, for the officer who drafted it
 * (`assignee`). Task ids are `letter-returned:<letter id>`; `dueAfter` counts the deadline from the day of the return.
 */
export function letterReturnedTasks(
  state: VictimCaseloadState,
  dueAfter: (returnedOn: IsoDate) => Pick<DesiredTask, 'dueOn' | 'dueDateProblem'>,
): DesiredTask[] {
  if (state.personalDataErased || state.participation === 'withdrawn' || state.participation === 'declined') return [];
  return Object.entries(state.letters)
    .filter(([, letter]) => letter.returnedOn !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([letterId, letter]) => ({
      taskId: `letter-returned:${letterId}`,
      kind: 'letter-returned',
      victimId: state.victimId,
      sentenceId: state.sentenceId,
      contactId: null,
      ...dueAfter(letter.returnedOn as IsoDate),
      description: `Letter returned: revise and resubmit the letter about the ${stageInWords(letter.stage)}. Read the manager's comments on the letter, edit it and send it for approval again.`,
      rule: LETTER_RETURNED_RULE,
      ...(letter.draftedBy !== undefined ? { assignee: letter.draftedBy } : {}),
    }));
}

export const LETTER_NOT_SENT_RULE =
  'A manager approved a letter drafted on its own, but the service may not send it: the victim as they are now may not ' +
  'be written to about it (LetterSendingRefused, docs/letters.md). The officer who drafted it decides how to reach the ' +
  'victim, due that day. Done when the letter is edited (to approve again) or a contact with the victim is recorded on ' +
  'or after that day; none for a victim who withdrew, declined or whose personal data was erased (nobody contacts them).';

/**
 * One task per letter drafted on its own that its approval could not send, for the officer who drafted it. Task ids
 * are `letter-not-sent:<letter id>`; due on the day of the refusal (`dueOn` counts nothing: the officer acts now).
 */
export function letterNotSentTasks(
  state: VictimCaseloadState,
  dueOn: (day: IsoDate) => Pick<DesiredTask, 'dueOn' | 'dueDateProblem'>,
): DesiredTask[] {
  if (state.personalDataErased || state.participation === 'withdrawn' || state.participation === 'declined') return [];
  return Object.entries(state.letters)
    .filter(
      ([, letter]) =>
        letter.notSentOn !== undefined &&
        !state.contacts.some((contact) => contact.occurredOn >= (letter.notSentOn as IsoDate)),
    )
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([letterId, letter]) => ({
      taskId: `letter-not-sent:${letterId}`,
      kind: 'letter-not-sent',
      victimId: state.victimId,
      sentenceId: state.sentenceId,
      contactId: null,
      ...dueOn(letter.notSentOn as IsoDate),
      description: `Letter not sent: the service may not send the approved letter about the ${stageInWords(letter.stage)}. Open the letter to see why, then reach the victim another way and record the contact, or revise the letter.`,
      rule: LETTER_NOT_SENT_RULE,
      ...(letter.draftedBy !== undefined ? { assignee: letter.draftedBy } : {}),
    }));
}
