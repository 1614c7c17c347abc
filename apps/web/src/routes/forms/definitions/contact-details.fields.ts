import { FieldDefinition, FormContext } from '../form-definition';

type Details = NonNullable<NonNullable<FormContext['victim']>['contactDetails']>;

/** Of the details held, the latest the victim gave (contact preferences), else the referral's. */
function latest<T extends { readonly source: string }>(held: readonly T[] | undefined): T | undefined {
  return held?.find((detail) => detail.source === 'contact-preferences') ?? held?.[0];
}

/** The case's address, email, phone and mobile as a form starts with them, so saving again keeps what is held. */
export const heldContactDetails = {
  addressLines: (details?: Details | null) => (latest(details?.addresses)?.lines ?? []).join('\n'),
  postcode: (details?: Details | null) => latest(details?.addresses)?.postcode ?? '',
  email: (details?: Details | null) => latest(details?.emails)?.address ?? '',
  phone: (details?: Details | null) => latest(details?.phones?.filter((p) => p.kind === 'phone'))?.number ?? '',
  mobile: (details?: Details | null) => latest(details?.phones?.filter((p) => p.kind === 'mobile'))?.number ?? '',
};

/** Said before the user types: the API refuses a postcode without the address lines, since no letter can go to it. */
export const ADDRESS_LINES_HINT =
  'One line per line of the address, without the postcode. A letter cannot be sent to a postcode alone, so give at ' +
  'least the first line with it';

/** The victim's postcode, email and phone: the same fields, with the same API names, wherever a form records them. */
export const postcodeEmailAndPhoneFields: readonly FieldDefinition[] = [
  {
    name: 'postcode',
    label: 'Postcode (optional)',
    type: 'text',
    apiFields: ['personal.address.postcode'],
    default: (c) => heldContactDetails.postcode(c.victim?.contactDetails),
    classes: 'govuk-input--width-10',
    autocomplete: 'off',
  },
  {
    name: 'email',
    label: 'Email address (optional)',
    type: 'text',
    apiFields: ['personal.email'],
    default: (c) => heldContactDetails.email(c.victim?.contactDetails),
    autocomplete: 'off',
  },
  {
    name: 'phone',
    label: 'Phone number (optional)',
    type: 'text',
    apiFields: ['personal.phone'],
    default: (c) => heldContactDetails.phone(c.victim?.contactDetails),
    inputmode: 'tel',
    autocomplete: 'off',
  },
];
