import { DomainRuleViolation, ensure } from '../shared/domain-rule-violation';
import { assertText } from '../shared/text';

/** A postal address. Always personal data. */
export interface PostalAddress {
  readonly lines: readonly string[];
  readonly postcode?: string;
}

/** UK postcode, e.g. "SW1A 1AA" (space optional). */
export const UK_POSTCODE = /\b[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}\b/i;

/** Whether a (trimmed) text is a UK postcode and nothing longer: at most seven characters besides spaces. */
export function isUkPostcode(text: string): boolean {
  return UK_POSTCODE.test(text) && text.replace(/ /g, '').length <= 7;
}
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()-]{7,24}$/;

export function assertPostalAddress(address: PostalAddress, field: string): void {
  ensure(
    Array.isArray(address.lines) && address.lines.length >= 1,
    'address-lines',
    `${field} needs at least its first line: a letter cannot be sent to a postcode alone.`,
  );
  ensure(address.lines.length <= 6, 'address-lines', `${field} has more than six lines.`);
  address.lines.forEach((line, i) => assertText(line, `${field}.lines[${i}]`, 120));
  if (address.postcode !== undefined) {
    const postcode = address.postcode.trim();
    ensure(
      isUkPostcode(postcode),
      'invalid-postcode',
      `${field}.postcode is not a UK postcode; leave it out for an address abroad and put it in the lines.`,
    );
  }
}

export function assertEmail(email: string, field: string): void {
  if (!EMAIL.test(email) || email.length > 254)
    throw new DomainRuleViolation('invalid-email', `${field} is not an email address.`);
}

export function assertPhone(phone: string, field: string): void {
  const digits = phone.replace(/\D/g, '').length;
  if (!PHONE.test(phone) || digits < 7 || digits > 15)
    throw new DomainRuleViolation('invalid-phone', `${field} is not a phone number.`);
}

/** The optional address, phone and email a referral or nomination may carry. */
export interface ContactDetails {
  readonly address?: PostalAddress;
  readonly phone?: string;
  readonly email?: string;
}

export function assertContactDetails(details: ContactDetails, field: string): void {
  if (details.address !== undefined) assertPostalAddress(details.address, `${field}.address`);
  if (details.phone !== undefined) assertPhone(details.phone, `${field}.phone`);
  if (details.email !== undefined) assertEmail(details.email, `${field}.email`);
}
