import { DEFAULT_ELIGIBILITY_POLICY, EligibilityPolicy } from '../eligibility/eligibility-policy';
import { DEFAULT_SENDING_POLICY, SendingPolicy } from '../notifications/can-send-now';
import { Decider } from '../shared/decider';
import { DomainRuleViolation, NotFound } from '../shared/domain-rule-violation';
import { assertIsoDate } from '../shared/iso-date';
import { unreachable } from '../shared/unreachable';
import { discloseRepresentation } from './representation-disclosure';
import { grantCaseAccess, revokeCaseAccess, transferCase } from './victim-access.decide';
import { recordContact, updateContactPreferences } from './victim-contact.decide';
import { approveLetter, draftLetter, editLetter, returnLetter, submitLetterForApproval } from './victim-letters.decide';
import {
  cancelNotification,
  confirmSafetyCheck,
  recordNotificationDeliveryStatus,
  recordNotificationFailed,
  recordNotificationSent,
  scheduleNotification,
} from './victim-notifications.decide';
import { nominateActingPerson, receiveReferral, updateVictimDetails } from './victim-referral.decide';
import { raiseReofferBeforeRelease } from './victim-reoffer.decide';
import { handContactToVictim } from './victim-handover.decide';
import { submitRepresentation } from './victim-representations.decide';
import { answerVictimRequest, makeVictimRequest, recordRightExplained } from './victim-requests.decide';
import { decideRetention, erasePersonalData, raiseRetentionReview, recordCaseClosed } from './victim-retention.decide';
import {
  assignVictimLiaisonOfficer,
  declineScheme,
  enrolVictim,
  linkVictimToSentence,
  rejoinScheme,
  withdrawFromScheme,
} from './victim-scheme.decide';
import { VictimCommand } from './victim.commands';
import { evolveVictim } from './victim.evolve';
import { VictimEvent } from './victim.events';
import { VictimState, initialVictimState } from './victim.state';

// The victim decider: the checks every command shares, then one case per command, each handled by its group's
// `victim-<group>.decide.ts`. A new command fails to compile at `unreachable` until it has its case here.

export const victimStreamId = (victimId: string): string => `victim-${victimId}`;

/**
 * After erasure only these may still be recorded: they add no personal data and contact nobody (cancelling what
 * is pending, and the channel's reports on messages sent before).
 */
const ALLOWED_AFTER_ERASURE: readonly VictimCommand['type'][] = [
  'CancelNotification',
  'RecordNotificationFailed',
  'RecordNotificationDeliveryStatus',
];

/** Builds the victim decider with the region-dependent eligibility policy and the send gate's policy. */
export function createVictimDecider(
  policy: EligibilityPolicy = DEFAULT_ELIGIBILITY_POLICY,
  sendingPolicy: SendingPolicy = DEFAULT_SENDING_POLICY,
): Decider<VictimState, VictimCommand, VictimEvent> {
  const decide = (command: VictimCommand, state: VictimState): VictimEvent[] => {
    if (command.type === 'ReceiveReferral') return receiveReferral(command, state);
    if (!state.exists) throw new NotFound('victim-not-found', `No victim ${command.data.victimId} is recorded.`);
    assertIsoDate(command.data.recordedOn, 'recordedOn');
    if (state.erasure && !ALLOWED_AFTER_ERASURE.includes(command.type)) {
      throw new DomainRuleViolation(
        'victim-erased',
        `The victim's personal data was erased on ${state.erasure.erasedOn}; nothing more is recorded about them and nobody contacts them.`,
      );
    }
    switch (command.type) {
      // victim-referral.decide.ts (ReceiveReferral is decided above: it alone comes before the victim exists)
      case 'NominateActingPerson':
        return nominateActingPerson(command, state);
      case 'UpdateVictimDetails':
        return updateVictimDetails(command, state);
      // victim-scheme.decide.ts
      case 'EnrolVictim':
        return enrolVictim(command, state, policy);
      case 'DeclineScheme':
        return declineScheme(command, state);
      case 'WithdrawFromScheme':
        return withdrawFromScheme(command, state);
      case 'RejoinScheme':
        return rejoinScheme(command, state);
      case 'LinkVictimToSentence':
        return linkVictimToSentence(command, state);
      case 'AssignVictimLiaisonOfficer':
        return assignVictimLiaisonOfficer(command, state);
      // victim-access.decide.ts
      case 'TransferCase':
        return transferCase(command, state);
      case 'GrantCaseAccess':
        return grantCaseAccess(command, state);
      case 'RevokeCaseAccess':
        return revokeCaseAccess(command, state);
      // victim-contact.decide.ts
      case 'UpdateContactPreferences':
        return updateContactPreferences(command, state);
      case 'RecordContact':
        return recordContact(command, state);
      // victim-handover.decide.ts
      case 'HandContactToVictim':
        return handContactToVictim(command, state);
      // victim-representations.decide.ts and representation-disclosure.ts
      case 'SubmitRepresentation':
        return submitRepresentation(command, state);
      case 'DiscloseRepresentation':
        return discloseRepresentation(command, state);
      // victim-retention.decide.ts
      case 'RecordCaseClosed':
        return recordCaseClosed(command, state);
      case 'RaiseRetentionReview':
        return raiseRetentionReview(command, state);
      case 'DecideRetention':
        return decideRetention(command, state);
      case 'ErasePersonalData':
        return erasePersonalData(command, state);
      // victim-notifications.decide.ts
      case 'ScheduleNotification':
        return scheduleNotification(command, state);
      case 'CancelNotification':
        return cancelNotification(command, state);
      case 'RecordNotificationSent':
        return recordNotificationSent(command, state, sendingPolicy);
      case 'RecordNotificationFailed':
        return recordNotificationFailed(command, state);
      case 'RecordNotificationDeliveryStatus':
        return recordNotificationDeliveryStatus(command, state);
      case 'ConfirmSafetyCheck':
        return confirmSafetyCheck(command, state);
      // victim-reoffer.decide.ts
      case 'RaiseReofferBeforeRelease':
        return raiseReofferBeforeRelease(command, state);
      // victim-letters.decide.ts
      case 'DraftLetter':
        return draftLetter(command, state);
      case 'EditLetter':
        return editLetter(command, state);
      case 'SubmitLetterForApproval':
        return submitLetterForApproval(command, state);
      case 'ApproveLetter':
        return approveLetter(command, state);
      case 'ReturnLetter':
        return returnLetter(command, state);
      // victim-requests.decide.ts
      case 'MakeVictimRequest':
        return makeVictimRequest(command, state);
      case 'AnswerVictimRequest':
        return answerVictimRequest(command, state);
      case 'RecordRightExplained':
        return recordRightExplained(command, state);
      default:
        return unreachable(command);
    }
  };
  return { decide, evolve: evolveVictim, initialState: initialVictimState };
}

export const victimDecider = createVictimDecider();
export const decideVictim = victimDecider.decide;
