import { noLongerApplies, SendBlockReason } from '../notifications/can-send-now';
import { NOTIFICATION_STAGES } from '../notifications/notification-stage';
import { DomainRuleViolation, ensure } from '../shared/domain-rule-violation';
import { assertId, assertOneOf, assertText, omit } from '../shared/text';
import { sendingOfAdHocLetter } from './ad-hoc-letter-sending';
import { LANGUAGE_TAG } from './contact-preferences.rules';
import { LETTER_ADDRESS_MAX, LETTER_BODY_MAX, LETTER_COMMENTS_MAX, LetterPersonal } from './letter';
import { checkDated } from './victim-checks';
import { ApproveLetter, DraftLetter, EditLetter, ReturnLetter, SubmitLetterForApproval } from './victim.commands';
import { VictimEvent } from './victim.events';
import { KnownVictim, VictimLetter } from './victim.state';

function checkLetterPersonal(personal: Partial<LetterPersonal>): void {
  if (personal.body !== undefined) assertText(personal.body, 'personal.body', LETTER_BODY_MAX);
  if (personal.addressBlock !== undefined)
    assertText(personal.addressBlock, 'personal.addressBlock', LETTER_ADDRESS_MAX);
  if (personal.language !== undefined) {
    ensure(
      typeof personal.language === 'string' && LANGUAGE_TAG.test(personal.language),
      'invalid-language',
      'The language must be a language tag such as "en", "cy" or "pl".',
    );
  }
}

function letterOf(state: KnownVictim, letterId: string): VictimLetter {
  assertId(letterId, 'letterId');
  const letter = state.letters[letterId];
  ensure(letter !== undefined, 'unknown-letter', `No letter ${letterId} has been drafted for this victim.`);
  return letter;
}

/**
 * Why a letter written for a notification no longer applies to the victim as they are now (their state and choices:
 * see `noLongerApplies`), or undefined. Checked when a manager approves it; the send gate checks again when it goes.
 * A letter drafted without a notification (an ad-hoc letter) is checked when its approval schedules the notification
 * that sends it (`sendingOfAdHocLetter`), and from then on as that notification's letter.
 */
export function letterNoLongerApplies(
  state: KnownVictim,
  letter: VictimLetter,
): { readonly reason: SendBlockReason; readonly explanation: string } | undefined {
  if (letter.notificationId === undefined) return undefined;
  const notification = state.notifications[letter.notificationId];
  return notification === undefined ? undefined : noLongerApplies(state, notification);
}

export function draftLetter(command: DraftLetter, state: KnownVictim): VictimEvent[] {
  const { letterId, notificationId, stage, draftedBy, draftedOn, recordedOn, personal } = command.data;
  checkDated(state, draftedOn, 'draftedOn', recordedOn);
  assertId(letterId, 'letterId');
  assertId(draftedBy, 'draftedBy');
  assertOneOf(stage, NOTIFICATION_STAGES, 'stage');
  ensure(state.letters[letterId] === undefined, 'letter-already-drafted', 'This letter is already drafted.');
  ensure(
    personal !== undefined &&
      personal.body !== undefined &&
      personal.addressBlock !== undefined &&
      personal.language !== undefined,
    'text-required',
    'A letter needs its body, address block and language.',
  );
  checkLetterPersonal(personal);
  if (notificationId !== undefined) {
    assertId(notificationId, 'notificationId');
    const notification = state.notifications[notificationId];
    ensure(
      notification !== undefined,
      'unknown-notification',
      `No notification ${notificationId} is scheduled for this victim.`,
    );
    ensure(
      notification.channel === 'letter',
      'notification-not-by-letter',
      `The notification goes by ${notification.channel}, not by letter.`,
    );
    ensure(
      notification.status === 'scheduled',
      'notification-not-pending',
      `The notification is ${notification.status}.`,
    );
    ensure(
      notification.letterId === undefined,
      'notification-already-has-letter',
      'The notification already has a letter; edit that one.',
    );
    ensure(
      notification.stage === stage,
      'stage-mismatch',
      `The notification is about ${notification.stage}, not ${stage}.`,
    );
  }
  return [{ type: 'LetterDrafted', data: omit(command.data, 'recordedOn') }];
}

export function editLetter(command: EditLetter, state: KnownVictim): VictimEvent[] {
  const { letterId, editedBy, editedOn, recordedOn, personal } = command.data;
  const letter = letterOf(state, letterId);
  checkDated(state, editedOn, 'editedOn', recordedOn);
  assertId(editedBy, 'editedBy');
  ensure(letter.status !== 'sent', 'letter-already-sent', 'The letter has been sent; write a new one.');
  ensure(
    personal !== undefined &&
      (personal.body !== undefined || personal.addressBlock !== undefined || personal.language !== undefined),
    'nothing-to-update',
    'Give the new body, address block or language.',
  );
  checkLetterPersonal(personal);
  return [{ type: 'LetterEdited', data: omit(command.data, 'recordedOn') }];
}

export function submitLetterForApproval(command: SubmitLetterForApproval, state: KnownVictim): VictimEvent[] {
  const { letterId, submittedBy, submittedOn, recordedOn } = command.data;
  const letter = letterOf(state, letterId);
  checkDated(state, submittedOn, 'submittedOn', recordedOn);
  assertId(submittedBy, 'submittedBy');
  ensure(
    letter.status === 'draft' || letter.status === 'returned',
    'letter-not-draft',
    `The letter is ${letter.status}; only a draft is submitted for approval.`,
  );
  return [{ type: 'LetterSubmittedForApproval', data: omit(command.data, 'recordedOn') }];
}

export function approveLetter(command: ApproveLetter, state: KnownVictim): VictimEvent[] {
  const { letterId, approvedBy, approvedOn, recordedOn } = command.data;
  const letter = letterOf(state, letterId);
  checkDated(state, approvedOn, 'approvedOn', recordedOn);
  assertId(approvedBy, 'approvedBy');
  ensure(
    letter.status === 'submitted',
    'letter-not-submitted',
    `The letter is ${letter.status}; only a letter submitted for approval is approved.`,
  );
  ensure(
    !letter.authors.includes(approvedBy),
    'four-eyes',
    'A letter is approved by someone who did not write or edit it.',
  );
  const gone = letterNoLongerApplies(state, letter);
  if (gone) throw new DomainRuleViolation(gone.reason, `This letter no longer applies: ${gone.explanation}`);
  const approved: VictimEvent = { type: 'LetterApproved', data: omit(command.data, 'recordedOn', 'sending') };
  // A letter drafted on its own is sent by the notification its first approval schedules; once scheduled, a later
  // approval (after an edit) lets that same notification go (the dispatcher re-queues it on LetterApproved).
  return letter.notificationId === undefined
    ? [approved, ...sendingOfAdHocLetter(state, letter, command.data)]
    : [approved];
}

export function returnLetter(command: ReturnLetter, state: KnownVictim): VictimEvent[] {
  const { letterId, returnedBy, returnedOn, recordedOn, personal } = command.data;
  const letter = letterOf(state, letterId);
  checkDated(state, returnedOn, 'returnedOn', recordedOn);
  assertId(returnedBy, 'returnedBy');
  ensure(
    letter.status === 'submitted',
    'letter-not-submitted',
    `The letter is ${letter.status}; only a letter submitted for approval is returned.`,
  );
  ensure(
    !letter.authors.includes(returnedBy),
    'four-eyes',
    'A letter is reviewed by someone who did not write or edit it.',
  );
  assertText(personal?.comments, 'personal.comments', LETTER_COMMENTS_MAX);
  return [{ type: 'LetterReturned', data: omit(command.data, 'recordedOn') }];
}
