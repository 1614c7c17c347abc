import { wantsToHearAbout } from './stages-to-hear-about';

describe('which stages a victim wants to hear about', () => {
  it('tells an all-stages victim everything', () => {
    expect(wantsToHearAbout({ choice: 'all-key-stages' }, 'hospital-transfer')).toBe(true);
  });

  it('tells a release-month-only victim about release and discharge only', () => {
    expect(wantsToHearAbout({ choice: 'release-month-only' }, 'release-on-licence')).toBe(true);
    expect(wantsToHearAbout({ choice: 'release-month-only' }, 'conditional-discharge')).toBe(true);
    expect(wantsToHearAbout({ choice: 'release-month-only' }, 'parole-hearing-listed')).toBe(false);
  });

  // Issue 17; DVCV Act 2004 s.35(3)(b), (5); Victims' Code 2020 Right 11 (checked 2026-12-07).
  it.each(['annual-letter', 'release-month-only', 'all-key-stages'] as const)(
    'given a %s victim, when the offender is released, recalled, escapes, returns or gets licence conditions, then they are told',
    (choice) => {
      for (const stage of [
        'release-on-licence',
        'home-detention-curfew',
        'conditional-discharge',
        'recall',
        'escape-or-abscond',
        'return-to-custody',
        'licence-conditions-set',
      ] as const) {
        expect(wantsToHearAbout({ choice }, stage)).toBe(true);
      }
    },
  );

  it('tells an annual-letter victim nothing else at each stage (the yearly letter summarises)', () => {
    expect(wantsToHearAbout({ choice: 'annual-letter' }, 'transfer-to-open-conditions')).toBe(false);
    expect(wantsToHearAbout({ choice: 'annual-letter' }, 'parole-hearing-listed')).toBe(false);
  });

  it('tells a chosen-stages victim the stages chosen and the minimum', () => {
    expect(wantsToHearAbout({ choice: 'chosen-stages', chosenStages: ['parole-decision'] }, 'parole-decision')).toBe(
      true,
    );
    expect(wantsToHearAbout({ choice: 'chosen-stages', chosenStages: ['parole-decision'] }, 'release-on-licence')).toBe(
      true,
    );
    expect(
      wantsToHearAbout({ choice: 'chosen-stages', chosenStages: ['parole-decision'] }, 'transfer-to-open-conditions'),
    ).toBe(false);
  });
});
