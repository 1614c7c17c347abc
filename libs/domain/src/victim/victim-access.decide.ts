import { ACCESS_GRANT_REASONS, CASE_TRANSFER_REASONS, MAX_ACCESS_GRANT_HOURS, VLO_UNITS } from '../access/vlo-unit';
import { isGrantLive } from '../access/case-access';
import { ensure } from '../shared/domain-rule-violation';
import { assertIsoInstant, instantMs } from '../shared/iso-instant';
import { assertId, assertOneOf, assertOptionalText, omit } from '../shared/text';
import { checkDated } from './victim-checks';
import { GrantCaseAccess, RevokeCaseAccess, TransferCase } from './victim.commands';
import { VictimEvent } from './victim.events';
import { KnownVictim } from './victim.state';

const NOTE_MAX = 2_000;

/** The case moves to `toUnit`; `fromUnit` must be the unit holding it now (derived for a history from before units). */
export function transferCase(command: TransferCase, state: KnownVictim): VictimEvent[] {
  const { fromUnit, toUnit, reason, transferredOn, recordedOn, personal } = command.data;
  checkDated(state, transferredOn, 'transferredOn', recordedOn);
  assertOneOf(toUnit, VLO_UNITS, 'toUnit');
  assertOneOf(reason, CASE_TRANSFER_REASONS, 'reason');
  assertOptionalText(personal.note, 'personal.note', NOTE_MAX);
  ensure(
    state.unit === undefined || state.unit === fromUnit,
    'unit-changed',
    `The case is now held by the ${state.unit} unit; read it again.`,
  );
  ensure(fromUnit !== toUnit, 'already-in-unit', `The case is already held by the ${toUnit} unit.`);
  return [{ type: 'VictimCaseTransferred', data: omit(command.data, 'recordedOn') }];
}

/** Opens this case to one person of another unit for `hours` (at most 30 days); the reason is required. */
export function grantCaseAccess(command: GrantCaseAccess, state: KnownVictim): VictimEvent[] {
  const { victimId, grantId, caseUnit, granteeUserId, granteeUnit, reason, hours, now, personal } = command.data;
  assertId(grantId, 'grantId');
  assertId(granteeUserId, 'granteeUserId');
  assertIsoInstant(now, 'now');
  assertOneOf(granteeUnit, VLO_UNITS, 'granteeUnit');
  assertOneOf(reason, ACCESS_GRANT_REASONS, 'reason');
  assertOptionalText(personal.note, 'personal.note', NOTE_MAX);
  ensure(
    Number.isInteger(hours) && hours >= 1 && hours <= MAX_ACCESS_GRANT_HOURS,
    'grant-too-long',
    `A grant lasts from 1 to ${MAX_ACCESS_GRANT_HOURS} hours; a longer need is a transfer.`,
  );
  ensure(
    state.unit === undefined || state.unit === caseUnit,
    'unit-changed',
    `The case is now held by the ${state.unit} unit; read it again.`,
  );
  ensure(
    granteeUnit !== caseUnit,
    'grantee-in-case-unit',
    `The case's own unit (${caseUnit}) already reaches it; a grant is for someone of another unit.`,
  );
  ensure(state.accessGrants[grantId] === undefined, 'grant-exists', `Grant ${grantId} is already recorded.`);
  const live = Object.values(state.accessGrants).find((g) => g.granteeUserId === granteeUserId && isGrantLive(g, now));
  ensure(
    live === undefined,
    'grant-already-live',
    `${granteeUserId} already has a live grant on this case until ${live?.expiresAt}.`,
  );
  const expiresAt = new Date(instantMs(now) + hours * 3_600_000).toISOString();
  return [
    {
      type: 'CaseAccessGranted',
      data: { victimId, grantId, caseUnit, granteeUserId, granteeUnit, reason, grantedAt: now, expiresAt, personal },
    },
  ];
}

/** Ends a live grant now. */
export function revokeCaseAccess(command: RevokeCaseAccess, state: KnownVictim): VictimEvent[] {
  const { victimId, grantId, now } = command.data;
  assertIsoInstant(now, 'now');
  const grant = state.accessGrants[grantId];
  ensure(grant !== undefined, 'grant-not-found', `No grant ${grantId} is recorded on this case.`);
  ensure(isGrantLive(grant, now), 'grant-not-live', 'The grant has already ended.');
  return [{ type: 'CaseAccessRevoked', data: { victimId, grantId, revokedAt: now } }];
}
