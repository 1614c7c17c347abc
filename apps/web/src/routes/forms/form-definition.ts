import { ApiClient } from '../../data/api-client';
import { CaseCommand } from '../../services/case-commands.service';
import { VictimCase } from '../../services/victim-case.service';
import type { FormDetour } from './form-detour';

/** What the user typed: one string per field, a list for checkboxes; a date is held as its three parts. */
export type FormValues = Record<string, string | string[]>;

export interface FieldOption {
  readonly value: string;
  readonly text: string;
}

/** Whom the form acts for: the user, and the case when the form belongs to one. */
export interface FormContext {
  readonly userId: string;
  readonly userName: string;
  /** The user acts as a manager (VLO_MANAGER): what a form offers them may differ (never a rule: the API decides). */
  readonly isManager: boolean;
  /** The units the user works in (from their sign-in). */
  readonly units: readonly string[];
  /** For look-ups a command needs (a sentence's id from its reference); never for rules. */
  readonly api: ApiClient;
  readonly victim?: VictimCase;
  /** A new id for the thing the form creates (victim, sentence): chosen when the form is first shown. */
  readonly newId: string;
  /** The form's own address parameters beyond the case (e.g. requestId), each checked to be a UUID. */
  readonly params: Readonly<Record<string, string>>;
  /** What the definition's `load` read for its options (e.g. the letters waiting to be drafted). */
  readonly loaded?: Record<string, unknown>;
}

export interface FieldDefinition {
  /** The form field's name and id (a date's parts are name-day, name-month, name-year). */
  readonly name: string;
  readonly label: string;
  readonly hint?: string;
  readonly type: 'text' | 'textarea' | 'date' | 'radios' | 'checkboxes' | 'select';
  readonly options?: readonly FieldOption[] | ((context: FormContext) => readonly FieldOption[]);
  /** The API's names for this field in its problems (e.g. personal.summary), so its refusal lands on the right field. */
  readonly apiFields: readonly string[];
  /** Shown only when another field has one of these values (GOV.UK conditional reveal is the enhancement; without JS all show). */
  readonly showWhen?: { readonly field: string; readonly values: readonly string[] };
  /** Shown only to these users (e.g. managers), with or without JavaScript; absent: to everyone. */
  readonly shownTo?: (context: FormContext) => boolean;
  readonly inputmode?: string;
  readonly autocomplete?: string;
  readonly classes?: string;
  readonly default?: (context: FormContext) => string | string[];
}

export interface FormDefinition {
  /**
   * The page's address under the case (or on its own for a new record): /cases/:victimId/<slug>. It may have
   * parameters of its own (`requests/:requestId/answer`), each a UUID, read by the command from `context.params`.
   */
  readonly slug: string;
  readonly title: string;
  readonly caption?: string;
  readonly intro?: string;
  readonly fields: readonly FieldDefinition[];
  /** The command writes to the sentence's record, not the victim's: the victim's revision is no If-Match for it. */
  readonly onSentence?: boolean;
  /** A check-your-answers page comes before anything with consequences for the victim. */
  readonly checkAnswers: boolean;
  readonly submitText: string;
  readonly confirmation: { readonly title: string; readonly body: string };
  /** The command, from what was typed: shaping only, no rules (the API decides what is valid). */
  command(values: FormValues, context: FormContext): CaseCommand | Promise<CaseCommand>;
  /** Reads what the fields' options need beyond the case, through the API. */
  readonly load?: (context: FormContext) => Promise<Record<string, unknown>>;
  /** Other forms the user may fill in first and come back from with what they typed kept (a button each). */
  readonly detours?: readonly FormDetour[];
  /** Where the user goes afterwards: the case by default. */
  readonly next?: (outcome: { id: string; victimId?: string }) => string;
}

/** The fields this user is shown. */
export const fieldsFor = (definition: FormDefinition, context: FormContext): readonly FieldDefinition[] =>
  definition.fields.filter((field) => field.shownTo?.(context) ?? true);

export const text = (values: FormValues, name: string): string => {
  const value = values[name];
  return typeof value === 'string' ? value.trim() : '';
};

export const list = (values: FormValues, name: string): string[] => {
  const value = values[name];
  if (Array.isArray(value)) return value;
  return typeof value === 'string' && value !== '' ? [value] : [];
};

/** A GOV.UK date input's three parts as the API's YYYY-MM-DD (left as typed when a part is missing: the API names the problem). */
export const date = (values: FormValues, name: string): string => {
  const [day, month, year] = ['day', 'month', 'year'].map((part) => text(values, `${name}-${part}`));
  if (!day && !month && !year) return '';
  return `${year.padStart(4, '0')}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
};

/** Leaves out a value the user did not give, so the API sees it as absent rather than empty. */
export const optional = (value: string): string | undefined => (value === '' ? undefined : value);

/** What the user chose, passed on as the API's code: the API refuses a value outside its list (400, naming the field). */
export const code = <Code extends string>(values: FormValues, name: string): Code => text(values, name) as Code;

/** A yes/no question as the API's boolean; unanswered stays unanswered so the API can say it is needed. */
export const yesNo = (values: FormValues, name: string): boolean =>
  text(values, name) === 'yes' ? true : text(values, name) === 'no' ? false : (undefined as never);

export const optionalCode = <Code extends string>(values: FormValues, name: string): Code | undefined =>
  optional(text(values, name)) as Code | undefined;

export const codes = <Code extends string>(values: FormValues, name: string): Code[] => list(values, name) as Code[];
