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

  it('tells an annual-letter victim nothing at each stage', () => {
    expect(wantsToHearAbout({ choice: 'annual-letter' }, 'release-on-licence')).toBe(false);
  });

  it('tells a chosen-stages victim only the stages chosen', () => {
    expect(wantsToHearAbout({ choice: 'chosen-stages', chosenStages: ['recall'] }, 'recall')).toBe(true);
    expect(wantsToHearAbout({ choice: 'chosen-stages', chosenStages: ['recall'] }, 'release-on-licence')).toBe(false);
  });
});
