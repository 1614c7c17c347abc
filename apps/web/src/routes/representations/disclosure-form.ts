import { date, FormDefinition, FormValues, list, optional, text } from '../forms/form-definition';
import { optionsOf, today } from '../forms/definitions/options';
import { Disclosure, Recipient, ScreenFlag, VictimRepresentation } from '../../services/representations.service';
import { govukDate } from '../../views/filters';
import { wordsFor } from '../../views/words';

/** Whom a representation can be made for, in words (the API says which of them this one was made for). */
export const RECIPIENT_WORDS = {
  'parole-board': 'the Parole Board',
  mappa: 'MAPPA',
  prison: 'the prison',
  'probation-practitioner': 'the probation practitioner',
  'mental-health-casework-section': 'the Mental Health Casework Section',
  'mental-health-tribunal': 'the Mental Health Tribunal',
  'responsible-clinician': 'the responsible clinician',
} as const satisfies Record<Recipient, string>;

/** The disclosure screen's findings (the API's flags), in words. */
export const FLAG_WORDS = {
  'victim-name': 'The victim’s name as the service has it recorded',
  name: 'What looks like a person’s name',
  'victim-address': 'The victim’s recorded address, phone number or email',
  'street-address': 'What looks like a street address',
  postcode: 'A postcode',
  'phone-number': 'A phone number',
  'email-address': 'An email address',
} as const satisfies Record<ScreenFlag, string>;

const capitalised = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);
const recipientWords = (recipient: string) => RECIPIENT_WORDS[recipient as Recipient] ?? wordsFor(recipient);

/** The form field holding the disclosed description of one requested condition. */
const descriptionField = (conditionId: string) => `description-${conditionId}`;

/**
 * The disclosure form for one representation: to whom (one of those the API says it was made for), when, and the text
 * they will read, started from the victim's own words for the VLO to edit. A statement is disclosed as a statement and
 * a request for conditions as a description of each condition, as the API's representation has them.
 */
export function disclosureForm(representation: VictimRepresentation): FormDefinition {
  const conditions = representation.requestedConditions;
  const textFields: FormDefinition['fields'] =
    conditions.length === 0
      ? [
          {
            name: 'statementText',
            label: 'The statement as the partner will read it',
            hint: 'Started from the victim’s words. Take out anything that names the victim or anyone else, or shows where they live, work or can be contacted.',
            type: 'textarea',
            apiFields: ['personal.statementText', 'personal'],
            default: () => representation.statementText ?? '',
          },
        ]
      : conditions.map((condition, index) => ({
          name: descriptionField(condition.conditionId),
          label: `Condition ${index + 1}, ${wordsFor(condition.kind).toLowerCase()}: the description the partner will read`,
          hint: 'Started from the victim’s words. Describe the area without anything that shows where the victim lives or works. Leave it empty to give no description.',
          type: 'textarea',
          apiFields: [`personal.conditionDescriptions.${condition.conditionId}`, 'personal.conditionDescriptions'],
          default: () => condition.description ?? '',
        }));
  return {
    slug: `representations/${representation.representationId}/disclose`,
    title: 'Disclose to a partner',
    caption: `${wordsFor(representation.kind)}, submitted ${govukDate(representation.submittedOn)}`,
    intro:
      'The partner reads only the version you approve here, never the victim’s words as recorded. The service checks the text for names, addresses, postcodes, phone numbers and emails before it is disclosed.',
    checkAnswers: true,
    submitText: 'Disclose the representation',
    confirmation: {
      title: 'Representation disclosed',
      body: 'The partner can now read the version you approved, and only that.',
    },
    fields: [
      {
        name: 'recipient',
        label: 'Who to disclose it to',
        hint: 'Only those it was made for.',
        type: 'radios',
        options: optionsOf(
          Object.fromEntries(
            representation.sentTo.map((recipient) => [recipient, capitalised(recipientWords(recipient))]),
          ),
        ),
        apiFields: ['recipient'],
      },
      { name: 'disclosedOn', label: 'Date disclosed', type: 'date', apiFields: ['disclosedOn'], default: today },
      ...textFields,
    ],
    command() {
      throw new Error('a disclosure is sent by disclosureBody, with the flags the VLO confirmed');
    },
  };
}

/** What was typed, as the API's disclosure: shaping only (the API decides what may be disclosed). */
export function disclosureBody(
  representation: VictimRepresentation,
  values: FormValues,
  confirmedFlags: readonly string[],
): Disclosure {
  const conditions = representation.requestedConditions;
  const descriptions = Object.fromEntries(
    conditions
      .map((condition) => [condition.conditionId, text(values, descriptionField(condition.conditionId))] as const)
      .filter(([, description]) => description !== ''),
  );
  return {
    recipient: text(values, 'recipient') as Recipient,
    disclosedOn: date(values, 'disclosedOn'),
    confirmedFlags: confirmedFlags as ScreenFlag[],
    personal:
      conditions.length === 0
        ? { statementText: optional(text(values, 'statementText')) }
        : { conditionDescriptions: descriptions },
  };
}

/** The flags the VLO ticked on the check page. */
export const confirmedFlagsOf = (body: Record<string, unknown>): string[] =>
  list({ confirmedFlags: (body.confirmedFlags as string | string[] | undefined) ?? [] }, 'confirmedFlags');

/** Whom the disclosure is for, in words, for the button and the confirmation. */
export const recipientOf = (values: FormValues): string => recipientWords(text(values, 'recipient'));
