import { randomUUID } from 'node:crypto';
import { domainPersonalDataOwnership } from './personal-data-ownership';

describe('domainPersonalDataOwnership', () => {
  const victimId = randomUUID();

  it("follows the domain's PERSONAL_DATA_SHAPE", () => {
    expect(domainPersonalDataOwnership('ReferralReceived', { victimId, personal: {} })).toEqual({
      shape: 'one-victim',
      victimId,
    });
    expect(domainPersonalDataOwnership('SentenceRecorded', { personal: {} })).toEqual({ shape: 'none' });
    const other = randomUUID();
    expect(
      domainPersonalDataOwnership('InterAgencyMeetingHeld', { personal: { [victimId]: {}, [other]: {} } }),
    ).toEqual({ shape: 'per-victim', victimIds: [victimId, other] });
  });

  it('reports unknown types as undefined, including names inherited from Object.prototype', () => {
    expect(domainPersonalDataOwnership('SomethingNew', { personal: {} })).toBeUndefined();
    expect(domainPersonalDataOwnership('constructor', { personal: {} })).toBeUndefined();
    expect(domainPersonalDataOwnership('__proto__', { personal: {} })).toBeUndefined();
  });

  it('reports a one-victim event without its victim id as such (so the store can refuse it)', () => {
    expect(domainPersonalDataOwnership('VictimDetailsUpdated', { personal: { fullName: 'x' } })).toEqual({
      shape: 'one-victim',
      victimId: undefined,
    });
    expect(domainPersonalDataOwnership('VictimDetailsUpdated', null)).toEqual({
      shape: 'one-victim',
      victimId: undefined,
    });
  });
});
