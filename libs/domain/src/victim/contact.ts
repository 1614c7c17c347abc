import { ContactChannel } from './contact-preferences';

export const CONTACT_METHODS = ['phone', 'letter', 'email', 'sms', 'home-visit', 'meeting'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];

/** Who started the contact: `inbound` the victim (or the person acting for them), `outbound` the VLO or the service. */
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

/**
 * Why a contact the VLO started went by a channel the victim has not chosen (docs/DOMAIN-RULES.md §4.6). The contact
 * has happened: the record says why, it is never refused for it.
 * - victim-asked: the victim asked to be contacted this way (to be called back, to have it by email);
 * - urgent-safety: an urgent matter of the victim's safety that could not wait for their chosen channel;
 * - chosen-channel-failed: the chosen channel did not reach them (letter returned, number not working);
 * - other: another reason, described in `personal.channelReasonDetail`.
 */
export const CHANNEL_REASONS = ['victim-asked', 'urgent-safety', 'chosen-channel-failed', 'other'] as const;
export type ChannelReason = (typeof CHANNEL_REASONS)[number];
