import { staffName } from '../../../views/staff-words';
import { FieldDefinition, FieldOption, FormContext } from '../form-definition';
import { officerChoice } from './officer-choice';

/** A VLO keeps the case with the officer it is allocated to, or takes it on themselves. */
function vloOptions(context: FormContext): FieldOption[] {
  const current = context.victim?.victimLiaisonOfficerId;
  const me = { value: context.userId, text: `Me (${context.userName})` };
  const name = staffName(context.victim?.victimLiaisonOfficerName, current);
  return current && current !== context.userId
    ? [{ value: current, text: `${name}, the officer the case is allocated to` }, me]
    : [me];
}

/**
 * Who is the victim's officer as they join or rejoin the scheme, chosen, never typed. A manager chooses among their
 * unit's officers (`GET /staff/officers`, a manager's list); a VLO keeps the case with its officer or takes it on:
 * giving it to a colleague is a manager's decision (as with a referral or an allocation), so a VLO needs no list.
 */
export function enrolmentOfficer(): FieldDefinition[] {
  const current = (context: FormContext) => context.victim?.victimLiaisonOfficerId ?? '';
  return [
    {
      name: 'victimLiaisonOfficerId',
      label: 'Victim liaison officer',
      type: 'radios',
      options: vloOptions,
      apiFields: ['victimLiaisonOfficerId'],
      shownTo: (context) => !context.isManager,
      default: (context) => current(context) || context.userId,
    },
    ...officerChoice({ label: 'Victim liaison officer', shownTo: (context) => context.isManager, default: current }),
  ];
}
