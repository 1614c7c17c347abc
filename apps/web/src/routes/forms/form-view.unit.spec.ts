import { date, FormDefinition } from './form-definition';
import { errorLinks } from './form-view';

const form: FormDefinition = {
  slug: 'contact',
  title: 'Record a contact',
  checkAnswers: false,
  submitText: 'Record the contact',
  confirmation: { title: 'Contact recorded', body: '' },
  fields: [
    { name: 'method', label: 'How', type: 'radios', apiFields: ['method'] },
    { name: 'occurredOn', label: 'Date of the contact', type: 'date', apiFields: ['occurredOn'] },
    { name: 'summary', label: 'Summary', type: 'textarea', apiFields: ['personal.summary', 'personal'] },
  ],
  command: () => {
    throw new Error('not sent in these tests');
  },
};

describe("the error summary from the API's problems", () => {
  it("puts the field's label in place of the API's name for it and links to the field", () => {
    expect(errorLinks(form, [{ field: 'occurredOn', message: 'occurredOn must not be after today' }])).toEqual([
      { text: 'Date of the contact must not be after today', href: '#occurredOn-day' },
    ]);
  });

  it("says what to do in the user's words, never in the API's codes or wire format", () => {
    const withChoice: FormDefinition = {
      ...form,
      fields: [
        { ...form.fields[0], options: [{ value: 'phone', text: 'Phone' }] },
        { name: 'safe', label: 'Is it safe?', type: 'radios', options: [], apiFields: ['safe'] },
        ...form.fields.slice(1),
      ],
    };
    expect(
      errorLinks(withChoice, [
        { field: 'method', message: 'method must be one of the following values: phone, letter, email' },
        { field: 'safe', message: 'safe must be a boolean value' },
        { field: 'occurredOn', message: 'occurredOn must be a date written YYYY-MM-DD' },
      ]),
    ).toEqual([
      { text: 'Select an answer for ‘How’', href: '#method' },
      { text: 'Select an answer for ‘Is it safe?’', href: '#safe' },
      { text: 'Date of the contact must be a real date, for example 27 3 2026', href: '#occurredOn-day' },
    ]);
  });

  it('leaves "(optional)" out of the label in a sentence: the field is no longer optional once something is typed', () => {
    const withAddress: FormDefinition = {
      ...form,
      fields: [{ name: 'addressLines', label: 'Address (optional)', type: 'textarea', apiFields: ['address.lines'] }],
    };
    expect(
      errorLinks(withAddress, [
        {
          field: 'address.lines',
          message: 'address.lines must have at least the first line: a letter cannot be sent to a postcode alone',
        },
      ]),
    ).toEqual([
      {
        text: 'Address must have at least the first line: a letter cannot be sent to a postcode alone',
        href: '#addressLines',
      },
    ]);
  });

  it('finds the field of a nested problem by the start of its path', () => {
    expect(errorLinks(form, [{ field: 'personal.summary', message: 'personal.summary should not be empty' }])).toEqual([
      { text: 'Summary should not be empty', href: '#summary' },
    ]);
  });

  it('finds the field whose API name is the closest match, not the first that starts the path', () => {
    const withAddress: FormDefinition = {
      ...form,
      fields: [
        {
          name: 'addressLines',
          label: 'Address (optional)',
          type: 'textarea',
          apiFields: ['personal.address.lines', 'personal.address'],
        },
        { name: 'postcode', label: 'Postcode (optional)', type: 'text', apiFields: ['personal.address.postcode'] },
      ],
    };
    expect(
      errorLinks(withAddress, [
        {
          field: 'personal.address.postcode',
          message: 'personal.address.postcode must be a UK postcode, e.g. LS1 4AB',
        },
        { field: 'personal.address.lines.0', message: 'personal.address.lines.0 should not be empty' },
      ]),
    ).toEqual([
      { text: 'Postcode must be a UK postcode, e.g. LS1 4AB', href: '#postcode' },
      { text: 'Address should not be empty', href: '#addressLines' },
    ]);
  });

  it("asks for a tick in a checkbox list left empty, and names the field wherever the API's name for it is in the text", () => {
    const withLists: FormDefinition = {
      ...form,
      fields: [
        {
          name: 'channels',
          label: 'How they want to be contacted',
          type: 'checkboxes',
          options: [],
          apiFields: ['channels'],
        },
        { name: 'addressLines', label: 'Address', type: 'textarea', apiFields: ['personal.address.lines'] },
      ],
    };
    expect(
      errorLinks(withLists, [
        { field: 'channels', message: 'channels must contain at least 1 elements' },
        {
          field: 'personal.address.lines',
          message: 'Each value in personal.address.lines must be shorter than or equal to 120 characters',
        },
      ]),
    ).toEqual([
      { text: 'Select an answer for ‘How they want to be contacted’', href: '#channels' },
      { text: 'Each value in ‘Address’ must be shorter than or equal to 120 characters', href: '#addressLines' },
    ]);
  });

  it("links a scheme rule's refusal (no field) to the first field, in the API's words", () => {
    expect(errorLinks(form, [{ message: 'The victim said no on 2026-11-02.' }])).toEqual([
      { text: 'The victim said no on 2026-11-02.', href: '#method' },
    ]);
  });

  it('still says something when the API gave no words', () => {
    expect(errorLinks(form, [])).toEqual([
      { text: 'The service could not do this. Check your answers and try again.', href: '#main-content' },
    ]);
  });
});

describe('a GOV.UK date input', () => {
  it("becomes the API's YYYY-MM-DD, or is left as typed for the API to name the problem", () => {
    expect(date({ 'on-day': '2', 'on-month': '11', 'on-year': '2026' }, 'on')).toBe('2026-11-02');
    expect(date({ 'on-day': '31', 'on-month': '2', 'on-year': '' }, 'on')).toBe('0000-02-31');
    expect(date({}, 'on')).toBe('');
  });
});
