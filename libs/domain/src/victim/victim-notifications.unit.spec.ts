import { canSendNow } from '../notifications/can-send-now';
import { foldEvents } from '../shared/decider';
import { deciderSpec } from '../testing/decider-spec';
import { SENTENCE_ID } from '../testing/fixtures';
import {
  DUE,
  command,
  enrolledWithPreferences,
  event,
  letterDrafted,
  notificationScheduled,
  notificationSent,
  scheduleNotification,
} from '../testing/notification-fixtures';
import {
  contactRecorded,
  preferencesUpdated,
  recordContact,
  referralReceived,
  updatePreferences,
  victimEnrolled,
} from '../testing/victim-fixtures';
import { victimDecider } from './victim.decider';
import { VictimEvent } from './victim.events';
import { KnownVictim } from './victim.state';

const { given } = deciderSpec(victimDecider);
const scheduled = notificationScheduled();
const withEmail: VictimEvent[] = [...enrolledWithPreferences, scheduled];
const send = (overrides = {}) =>
  command('RecordNotificationSent', {
    notificationId: 'n-1',
    channel: 'email',
    providerReference: 'notify-ref-1',
    sentAt: '2025-03-10T09:01:00.000Z',
    ...overrides,
  });
const flagged = preferencesUpdated({ safetyCheckBeforeLetters: true, updatedOn: '2025-03-01' });
const withFlag: VictimEvent[] = [referralReceived(), victimEnrolled(), flagged, scheduled];
const safetyChecked = (confirmedOn = '2025-03-09', channel: 'email' | 'letter' = 'email') =>
  event('SafetyCheckConfirmed', { confirmedOn, checkedBy: 'vlo-1', channel });
const letterNotification = notificationScheduled({ notificationId: 'n-2', channel: 'letter' });

describe('notifications on the victim stream', () => {
  describe('scheduling', () => {
    it('schedules a notification for an enrolled victim who wants the stage, on a chosen channel', () => {
      given(enrolledWithPreferences).when(scheduleNotification()).then([scheduled]);
    });

    it('changes nothing when the same notification is scheduled again (rebuilding the schedule)', () => {
      given(withEmail)
        .when(scheduleNotification({ dueAt: '2025-03-10T09:00:00Z' }))
        .then([]);
    });

    it('moves a pending notification to a new time', () => {
      given(withEmail)
        .when(
          scheduleNotification({
            dueAt: '2025-03-11T09:00:00.000Z',
            reason: 'advance-notice',
            causedBy: { milestoneId: 'm-2' },
          }),
        )
        .then([
          event('NotificationRescheduled', {
            notificationId: 'n-1',
            previousDueAt: DUE,
            dueAt: '2025-03-11T09:00:00.000Z',
            reason: 'advance-notice',
            causedBy: { milestoneId: 'm-2' },
          }),
        ]);
    });

    it('refuses to reuse an id for a different notification, or to move one already sent', () => {
      given(withEmail)
        .when(scheduleNotification({ stage: 'recall' }))
        .thenThrows('notification-already-scheduled');
      given([...withEmail, notificationSent()])
        .when(scheduleNotification({ dueAt: '2025-03-12T09:00:00.000Z' }))
        .thenThrows('notification-not-pending');
    });

    it('never schedules for a victim who withdrew or declined', () => {
      given([...enrolledWithPreferences, event('VictimWithdrew', { withdrewOn: '2024-06-01', personal: {} })])
        .when(scheduleNotification())
        .thenThrows('victim-opted-out');
      given([referralReceived(), event('VictimDeclined', { declinedOn: '2024-01-20', personal: {} })])
        .when(scheduleNotification({ stage: 'initial-contact', channel: 'letter' }))
        .thenThrows('victim-opted-out');
    });

    it('never schedules for a closed case', () => {
      const closed = event('VictimCaseClosed', {
        closedOn: '2026-01-06',
        reason: 'sentences-ended',
        endedSentences: [{ sentenceId: SENTENCE_ID, ending: 'sentence-end', endedOn: '2026-01-05' }],
      });
      given([...enrolledWithPreferences, closed])
        .when(scheduleNotification())
        .thenThrows('case-closed');
    });

    it('never schedules a stage the victim does not want', () => {
      const releaseOnly = preferencesUpdated({ stages: { choice: 'release-month-only' }, updatedOn: '2024-03-01' });
      given([...enrolledWithPreferences, releaseOnly])
        .when(scheduleNotification({ stage: 'parole-hearing-upcoming' }))
        .thenThrows('stage-not-wanted');
      given([...enrolledWithPreferences, releaseOnly])
        .when(scheduleNotification({ stage: 'release-month' }))
        .then([notificationScheduled({ stage: 'release-month' })]);
      const annual = preferencesUpdated({ stages: { choice: 'annual-letter' }, updatedOn: '2024-03-01' });
      given([...enrolledWithPreferences, annual])
        .when(scheduleNotification({ stage: 'transfer-to-open-conditions' }))
        .thenThrows('stage-not-wanted');
      // Issue 17: the minimum every victim hears, whatever level (release, recall, escape and return, licence conditions).
      given([...enrolledWithPreferences, annual])
        .when(scheduleNotification())
        .then([notificationScheduled()]);
      given([...enrolledWithPreferences, annual])
        .when(scheduleNotification({ stage: 'annual-contact', reason: 'annual-contact' }))
        .then([notificationScheduled({ stage: 'annual-contact', reason: 'annual-contact' })]);
    });

    it('never schedules on a channel the victim did not choose', () => {
      given(enrolledWithPreferences)
        .when(scheduleNotification({ channel: 'sms' }))
        .thenThrows('channel-not-chosen');
    });

    it("needs the victim's preferences for anything but the initial contact", () => {
      given([referralReceived(), victimEnrolled()]).when(scheduleNotification()).thenThrows('preferences-not-recorded');
    });

    it('schedules the initial contact by letter for a referred victim, and only then', () => {
      const initial = {
        notificationId: 'n-0',
        stage: 'initial-contact' as const,
        channel: 'letter' as const,
        reason: 'initial-contact-deadline' as const,
        causedBy: { eventId: 'evt-referral' },
      };
      given([referralReceived()])
        .when(scheduleNotification(initial))
        .then([notificationScheduled(initial)]);
      given([referralReceived()])
        .when(scheduleNotification({ ...initial, channel: 'email' }))
        .thenThrows('channel-not-chosen');
      given(enrolledWithPreferences)
        .when(scheduleNotification(initial))
        .thenThrows('initial-contact-only-before-enrolment');
      given([referralReceived()])
        .when(scheduleNotification({ channel: 'letter' }))
        .thenThrows('victim-not-in-scheme');
    });

    it('refuses a sentence the victim is not linked to, a missing cause, a bad instant and an unknown stage', () => {
      given(enrolledWithPreferences)
        .when(scheduleNotification({ sentenceId: 'other' }))
        .thenThrows('sentence-not-linked');
      given(enrolledWithPreferences)
        .when(scheduleNotification({ causedBy: {} }))
        .thenThrows('cause-required');
      given(enrolledWithPreferences)
        .when(scheduleNotification({ dueAt: '2025-03-10 09:00' }))
        .thenThrows('invalid-instant');
      given(enrolledWithPreferences)
        .when(scheduleNotification({ dueAt: '2025-03-10T09:00:00+01:00' }))
        .thenThrows('invalid-instant');
      given(enrolledWithPreferences)
        .when(scheduleNotification({ stage: 'gossip' as never }))
        .thenThrows('unknown-code');
    });
  });

  describe('cancelling', () => {
    const cancel = (overrides = {}) =>
      command('CancelNotification', {
        notificationId: 'n-1',
        reason: 'superseded',
        cancelledOn: '2025-03-09',
        ...overrides,
      });

    it('cancels a pending notification, once', () => {
      const cancelled = event('NotificationCancelled', {
        notificationId: 'n-1',
        reason: 'superseded',
        cancelledOn: '2025-03-09',
      });
      given(withEmail).when(cancel()).then([cancelled]);
      given([...withEmail, cancelled])
        .when(cancel())
        .thenThrows('notification-not-pending');
      given(withEmail)
        .when(cancel({ notificationId: 'n-9' }))
        .thenThrows('unknown-notification');
    });

    it('cancels pending notifications when the victim withdraws', () => {
      given(withEmail)
        .when(command('WithdrawFromScheme', { withdrewOn: '2025-03-05', personal: {} }))
        .then([
          event('VictimWithdrew', { withdrewOn: '2025-03-05', personal: {} }),
          event('NotificationCancelled', { notificationId: 'n-1', reason: 'withdrawn', cancelledOn: '2025-03-05' }),
        ]);
    });

    it('cancels pending notifications on a channel the victim dropped, or about a stage they no longer want', () => {
      const parole = notificationScheduled({
        notificationId: 'n-3',
        stage: 'parole-hearing-upcoming',
        channel: 'letter',
      });
      const result = victimDecider.decide(
        updatePreferences({ updatedOn: '2025-03-05', channels: ['letter'], stages: { choice: 'release-month-only' } }),
        foldEvents(victimDecider, [...withEmail, parole]),
      );
      expect(result.slice(1)).toEqual([
        event('NotificationCancelled', {
          notificationId: 'n-1',
          reason: 'channel-withdrawn',
          cancelledOn: '2025-03-05',
        }),
        event('NotificationCancelled', {
          notificationId: 'n-3',
          reason: 'opted-out-of-stage',
          cancelledOn: '2025-03-05',
        }),
      ]);
    });
  });

  describe('sending', () => {
    it('records a sent notification, once', () => {
      given(withEmail).when(send()).then([notificationSent()]);
      given([...withEmail, notificationSent()])
        .when(send())
        .thenThrows('notification-already-sent');
    });

    it('never sends a cancelled notification', () => {
      given([
        ...withEmail,
        event('NotificationCancelled', { notificationId: 'n-1', reason: 'superseded', cancelledOn: '2025-03-09' }),
      ])
        .when(send())
        .thenThrows('notification-cancelled');
    });

    it('refuses another channel, a free-text provider reference and a send in the future', () => {
      given(withEmail)
        .when(send({ channel: 'letter' }))
        .thenThrows('channel-mismatch');
      given(withEmail)
        .when(send({ providerReference: 'sent to Jane' }))
        .thenThrows('invalid-provider-reference');
      given(withEmail)
        .when(send({ sentAt: '2026-11-24T09:00:00.000Z' }))
        .thenThrows('date-in-future');
    });

    it('sends a letter only once it is approved', () => {
      const base: VictimEvent[] = [
        ...enrolledWithPreferences,
        letterNotification,
        letterDrafted({ notificationId: 'n-2' }),
      ];
      const sendLetter = send({ notificationId: 'n-2', channel: 'letter', providerReference: 'outbox-17' });
      given(base).when(sendLetter).thenThrows('letter-not-approved');
      given([...enrolledWithPreferences, letterNotification])
        .when(sendLetter)
        .thenThrows('letter-not-approved');
      const approved = [
        ...base,
        event('LetterSubmittedForApproval', { letterId: 'l-1', submittedBy: 'vlo-1', submittedOn: '2025-03-10' }),
        event('LetterApproved', { letterId: 'l-1', approvedBy: 'manager-1', approvedOn: '2025-03-10' }),
      ];
      given(approved)
        .when(sendLetter)
        .then([
          event('NotificationSent', {
            notificationId: 'n-2',
            channel: 'letter',
            providerReference: 'outbox-17',
            sentAt: '2025-03-10T09:01:00.000Z',
            letterId: 'l-1',
          }),
        ]);
      const state = foldEvents(victimDecider, [
        ...approved,
        ...victimDecider.decide(sendLetter, foldEvents(victimDecider, approved)),
      ]) as KnownVictim;
      expect(state.letters['l-1'].status).toBe('sent');
    });

    it('sends nothing to a victim with a safety flag until a VLO confirms it is safe by that channel', () => {
      given(withFlag).when(send()).thenThrows('safety-check-required');
      given([...withFlag, safetyChecked('2025-03-09', 'letter')])
        .when(send())
        .thenThrows('safety-check-required');
      given([...withFlag, safetyChecked()])
        .when(send())
        .then([notificationSent()]);
    });

    it('needs a safety check made after the contact details last changed, and recent', () => {
      given([...withFlag, safetyChecked('2025-02-28')])
        .when(send())
        .thenThrows('safety-check-out-of-date');
      given([...withFlag, safetyChecked('2025-03-02')])
        .when(send())
        .thenThrows('safety-check-out-of-date');
      given([...withFlag, safetyChecked('2025-03-03')])
        .when(send())
        .then([notificationSent()]);
    });

    it('keeps the notifications by id with their status, and counts a sent one as contact for the timescales', () => {
      const state = foldEvents(victimDecider, [...withEmail, notificationSent()]) as KnownVictim;
      expect(state.notifications['n-1']).toMatchObject({
        status: 'sent',
        stage: 'release-on-licence',
        channel: 'email',
        providerReference: 'notify-ref-1',
      });
      expect(state.contacts.at(-1)).toEqual({
        contactId: 'notification:n-1',
        method: 'email',
        direction: 'outbound',
        result: 'email-sent',
        occurredOn: '2025-03-10',
      });
    });
  });

  describe('failures and delivery', () => {
    const fail = (overrides = {}) =>
      command('RecordNotificationFailed', {
        notificationId: 'n-1',
        attempt: 1,
        errorCode: 'notify-503',
        final: false,
        failedAt: '2025-03-10T09:00:05.000Z',
        ...overrides,
      });
    const failed1 = event('NotificationFailed', {
      notificationId: 'n-1',
      attempt: 1,
      errorCode: 'notify-503',
      final: false,
      failedAt: '2025-03-10T09:00:05.000Z',
    });
    const status = (overrides = {}) =>
      command('RecordNotificationDeliveryStatus', {
        notificationId: 'n-1',
        status: 'permanent-failure',
        at: '2025-03-10T10:00:00.000Z',
        ...overrides,
      });

    it('records failed attempts in order; a non-final failure leaves it pending', () => {
      given(withEmail).when(fail()).then([failed1]);
      given([...withEmail, failed1])
        .when(fail())
        .thenThrows('attempt-out-of-order');
      given([...withEmail, failed1])
        .when(send())
        .then([notificationSent()]);
      given(withEmail)
        .when(fail({ errorCode: 'the server said no' }))
        .thenThrows('invalid-error-code');
    });

    it('a final failure is the dead letter: nothing more is sent for it', () => {
      const finalFailure = event('NotificationFailed', {
        notificationId: 'n-1',
        attempt: 2,
        errorCode: 'notify-503',
        final: true,
        failedAt: '2025-03-10T09:05:00.000Z',
      });
      given([...withEmail, failed1, finalFailure])
        .when(send())
        .thenThrows('notification-failed');
      expect(
        (foldEvents(victimDecider, [...withEmail, failed1, finalFailure]) as KnownVictim).notifications['n-1'].status,
      ).toBe('failed');
    });

    it('records the delivery status of a sent notification, once, not before it was sent', () => {
      given(withEmail).when(status()).thenThrows('notification-not-sent');
      given([...withEmail, notificationSent()])
        .when(status())
        .then([
          event('NotificationDeliveryStatusRecorded', {
            notificationId: 'n-1',
            status: 'permanent-failure',
            at: '2025-03-10T10:00:00.000Z',
          }),
        ]);
      given([...withEmail, notificationSent()])
        .when(status({ at: '2025-03-10T09:00:00.000Z' }))
        .thenThrows('delivery-status-before-sent');
      const recorded = event('NotificationDeliveryStatusRecorded', {
        notificationId: 'n-1',
        status: 'delivered',
        at: '2025-03-10T10:00:00.000Z',
      });
      given([...withEmail, notificationSent(), recorded])
        .when(status())
        .thenThrows('delivery-status-already-recorded');
      expect(
        (
          foldEvents(victimDecider, [
            ...withEmail,
            notificationSent(),
            event('NotificationDeliveryStatusRecorded', {
              notificationId: 'n-1',
              status: 'temporary-failure',
              at: '2025-03-10T10:00:00.000Z',
            }),
          ]) as KnownVictim
        ).notifications['n-1'].status,
      ).toBe('undelivered');
    });
  });

  describe('safety checks', () => {
    const confirm = (overrides = {}) =>
      command('ConfirmSafetyCheck', { confirmedOn: '2025-03-09', checkedBy: 'vlo-1', channel: 'email', ...overrides });

    it('records a safety check on a channel the victim chose, newest last', () => {
      given(withFlag).when(confirm()).then([safetyChecked()]);
      given(withFlag)
        .when(confirm({ channel: 'sms' }))
        .thenThrows('channel-not-chosen');
      given([...withFlag, safetyChecked()])
        .when(confirm({ confirmedOn: '2025-03-08' }))
        .thenThrows('safety-check-out-of-order');
    });

    it('lets a letter contact rely on a safety check confirmed beforehand', () => {
      given([...withFlag, safetyChecked('2025-03-09', 'letter')])
        .when(recordContact({ occurredOn: '2025-03-10' }))
        .then([contactRecorded({ occurredOn: '2025-03-10' })]);
      given(withFlag)
        .when(recordContact({ occurredOn: '2025-03-10' }))
        .thenThrows('safety-check-required');
    });
  });

  describe('canSendNow', () => {
    const state = (events: VictimEvent[]) => foldEvents(victimDecider, events);

    it('allows a due notification that passes every gate', () => {
      expect(canSendNow(state(withEmail), 'n-1', '2025-03-10T09:00:00.000Z')).toEqual({ ok: true });
    });

    it('says why not', () => {
      expect(canSendNow(state([]), 'n-1', DUE)).toMatchObject({ ok: false, reason: 'victim-not-found' });
      expect(canSendNow(state(withEmail), 'n-9', DUE)).toMatchObject({ ok: false, reason: 'unknown-notification' });
      expect(canSendNow(state(withEmail), 'n-1', '2025-03-10T08:59:59.000Z')).toMatchObject({
        ok: false,
        reason: 'not-yet-due',
      });
      expect(canSendNow(state(withFlag), 'n-1', DUE)).toMatchObject({ ok: false, reason: 'safety-check-required' });
      expect(
        canSendNow(state([...withFlag, safetyChecked('2025-03-01')]), 'n-1', '2025-03-20T09:00:00.000Z'),
      ).toMatchObject({ ok: false, reason: 'safety-check-out-of-date' });
      expect(
        canSendNow(state([...withFlag, safetyChecked('2025-03-01')]), 'n-1', '2025-03-20T09:00:00.000Z', {
          safetyCheckValidDays: 30,
        }),
      ).toEqual({ ok: true });
      expect(canSendNow(state([...enrolledWithPreferences, letterNotification]), 'n-2', DUE)).toMatchObject({
        ok: false,
        reason: 'letter-not-approved',
      });
      expect(canSendNow(state([...withEmail, notificationSent()]), 'n-1', DUE)).toMatchObject({
        ok: false,
        reason: 'notification-already-sent',
      });
    });
  });
});
