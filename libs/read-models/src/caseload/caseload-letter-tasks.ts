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
