import { Schemas } from '../../../data/api-client';
import { code, codes, date, FormDefinition, optional, optionalCode, text } from '../form-definition';
import { caseSentences, optionsOf, referralSentence, today } from './options';

type RepresentationDto = Schemas['SubmitRepresentationDto'];

const KINDS = optionsOf({
  'licence-conditions': 'Licence conditions',
  'discharge-conditions': 'Conditions of discharge (hospital order)',
  'victim-personal-statement':
    'Victim Personal Statement (Parole Board; for a restricted patient, the Ministry of Justice)',
  'victim-impact-statement': 'Victim impact statement (Mental Health Tribunal, restricted patients)',
} satisfies Record<RepresentationDto['kind'], string>);

const PRESENTATIONS = optionsOf({
  'written-only': 'Written only',
  'read-by-victim': 'Read by the victim at the hearing',
  'pre-recorded': 'Pre-recorded',
  'read-by-someone-else': 'Read by someone else',
} satisfies Record<NonNullable<RepresentationDto['vpsPresentation']>, string>);

const CONDITION_KINDS = optionsOf({
  'non-contact': 'No contact with the victim or their family',
  'exclusion-zone': 'An exclusion zone',
  other: 'Another condition',
} satisfies Record<NonNullable<RepresentationDto['requestedConditions']>[number]['kind'], string>);

const DECISION_MAKERS = optionsOf({
  'parole-board': 'Parole Board',
  prison: 'Prison',
  'probation-practitioner': 'Probation practitioner',
  'mental-health-casework-section': 'Mental Health Casework Section',
  'mental-health-tribunal': 'Mental health tribunal',
  'responsible-clinician': 'Responsible clinician',
  mappa: 'MAPPA',
} satisfies Record<RepresentationDto['sentTo'][number], string>);

/** What the victim asks of the decision makers: licence or discharge conditions, or their Victim Personal Statement. */
export const submitRepresentationForm: FormDefinition = {
  slug: 'representation',
  title: 'Submit a representation',
  checkAnswers: true,
  submitText: 'Submit the representation',
  // Partners read a representation only once the VLO discloses it (the case's "Disclose to a partner"), never before.
  confirmation: {
    title: 'Representation submitted',
    body: 'No partner can read it yet: from the case, disclose it to those it was made for, in the words you approve.',
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
    { name: 'kind', label: 'What the victim is asking for', type: 'radios', options: KINDS, apiFields: ['kind'] },
    {
      name: 'conditionKind',
      label: 'The condition asked for (conditions only)',
      type: 'radios',
      options: CONDITION_KINDS,
      apiFields: ['requestedConditions'],
    },
    {
      name: 'conditionDescription',
      label: 'Describe the condition (conditions only)',
      hint: 'For an exclusion zone, the streets or area it covers. The offender may see this: say nothing that shows where the victim lives.',
      type: 'textarea',
      apiFields: ['personal.conditionDescriptions', 'personal'],
    },
    {
      name: 'vpsPresentation',
      label: 'How the statement is to be presented (Victim Personal Statement only)',
      type: 'radios',
      options: PRESENTATIONS,
      apiFields: ['vpsPresentation'],
    },
    {
      name: 'statementText',
      label: 'The statement (Victim Personal Statement only)',
      type: 'textarea',
      apiFields: ['personal.statementText'],
    },
    {
      name: 'sentTo',
      label: 'Sent to',
      hint: 'Select all that apply',
      type: 'checkboxes',
      options: DECISION_MAKERS,
      apiFields: ['sentTo'],
    },
    { name: 'submittedOn', label: 'Date submitted', type: 'date', apiFields: ['submittedOn'], default: today },
  ],
  command(values, context) {
    const conditionKind = optionalCode<NonNullable<RepresentationDto['requestedConditions']>[number]['kind']>(
      values,
      'conditionKind',
    );
    const description = optional(text(values, 'conditionDescription'));
    const conditionId = context.newId;
    return {
      kind: 'representation',
      victimId: context.victim?.victimId ?? '',
      body: {
        sentenceId: text(values, 'sentenceId'),
        kind: code(values, 'kind'),
        requestedConditions: conditionKind ? [{ conditionId, kind: conditionKind }] : undefined,
        vpsPresentation: optionalCode(values, 'vpsPresentation'),
        sentTo: codes(values, 'sentTo'),
        submittedOn: date(values, 'submittedOn'),
        personal: {
          statementText: optional(text(values, 'statementText')),
          conditionDescriptions: conditionKind && description ? { [conditionId]: description } : undefined,
        },
      },
    };
  },
};
