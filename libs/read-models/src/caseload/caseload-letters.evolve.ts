import { unreachable } from '@vcs/domain';
import { RecordedDomainEvent } from '../recorded-domain-event';
import { VictimCaseloadState } from './caseload-task.rules';

/**
 * The letter events the caseload keeps facts from (docs/letters.md): approval opens the send gate, a return a task, and
 * so does an approved letter the service may not send.
 */
export const CASELOAD_LETTER_EVENTS = [
  'LetterDrafted',
  'LetterEdited',
  'LetterSubmittedForApproval',
  'LetterApproved',
  'LetterSendingRefused',
  'LetterReturned',
] as const;

export type CaseloadLetterEvent = RecordedDomainEvent<(typeof CASELOAD_LETTER_EVENTS)[number]>;

export function isCaseloadLetterEvent(type: string): type is CaseloadLetterEvent['type'] {
  return (CASELOAD_LETTER_EVENTS as readonly string[]).includes(type);
}

/** A victim's letter facts after one letter event (ids, codes and dates only: the words are never read). */
export function evolveLetters(state: VictimCaseloadState, event: CaseloadLetterEvent): VictimCaseloadState {
  switch (event.type) {
    case 'LetterDrafted': {
      const { letterId, notificationId, stage, draftedBy } = event.data;
      const letters = { ...state.letters, [letterId]: { approved: false, stage, draftedBy } };
      const notification = notificationId !== undefined ? state.notifications[notificationId] : undefined;
      if (notificationId === undefined || !notification) return { ...state, letters };
      return {
        ...state,
        letters,
        notifications: { ...state.notifications, [notificationId]: { ...notification, letterId } },
      };
    }
    case 'LetterEdited':
      // Any edit returns the letter to draft: an approved letter needs approving again. A returned one stays returned
      // (its task open) until it is sent for approval again.
      return updateLetter(state, event.data.letterId, { approved: false, notSentOn: undefined });
    case 'LetterSubmittedForApproval':
      return updateLetter(state, event.data.letterId, { returnedOn: undefined });
    case 'LetterApproved':
      return updateLetter(state, event.data.letterId, { approved: true, returnedOn: undefined, notSentOn: undefined });
    case 'LetterSendingRefused':
      return updateLetter(state, event.data.letterId, { notSentOn: event.data.refusedOn });
    case 'LetterReturned':
      return updateLetter(state, event.data.letterId, { approved: false, returnedOn: event.data.returnedOn });
    default:
      return unreachable(event);
  }
}

function updateLetter(
  state: VictimCaseloadState,
  letterId: string,
  change: Partial<VictimCaseloadState['letters'][string]>,
): VictimCaseloadState {
  const letter = state.letters[letterId];
  if (!letter) return state; // drafted before this projection knew the victim (cannot happen through the domain)
  const updated = { ...letter, ...change };
  if (updated.returnedOn === undefined) delete updated.returnedOn;
  if (updated.notSentOn === undefined) delete updated.notSentOn;
  return { ...state, letters: { ...state.letters, [letterId]: updated } };
}
