import { Schemas } from '../../../data/api-client';
import { code, date, FormDefinition, optional, text } from '../form-definition';
import { caseSentences, optionsOf, referralSentence, today } from './options';

type MilestoneKind = Schemas['RecordSentenceMilestoneDto']['kind'];

const MILESTONE_KINDS = optionsOf({
  'parole-eligibility': 'Parole eligibility date set',
  'parole-hearing-listed': 'Parole hearing listed',
  'parole-hearing-postponed': 'Parole hearing deferred or adjourned',
  'parole-decision': 'Parole decision',
  reconsideration: 'Reconsideration of a parole decision',
  'set-aside': 'Parole decision set aside',
  'high-court-referral': 'Release decision referred to the High Court',
  'transfer-to-open-conditions': 'Moved to open conditions',
  'prison-transfer': 'Moved to another prison',
  recategorisation: 'Security category changed',
  'hospital-direction': 'Detained in hospital (transfer or hospital direction)',
  'remitted-to-prison': 'Returned from hospital to prison',
  'open-conditions-eligibility': 'Eligible for open conditions',
  'return-to-closed-conditions': 'Returned to closed conditions',
  'release-on-temporary-licence': 'Released on temporary licence',
  'home-detention-curfew': 'Released on home detention curfew',
  'release-on-licence': 'Released on licence',
  'licence-conditions-set': 'Licence conditions set',
  recall: 'Recalled to prison',
  'escape-or-abscond': 'Escaped or absconded',
  'return-to-custody': 'Returned to custody',
  'licence-end': 'Licence ended',
  'sentence-end': 'Sentence ended',
  'release-date-changed': 'Release date changed',
  'hospital-leave': 'Leave from hospital',
  'hospital-transfer': 'Moved to another hospital',
  'discharge-conditions-varied': 'Conditions of discharge changed',
  'restrictions-lifted': 'Restrictions lifted',
  'tribunal-hearing-listed': 'Tribunal hearing listed',
  'tribunal-decision': 'Tribunal decision',
  'conditional-discharge': 'Conditionally discharged',
  'absolute-discharge': 'Absolutely discharged',
  appeal: 'Appeal',
  death: 'The offender died',
  'suspended-sentence-activated': 'Suspended sentence activated (offender to custody)',
  'removal-planned': 'Removal from the UK planned',
  deportation: 'Deported',
  'transfer-abroad': 'Transferred abroad',
  'return-after-removal': 'Back in custody after removal from the UK',
} satisfies Record<MilestoneKind, string>);

/** A key stage of the offender's sentence: victims who asked to hear about it are told (by letter through the letter workflow). */
export const recordMilestoneForm: FormDefinition = {
  slug: 'milestone',
  title: 'Record a key stage',
  intro: 'Give the details the stage has; leave the others empty.',
  onSentence: true,
  checkAnswers: true,
  submitText: 'Record the key stage',
  confirmation: { title: 'Key stage recorded', body: 'Victims who asked to hear about it will be told.' },
  fields: [
    {
      name: 'sentenceId',
      label: 'Sentence',
      type: 'radios',
      options: caseSentences,
      apiFields: ['sentenceId'],
      default: referralSentence,
    },
    { name: 'kind', label: 'Stage', type: 'select', options: MILESTONE_KINDS, apiFields: ['kind'] },
    { name: 'date', label: 'Date it happened or was decided', type: 'date', apiFields: ['date'], default: today },
    { name: 'hearingDate', label: 'Hearing date (hearings only)', type: 'date', apiFields: ['detail.hearingDate'] },
    {
      name: 'hearingType',
      label: 'Type of hearing (parole hearings only)',
      type: 'radios',
      options: [
        { value: 'oral', text: 'Oral hearing' },
        { value: 'paper', text: 'Paper decision' },
      ],
      apiFields: ['detail.hearingType'],
    },
    {
      name: 'paroleEligibilityDate',
      label: 'Parole eligibility date (parole eligibility only)',
      type: 'date',
      apiFields: ['detail.paroleEligibilityDate', 'detail'],
    },
  ],
  command(values) {
    // Only the details given go in: the API says which the stage needs and refuses the ones it does not have.
    const detail = Object.fromEntries(
      [
        ['hearingDate', optional(date(values, 'hearingDate'))],
        ['hearingType', optional(text(values, 'hearingType'))],
        ['paroleEligibilityDate', optional(date(values, 'paroleEligibilityDate'))],
      ].filter(([, value]) => value !== undefined),
    );
    return {
      kind: 'milestone',
      sentenceId: text(values, 'sentenceId'),
      body: {
        kind: code(values, 'kind'),
        date: date(values, 'date'),
        detail:
          Object.keys(detail).length > 0 ? (detail as Schemas['RecordSentenceMilestoneDto']['detail']) : undefined,
      },
    };
  },
};
