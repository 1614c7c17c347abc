import { ContactChannel } from './contact-preferences';

export const CONTACT_METHODS = ['phone', 'letter', 'email', 'sms', 'home-visit', 'meeting'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];

export const CONTACT_DIRECTIONS = ['inbound', 'outbound'] as const;
export type ContactDirection = (typeof CONTACT_DIRECTIONS)[number];

/** What happened, as a code the timescales can read; the words of the outcome are personal data. */
export const CONTACT_RESULTS = [
  'contact-made',
  'letter-sent',
  'email-sent',
  'sms-sent',
  'message-left',
  'no-answer',
  'returned-undelivered',
  'other',
] as const;
export type ContactResult = (typeof CONTACT_RESULTS)[number];

/** Results that count as having contacted the victim for the Victims' Code timescales (the VLO "first writes"). */
export const RESULTS_THAT_COUNT_AS_CONTACT: readonly ContactResult[] = [
  'contact-made',
  'letter-sent',
  'email-sent',
  'sms-sent',
];

/** The preference channel an outbound contact uses; visits and meetings are arranged with the victim. */
export function channelOf(method: ContactMethod): ContactChannel | undefined {
  return method === 'home-visit' || method === 'meeting' ? undefined : method;
}
