import { code, date, FormDefinition, optional, optionalCode, text } from '../form-definition';
import { enrolmentOfficer } from './enrolment-officer';
import { loadOfficers } from './officer-choice';
import { caseSentences, DISCRETIONARY_REASONS, referralSentence, SCHEMES, today } from './options';

/** The victim agreed to join a scheme: from now on they hear about the key stages. */
export const enrolForm: FormDefinition = {
  slug: 'enrol',
  title: 'Enrol the victim',
  checkAnswers: true,
  submitText: 'Enrol the victim',
  confirmation: { title: 'Victim enrolled', body: 'They will hear about the key stages they choose.' },
  fields: [
    { name: 'scheme', label: 'Scheme', type: 'radios', options: SCHEMES, apiFields: ['scheme'] },
    {
      name: 'discretionaryReason',
      label: 'Why the discretionary scheme is offered',
      hint: 'Only for the discretionary scheme',
      type: 'radios',
      options: DISCRETIONARY_REASONS,
      apiFields: ['discretionaryReason'],
    },
    {
      name: 'discretionaryReasonDetail',
      label: 'Another reason: describe it',
      type: 'textarea',
      apiFields: ['personal.discretionaryReasonDetail', 'personal'],
    },
    {
      name: 'sentenceId',
      label: 'Sentence',
      type: 'radios',
      options: caseSentences,
      apiFields: ['sentenceId'],
      default: referralSentence,
    },
    { name: 'enrolledOn', label: 'Date they agreed to join', type: 'date', apiFields: ['enrolledOn'], default: today },
    ...enrolmentOfficer(),
  ],
  load: loadOfficers,
  command(values, context) {
    const detail = optional(text(values, 'discretionaryReasonDetail'));
    return {
      kind: 'enrol',
      victimId: context.victim?.victimId ?? '',
      body: {
        scheme: code(values, 'scheme'),
        discretionaryReason: optionalCode(values, 'discretionaryReason'),
        sentenceId: text(values, 'sentenceId'),
        enrolledOn: date(values, 'enrolledOn'),
        victimLiaisonOfficerId: text(values, 'victimLiaisonOfficerId'),
        personal: detail ? { discretionaryReasonDetail: detail } : undefined,
      },
    };
  },
};
