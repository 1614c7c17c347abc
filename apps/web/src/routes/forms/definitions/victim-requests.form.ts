import { Schemas } from '../../../data/api-client';
import { code, date, FormDefinition, optionalCode, text } from '../form-definition';
import { caseSentences, optionsOf, referralSentence, today } from './options';

type RequestDto = Schemas['MakeVictimRequestDto'];
type AnswerDto = Schemas['AnswerVictimRequestDto'];
type RightDto = Schemas['RecordRightExplainedDto'];

export const REQUEST_KINDS = optionsOf({
  'observe-parole-hearing': 'To observe the parole hearing',
  'public-parole-hearing': 'For the parole hearing to be held in public',
  'parole-decision-summary': 'A summary of the Parole Board’s decision',
  'secretary-of-state-reconsideration': 'That the Secretary of State apply for reconsideration of a parole decision',
  'attend-tribunal-hearing': 'To attend the Mental Health Tribunal hearing',
  'restricted-patient-decision-summary': 'A summary of a decision about a restricted patient',
  'sentencing-remarks-transcript': 'A transcript of the judge’s sentencing remarks',
} satisfies Record<RequestDto['kind'], string>);

export const REQUEST_OUTCOMES = optionsOf({
  granted: 'Granted (for reconsideration: the Secretary of State applied)',
  provided: 'Provided: the document was given to the victim',
  refused: 'Refused',
  withdrawn: 'Withdrawn by the victim',
} satisfies Record<AnswerDto['outcome'], string>);

export const REFUSAL_REASONS = optionsOf({
  'offender-under-18': 'The offender is under 18 (Parole Board decision summaries only)',
  'exceptional-circumstances': 'Exceptional circumstances',
  'out-of-time': 'Asked too late',
  'not-eligible': 'Not eligible',
  other: 'Another reason',
} satisfies Record<NonNullable<AnswerDto['reason']>, string>);

export const RIGHTS = optionsOf({
  'unduly-lenient-sentence-scheme':
    'The unduly lenient sentence scheme (28 days from sentence to ask the Attorney General)',
} satisfies Record<RightDto['right'], string>);

/** A request the victim made through the VLO: parole participation, decision summaries, tribunal, transcripts. */
export const recordRequestForm: FormDefinition = {
  slug: 'requests/new',
  title: 'Record a request from the victim',
  intro: 'What the victim asked for, through you. Record the answer when it comes.',
  checkAnswers: true,
  submitText: 'Record the request',
  confirmation: {
    title: 'Request recorded',
    body: 'Continue to record the answer if you already have it, or go back to the case.',
  },
  fields: [
    {
      name: 'sentenceId',
      label: 'Sentence',
      type: 'radios',
      options: caseSentences,
      apiFields: ['sentenceId'],
      default: referralSentence,
    },
    { name: 'kind', label: 'What did they ask for?', type: 'radios', options: REQUEST_KINDS, apiFields: ['kind'] },
    { name: 'madeOn', label: 'Date they asked', type: 'date', apiFields: ['madeOn'], default: today },
  ],
  command: (values, context) => ({
    kind: 'victim-request',
    victimId: context.victim?.victimId ?? '',
    body: {
      requestId: context.newId,
      sentenceId: text(values, 'sentenceId'),
      kind: code(values, 'kind'),
      madeOn: date(values, 'madeOn'),
    },
  }),
  next: ({ id, victimId }) => `/cases/${victimId}/requests/${id}/answer`,
};

/** The answer to one request: granted, refused (and why), provided to the victim, or withdrawn. */
export const answerRequestForm: FormDefinition = {
  slug: 'requests/:requestId/answer',
  title: 'Record the answer to a request',
  checkAnswers: true,
  submitText: 'Record the answer',
  confirmation: { title: 'Answer recorded', body: 'The answer is on the case’s timeline.' },
  fields: [
    { name: 'outcome', label: 'Answer', type: 'radios', options: REQUEST_OUTCOMES, apiFields: ['outcome'] },
    {
      name: 'reason',
      label: 'Why it was refused',
      type: 'radios',
      options: REFUSAL_REASONS,
      apiFields: ['reason'],
      showWhen: { field: 'outcome', values: ['refused'] },
    },
    { name: 'answeredOn', label: 'Date of the answer', type: 'date', apiFields: ['answeredOn'], default: today },
  ],
  command: (values, context) => ({
    kind: 'answer-request',
    victimId: context.victim?.victimId ?? '',
    requestId: context.params.requestId ?? '',
    body: {
      outcome: code(values, 'outcome'),
      reason: optionalCode(values, 'reason'),
      answeredOn: date(values, 'answeredOn'),
    },
  }),
};

/** That the victim was told of a right with a deadline (the unduly lenient sentence scheme): recording it is enough. */
export const rightExplainedForm: FormDefinition = {
  slug: 'rights-explained',
  title: 'Record that a right was explained',
  checkAnswers: false,
  submitText: 'Record it',
  confirmation: { title: 'Recorded', body: 'The case’s timeline shows the right explained and its deadline.' },
  fields: [
    {
      name: 'sentenceId',
      label: 'Sentence',
      type: 'radios',
      options: caseSentences,
      apiFields: ['sentenceId'],
      default: referralSentence,
    },
    {
      name: 'right',
      label: 'Right explained',
      type: 'radios',
      options: RIGHTS,
      apiFields: ['right'],
      default: () => 'unduly-lenient-sentence-scheme',
    },
    { name: 'explainedOn', label: 'Date they were told', type: 'date', apiFields: ['explainedOn'], default: today },
  ],
  command: (values, context) => ({
    kind: 'right-explained',
    victimId: context.victim?.victimId ?? '',
    body: {
      sentenceId: text(values, 'sentenceId'),
      right: code(values, 'right'),
      explainedOn: date(values, 'explainedOn'),
    },
  }),
};
