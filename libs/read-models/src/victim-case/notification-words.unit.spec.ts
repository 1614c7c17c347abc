import { DomainEventType } from '@vcs/domain';
import {
  longInstant,
  NOTIFICATION_TIMELINE_EVENTS,
  NotificationTimelineEvent,
  notificationEventWords,
} from './notification-words';

/** The test's partial data stands for the event's: the words read only the fields given. */
const eventOf = (type: string, data: object) => ({ type, data }) as NotificationTimelineEvent;

describe('timeline words for notifications and letters', () => {
  it('writes instants in London time, the British way', () => {
    expect(longInstant('2027-03-12T09:00:00.000Z')).toBe('12 March 2027 at 09:00');
    expect(longInstant('2027-07-01T08:00:00.000Z')).toBe('1 July 2027 at 09:00'); // BST
    expect(longInstant('not a time')).toBe('an unknown time');
  });

  it.each([
    [
      'NotificationScheduled',
      { stage: 'release-on-licence', channel: 'email', dueAt: '2027-03-12T09:00:00.000Z', reason: 'same-day-decision' },
      'Notification about the release on licence scheduled by email for 12 March 2027 at 09:00 (a decision to tell the victim about the same working day)',
    ],
    [
      'NotificationScheduled',
      { stage: 'annual-contact', channel: 'letter', dueAt: '2027-03-12T09:00:00.000Z', reason: 'annual-contact' },
      'Notification about the yearly contact letter scheduled by letter for 12 March 2027 at 09:00 (a year since the last contact letter)',
    ],
    [
      'NotificationCancelled',
      { cancelledOn: '2027-03-10', reason: 'withdrawn' },
      'Notification cancelled on 10 March 2027: the victim withdrew from the scheme',
    ],
    [
      'NotificationSent',
      { channel: 'sms', sentAt: '2027-03-12T09:00:04.000Z' },
      'Notification sent by text message on 12 March 2027 at 09:00',
    ],
    [
      'NotificationFailed',
      { attempt: 5, errorCode: 'channel-unavailable', final: true },
      'Notification could not be sent after 5 attempts (channel unavailable): the victim liaison officer must act',
    ],
    [
      'NotificationDeliveryStatusRecorded',
      { status: 'permanent-failure', at: '2027-03-12T10:00:00.000Z' },
      'Notification not delivered (the address or number does not work), as reported on 12 March 2027 at 10:00',
    ],
    [
      'LetterReturned',
      { returnedBy: 'vlo-manager-1', returnedOn: '2027-03-11', personal: { comments: 'Remove the street name' } },
      'Letter returned with comments by [[staff:vlo-manager-1]] on 11 March 2027',
    ],
  ])('%s reads as plain words', (type, data, expected) => {
    expect(notificationEventWords(eventOf(type, data))).toBe(expected);
  });

  it('has words of its own for every event it lists, and never reads personal data', () => {
    const secret = 'SECRET personal text';
    for (const type of NOTIFICATION_TIMELINE_EVENTS satisfies readonly DomainEventType[]) {
      const text = notificationEventWords(
        eventOf(type, { stage: 'recall', channel: 'letter', personal: { comments: secret, body: secret } }),
      );
      expect(text).not.toMatch(/ recorded$/);
      expect(text).not.toContain(secret);
    }
  });
});

describe('the first-contact notification on the timeline', () => {
  it('shows the planned send time as a send time, not as the deadline', () => {
    const text = notificationEventWords(
      eventOf('NotificationScheduled', {
        stage: 'initial-contact',
        channel: 'letter',
        dueAt: '2026-10-19T08:00:00.000Z',
        reason: 'initial-contact-deadline',
      }),
    );
    expect(text).toBe(
      "Notification about the first contact about the scheme scheduled by letter for 19 October 2026 at 09:00 (planned to go on or before the Victims' Code deadline for first contact)",
    );
    expect(text).not.toMatch(/\(the deadline/);
  });
});
