import { unreachable } from '../shared/unreachable';
import {
  LetterApproved,
  LetterDrafted,
  LetterEdited,
  LetterReturned,
  LetterSendingRefused,
  LetterSubmittedForApproval,
} from './victim.events';
import { KnownVictim, VictimLetter } from './victim.state';

/** The events of `victim-letters.decide.ts`. */
export type VictimLetterEvent =
  LetterDrafted | LetterEdited | LetterSubmittedForApproval | LetterApproved | LetterSendingRefused | LetterReturned;

export function evolveLetters(state: KnownVictim, event: VictimLetterEvent): KnownVictim {
  switch (event.type) {
    case 'LetterDrafted': {
      const { letterId, notificationId, stage, draftedBy } = event.data;
      const letter: VictimLetter = {
        letterId,
        stage,
        status: 'draft',
        authors: [draftedBy],
        ...(notificationId !== undefined ? { notificationId } : {}),
      };
      const notifications =
        notificationId !== undefined && state.notifications[notificationId]
          ? { ...state.notifications, [notificationId]: { ...state.notifications[notificationId], letterId } }
          : state.notifications;
      return { ...state, letters: { ...state.letters, [letterId]: letter }, notifications };
    }
    case 'LetterEdited': {
      const letter = state.letters[event.data.letterId];
      if (!letter) return state;
      const authors = letter.authors.includes(event.data.editedBy)
        ? letter.authors
        : [...letter.authors, event.data.editedBy];
      return updateLetter(state, letter.letterId, {
        status: 'draft',
        authors,
        approvedBy: undefined,
        approvedOn: undefined,
      });
    }
    case 'LetterSubmittedForApproval':
      return updateLetter(state, event.data.letterId, { status: 'submitted' });
    case 'LetterApproved':
      return updateLetter(state, event.data.letterId, {
        status: 'approved',
        approvedBy: event.data.approvedBy,
        approvedOn: event.data.approvedOn,
        sendingRefused: undefined,
      });
    case 'LetterSendingRefused':
      return updateLetter(state, event.data.letterId, { sendingRefused: event.data.reason });
    case 'LetterReturned':
      return updateLetter(state, event.data.letterId, { status: 'returned' });
    default:
      return unreachable(event);
  }
}

function updateLetter(state: KnownVictim, letterId: string, change: Partial<VictimLetter>): KnownVictim {
  const current = state.letters[letterId];
  if (!current) return state;
  return { ...state, letters: { ...state.letters, [letterId]: { ...current, ...change } } };
}
