import { Schemas } from '../../../data/api-client';
import { code, codes, date, FormDefinition, optional, text, yesNo } from '../form-definition';
import { caseSentences, optionsOf, referralSentence, today, YES_NO } from './options';

type MeetingDto = Schemas['RecordInterAgencyMeetingDto'];
type Agency = MeetingDto['agenciesPresent'][number];

export const MEETING_KINDS = optionsOf({
  mappa: 'MAPPA meeting',
  parole: 'Parole meeting',
  marac: 'MARAC (multi-agency risk assessment conference)',
  other: 'Another inter-agency meeting',
} satisfies Record<MeetingDto['kind'], string>);

export const MAPPA_CATEGORIES = optionsOf({
  '1': 'Category 1: registered sexual offender',
  '2': 'Category 2: violent offender',
  '3': 'Category 3: other dangerous offender',
  '4': 'Category 4: terrorist or terrorist-risk offender',
} satisfies Record<`${NonNullable<MeetingDto['mappa']>['category']}`, string>);

export const MAPPA_LEVELS = optionsOf({
  '1': 'Level 1: ordinary agency management',
  '2': 'Level 2: active multi-agency management',
  '3': 'Level 3: senior-level management, the most serious cases',
} satisfies Record<`${NonNullable<MeetingDto['mappa']>['level']}`, string>);

export const AGENCIES = optionsOf({
  probation: 'Probation',
  'victim-liaison-unit': 'Victim liaison unit',
  police: 'Police',
  prison: 'Prison',
  'youth-justice': 'Youth justice',
  health: 'Health',
  'mental-health-casework-section': 'Mental Health Casework Section',
  'local-authority': 'Local authority',
  housing: 'Housing',
  'childrens-services': "Children's services",
  'adult-social-care': 'Adult social care',
  'parole-board': 'Parole Board',
  'home-office-immigration': 'Home Office immigration',
  'domestic-abuse-service': 'Domestic abuse service',
  other: 'Another agency',
} satisfies Record<Agency, string>);

export const MEETING_OUTCOMES = optionsOf({
  'risk-plan-updated': 'The risk management plan was updated',
  'no-change': 'Nothing changed for the victim',
  'licence-conditions-recommended': 'Licence conditions were recommended',
  'referred-on': 'The victim was referred on to another service',
  other: 'Something else',
} satisfies Record<MeetingDto['victimsConsidered'][number]['outcome'], string>);

const SHOW_FOR_MAPPA = { field: 'kind', values: ['mappa'] } as const;

/**
 * A MAPPA, parole, MARAC or other meeting where the VLO presented this victim's views: recorded on the sentence, about
 * this victim. What was said is personal data the API keeps encrypted with the victim's own key.
 */
export const recordMeetingForm: FormDefinition = {
  slug: 'meeting',
  title: 'Record an inter-agency meeting',
  intro: "A meeting about the offender where you presented this victim's views or heard what affects them.",
  onSentence: true,
  checkAnswers: true,
  submitText: 'Record the meeting',
  confirmation: {
    title: 'Meeting recorded',
    body: 'The meeting is recorded on the sentence. Partners who were there see it without the notes.',
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
    { name: 'kind', label: 'Kind of meeting', type: 'radios', options: MEETING_KINDS, apiFields: ['kind'] },
    {
      name: 'mappaCategory',
      label: 'MAPPA category',
      type: 'radios',
      options: MAPPA_CATEGORIES,
      apiFields: ['mappa.category', 'mappa'],
      showWhen: SHOW_FOR_MAPPA,
    },
    {
      name: 'mappaLevel',
      label: 'MAPPA level',
      type: 'radios',
      options: MAPPA_LEVELS,
      apiFields: ['mappa.level'],
      showWhen: SHOW_FOR_MAPPA,
    },
    { name: 'heldOn', label: 'Date of the meeting', type: 'date', apiFields: ['heldOn'], default: today },
    {
      name: 'agenciesPresent',
      label: 'Agencies present',
      hint: 'Select all that were there.',
      type: 'checkboxes',
      options: AGENCIES,
      apiFields: ['agenciesPresent'],
    },
    {
      name: 'viewsPresented',
      label: "Did you present the victim's views?",
      type: 'radios',
      options: YES_NO,
      apiFields: ['victimsConsidered.0.viewsPresented', 'victimsConsidered'],
    },
    {
      name: 'outcome',
      label: 'What the meeting changed for the victim',
      type: 'radios',
      options: MEETING_OUTCOMES,
      apiFields: ['victimsConsidered.0.outcome'],
    },
    {
      name: 'notes',
      label: 'Notes (optional)',
      hint: 'The views you presented, the outcome in words, anything else said about the victim.',
      type: 'textarea',
      apiFields: ['personal'],
    },
    {
      name: 'actionOwner',
      label: 'Action agreed for the victim: which agency does it (optional)',
      type: 'select',
      options: [{ value: '', text: 'No action agreed' }, ...AGENCIES],
      apiFields: ['actions'],
    },
    {
      name: 'actionDescription',
      label: 'What the action is (when one was agreed)',
      type: 'textarea',
      apiFields: [],
    },
    { name: 'actionDueOn', label: 'Action due by (optional)', type: 'date', apiFields: ['actions.0.dueOn'] },
  ],
  command(values, context) {
    // Shaping only: the API checks the sentence, the victim's link to it, the dates and the codes.
    const victimId = context.victim?.victimId ?? '';
    const owner = optional(text(values, 'actionOwner'));
    // The form's own id names the action, so a retried submit sends the same one.
    const actionId = context.newId;
    const kind = code<MeetingDto['kind']>(values, 'kind');
    const mappaGiven = text(values, 'mappaCategory') !== '' || text(values, 'mappaLevel') !== '';
    const notes = optional(text(values, 'notes'));
    const actionDescription = optional(text(values, 'actionDescription'));
    const personal: Record<string, string | Record<string, string>> = {};
    if (notes) personal.notes = notes;
    const actionDueOn = optional(date(values, 'actionDueOn'));
    // An action typed without its agency is sent as it is, for the API to ask for the agency: never silently dropped.
    const actionGiven = owner !== undefined || actionDescription !== undefined || actionDueOn !== undefined;
    if (actionGiven && actionDescription) personal.actions = { [actionId]: actionDescription };
    return {
      kind: 'inter-agency-meeting',
      sentenceId: text(values, 'sentenceId'),
      body: {
        kind,
        mappa:
          kind === 'mappa' || mappaGiven
            ? ({
                category: Number(text(values, 'mappaCategory')),
                level: Number(text(values, 'mappaLevel')),
              } as MeetingDto['mappa'])
            : undefined,
        heldOn: date(values, 'heldOn'),
        agenciesPresent: codes<Agency>(values, 'agenciesPresent'),
        victimsConsidered: [
          {
            victimId,
            viewsPresented: yesNo(values, 'viewsPresented'),
            outcome: code(values, 'outcome'),
          },
        ],
        actions: actionGiven
          ? [{ actionId, forVictimId: victimId, ownerAgency: (owner ?? '') as Agency, dueOn: actionDueOn }]
          : undefined,
        personal: Object.keys(personal).length > 0 ? ({ [victimId]: personal } as MeetingDto['personal']) : undefined,
      },
    };
  },
};
