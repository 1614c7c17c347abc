import { UnitOfficer, unitOfficers } from '../../../services/staff.service';
import { staffName } from '../../../views/staff-words';
import { FieldDefinition, FormContext } from '../form-definition';

/** The officers a manager may choose from, read through the API (`load` of a form that allocates a case). */
export async function loadOfficers(context: FormContext): Promise<Record<string, unknown>> {
  return context.isManager ? { officers: await unitOfficers(context.api, context.units) } : {};
}

const officersOf = (context: FormContext): readonly UnitOfficer[] =>
  Array.isArray(context.loaded?.officers) ? (context.loaded.officers as UnitOfficer[]) : [];

/**
 * The officer to allocate a case to: a choice of the officers of the manager's units, or, while the service knows
 * none of them yet (nobody has signed in), their user id typed. The API refuses an officer of another unit.
 */
export function officerChoice(extra: Partial<FieldDefinition> = {}): FieldDefinition[] {
  const common = {
    name: 'victimLiaisonOfficerId',
    label: 'Officer',
    apiFields: ['victimLiaisonOfficerId'],
    ...extra,
  };
  const shown = extra.shownTo ?? (() => true);
  return [
    {
      ...common,
      type: 'select',
      hint: 'Officers of your unit',
      // Each by name (the user id only for one the directory has no name for); the user id is what is sent.
      options: (context) =>
        officersOf(context).map(({ userId, name }) => ({ value: userId, text: staffName(name, userId) })),
      shownTo: (context) => shown(context) && officersOf(context).length > 0,
    },
    {
      ...common,
      type: 'text',
      label: 'Officer’s user id',
      hint: 'As they sign in, for example vlo-london',
      autocomplete: 'off',
      classes: 'govuk-input--width-20',
      shownTo: (context) => shown(context) && officersOf(context).length === 0,
    },
  ];
}
