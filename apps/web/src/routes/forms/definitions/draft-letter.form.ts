import { FieldOption, FormContext, FormDefinition, optional, optionalCode, text } from '../form-definition';
import { optionsOf } from './options';
import { Schemas, unwrap } from '../../../data/api-client';
import { govukDate } from '../../../views/filters';

type LetterToDraft = Schemas['LetterToDraftResponse'];

const LETTER_STAGES = optionsOf({
  'initial-contact': 'First contact',
  'annual-contact': 'Annual contact',
  'parole-eligibility': 'Parole eligibility',
  'parole-eligibility-upcoming': 'Parole eligibility coming up',
  'parole-hearing-listed': 'Parole hearing listed',
  'parole-hearing-upcoming': 'Parole hearing coming up',
  'parole-hearing-postponed': 'Parole hearing deferred or adjourned',
  'parole-decision': 'Parole decision',
  reconsideration: 'Reconsideration of a parole decision',
  'set-aside': 'Parole decision set aside',
  'high-court-referral': 'Release decision referred to the High Court',
  'transfer-to-open-conditions': 'Transfer to open conditions',
  'prison-transfer': 'Move to another prison',
  recategorisation: 'Change of security category',
  'hospital-direction': 'Detained in hospital',
  'remitted-to-prison': 'Return from hospital to prison',
  'open-conditions-eligibility': 'Eligible for open conditions',
  'open-conditions-eligibility-upcoming': 'Eligibility for open conditions coming up',
  'return-to-closed-conditions': 'Return to closed conditions',
  'release-on-temporary-licence': 'Release on temporary licence',
  'home-detention-curfew': 'Home detention curfew',
  'release-month': 'Month of release',
  'release-on-licence': 'Release on licence',
  'release-date-changed': 'Release date changed',
  'licence-conditions-set': 'Licence conditions set',
  'licence-conditions-end-upcoming': 'Licence conditions ending soon',
  'licence-conditions-end': 'Licence conditions ended',
  'request-answered': "Answer to the victim's request",
  recall: 'Recall to prison',
  'escape-or-abscond': 'Escape or absconding',
  'return-to-custody': 'Return to custody',
  'licence-end': 'End of licence',
  'sentence-end': 'End of sentence',
  'hospital-leave': 'Leave from hospital',
  'hospital-transfer': 'Transfer between hospitals',
  'discharge-conditions-varied': 'Conditions of discharge changed',
  'restrictions-lifted': 'Restrictions lifted',
  'tribunal-hearing-listed': 'Tribunal hearing listed',
  'tribunal-hearing-upcoming': 'Tribunal hearing coming up',
  'tribunal-decision': 'Tribunal decision',
  'conditional-discharge': 'Conditional discharge',
  'absolute-discharge': 'Absolute discharge',
  appeal: 'Appeal',
  death: 'Death of the offender',
  'suspended-sentence-activated': 'Suspended sentence activated',
  'removal-planned': 'Removal from the UK planned',
  deportation: 'Deportation',
  'transfer-abroad': 'Transfer abroad',
  'return-after-removal': 'Back in custody after removal',
} satisfies Record<NonNullable<Schemas['DraftLetterDto']['stage']>, string>);

const stageWords = new Map(LETTER_STAGES.map((option) => [option.value, option.text]));

/** The scheduled letters without a letter yet: drafting one of them is what lets it go once a manager approves it. */
const scheduledLetters = (context: FormContext): FieldOption[] =>
  ((context.loaded?.lettersToDraft ?? []) as LetterToDraft[])
    .filter((item) => item.letterId === null)
    .map((item) => ({
      value: item.notificationId,
      text: `${stageWords.get(item.stage) ?? item.stage}, due ${govukDate(item.dueAt)}`,
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
      label: 'Phone number under the signature (optional)',
      type: 'text',
      apiFields: ['signature.phone'],
      inputmode: 'tel',
    },
    {
      name: 'signatureEmail',
      label: 'Email address under the signature (optional)',
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
