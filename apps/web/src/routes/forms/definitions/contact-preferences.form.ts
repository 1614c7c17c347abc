import { code, codes, date, FormDefinition, list, optional, text, yesNo } from '../form-definition';
import { ADDRESS_LINES_HINT, heldContactDetails, postcodeEmailAndPhoneFields } from './contact-details.fields';
import { heldLanguage, languageOptions } from './languages';
import { ACCESSIBLE_FORMATS, CHANNELS, STAGE_CHOICES, today, YES_NO } from './options';

/** How the victim wants to hear from us, about which stages, and whether it must be checked as safe before any letter. */
export const contactPreferencesForm: FormDefinition = {
  slug: 'contact-preferences',
  title: 'Contact preferences',
  checkAnswers: true,
  submitText: 'Save contact preferences',
  confirmation: { title: 'Contact preferences saved', body: 'Letters and messages follow them from now on.' },
  fields: [
    {
      name: 'channels',
      label: 'How they want to be contacted',
      hint: 'Select all that apply',
      type: 'checkboxes',
      options: CHANNELS,
      apiFields: ['channels'],
      default: (c) => [...(c.victim?.contactPreferences?.channels ?? [])],
    },
    {
      name: 'stages',
      label: 'What they want to hear about',
      type: 'radios',
      options: STAGE_CHOICES,
      apiFields: ['stages'],
      default: (c) => String((c.victim?.contactPreferences?.stages as { choice?: string } | undefined)?.choice ?? ''),
    },
    {
      name: 'safetyFlag',
      label: 'Is there a safety concern, such as domestic abuse?',
      hint: 'Yes sets the safety flag: someone must check it is safe before any letter is sent',
      type: 'radios',
      options: YES_NO,
      apiFields: ['safetyCheckBeforeLetters'],
      default: (c) => (c.victim?.safety?.flag ? 'yes' : c.victim?.contactPreferences ? 'no' : ''),
    },
    {
      name: 'addressLines',
      label: 'Address for letters (optional)',
      hint: ADDRESS_LINES_HINT,
      type: 'textarea',
      apiFields: ['personal.address.lines', 'personal.address'],
      default: (c) => heldContactDetails.addressLines(c.victim?.contactDetails),
    },
    ...postcodeEmailAndPhoneFields,
    {
      name: 'mobile',
      label: 'Mobile number for text messages (optional)',
      type: 'text',
      apiFields: ['personal.mobile'],
      default: (c) => heldContactDetails.mobile(c.victim?.contactDetails),
      inputmode: 'tel',
      autocomplete: 'off',
    },
    {
      name: 'language',
      label: 'Language',
      hint: 'The language they want letters and calls in. Letters are written in English or Welsh; for another language you arrange it',
      type: 'select',
      options: languageOptions,
      apiFields: ['personal.language'],
      default: heldLanguage,
    },
    {
      name: 'accessibleFormats',
      label: 'Formats they need (optional)',
      type: 'checkboxes',
      options: ACCESSIBLE_FORMATS,
      apiFields: ['personal.accessibleFormats'],
    },
    { name: 'updatedOn', label: 'Date they told you', type: 'date', apiFields: ['updatedOn'], default: today },
  ],
  command(values, context) {
    const lines = text(values, 'addressLines')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
    const postcode = optional(text(values, 'postcode'));
    const formats = list(values, 'accessibleFormats');
    return {
      kind: 'contact-preferences',
      victimId: context.victim?.victimId ?? '',
      body: {
        updatedOn: date(values, 'updatedOn'),
        channels: codes(values, 'channels'),
        stages: { choice: code(values, 'stages') },
        safetyCheckBeforeLetters: yesNo(values, 'safetyFlag'),
        personal: {
          address: lines.length > 0 || postcode ? { lines, postcode } : undefined,
          email: optional(text(values, 'email')),
          phone: optional(text(values, 'phone')),
          mobile: optional(text(values, 'mobile')),
          language: text(values, 'language'),
          accessibleFormats: formats.length > 0 ? codes(values, 'accessibleFormats') : undefined,
        },
      },
    };
  },
};
