import { DomainRuleViolation } from '../shared/domain-rule-violation';
import { PROBATION_REGION_NAMES } from '../shared/probation-region';
import { VloUnit } from './vlo-unit';

/**
 * A case is worked by an officer of the unit that holds it (need to know: DOMAIN.md "Units, access and disclosure").
 * `officerUnits` are the units the officer works in, as the service knows them (their sign-in's units); none when the
 * service does not know the officer. Someone in another unit reaches a case by a transfer or a time-limited grant.
 */
export function checkOfficerInUnit(
  victimLiaisonOfficerId: string,
  officerUnits: readonly string[],
  unit: VloUnit | undefined,
): void {
  // A case recorded before units carries none in its history; its unit is the sentence's region, checked by scope.
  if (unit === undefined || officerUnits.includes(unit)) return;
  const unitName = `${PROBATION_REGION_NAMES[unit]} victim liaison unit`;
  throw new DomainRuleViolation(
    'officer-not-in-unit',
    officerUnits.length === 0
      ? `The service does not know ${victimLiaisonOfficerId} as an officer of the ${unitName}, which holds this case. ` +
          'Choose an officer of that unit (an officer is known once they have signed in).'
      : `The officer ${victimLiaisonOfficerId} works in another unit, not the ${unitName} that holds this case. ` +
          'Choose an officer of that unit, or transfer the case first.',
    undefined,
    'victimLiaisonOfficerId',
  );
}
