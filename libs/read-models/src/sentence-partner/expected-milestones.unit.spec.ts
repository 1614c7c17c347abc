import { expectationChange } from './expected-milestones';

describe('what the sentence view expects next', () => {
  it('sets the parole eligibility date, the listed hearing, and the release date a recalculation gives', () => {
    expect(
      expectationChange({
        kind: 'parole-eligibility',
        date: '2025-02-01',
        detail: { paroleEligibilityDate: '2030-01-15' },
      }),
    ).toEqual({
      clear: [],
      set: [{ kind: 'parole-eligibility', date: '2030-01-15', detail: {} }],
    });
    expect(
      expectationChange({
        kind: 'parole-hearing-listed',
        date: '2025-03-01',
        detail: { hearingDate: '2025-06-01', hearingType: 'paper' },
      }),
    ).toEqual({
      clear: ['parole-review'],
      set: [{ kind: 'parole-hearing', date: '2025-06-01', detail: { hearingType: 'paper' } }],
    });
    expect(
      expectationChange({
        kind: 'release-date-changed',
        date: '2025-02-02',
        detail: { expectedReleaseDate: '2031-01-15', reason: 'added-days' },
      }).set,
    ).toEqual([{ kind: 'release', date: '2031-01-15', detail: { reason: 'added-days' } }]);
  });

  it('after a refusal expects the next review and the close of the 21-day reconsideration window', () => {
    const change = expectationChange({
      kind: 'parole-decision',
      date: '2025-06-10',
      detail: { outcome: 'no-release', nextReviewDate: '2027-06-10' },
    });
    expect(change.clear).toEqual(expect.arrayContaining(['parole-eligibility', 'parole-hearing', 'parole-review']));
    expect(change.set).toEqual([
      {
        kind: 'reconsideration-window-closes',
        date: '2025-07-01',
        detail: { decidedOn: '2025-06-10', outcome: 'no-release' },
      },
      { kind: 'parole-review', date: '2027-06-10', detail: { outcome: 'no-release' } },
    ]);
    expect(
      expectationChange({
        kind: 'reconsideration',
        date: '2025-06-20',
        detail: { stage: 'applied', appliedBy: 'secretary-of-state' },
      }),
    ).toEqual({
      clear: ['reconsideration-window-closes'],
      set: [{ kind: 'reconsideration-decision', date: null, detail: { appliedBy: 'secretary-of-state' } }],
    });
  });

  it('expects the end of victim-related licence conditions until the licence ends', () => {
    expect(
      expectationChange({
        kind: 'licence-conditions-set',
        date: '2026-01-01',
        detail: { conditions: ['exclusion-zone'], conditionsEndDate: '2029-01-01', protectsVictimIds: [] },
      }).set,
    ).toEqual([{ kind: 'licence-conditions-end', date: '2029-01-01', detail: { conditions: ['exclusion-zone'] } }]);
    expect(expectationChange({ kind: 'licence-end', date: '2029-01-01', detail: {} }).clear).toEqual([
      'licence-conditions-end',
    ]);
  });

  it('a release clears what was expected before it; a death, the end of the sentence or a quashed conviction clears everything', () => {
    expect(expectationChange({ kind: 'release-on-licence', date: '2026-01-01', detail: {} }).clear).toEqual(
      expect.arrayContaining(['release', 'parole-hearing', 'parole-review', 'parole-eligibility']),
    );
    expect(expectationChange({ kind: 'death', date: '2026-01-01', detail: { inCustody: true } }).clear).toBe('all');
    expect(expectationChange({ kind: 'sentence-end', date: '2026-01-01', detail: {} }).clear).toBe('all');
    expect(
      expectationChange({
        kind: 'appeal',
        date: '2026-01-01',
        detail: { stage: 'decided', outcome: 'conviction-quashed' },
      }).clear,
    ).toBe('all');
    expect(expectationChange({ kind: 'deportation', date: '2026-01-01', detail: {} }).clear).not.toContain(
      'licence-conditions-end',
    );
  });
});
