import { VictimCommand } from '../victim/victim.commands';
import { VictimEvent } from '../victim/victim.events';
import { SENTENCE_ID, TODAY, VICTIM_ID } from './fixtures';
import { preferencesUpdated, referralReceived, victimEnrolled } from './victim-fixtures';

type CommandOf<T extends VictimCommand['type']> = Extract<VictimCommand, { type: T }>;
type EventOf<T extends VictimEvent['type']> = Extract<VictimEvent, { type: T }>;

/** A victim command with the victim id and today's date filled in. */
export function command<T extends VictimCommand['type']>(
  type: T,
  data: Omit<CommandOf<T>['data'], 'victimId' | 'recordedOn'> & { recordedOn?: string },
): CommandOf<T> {
  return { type, data: { victimId: VICTIM_ID, recordedOn: TODAY, ...data } } as unknown as CommandOf<T>;
}

/** A victim event with the victim id filled in. */
export function event<T extends VictimEvent['type']>(type: T, data: Omit<EventOf<T>['data'], 'victimId'>): EventOf<T> {
  return { type, data: { victimId: VICTIM_ID, ...data } } as unknown as EventOf<T>;
}

/** Referred, enrolled, and chose letters and emails about every key stage. */
export const enrolledWithPreferences: VictimEvent[] = [referralReceived(), victimEnrolled(), preferencesUpdated()];

export const DUE = '2025-03-10T09:00:00.000Z';

export function scheduleNotification(
  overrides: Partial<CommandOf<'ScheduleNotification'>['data']> = {},
): CommandOf<'ScheduleNotification'> {
  return command('ScheduleNotification', {
    notificationId: 'n-1',
    sentenceId: SENTENCE_ID,
    stage: 'release-on-licence',
    dueAt: DUE,
    channel: 'email',
    reason: 'same-day-decision',
    causedBy: { milestoneId: 'm-1' },
    ...overrides,
  });
}

export function notificationScheduled(
  overrides: Partial<CommandOf<'ScheduleNotification'>['data']> = {},
): EventOf<'NotificationScheduled'> {
  const { recordedOn: _r, ...data } = scheduleNotification(overrides).data;
  void _r;
  return { type: 'NotificationScheduled', data };
}

export function notificationSent(
  notificationId = 'n-1',
  channel: 'email' | 'letter' | 'sms' | 'phone' = 'email',
  sentAt = '2025-03-10T09:01:00.000Z',
  letterId?: string,
): EventOf<'NotificationSent'> {
  return event('NotificationSent', {
    notificationId,
    channel,
    providerReference: 'notify-ref-1',
    sentAt,
    ...(letterId ? { letterId } : {}),
  });
}

export const LETTER_PERSONAL = {
  body: 'Dear Ms Example, the offender was released on licence today.',
  addressBlock: 'Jane Example\n12 Acacia Avenue\nLeeds LS1 4AB',
  language: 'en',
};

export function letterDrafted(overrides: Partial<EventOf<'LetterDrafted'>['data']> = {}): EventOf<'LetterDrafted'> {
  return event('LetterDrafted', {
    letterId: 'l-1',
    notificationId: 'n-1',
    stage: 'release-on-licence',
    draftedBy: 'vlo-1',
    draftedOn: '2025-03-10',
    personal: LETTER_PERSONAL,
    ...overrides,
  });
}
