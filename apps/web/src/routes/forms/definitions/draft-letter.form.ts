import { FieldOption, FormContext, FormDefinition, optional, optionalCode, text } from '../form-definition';
import { optionsOf } from './options';
import { Schemas, unwrap } from '../../../data/api-client';
import { govukDate } from '../../../views/filters';
import { LETTER_STAGE_WORDS, stageInWords } from '../../../views/stage-words';

type LetterToDraft = Schemas['LetterToDraftResponse'];

const LETTER_STAGES = optionsOf(LETTER_STAGE_WORDS);

/** The scheduled letters without a letter yet: drafting one of them is what lets it go once a manager approves it. */
const scheduledLetters = (context: FormContext): FieldOption[] =>
  ((context.loaded?.lettersToDraft ?? []) as LetterToDraft[])
    .filter((item) => item.letterId === null)
    .map((item) => ({
      value: item.notificationId,
      text: `${stageInWords(item.stage)}, due ${govukDate(item.dueAt)}`,
    }));

/** A letter to the victim from the stage's template, to edit and then send to a manager for approval. */
export const draftLetterForm: FormDefinition = {
  slug: 'letters/new',
  title: 'Draft a letter',
  checkAnswers: false,
  submitText: 'Draft the letter',
  confirmation: { title: 'Letter drafted', body: 'Check and edit it, then send it to a manager for approval.' },
  load: async (context) => ({
    lettersToDraft: unwrap(
      await context.api.GET('/victims/{victimId}/letters-to-draft', {
        params: { path: { victimId: context.victim?.victimId ?? '' } },
      }),
    ).items,
  }),
  fields: [
    {
      name: 'notificationId',
      label: 'Which scheduled letter this is',
      hint: 'Leave this unanswered for a letter that is not scheduled, and choose what it is about below',
      type: 'radios',
      options: scheduledLetters,
      apiFields: ['notificationId'],
      default: (context) => scheduledLetters(context)[0]?.value ?? '',
    },
    {
      name: 'stage',
      label: 'What a letter that is not scheduled is about',
      type: 'select',
      options: LETTER_STAGES,
      apiFields: ['stage'],
    },
    {
      name: 'signatureName',
      label: 'Signed by',
      type: 'text',
      apiFields: ['signature.name', 'signature'],
      default: (context) => context.userName,
    },
    {
      name: 'signaturePhone',
      label: 'Phone number under the signature',
      hint: 'Give a phone number, an email address or both: the letter asks the victim to contact you using them',
      type: 'text',
      apiFields: ['signature.phone'],
      inputmode: 'tel',
    },
    {
      name: 'signatureEmail',
      label: 'Email address under the signature',
      type: 'text',
      apiFields: ['signature.email'],
    },
  ],
  command: (values, context) => ({
    kind: 'draft-letter',
    victimId: context.victim?.victimId ?? '',
    body: {
      letterId: context.newId,
      notificationId: optional(text(values, 'notificationId')),
      stage: optionalCode(values, 'stage'),
      signature: {
        name: text(values, 'signatureName'),
        phone: optional(text(values, 'signaturePhone')),
        email: optional(text(values, 'signatureEmail')),
      },
    },
  }),
  next: ({ id, victimId }) => `/cases/${victimId}/letters/${id}`,
};
