import { ApiProblem } from '../../data/api-client';
import {
  date,
  FieldDefinition,
  fieldsFor,
  FormContext,
  FormDefinition,
  FormValues,
  list,
  text,
} from './form-definition';
import { govukDate } from '../../views/filters';

export interface ErrorLink {
  readonly text: string;
  readonly href: string;
}

/** How closely an API name of a field matches a problem's path: the whole path, else the longest start of it, else 0. */
function closeness(apiField: string, name: string): number {
  if (apiField === name) return Number.MAX_SAFE_INTEGER;
  return apiField.startsWith(`${name}.`) || apiField.startsWith(`${name}[`) ? name.length : 0;
}

/**
 * The field a problem of the API is about, by the API's name for it: the closest match, so a problem with
 * `personal.address.postcode` is the postcode's, not the address lines' (whose names include `personal.address`).
 */
function fieldFor(definition: FormDefinition, apiField: string | undefined): FieldDefinition | undefined {
  if (!apiField) return undefined;
  let best: FieldDefinition | undefined;
  let bestCloseness = 0;
  for (const field of definition.fields)
    for (const name of field.apiFields) {
      const score = closeness(apiField, name);
      if (score > bestCloseness) [best, bestCloseness] = [field, score];
    }
  return best;
}

const anchorOf = (field: FieldDefinition): string => (field.type === 'date' ? `${field.name}-day` : field.name);

/**
 * What the API says after a field's name, in the user's words where the API's are about its own wire format: a choice
 * "must be one of the following values: phone, letter, …" (its codes, never shown on the page) or "must be a boolean
 * value" asks the user to choose; a date "must be a date written YYYY-MM-DD" (typed as day, month and year) asks for a
 * real date.
 */
function inUsersWords(field: FieldDefinition, rest: string): string {
  // "Address (optional) must have…" reads wrongly: the field was optional until something was typed in it.
  const label = field.label.replace(/ \(optional\)$/, '');
  if (
    field.options &&
    /^ must (be one of the following values:|be a boolean value|contain at least 1 elements)/.test(rest)
  )
    return `Select an answer for ‘${label}’`;
  if (field.type === 'date' && rest.startsWith(' must be a date written YYYY-MM-DD'))
    return `${label} must be a real date, for example 27 3 2026`;
  return `${label}${rest}`;
}

/** The API's problem text, with its field name replaced by the label the user sees ("receivedOn must be…" → "Date received must be…"). */
export function errorLinks(definition: FormDefinition, problems: readonly ApiProblem[]): ErrorLink[] {
  const links = problems.map((problem) => {
    const field = fieldFor(definition, problem.field);
    const words =
      !field || !problem.field
        ? problem.message
        : problem.message.startsWith(problem.field)
          ? inUsersWords(field, problem.message.slice(problem.field.length))
          : problem.message.replace(problem.field, `‘${field.label}’`);
    const first = definition.fields[0];
    return {
      text: words.charAt(0).toUpperCase() + words.slice(1),
      href: `#${field ? anchorOf(field) : first ? anchorOf(first) : 'main-content'}`,
    };
  });
  return links.length > 0
    ? links
    : [{ text: 'The service could not do this. Check your answers and try again.', href: '#main-content' }];
}

/** Each field with its options, what was typed and its error, ready for the GOV.UK macros. */
export function viewFields(
  definition: FormDefinition,
  values: FormValues,
  errors: readonly ErrorLink[],
  context: FormContext,
) {
  return fieldsFor(definition, context).map((field) => {
    const options = typeof field.options === 'function' ? field.options(context) : (field.options ?? []);
    const chosen = list(values, field.name);
    const error = errors.find((link) => link.href === `#${anchorOf(field)}`)?.text;
    return {
      ...field,
      error,
      value: text(values, field.name),
      dateParts: {
        day: text(values, `${field.name}-day`),
        month: text(values, `${field.name}-month`),
        year: text(values, `${field.name}-year`),
      },
      items: options.map((option) => ({
        value: option.value,
        text: option.text,
        checked: chosen.includes(option.value),
        selected: chosen.includes(option.value),
      })),
    };
  });
}

/** The rows of a check-your-answers page: each answer in words, with a link back to change it. */
export function answerRows(definition: FormDefinition, values: FormValues, context: FormContext, formUrl: string) {
  return fieldsFor(definition, context).map((field) => {
    const options = typeof field.options === 'function' ? field.options(context) : (field.options ?? []);
    const chosen = list(values, field.name).map(
      (value) => options.find((option) => option.value === value)?.text ?? value,
    );
    const answer =
      field.type === 'date'
        ? govukDate(date(values, field.name))
        : field.options
          ? chosen.join(', ')
          : text(values, field.name);
    return {
      key: { text: field.label },
      value: { text: answer || 'Not given' },
      actions: {
        items: [
          { href: `${formUrl}#${anchorOf(field)}`, text: 'Change', visuallyHiddenText: field.label.toLowerCase() },
        ],
      },
    };
  });
}

/** Field values from a form post, without the hidden fields of our own. */
export function postedValues(body: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const [name, value] of Object.entries(body ?? {})) {
    if (name.startsWith('_') || name === 'revision' || name === 'idempotencyKey' || name === 'newId') continue;
    if (typeof value === 'string') values[name] = value.slice(0, 20000);
    else if (Array.isArray(value))
      values[name] = value
        .filter((item): item is string => typeof item === 'string')
        .map((item) => item.slice(0, 20000));
  }
  return values;
}
