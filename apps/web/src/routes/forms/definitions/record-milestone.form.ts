import { Schemas } from '../../../data/api-client';
import {
  date,
  FieldDefinition,
  FormContext,
  FormDefinition,
  FormValues,
  list,
  optional,
  text,
} from '../form-definition';
import { caseSentences, referralSentence, today, YES_NO } from './options';
import { DetailInput, MILESTONE_KINDS, MILESTONE_PAGES, MilestoneKind } from './milestone-details';

type MilestoneDto = Schemas['RecordSentenceMilestoneDto'];

/** The address of the form for one kind of stage, under the case: /cases/:victimId/milestone/<kind>. */
export const milestoneSlug = (kind: MilestoneKind): string => `milestone/${kind}`;

const thisVictim = (context: FormContext) =>
  context.victim ? [{ value: context.victim.victimId, text: 'The victim of this case' }] : [];

function detailField(name: string, input: DetailInput, first: boolean): FieldDefinition {
  // A problem about the detail as a whole ("detail must be…") lands on its first field.
  const apiFields = first ? [`detail.${name}`, 'detail'] : [`detail.${name}`];
  const hint = 'hint' in input ? input.hint : undefined;
  switch (input.type) {
    case 'date':
      return { name, label: input.label, hint, type: 'date', apiFields };
    case 'radios':
    case 'checkboxes':
      return { name, label: input.label, hint, type: input.type, options: input.options, apiFields };
    case 'yes-no':
      return { name, label: input.label, hint, type: 'radios', options: YES_NO, apiFields };
    case 'victims':
      return { name, label: input.label, type: 'checkboxes', options: thisVictim, apiFields };
    default:
      return unreachable(input);
  }
}

function unreachable(input: never): never {
  throw new Error(`no field for ${JSON.stringify(input)}`);
}

/** What was typed for one detail field, as the API has it; undefined when not given (the API says what is needed). */
function detailValue(values: FormValues, name: string, input: DetailInput): unknown {
  switch (input.type) {
    case 'date':
      return optional(date(values, name));
    case 'radios':
      return optional(text(values, name));
    case 'checkboxes':
      return list(values, name).length > 0 ? list(values, name) : undefined;
    case 'yes-no':
      return text(values, name) === 'yes' ? true : text(values, name) === 'no' ? false : undefined;
    case 'victims':
      // May be empty: conditions that protect no victim of this case are still recorded.
      return list(values, name);
    default:
      return unreachable(input);
  }
}

/** The form for one kind of key stage: the sentence, the day, and the fields of that kind's detail. */
export function recordMilestoneForm(kind: MilestoneKind): FormDefinition {
  const page = MILESTONE_PAGES[kind];
  const detail: ReadonlyArray<[string, DetailInput]> = Object.entries(page.detail);
  return {
    slug: milestoneSlug(kind),
    title: page.words,
    caption: 'Record a key stage',
    intro: detail.length > 0 ? 'Give the details the stage has; leave the others empty.' : undefined,
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
      { name: 'date', label: 'Date it happened or was decided', type: 'date', apiFields: ['date'], default: today },
      ...detail.map(([name, input], index) => detailField(name, input, index === 0)),
    ],
    command(values) {
      // Only the details given go in: the API says which the stage needs and refuses the ones it does not have.
      const given = detail
        .map(([name, input]) => [name, detailValue(values, name, input)] as const)
        .filter(([, value]) => value !== undefined);
      return {
        kind: 'milestone',
        sentenceId: text(values, 'sentenceId'),
        body: {
          kind,
          date: date(values, 'date'),
          detail: given.length > 0 ? (Object.fromEntries(given) as MilestoneDto['detail']) : undefined,
        },
      };
    },
  };
}

/** One form for each kind of stage the API accepts. */
export const MILESTONE_FORMS: readonly FormDefinition[] = MILESTONE_KINDS.map(recordMilestoneForm);
