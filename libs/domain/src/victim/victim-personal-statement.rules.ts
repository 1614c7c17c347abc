import { ensure } from '../shared/domain-rule-violation';
import { UK_POSTCODE } from './contact-details';

/**
 * A VPS should be readable in under 10 minutes (gov.uk make-a-statement-to-the-parole-board). Read aloud at
 * about 150 words a minute, that is 1,500 words.
 */
export const VPS_MAX_WORDS = 1500;

const EMAIL_IN_TEXT = /[^\s@]+@[^\s@]+\.[^\s@]+/;
const UK_PHONE_IN_TEXT = /(?:\+44\s?|\b0)(?:\d[\s-]?){9,10}\b/;

/**
 * The prisoner usually sees the VPS in full, so it must never carry the victim's address or anything that
 * locates them. Returns what was found (never the matching text itself, which would then end up in errors and logs).
 */
export function findLocatingDetails(text: string, knownDetails: readonly string[]): string[] {
  const found: string[] = [];
  if (UK_POSTCODE.test(text)) found.push('a postcode');
  if (EMAIL_IN_TEXT.test(text)) found.push('an email address');
  if (UK_PHONE_IN_TEXT.test(text)) found.push('a phone number');
  const lower = text.toLowerCase();
  // Short fragments ("Flat 2") would match innocent words; only whole address lines of some length are compared.
  if (knownDetails.some((d) => d.trim().length >= 6 && lower.includes(d.trim().toLowerCase()))) found.push("the victim's recorded address or contact details");
  return found;
}

export function checkVictimPersonalStatement(text: string, knownDetails: readonly string[]): void {
  const words = text.trim().split(/\s+/).length;
  ensure(words <= VPS_MAX_WORDS, 'vps-too-long', `A Victim Personal Statement should take under 10 minutes to read: at most ${VPS_MAX_WORDS} words (this one has ${words}).`);
  const found = findLocatingDetails(text, knownDetails);
  ensure(
    found.length === 0,
    'vps-contains-locating-details',
    `The prisoner usually sees the Victim Personal Statement in full; remove ${found.join(', ')} from it.`,
  );
}

/**
 * Partner agencies read condition descriptions (an exclusion zone's area, an "other" condition), and a licence
 * condition reaches the offender: describe the area by roads and landmarks, never by the victim's postcode, address,
 * phone or email.
 */
export function checkConditionDescription(text: string, knownDetails: readonly string[]): void {
  const found = findLocatingDetails(text, knownDetails);
  ensure(
    found.length === 0,
    'condition-description-contains-locating-details',
    `Partner agencies and, through the licence, the offender see this description; describe the area by roads or landmarks and remove ${found.join(', ')}.`,
  );
}
