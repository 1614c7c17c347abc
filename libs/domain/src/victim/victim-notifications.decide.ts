import { assertIsoDate } from '../shared/iso-date';
import { SendingPolicy, sendBlocker } from '../notifications/can-send-now';
import {
  DELIVERY_STATUSES,
  NOTIFICATION_CANCEL_REASONS,
  NOTIFICATION_REASONS,
  NOTIFICATION_STAGES,
  NotificationStage,
  wantsNotification,
} from '../notifications/notification-stage';
import { DomainRuleViolation, ensure } from '../shared/domain-rule-violation';
import { assertIsoInstant, instantMs } from '../shared/iso-instant';
import { assertId, assertOneOf, omit } from '../shared/text';
import { CONTACT_CHANNELS, ContactChannel, ContactPreferencesChoice } from './contact-preferences';
import { assertCode, checkDated, checkInstantHappened } from './victim-checks';
import {
  CancelNotification,
  ConfirmSafetyCheck,
  RecordNotificationDeliveryStatus,
  RecordNotificationFailed,
  RecordNotificationSent,
  ScheduleNotification,
} from './victim.commands';
import { NotificationCancelled, VictimEvent } from './victim.events';
import { KnownVictim, VictimNotification, pendingNotifications } from './victim.state';

/** Whether the victim may be sent notifications of this stage on this channel at all (refuses with the rule). */
export function checkMayNotify(
  state: KnownVictim,
  stage: NotificationStage,
  channel: ContactChannel,
  sentenceId: string,
): void {
  ensure(
    !state.closure,
    'case-closed',
    `The victim's case closed on ${state.closure?.closedOn}; nothing more is sent.`,
  );
  ensure(
    state.participation !== 'withdrawn' && state.participation !== 'declined',
    'victim-opted-out',
    `The victim ${state.participation}; they are not contacted again unless they come back.`,
  );
  if (stage === 'initial-contact') {
    ensure(
      state.participation === 'referred',
      'initial-contact-only-before-enrolment',
      'The initial contact is for a referred victim who has not yet joined.',
    );
  } else {
    ensure(
      state.participation === 'enrolled',
      'victim-not-in-scheme',
      'Only a victim in the scheme is told about the stages of the sentence.',
    );
  }
  ensure(
    state.linkedSentenceIds.includes(sentenceId),
    'sentence-not-linked',
    'The victim is not linked to this sentence.',
  );
  const preferences = state.preferences;
  if (stage !== 'initial-contact') {
    ensure(
      preferences !== undefined,
      'preferences-not-recorded',
      'Record how and about what the victim wants to hear first.',
    );
    ensure(
      wantsNotification(preferences.stages, stage),
      'stage-not-wanted',
      `The victim has not asked to hear about ${stage}.`,
    );
  }
  ensure(
    preferences ? preferences.channels.includes(channel) : channel === 'letter',
    'channel-not-chosen',
    preferences
      ? `The victim has not agreed to be contacted by ${channel}.`
      : "Before the victim has chosen, only the VLO's first letter is sent.",
  );
  if (state.circumstance === 'deceased-victim') {
    ensure(
      state.actingPersons.some((p) => p.role === 'next-of-kin'),
      'deceased-victim-needs-next-of-kin',
      'The victim died as a result of the offence; notifications go to their next of kin.',
    );
  }
}

export function scheduleNotification(command: ScheduleNotification, state: KnownVictim): VictimEvent[] {
  const { victimId, notificationId, sentenceId, stage, dueAt, channel, reason, causedBy, letterId } = command.data;
  if (command.data.respondBy !== undefined) assertIsoDate(command.data.respondBy, 'respondBy');
  assertId(notificationId, 'notificationId');
  assertId(sentenceId, 'sentenceId');
  assertOneOf(stage, NOTIFICATION_STAGES, 'stage');
  assertOneOf(channel, CONTACT_CHANNELS, 'channel');
  assertOneOf(reason, NOTIFICATION_REASONS, 'reason');
  assertIsoInstant(dueAt, 'dueAt');
  const cause = causedBy ?? {};
  ensure(
    [cause.milestoneId, cause.eventId].some((id) => typeof id === 'string' && id.trim().length > 0),
    'cause-required',
    'Say which milestone or event caused the notification.',
  );

  const existing = state.notifications[notificationId];
  if (existing) {
    ensure(
      existing.sentenceId === sentenceId &&
        existing.stage === stage &&
        existing.channel === channel &&
        (letterId === undefined || letterId === existing.letterId),
      'notification-already-scheduled',
      'A different notification already has this id.',
    );
    if (instantMs(existing.dueAt) === instantMs(dueAt)) return []; // Replayed (e.g. rebuilding the schedule): nothing changes.
    ensure(
      existing.status === 'scheduled',
      'notification-not-pending',
      `The notification is ${existing.status}; it cannot be moved.`,
    );
    checkMayNotify(state, stage, channel, sentenceId);
    return [
      {
        type: 'NotificationRescheduled',
        data: { victimId, notificationId, previousDueAt: existing.dueAt, dueAt, reason, causedBy: cause },
      },
    ];
  }

  checkMayNotify(state, stage, channel, sentenceId);
  if (letterId !== undefined) {
    const letter = state.letters[letterId];
    ensure(letter !== undefined, 'unknown-letter', 'No such letter has been drafted for this victim.');
    ensure(channel === 'letter', 'letter-needs-letter-channel', 'A letter is sent by the letter channel.');
    ensure(
      letter.notificationId === undefined,
      'letter-already-attached',
      'The letter already belongs to another notification.',
    );
    ensure(letter.status !== 'sent', 'letter-already-sent', 'The letter has already been sent.');
  }
  return [{ type: 'NotificationScheduled', data: { ...omit(command.data, 'recordedOn'), causedBy: cause } }];
}

function notificationOf(state: KnownVictim, notificationId: string): VictimNotification {
  assertId(notificationId, 'notificationId');
  const notification = state.notifications[notificationId];
  ensure(
    notification !== undefined,
    'unknown-notification',
    `No notification ${notificationId} is scheduled for this victim.`,
  );
  return notification;
}

export function cancelNotification(command: CancelNotification, state: KnownVictim): VictimEvent[] {
  const { notificationId, reason, cancelledOn, recordedOn } = command.data;
  const notification = notificationOf(state, notificationId);
  checkDated(state, cancelledOn, 'cancelledOn', recordedOn);
  assertOneOf(reason, NOTIFICATION_CANCEL_REASONS, 'reason');
  ensure(
    notification.status === 'scheduled',
    'notification-not-pending',
    `The notification is ${notification.status}; only a pending one can be cancelled.`,
  );
  return [{ type: 'NotificationCancelled', data: omit(command.data, 'recordedOn') }];
}

export function recordNotificationSent(
  command: RecordNotificationSent,
  state: KnownVictim,
  policy: SendingPolicy,
): VictimEvent[] {
  const { victimId, notificationId, channel, providerReference, sentAt, recordedOn } = command.data;
  const notification = notificationOf(state, notificationId);
  checkInstantHappened(sentAt, 'sentAt', recordedOn);
  assertOneOf(channel, CONTACT_CHANNELS, 'channel');
  assertCode(providerReference, 'providerReference', 'invalid-provider-reference');
  ensure(
    channel === notification.channel,
    'channel-mismatch',
    `The notification is by ${notification.channel}, not ${channel}.`,
  );
  // The same gate the worker checks before calling the channel (except the due time: a VLO may phone early).
  const blocker = sendBlocker(state, notification, sentAt, policy, false);
  if (blocker) throw new DomainRuleViolation(blocker.reason, blocker.explanation);
  return [
    {
      type: 'NotificationSent',
      data: {
        victimId,
        notificationId,
        channel,
        providerReference,
        sentAt,
        ...(notification.letterId !== undefined ? { letterId: notification.letterId } : {}),
      },
    },
  ];
}

export function recordNotificationFailed(command: RecordNotificationFailed, state: KnownVictim): VictimEvent[] {
  const { notificationId, attempt, errorCode, final, failedAt, recordedOn } = command.data;
  const notification = notificationOf(state, notificationId);
  checkInstantHappened(failedAt, 'failedAt', recordedOn);
  assertCode(errorCode, 'errorCode', 'invalid-error-code');
  ensure(typeof final === 'boolean', 'final-required', 'Say whether this was the last attempt.');
  ensure(Number.isInteger(attempt) && attempt >= 1, 'invalid-attempt', 'The attempt is a whole number from 1.');
  ensure(
    notification.status === 'scheduled',
    'notification-not-pending',
    `The notification is ${notification.status}; no attempt is being made.`,
  );
  ensure(
    attempt > notification.failedAttempts,
    'attempt-out-of-order',
    `Attempt ${notification.failedAttempts} has already failed; this must be a later one.`,
  );
  return [{ type: 'NotificationFailed', data: omit(command.data, 'recordedOn') }];
}

export function recordNotificationDeliveryStatus(
  command: RecordNotificationDeliveryStatus,
  state: KnownVictim,
): VictimEvent[] {
  const { notificationId, status, at, recordedOn } = command.data;
  const notification = notificationOf(state, notificationId);
  checkInstantHappened(at, 'at', recordedOn);
  assertOneOf(status, DELIVERY_STATUSES, 'status');
  ensure(
    notification.status !== 'delivered' && notification.status !== 'undelivered',
    'delivery-status-already-recorded',
    'The final delivery status is already recorded.',
  );
  ensure(
    notification.status === 'sent' && notification.sentAt !== undefined,
    'notification-not-sent',
    'Only a sent notification has a delivery status.',
  );
  ensure(
    instantMs(at) >= instantMs(notification.sentAt),
    'delivery-status-before-sent',
    'The delivery status cannot come before the message was sent.',
  );
  return [{ type: 'NotificationDeliveryStatusRecorded', data: omit(command.data, 'recordedOn') }];
}

export function confirmSafetyCheck(command: ConfirmSafetyCheck, state: KnownVictim): VictimEvent[] {
  const { confirmedOn, recordedOn, checkedBy, channel } = command.data;
  checkDated(state, confirmedOn, 'confirmedOn', recordedOn);
  assertId(checkedBy, 'checkedBy');
  assertOneOf(channel, CONTACT_CHANNELS, 'channel');
  ensure(
    state.preferences ? state.preferences.channels.includes(channel) : channel === 'letter',
    'channel-not-chosen',
    `The victim has not agreed to be contacted by ${channel}.`,
  );
  const latest = state.safetyChecks[channel];
  ensure(
    latest === undefined || confirmedOn >= latest.confirmedOn,
    'safety-check-out-of-order',
    `A later safety check (${latest?.confirmedOn}) is already recorded.`,
  );
  return [{ type: 'SafetyCheckConfirmed', data: omit(command.data, 'recordedOn') }];
}

/**
 * New preferences cancel what the victim no longer wants: pending notifications on a channel they dropped
 * (`channel-withdrawn`) or about a stage they no longer want (`opted-out-of-stage`).
 */
export function cancelUnwantedNotifications(
  state: KnownVictim,
  choice: ContactPreferencesChoice,
  cancelledOn: string,
): NotificationCancelled[] {
  return pendingNotifications(state).flatMap((n): NotificationCancelled[] => {
    const reason = !choice.channels.includes(n.channel)
      ? 'channel-withdrawn'
      : !wantsNotification(choice.stages, n.stage)
        ? 'opted-out-of-stage'
        : undefined;
    return reason
      ? [
          {
            type: 'NotificationCancelled',
            data: { victimId: state.victimId, notificationId: n.notificationId, reason, cancelledOn },
          },
        ]
      : [];
  });
}
