import { accessBasis, AccessScope } from '../access/case-access';
import { deciderSpec } from '../testing/decider-spec';
import { TODAY, VICTIM_ID } from '../testing/fixtures';
import { receiveReferral, referralReceived } from '../testing/victim-fixtures';
import { GrantCaseAccess, RevokeCaseAccess, TransferCase } from './victim.commands';
import { victimDecider } from './victim.decider';
import { CaseAccessGranted, VictimEvent } from './victim.events';
import { evolveVictim } from './victim.evolve';
import { caseAccessOf, initialVictimState, KnownVictim } from './victim.state';

const { given } = deciderSpec(victimDecider);
const NOW = '2024-02-01T10:00:00.000Z';
const referred = referralReceived();

const transfer = (data: Partial<TransferCase['data']> = {}): TransferCase => ({
  type: 'TransferCase',
  data: {
    victimId: VICTIM_ID,
    fromUnit: 'yorkshire-and-the-humber',
    toUnit: 'london',
    reason: 'victim-moved',
    transferredOn: TODAY,
    recordedOn: TODAY,
    personal: {},
    ...data,
  },
});
const grant = (data: Partial<GrantCaseAccess['data']> = {}): GrantCaseAccess => ({
  type: 'GrantCaseAccess',
  data: {
    victimId: VICTIM_ID,
    grantId: 'g-1',
    caseUnit: 'yorkshire-and-the-humber',
    granteeUserId: 'vlo-london-1',
    granteeUnit: 'london',
    reason: 'victim-moved',
    hours: 24,
    now: NOW,
    recordedOn: TODAY,
    personal: {},
    ...data,
  },
});
const granted: CaseAccessGranted = {
  type: 'CaseAccessGranted',
  data: {
    victimId: VICTIM_ID,
    grantId: 'g-1',
    caseUnit: 'yorkshire-and-the-humber',
    granteeUserId: 'vlo-london-1',
    granteeUnit: 'london',
    reason: 'victim-moved',
    grantedAt: NOW,
    expiresAt: '2024-02-02T10:00:00.000Z',
    personal: {},
  },
};
const revoke = (data: Partial<RevokeCaseAccess['data']> = {}): RevokeCaseAccess => ({
  type: 'RevokeCaseAccess',
  data: { victimId: VICTIM_ID, grantId: 'g-1', now: '2024-02-01T12:00:00.000Z', recordedOn: TODAY, ...data },
});
const stateOf = (events: readonly VictimEvent[]) => events.reduce(evolveVictim, initialVictimState()) as KnownVictim;

describe('units, transfers and grants', () => {
  it("puts a referred case in the unit of its sentence's probation region", () => {
    given([]).when(receiveReferral()).then([referralReceived()]);
    expect(stateOf([referred]).unit).toBe('yorkshire-and-the-humber');
  });

  it('transfers a case to another unit, and refuses the unit it is in, a stale unit and an unknown one', () => {
    given([referred])
      .when(transfer())
      .then([
        {
          type: 'VictimCaseTransferred',
          data: {
            victimId: VICTIM_ID,
            fromUnit: 'yorkshire-and-the-humber',
            toUnit: 'london',
            reason: 'victim-moved',
            transferredOn: TODAY,
            personal: {},
          },
        },
      ]);
    given([referred])
      .when(transfer({ toUnit: 'yorkshire-and-the-humber' }))
      .thenThrows('already-in-unit');
    given([referred])
      .when(transfer({ fromUnit: 'wales' }))
      .thenThrows('unit-changed');
    given([referred])
      .when(transfer({ toUnit: 'atlantis' as never }))
      .thenThrows('unknown-code');
    given([referred])
      .when(transfer({ reason: 'because' as never }))
      .thenThrows('unknown-code');
  });

  it('grants one person of another unit access for at most 30 days, and refuses a grant to the case unit or a second live one', () => {
    given([referred]).when(grant()).then([granted]);
    given([referred])
      .when(grant({ hours: 24 * 30 + 1 }))
      .thenThrows('grant-too-long');
    given([referred])
      .when(grant({ hours: 0 }))
      .thenThrows('grant-too-long');
    given([referred])
      .when(grant({ granteeUnit: 'yorkshire-and-the-humber' }))
      .thenThrows('grantee-in-case-unit');
    given([referred, granted])
      .when(grant({ grantId: 'g-2' }))
      .thenThrows('grant-already-live');
    given([referred, granted]).when(grant()).thenThrows('grant-exists');
    given([referred, granted])
      .when(grant({ grantId: 'g-2', now: '2024-02-02T10:00:00.000Z' }))
      .then([
        {
          ...granted,
          data: {
            ...granted.data,
            grantId: 'g-2',
            grantedAt: '2024-02-02T10:00:00.000Z',
            expiresAt: '2024-02-03T10:00:00.000Z',
          },
        },
      ]);
  });

  it('revokes a live grant only', () => {
    given([referred, granted])
      .when(revoke())
      .then([
        {
          type: 'CaseAccessRevoked',
          data: { victimId: VICTIM_ID, grantId: 'g-1', revokedAt: '2024-02-01T12:00:00.000Z' },
        },
      ]);
    given([referred, granted])
      .when(revoke({ now: '2024-02-02T10:00:00.000Z' }))
      .thenThrows('grant-not-live');
    given([referred]).when(revoke()).thenThrows('grant-not-found');
  });

  describe('who reaches the case', () => {
    const vloLondon: AccessScope = { userId: 'vlo-london-1', units: ['london'], national: false };
    const vloYorkshire: AccessScope = { userId: 'vlo-y', units: ['yorkshire-and-the-humber'], national: false };
    const otherLondon: AccessScope = { userId: 'vlo-london-2', units: ['london'], national: false };
    const withGrant = caseAccessOf(stateOf([referred, granted]));

    it('its unit, always; a grantee from the grant until just before it expires; nobody else', () => {
      expect(accessBasis(vloYorkshire, withGrant, NOW)).toEqual({ basis: 'unit' });
      expect(accessBasis(vloLondon, withGrant, '2024-02-01T09:59:59.999Z')).toBeUndefined();
      expect(accessBasis(vloLondon, withGrant, NOW)).toEqual({ basis: 'grant', grantId: 'g-1' });
      expect(accessBasis(vloLondon, withGrant, '2024-02-02T09:59:59.999Z')).toEqual({ basis: 'grant', grantId: 'g-1' });
      expect(accessBasis(vloLondon, withGrant, '2024-02-02T10:00:00.000Z')).toBeUndefined();
      expect(accessBasis(otherLondon, withGrant, NOW)).toBeUndefined();
      expect(accessBasis({ userId: 'admin', units: [], national: true }, withGrant, NOW)).toEqual({
        basis: 'national',
      });
    });

    it('not after a revocation or a transfer away', () => {
      const revoked = caseAccessOf(
        stateOf([
          referred,
          granted,
          {
            type: 'CaseAccessRevoked',
            data: { victimId: VICTIM_ID, grantId: 'g-1', revokedAt: '2024-02-01T11:00:00.000Z' },
          },
        ]),
      );
      expect(accessBasis(vloLondon, revoked, '2024-02-01T12:00:00.000Z')).toBeUndefined();
      const moved = caseAccessOf(
        stateOf([
          referred,
          {
            type: 'VictimCaseTransferred',
            data: {
              victimId: VICTIM_ID,
              fromUnit: 'yorkshire-and-the-humber',
              toUnit: 'london',
              reason: 'victim-moved',
              transferredOn: TODAY,
              personal: {},
            },
          },
        ]),
      );
      expect(accessBasis(vloYorkshire, moved, NOW)).toBeUndefined();
      expect(accessBasis(otherLondon, moved, NOW)).toEqual({ basis: 'unit' });
    });

    it('leaves a history from before units without a unit (derived from the referral sentence by the reader)', () => {
      const legacy = referralReceived();
      delete (legacy.data as { vloUnit?: string }).vloUnit;
      expect(caseAccessOf(stateOf([legacy])).unit).toBeUndefined();
      expect(accessBasis(vloYorkshire, caseAccessOf(stateOf([legacy])), NOW)).toBeUndefined();
    });
  });
});
