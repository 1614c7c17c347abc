import { yearInReview } from './year-in-review';

const released = (kind: 'release-on-licence' | 'home-detention-curfew') =>
  yearInReview({
    history: [
      { kind: 'transfer-to-open-conditions', date: '2026-01-10', detail: {} },
      { kind: 'release-date-changed', date: '2026-02-01', detail: { expectedReleaseDate: '2026-09-01' } },
      { kind, date: '2026-03-01', detail: {} },
    ],
  } as never);

describe('the facts of the yearly letter', () => {
  it('says no expected release date is ahead once the offender is released, on licence or on curfew', () => {
    expect(released('release-on-licence').expectedRelease).toBeUndefined();
    expect(released('home-detention-curfew').expectedRelease).toBeUndefined();
  });

  it('takes a release on licence or curfew, a recall, a return to custody, a hospital direction or a return from abroad out of open conditions', () => {
    expect(released('release-on-licence').inOpenConditions).toBe(false);
    // The letter said "is in open conditions" to a victim whose offender was home on curfew (found 2026-12-08).
    for (const kind of [
      'recall',
      'return-to-custody',
      'return-to-closed-conditions',
      'home-detention-curfew',
      'hospital-direction',
      'return-after-removal',
    ] as const)
      expect([
        kind,
        yearInReview({
          history: [
            { kind: 'transfer-to-open-conditions', date: '2026-01-10', detail: {} },
            { kind, date: '2026-02-01', detail: {} },
          ],
        } as never).inOpenConditions,
      ]).toEqual([kind, false]);
  });

  it('keeps a parole eligibility date and a hearing ahead until a parole decision, and the next review until a hearing is listed', () => {
    const facts = yearInReview({
      history: [
        { kind: 'parole-eligibility', date: '2026-01-05', detail: { paroleEligibilityDate: '2026-06-01' } },
        { kind: 'parole-hearing-listed', date: '2026-02-05', detail: { hearingDate: '2026-05-20' } },
        {
          kind: 'parole-decision',
          date: '2026-05-21',
          detail: { outcome: 'no-release', nextReviewDate: '2027-05-01' },
        },
      ],
    } as never);
    expect(facts).toMatchObject({ paroleEligibility: undefined, hearing: undefined, nextReview: '2027-05-01' });
  });
});
