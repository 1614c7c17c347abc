import { offencesAskingForASafetyFlag } from './safety-advice';

const noFlag = { safety: { flag: false, lastCheck: null }, personalDataErased: false };

describe('asking whether it is safe to write, before the first letter', () => {
  it('names a domestic abuse, stalking, harassment, coercive control or protective-order offence while no flag is set', () => {
    expect(offencesAskingForASafetyFlag(noFlag, [{ offenceCategory: 'domestic-abuse' }])).toEqual(['domestic abuse']);
    expect(
      offencesAskingForASafetyFlag(noFlag, [
        { offenceCategory: 'coercive-control' },
        { offenceCategory: 'breach-of-protective-order' },
        { offenceCategory: 'coercive-control' },
      ]),
    ).toEqual(['controlling or coercive behaviour', 'breach of a protective order']);
    expect(
      offencesAskingForASafetyFlag(noFlag, [{ offenceCategory: 'stalking' }, { offenceCategory: 'harassment' }]),
    ).toEqual(['stalking', 'harassment']);
  });

  it('asks nothing once the flag is set, after erasure, or for other offences', () => {
    const flagged = { ...noFlag, safety: { flag: true, lastCheck: null } };
    expect(offencesAskingForASafetyFlag(flagged, [{ offenceCategory: 'domestic-abuse' }])).toEqual([]);
    expect(
      offencesAskingForASafetyFlag({ ...noFlag, personalDataErased: true }, [{ offenceCategory: 'domestic-abuse' }]),
    ).toEqual([]);
    expect(
      offencesAskingForASafetyFlag(noFlag, [{ offenceCategory: 'specified-violent' }, { offenceCategory: 'other' }]),
    ).toEqual([]);
  });
});
