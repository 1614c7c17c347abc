import { ApiRefusal, unwrap } from '../../../data/api-client';
import { code, date, FormContext, FormDefinition, FormValues, optional, text } from '../form-definition';
import { ADDRESS_LINES_HINT, postcodeEmailAndPhoneFields } from './contact-details.fields';
import { CIRCUMSTANCES, REFERRAL_SOURCES, REFERRED_FOR, today } from './options';
import { loadOfficers, officerChoice } from './officer-choice';

/** Who takes the case on: a VLO themselves (or their manager later); a manager an officer, or the unallocated list. */
const ALLOCATION_FOR_OFFICER = [
  { value: 'me', text: 'Me: it goes on my caseload' },
  { value: 'unallocated', text: 'Leave it for my manager to allocate' },
];
const ALLOCATION_FOR_MANAGER = [
  { value: 'unallocated', text: 'Leave it on the team’s unallocated list' },
  { value: 'officer', text: 'An officer in the unit' },
];

/** The allocation the user chose, as the API's fields. */
function allocationOf(values: FormValues, context: FormContext) {
  switch (text(values, 'allocation')) {
    case 'me':
      return { victimLiaisonOfficerId: context.userId };
    case 'officer':
      return { victimLiaisonOfficerId: text(values, 'victimLiaisonOfficerId') };
    case 'unallocated':
      return { leaveUnallocated: true };
    default:
      return {};
  }
}

/** A referral from a Witness Care Unit, a court or the victim: a new victim's case on a sentence already recorded. */
export const receiveReferralForm: FormDefinition = {
  slug: 'referrals/new',
  title: 'Record a referral',
  intro: 'A referral is about a sentence on the service. If its sentence is not recorded yet, record it first.',
  checkAnswers: false,
  submitText: 'Record the referral',
  confirmation: { title: 'Referral recorded', body: 'The first contact deadline is on the case.' },
  fields: [
    {
      name: 'sentenceReference',
      label: 'Sentence reference (CRN)',
      hint: 'For example, X123456',
      type: 'text',
      apiFields: ['sentenceId'],
      classes: 'govuk-input--width-10',
    },
    {
      name: 'fullName',
      label: "Victim's full name",
      type: 'text',
      apiFields: ['personal.fullName'],
      autocomplete: 'off',
    },
    {
      name: 'dateOfBirth',
      label: "Victim's date of birth (optional)",
      hint: 'For a child victim, the case then reminds you to hand contact to them before they turn 18. For example, 27 3 2010',
      type: 'date',
      apiFields: ['personal.dateOfBirth'],
    },
    { name: 'referredFor', label: 'Referred for', type: 'radios', options: REFERRED_FOR, apiFields: ['referredFor'] },
    { name: 'source', label: 'Who referred them', type: 'radios', options: REFERRAL_SOURCES, apiFields: ['source'] },
    {
      name: 'circumstance',
      label: 'Who the referral is for',
      type: 'radios',
      options: CIRCUMSTANCES,
      apiFields: ['circumstance'],
    },
    {
      name: 'receivedOn',
      label: 'Date the referral was received',
      type: 'date',
      apiFields: ['receivedOn'],
      default: today,
    },
    {
      name: 'addressLines',
      label: 'Address (optional)',
      hint: ADDRESS_LINES_HINT,
      type: 'textarea',
      apiFields: ['personal.address.lines', 'personal.address'],
    },
    ...postcodeEmailAndPhoneFields,
    {
      name: 'allocation',
      label: 'Who will work on this case',
      type: 'radios',
      options: (context) => (context.isManager ? ALLOCATION_FOR_MANAGER : ALLOCATION_FOR_OFFICER),
      apiFields: ['leaveUnallocated'],
      default: (context) => (context.isManager ? 'unallocated' : 'me'),
    },
    ...officerChoice({
      showWhen: { field: 'allocation', values: ['officer'] },
      shownTo: (context) => context.isManager,
    }),
  ],
  detours: [
    {
      to: 'sentences/new',
      scope: 'new',
      text: 'Record the sentence first',
      hint:
        'What you have typed here is kept: after recording the sentence you come back to this referral, with the ' +
        'sentence reference filled in if you left it empty.',
      carry: { sentenceReference: 'reference' },
    },
  ],
  load: loadOfficers,
  async command(values, context) {
    const reference = text(values, 'sentenceReference');
    const found = reference
      ? unwrap(await context.api.GET('/sentences', { params: { query: { reference, pageSize: 2 } } })).items
      : [];
    const sentence = found[0];
    if (!sentence)
      throw new ApiRefusal(400, [
        {
          field: 'sentenceId',
          message: reference
            ? 'No sentence has this reference: record the sentence first'
            : 'Enter the sentence reference',
        },
      ]);
    const lines = text(values, 'addressLines')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
    const postcode = optional(text(values, 'postcode'));
    return {
      kind: 'receive-referral',
      body: {
        victimId: context.newId,
        sentenceId: sentence.sentenceId,
        referredFor: code(values, 'referredFor'),
        source: code(values, 'source'),
        circumstance: code(values, 'circumstance'),
        receivedOn: date(values, 'receivedOn'),
        ...allocationOf(values, context),
        personal: {
          fullName: text(values, 'fullName'),
          dateOfBirth: optional(date(values, 'dateOfBirth')),
          address: lines.length > 0 || postcode ? { lines, postcode } : undefined,
          email: optional(text(values, 'email')),
          phone: optional(text(values, 'phone')),
        },
      },
    };
  },
  next: ({ id }) => `/cases/${id}`,
};
