import { RESULTS_THAT_COUNT_AS_CONTACT } from '../victim/contact';
import { ContactSummary, Participation } from '../victim/victim.state';

/**
 * Whether the first-contact obligation (Victims' Code Right 11, the `initial-contact` stage) is met: the victim has
 * answered the offer (enrolled, declined or withdrew), or a contact that counts was made by any channel — a call, an
 * email, a text, a letter the VLO recorded, or a notification that was sent. Once it is met, an initial-contact letter
 * no longer applies: its caseload task closes, a manager cannot approve it and the worker does not send it.
 */
export function firstContactMade(victim: {
  readonly participation: Participation;
  readonly contacts: readonly Pick<ContactSummary, 'result'>[];
}): boolean {
  return (
    victim.participation !== 'referred' ||
    victim.contacts.some((contact) => RESULTS_THAT_COUNT_AS_CONTACT.includes(contact.result))
  );
}
