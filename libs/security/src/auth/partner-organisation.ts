import { REPRESENTATION_RECIPIENTS, RepresentationRecipient } from '@vcs/domain';
import { Role } from './role';

/**
 * The partner role that reads, through this service, what was sent to each recipient. A recipient with `null` has
 * no account here: the victim liaison officer sends to it directly (by secure email or letter), and no caller of the
 * API sees what went to it.
 */
export const PARTNER_ROLE_OF_RECIPIENT = {
  'parole-board': 'PAROLE_BOARD',
  mappa: 'MAPPA_PARTNER',
  prison: null,
  'probation-practitioner': null,
  'mental-health-casework-section': null,
  'mental-health-tribunal': null,
  'responsible-clinician': null,
} as const satisfies Record<RepresentationRecipient, Role | null>;

/** The recipient whose disclosures a partner role reads (each partner role is exactly one); undefined for any other role. */
export function recipientReadBy(role: Role): RepresentationRecipient | undefined {
  const recipients = REPRESENTATION_RECIPIENTS.filter((recipient) => PARTNER_ROLE_OF_RECIPIENT[recipient] === role);
  if (recipients.length > 1) throw new Error(`role ${role} is mapped to more than one recipient`);
  return recipients[0];
}
