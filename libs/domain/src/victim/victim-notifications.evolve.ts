import { unreachable } from '../shared/unreachable';
import { ContactResult } from './contact';
import { ContactChannel } from './contact-preferences';
import { londonDateOf } from '../shared/iso-instant';
import {
  NotificationCancelled,
  NotificationDeliveryStatusRecorded,
  NotificationFailed,
  NotificationRescheduled,
  NotificationScheduled,
  NotificationSent,
  SafetyCheckConfirmed,
} from './victim.events';
import { ContactSummary, KnownVictim, VictimNotification } from './victim.state';

/** The events of `victim-notifications.decide.ts`. */
export type VictimNotificationEvent =
  | NotificationScheduled
  | NotificationRescheduled
  | NotificationCancelled
  | NotificationSent
  | NotificationFailed
  | NotificationDeliveryStatusRecorded
  | SafetyCheckConfirmed;

export function evolveNotifications(state: KnownVictim, event: VictimNotificationEvent): KnownVictim {
  switch (event.type) {
    case 'NotificationScheduled': {
      const { notificationId, sentenceId, stage, channel, dueAt, reason, causedBy, letterId } = event.data;
      const notification: VictimNotification = {
        notificationId,
        sentenceId,
        stage,
        channel,
        dueAt,
        reason,
        causedBy,
        status: 'scheduled',
        failedAttempts: 0,
        ...(letterId !== undefined ? { letterId } : {}),
      };
      const letters =
        letterId !== undefined && state.letters[letterId]
          ? { ...state.letters, [letterId]: { ...state.letters[letterId], notificationId } }
          : state.letters;
      return { ...state, notifications: { ...state.notifications, [notificationId]: notification }, letters };
    }
    case 'NotificationRescheduled':
      return updateNotification(state, event.data.notificationId, {
        dueAt: event.data.dueAt,
        reason: event.data.reason,
        causedBy: event.data.causedBy,
      });
    case 'NotificationCancelled':
      return updateNotification(state, event.data.notificationId, {
        status: 'cancelled',
        cancelReason: event.data.reason,
      });
    case 'NotificationSent': {
      const { notificationId, channel, providerReference, sentAt } = event.data;
      const updated = updateNotification(state, notificationId, {
        status: 'sent',
        sentAt,
        providerReference,
      });
      const letterId = updated.notifications[notificationId]?.letterId;
      const letters =
        letterId !== undefined && updated.letters[letterId]
          ? { ...updated.letters, [letterId]: { ...updated.letters[letterId], status: 'sent' as const } }
          : updated.letters;
      // A sent notification is an outbound contact for the Victims' Code timescales (the VLO "first writes").
      const contact: ContactSummary = {
        contactId: `notification:${notificationId}`,
        method: channel,
        direction: 'outbound',
        result: SENT_RESULT[channel],
        occurredOn: londonDateOf(sentAt),
      };
      return { ...updated, letters, contacts: [...updated.contacts, contact] };
    }
    case 'NotificationFailed': {
      const { notificationId, attempt, errorCode, final } = event.data;
      return updateNotification(state, notificationId, {
        failedAttempts: attempt,
        lastErrorCode: errorCode,
        ...(final ? { status: 'failed' as const } : {}),
      });
    }
    case 'NotificationDeliveryStatusRecorded':
      return updateNotification(state, event.data.notificationId, {
        deliveryStatus: event.data.status,
        status: event.data.status === 'delivered' ? 'delivered' : 'undelivered',
      });
    case 'SafetyCheckConfirmed':
      return {
        ...state,
        safetyChecks: {
          ...state.safetyChecks,
          [event.data.channel]: { confirmedOn: event.data.confirmedOn, checkedBy: event.data.checkedBy },
        },
      };
    default:
      return unreachable(event);
  }
}

const SENT_RESULT: Readonly<Record<ContactChannel, ContactResult>> = {
  letter: 'letter-sent',
  email: 'email-sent',
  sms: 'sms-sent',
  phone: 'contact-made',
};

function updateNotification(
  state: KnownVictim,
  notificationId: string,
  change: Partial<VictimNotification>,
): KnownVictim {
  const current = state.notifications[notificationId];
  if (!current) return state;
  return { ...state, notifications: { ...state.notifications, [notificationId]: { ...current, ...change } } };
}
