import type { components } from '../data/api-types';

type LetterSummary = Pick<components['schemas']['LetterSummaryResponse'], 'status' | 'notificationId' | 'sending'>;

/** Where sending an approved letter has got to, in words: a short tag for lists and a sentence for the letter's page. */
export interface LetterSendingWords {
  readonly tag: string;
  readonly tagClass: string;
  readonly detail: string;
  /** The letter will not be sent by the service: the officer must decide what to do (a notice on the case). */
  readonly notSent: boolean;
  /** It waits for an officer to confirm it is safe to write (the safety check form). */
  readonly waitsForSafetyCheck: boolean;
}

/**
 * Why the service did not send a letter, from the approval's refusal (the domain's rules), the notification's
 * cancellation or the channel's final error. A reason not listed reads as "the service could not send it": never a code.
 */
const NOT_SENT_BECAUSE: Readonly<Record<string, string>> = {
  'victim-opted-out': 'the victim declined or withdrew from the scheme',
  withdrawn: 'the victim declined or withdrew from the scheme',
  'case-closed': 'the case is closed',
  'victim-erased': "the victim's personal data was erased",
  erased: "the victim's personal data was erased",
  'victim-not-in-scheme': 'the victim is not in the scheme',
  'initial-contact-only-before-enrolment': 'a first-contact letter is only for a victim who has not yet joined',
  'sentence-not-linked': 'the victim is not linked to a sentence',
  'preferences-not-recorded': "the victim's contact preferences are not recorded",
  'channel-not-chosen': 'the victim has not agreed to be contacted by letter',
  'channel-withdrawn': 'the victim no longer wants letters',
  'stage-not-wanted': 'the victim has not asked to hear about this',
  'opted-out-of-stage': 'the victim no longer wants to hear about this',
  'deceased-victim-needs-next-of-kin': 'the victim died as a result of the offence and no next of kin is recorded',
  'first-contact-made': 'first contact with the victim was already made',
  superseded: 'a later event made it out of date',
  'no-postal-address': 'the letter has no postal address',
  'letter-content-missing': 'the letter has no words',
  'accessible-format-needs-vlo': 'the victim asked for an accessible format, which the officer must arrange',
};

export function letterSendingWords(letter: LetterSummary): LetterSendingWords | undefined {
  const sending = letter.sending;
  const words = (tag: string, tagClass: string, detail: string, flags: Partial<LetterSendingWords> = {}) => ({
    tag,
    tagClass,
    detail,
    notSent: false,
    waitsForSafetyCheck: false,
    ...flags,
  });
  if (!sending) {
    // Approved before the service sent letters drafted on their own: it was for the officer to post.
    return letter.status === 'approved' && !letter.notificationId
      ? words(
          'Not sent by the service',
          'govuk-tag--grey',
          'This letter was approved before the service posted letters drafted on their own. Print it, post it, then record the contact as a letter sent.',
        )
      : undefined;
  }
  switch (sending.state) {
    case 'queued':
      return words('Queued to send', 'govuk-tag--blue', 'The service will post it to the victim when it is due.');
    case 'waiting-safety-check':
      return words(
        'Waiting for a safety check',
        'govuk-tag--yellow',
        'This victim has a safety flag. The service posts the letter only once an officer confirms it is safe to write to them.',
        { waitsForSafetyCheck: true },
      );
    case 'sent':
      return words('Sent', 'govuk-tag--green', 'The service posted it to the victim.');
    case 'not-sent':
      return words(
        'Not sent',
        'govuk-tag--red',
        `The service did not send it: ${(sending.reason && NOT_SENT_BECAUSE[sending.reason]) ?? 'the service could not send it'}. Nothing was posted to the victim.`,
        { notSent: true },
      );
    default: {
      const never: never = sending.state;
      return never;
    }
  }
}
