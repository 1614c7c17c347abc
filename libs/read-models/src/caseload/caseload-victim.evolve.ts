import {
  ContactChannel,
  ContactPreferencesUpdated,
  ContactRecorded,
  ContactResult,
  ContactSummary,
  londonDateOf,
  NotificationDeliveryStatusRecorded,
  NotificationCancelled,
  NotificationFailed,
  NotificationRescheduled,
  NotificationScheduled,
  NotificationSent,
  ReofferBeforeReleaseRaised,
  SafetyCheckConfirmed,
  VictimEnrolled,
  VictimLiaisonOfficerAssigned,
  VictimRejoined,
} from '@vcs/domain';
import { RecordedEvent } from '@vcs/event-store';
import { recordedDomainEventOf } from '../recorded-domain-event';
import { CaseloadLetterEvent, evolveLetters, isCaseloadLetterEvent } from './caseload-letters.evolve';
import { NotificationSummary, VictimCaseloadState } from './caseload-task.rules';

/** The victim's facts after one event (the same transitions as the domain's `evolveVictim`, for what the caseload keeps). */
export function evolve(state: VictimCaseloadState, event: RecordedEvent): VictimCaseloadState {
  if (isCaseloadLetterEvent(event.type))
    return evolveLetters(state, recordedDomainEventOf<CaseloadLetterEvent['type']>(event));
  switch (event.type) {
    case 'VictimEnrolled': {
      const { victimLiaisonOfficerId } = event.data as VictimEnrolled['data'];
      return { ...state, participation: 'enrolled', vloId: victimLiaisonOfficerId };
    }
    case 'VictimRejoined': {
      const { victimLiaisonOfficerId } = event.data as VictimRejoined['data'];
      return { ...state, participation: 'enrolled', vloId: victimLiaisonOfficerId };
    }
    case 'VictimDeclined':
      return { ...state, participation: 'declined' };
    case 'VictimWithdrew':
      return { ...state, participation: 'withdrawn' };
    case 'VictimLiaisonOfficerAssigned':
      return { ...state, vloId: (event.data as VictimLiaisonOfficerAssigned['data']).victimLiaisonOfficerId };
    case 'ContactPreferencesUpdated': {
      const { safetyCheckBeforeLetters, channels, updatedOn } = event.data as ContactPreferencesUpdated['data'];
      return {
        ...state,
        safetyCheckBeforeLetters: safetyCheckBeforeLetters === true,
        lettersChosen: (channels ?? []).includes('letter'),
        preferencesUpdatedOn: updatedOn,
      };
    }
    case 'ContactRecorded': {
      const { contactId, method, direction, result, occurredOn, followUpOn } = event.data as ContactRecorded['data'];
      const contact: ContactSummary =
        followUpOn === undefined
          ? { contactId, method, direction, result, occurredOn }
          : { contactId, method, direction, result, occurredOn, followUpOn };
      return { ...state, contacts: [...state.contacts, contact] };
    }
    case 'NotificationScheduled': {
      const { notificationId, sentenceId, stage, channel, dueAt, letterId, respondBy } =
        event.data as NotificationScheduled['data'];
      const notification: NotificationSummary = {
        sentenceId,
        stage,
        channel,
        dueOn: londonDateOf(dueAt),
        status: 'scheduled',
        ...(letterId !== undefined ? { letterId } : {}),
        ...(respondBy !== undefined ? { respondBy } : {}),
      };
      return { ...state, notifications: { ...state.notifications, [notificationId]: notification } };
    }
    case 'NotificationRescheduled': {
      const { notificationId, dueAt } = event.data as NotificationRescheduled['data'];
      return updateNotification(state, notificationId, { dueOn: londonDateOf(dueAt) });
    }
    case 'NotificationCancelled':
      return updateNotification(state, (event.data as NotificationCancelled['data']).notificationId, {
        status: 'cancelled',
      });
    case 'NotificationSent': {
      const { notificationId, channel, sentAt } = event.data as NotificationSent['data'];
      const sentOn = londonDateOf(sentAt);
      const updated = updateNotification(state, notificationId, { status: 'sent', sentOn });
      // As the domain's evolveVictim: a sent notification is an outbound contact for the Victims' Code timescales.
      const contact: ContactSummary = {
        contactId: `notification:${notificationId}`,
        method: channel,
        direction: 'outbound',
        result: SENT_RESULT[channel],
        occurredOn: sentOn,
      };
      return { ...updated, contacts: [...updated.contacts, contact] };
    }
    case 'NotificationFailed': {
      const { notificationId, final, failedAt } = event.data as NotificationFailed['data'];
      return final
        ? updateNotification(state, notificationId, { status: 'failed', failedOn: londonDateOf(failedAt) })
        : state;
    }
    case 'NotificationDeliveryStatusRecorded': {
      const { notificationId, status, at } = event.data as NotificationDeliveryStatusRecorded['data'];
      return updateNotification(
        state,
        notificationId,
        status === 'delivered' ? { status: 'delivered' } : { status: 'undelivered', undeliveredOn: londonDateOf(at) },
      );
    }
    case 'ReofferBeforeReleaseRaised': {
      const { reofferId, sentenceId, dueOn, releaseWindowOn, because } =
        event.data as ReofferBeforeReleaseRaised['data'];
      const raisedOn = londonDateOf((event.metadata as { occurredAt: string }).occurredAt);
      return {
        ...state,
        reoffers: { ...state.reoffers, [reofferId]: { sentenceId, dueOn, releaseWindowOn, because, raisedOn } },
      };
    }
    case 'SafetyCheckConfirmed': {
      const { channel, confirmedOn } = event.data as SafetyCheckConfirmed['data'];
      return { ...state, safetyChecks: { ...state.safetyChecks, [channel]: confirmedOn } };
    }
    default:
      return state;
  }
}

const SENT_RESULT: Readonly<Record<ContactChannel, ContactResult>> = {
  letter: 'letter-sent',
  email: 'email-sent',
  sms: 'sms-sent',
  phone: 'contact-made',
};

function updateNotification(
  state: VictimCaseloadState,
  notificationId: string,
  change: Partial<NotificationSummary>,
): VictimCaseloadState {
  const notification = state.notifications[notificationId];
  if (!notification) return state; // scheduled before this projection knew the victim (cannot happen through the domain)
  return { ...state, notifications: { ...state.notifications, [notificationId]: { ...notification, ...change } } };
}
