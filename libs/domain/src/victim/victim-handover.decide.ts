import { ensure } from '../shared/domain-rule-violation';
import { updateContactPreferences } from './victim-contact.decide';
import { checkDated } from './victim-checks';
import { HandContactToVictim } from './victim.commands';
import { VictimEvent } from './victim.events';
import { KnownVictim } from './victim.state';

/**
 * A child victim, now 18, is in touch with the service themselves (docs/DOMAIN-RULES.md §4.12): only for a child
 * victim's open case, once, and not before the month they turn 18 when that month is known. Their own contact
 * preferences, when given, are recorded on the same day, as an update of preferences would record them.
 */
export function handContactToVictim(command: HandContactToVictim, state: KnownVictim): VictimEvent[] {
  const { victimId, handedOverOn, recordedOn, preferences } = command.data;
  checkDated(state, handedOverOn, 'handedOverOn', recordedOn);
  ensure(
    state.circumstance === 'child-victim',
    'handover-only-for-child-victim',
    'Contact is handed to the victim only when they were referred as a child (through a parent or guardian).',
  );
  ensure(
    state.contactHandedToVictimOn === undefined,
    'contact-already-with-victim',
    `Contact was already handed to the victim on ${state.contactHandedToVictimOn}.`,
  );
  ensure(state.closure === undefined, 'case-closed', 'The case is closed; reopen it before recording the handover.');
  ensure(
    state.turnsEighteenIn === undefined || handedOverOn >= `${state.turnsEighteenIn}-01`,
    'handover-before-eighteen',
    `The victim turns 18 in ${state.turnsEighteenIn}; contact is handed to them from that month.`,
  );
  const handover: VictimEvent = { type: 'ContactHandedToVictim', data: { victimId, handedOverOn } };
  if (preferences === undefined) return [handover];
  const choices = updateContactPreferences(
    { type: 'UpdateContactPreferences', data: { ...preferences, victimId, updatedOn: handedOverOn, recordedOn } },
    state,
  );
  return [handover, ...choices];
}
