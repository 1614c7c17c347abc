import { code, date, FormDefinition, optional, text, yesNo } from '../form-definition';
import { OFFENCE_CATEGORIES, PROBATION_REGIONS, SENTENCE_TYPES, YES_NO } from './options';

/** The offender's sentence, from the court's record: the key stages hang on it. */
export const recordSentenceForm: FormDefinition = {
  slug: 'sentences/new',
  title: 'Record a sentence',
  checkAnswers: true,
  submitText: 'Record the sentence',
  confirmation: { title: 'Sentence recorded', body: 'You can now record referrals of its victims.' },
  fields: [
    {
      name: 'reference',
      label: 'Sentence reference (CRN)',
      hint: 'For example, X123456',
      type: 'text',
      apiFields: ['reference'],
      classes: 'govuk-input--width-10',
    },
    {
      name: 'offenceCategory',
      label: 'Offence',
      type: 'radios',
      options: OFFENCE_CATEGORIES,
      apiFields: ['offenceCategory'],
    },
    {
      name: 'offenceCausedDeath',
      label: 'Did the offence cause a death?',
      type: 'radios',
      options: YES_NO,
      apiFields: ['offenceCausedDeath'],
    },
    {
      name: 'sentenceType',
      label: 'Sentence type',
      type: 'radios',
      options: SENTENCE_TYPES,
      apiFields: ['sentenceType'],
    },
    {
      name: 'lengthMonths',
      label: 'Length in months (optional)',
      hint: 'Leave empty for a life sentence or an order with no fixed length',
      type: 'text',
      inputmode: 'numeric',
      apiFields: ['lengthMonths'],
      classes: 'govuk-input--width-4',
    },
    { name: 'sentencingCourt', label: 'Sentencing court', type: 'text', apiFields: ['sentencingCourt'] },
    { name: 'sentenceDate', label: 'Date of sentence', type: 'date', apiFields: ['sentenceDate'] },
    {
      name: 'probationRegion',
      label: 'Probation region',
      type: 'select',
      options: PROBATION_REGIONS,
      apiFields: ['probationRegion'],
    },
  ],
  command(values, context) {
    const length = optional(text(values, 'lengthMonths'));
    return {
      kind: 'record-sentence',
      body: {
        sentenceId: context.newId,
        reference: text(values, 'reference'),
        offenceCategory: code(values, 'offenceCategory'),
        offenceCausedDeath: yesNo(values, 'offenceCausedDeath'),
        sentenceType: code(values, 'sentenceType'),
        lengthMonths: length === undefined ? undefined : /^\d+$/.test(length) ? Number(length) : (length as never),
        sentencingCourt: text(values, 'sentencingCourt'),
        sentenceDate: date(values, 'sentenceDate'),
        probationRegion: code(values, 'probationRegion'),
      },
    };
  },
  next: () => '/referrals/new',
};
