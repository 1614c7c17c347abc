import { unreachable } from '../shared/unreachable';
import { CaseAccessGranted, CaseAccessRevoked, VictimCaseTransferred } from './victim.events';
import { KnownVictim } from './victim.state';

/** The events of `victim-access.decide.ts`. */
export type VictimAccessEvent = VictimCaseTransferred | CaseAccessGranted | CaseAccessRevoked;

export function evolveAccess(state: KnownVictim, event: VictimAccessEvent): KnownVictim {
  switch (event.type) {
    case 'VictimCaseTransferred':
      return { ...state, unit: event.data.toUnit };
    case 'CaseAccessGranted': {
      const { grantId, granteeUserId, granteeUnit, grantedAt, expiresAt } = event.data;
      return {
        ...state,
        accessGrants: {
          ...state.accessGrants,
          [grantId]: { grantId, granteeUserId, granteeUnit, grantedAt, expiresAt },
        },
      };
    }
    case 'CaseAccessRevoked': {
      const grant = state.accessGrants[event.data.grantId];
      return grant
        ? {
            ...state,
            accessGrants: { ...state.accessGrants, [grant.grantId]: { ...grant, revokedAt: event.data.revokedAt } },
          }
        : state;
    }
    default:
      return unreachable(event);
  }
}
