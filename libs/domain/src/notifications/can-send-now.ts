import { DomainRuleCode } from '../shared/domain-rule-codes';
import { toDayNumber } from '../shared/iso-date';
import { IsoInstant, instantMs, londonDateOf } from '../shared/iso-instant';
import { KnownVictim, VictimNotification, VictimState } from '../victim/victim.state';
import { firstContactMade } from './first-contact';
import { wantsNotification } from './notification-stage';

/** Configurable rules of the send gate. */
export interface SendingPolicy {
  /**
   * How many calendar days a confirmed safety check stays good for. docs/DOMAIN-RULES.md only says the VLO checks "that
   * it's safe to send"; a week covers drafting and manager approval without trusting a stale check.
   */
  readonly safetyCheckValidDays: number;
}

export const DEFAULT_SENDING_POLICY: SendingPolicy = { safetyCheckValidDays: 7 };

export const SEND_BLOCK_REASONS = [
  'victim-not-found',
  'unknown-notification',
  'victim-erased',
  'notification-cancelled',
  'notification-already-sent',
  'notification-failed',
  'case-closed',
  'victim-opted-out',
  'first-contact-made',
  'not-yet-due',
  'channel-not-chosen',
  'stage-not-wanted',
  'safety-check-required',
  'safety-check-out-of-date',
  'letter-not-approved',
] as const satisfies readonly DomainRuleCode[];
export type SendBlockReason = (typeof SEND_BLOCK_REASONS)[number];

export type SendDecision =
  { readonly ok: true } | { readonly ok: false; readonly reason: SendBlockReason; readonly explanation: string };

/**
 * Whether the worker may hand a notification to its channel now. The worker calls it immediately before the
 * channel, on the state it will append `NotificationSent` against (expected revision), so a cancellation or a
 * changed preference that arrives meanwhile makes the append conflict and the decision is taken again.
 */
export function canSendNow(
  state: VictimState,
  notificationId: string,
  now: IsoInstant,
  policy: SendingPolicy = DEFAULT_SENDING_POLICY,
): SendDecision {
  if (!state.exists) return blocked('victim-not-found', 'No such victim is recorded.');
  const notification = state.notifications[notificationId];
  if (!notification)
    return blocked('unknown-notification', `No notification ${notificationId} is scheduled for this victim.`);
  return sendBlocker(state, notification, now, policy, true) ?? { ok: true };
}

/** The first reason the notification cannot go at `now`, or undefined. `checkDue: false` skips the due time. */
export function sendBlocker(
  state: KnownVictim,
  notification: VictimNotification,
  now: IsoInstant,
  policy: SendingPolicy,
  checkDue: boolean,
): Extract<SendDecision, { ok: false }> | undefined {
  const gone = noLongerApplies(state, notification, checkDue ? now : undefined);
  if (gone) return gone;
  const preferences = state.preferences;
  if (preferences?.safetyCheckBeforeLetters) {
    const check = state.safetyChecks[notification.channel];
    const today = londonDateOf(now);
    if (!check || check.confirmedOn > today) {
      return blocked(
        'safety-check-required',
        `This victim has a safety flag: a VLO must confirm it is safe to contact them by ${notification.channel}.`,
      );
    }
    if (check.confirmedOn < preferences.updatedOn) {
      return blocked(
        'safety-check-out-of-date',
        `The contact details changed on ${preferences.updatedOn}, after the safety check; check again.`,
      );
    }
    if (toDayNumber(today) - toDayNumber(check.confirmedOn) > policy.safetyCheckValidDays) {
      return blocked(
        'safety-check-out-of-date',
        `The safety check of ${check.confirmedOn} is more than ${policy.safetyCheckValidDays} days old; check again.`,
      );
    }
  }
  if (notification.channel === 'letter') {
    const letter = notification.letterId !== undefined ? state.letters[notification.letterId] : undefined;
    if (!letter || letter.status !== 'approved') {
      return blocked(
        'letter-not-approved',
        letter
          ? `The letter is ${letter.status}; only an approved letter is sent.`
          : 'No letter has been drafted for this notification.',
      );
    }
  }
  return undefined;
}

/**
 * Why the notification no longer applies to the victim as they are now — their state and their choices, not the
 * clock: erased, already cancelled, sent or failed, case closed, opted out, the first contact already made (for an
 * initial-contact notice), the channel or stage no longer chosen. Undefined while it still applies. A letter is
 * checked with this when a manager approves it and again (in `canSendNow`) when it is sent. With `dueBy`, a
 * notification not yet due at that instant says so before the choices are looked at (the send gate's order).
 */
export function noLongerApplies(
  state: KnownVictim,
  notification: VictimNotification,
  dueBy?: IsoInstant,
): Extract<SendDecision, { ok: false }> | undefined {
  if (state.erasure) return blocked('victim-erased', "The victim's personal data was erased; nobody contacts them.");
  switch (notification.status) {
    case 'cancelled':
      return blocked('notification-cancelled', `The notification was cancelled (${notification.cancelReason}).`);
    case 'sent':
    case 'delivered':
    case 'undelivered':
      return blocked('notification-already-sent', 'The notification has already been sent; it is sent once.');
    case 'failed':
      return blocked(
        'notification-failed',
        'The last attempt failed; schedule a new notification (e.g. by letter) instead.',
      );
    case 'scheduled':
      break;
    default: {
      const never: never = notification.status;
      throw new Error(`unknown notification status ${String(never)}`);
    }
  }
  if (state.closure) return blocked('case-closed', `The victim's case closed on ${state.closure.closedOn}.`);
  if (state.participation === 'withdrawn' || state.participation === 'declined') {
    return blocked(
      'victim-opted-out',
      `The victim ${state.participation}; they are not contacted again unless they come back.`,
    );
  }
  if (notification.stage === 'initial-contact' && firstContactMade(state)) {
    return blocked(
      'first-contact-made',
      state.participation === 'enrolled'
        ? 'The victim has already joined the scheme: the first-contact letter is no longer needed.'
        : 'First contact with the victim has already been made (a contact that counts is recorded): the first-contact letter is no longer needed.',
    );
  }
  if (dueBy !== undefined && instantMs(dueBy) < instantMs(notification.dueAt))
    return blocked('not-yet-due', `The notification is due at ${notification.dueAt}.`);
  const preferences = state.preferences;
  const chosen = preferences ? preferences.channels.includes(notification.channel) : notification.channel === 'letter';
  if (!chosen)
    return blocked('channel-not-chosen', `The victim has not agreed to be contacted by ${notification.channel}.`);
  if (preferences && !wantsNotification(preferences.stages, notification.stage)) {
    return blocked('stage-not-wanted', `The victim no longer wants to hear about ${notification.stage}.`);
  }
  return undefined;
}

function blocked(reason: SendBlockReason, explanation: string): Extract<SendDecision, { ok: false }> {
  return { ok: false, reason, explanation };
}
