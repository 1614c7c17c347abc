import { DomainRuleCode } from '../shared/domain-rule-codes';
import { DomainRuleViolation } from '../shared/domain-rule-violation';
import { assertIsoInstant } from '../shared/iso-instant';
import { assertId } from '../shared/text';
import { checkMayNotify } from './victim-notifications.decide';
import { ApproveLetter } from './victim.commands';
import { VictimEvent } from './victim.events';
import { KnownVictim, VictimLetter } from './victim.state';

/**
 * What approving a letter drafted on its own adds to the approval (docs/letters.md "Sending a letter drafted on its
 * own"): the letter notification that sends it through the same delivery and send gate as every scheduled letter,
 * or, when the victim as they are now may not be written to about it, the refusal with its rule. The safety check
 * is not asked for here: as for any letter, the notification waits for it (the officer's task) and the gate checks
 * it again at the moment of sending.
 */
export function sendingOfAdHocLetter(
  state: KnownVictim,
  letter: VictimLetter,
  data: ApproveLetter['data'],
): VictimEvent[] {
  const { victimId, letterId, approvedOn, sending } = data;
  assertId(sending?.notificationId, 'sending.notificationId');
  assertIsoInstant(sending.dueAt, 'sending.dueAt');
  const sentenceId = sentenceOfAdHocLetter(state);
  const refusal = refusalToWrite(state, letter, sentenceId);
  if (refusal !== undefined) {
    return [{ type: 'LetterSendingRefused', data: { victimId, letterId, reason: refusal, refusedOn: approvedOn } }];
  }
  return [
    {
      type: 'NotificationScheduled',
      data: {
        victimId,
        notificationId: sending.notificationId,
        sentenceId,
        stage: letter.stage,
        dueAt: sending.dueAt,
        channel: 'letter',
        reason: 'requested-by-vlo',
        causedBy: { eventId: `letter:${letterId}` },
        letterId,
      },
    },
  ];
}

/** The sentence a letter drafted on its own is about, as the drafting loader chooses it: the referral's while linked. */
function sentenceOfAdHocLetter(state: KnownVictim): string {
  return state.linkedSentenceIds.includes(state.referralSentenceId)
    ? state.referralSentenceId
    : (state.linkedSentenceIds[0] ?? state.referralSentenceId);
}

/** The rule that forbids writing to the victim about this letter's stage by letter now, or undefined. */
function refusalToWrite(state: KnownVictim, letter: VictimLetter, sentenceId: string): DomainRuleCode | undefined {
  if (state.erasure) return 'victim-erased';
  try {
    checkMayNotify(state, letter.stage, 'letter', sentenceId);
    return undefined;
  } catch (error) {
    if (error instanceof DomainRuleViolation) return error.rule;
    throw error;
  }
}
