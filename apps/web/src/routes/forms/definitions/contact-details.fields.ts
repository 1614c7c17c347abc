import { FieldDefinition } from '../form-definition';

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
    classes: 'govuk-input--width-10',
    autocomplete: 'off',
  },
  {
    name: 'email',
    label: 'Email address (optional)',
    type: 'text',
    apiFields: ['personal.email'],
    autocomplete: 'off',
  },
  {
    name: 'phone',
    label: 'Phone number (optional)',
    type: 'text',
    apiFields: ['personal.phone'],
    inputmode: 'tel',
    autocomplete: 'off',
  },
];
