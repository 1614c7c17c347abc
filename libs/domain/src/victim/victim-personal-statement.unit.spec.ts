import { findLocatingDetails } from './victim-personal-statement.rules';
import { wantsToHearAbout } from './stages-to-hear-about';

describe('locating details in a Victim Personal Statement', () => {
  it('finds a postcode', () => {
    expect(findLocatingDetails('We live near SW1A 1AA now', [])).toEqual(['a postcode']);
  });

  it('finds an email address', () => {
    expect(findLocatingDetails('write to me at me@example.org', [])).toEqual(['an email address']);
  });

  it('finds a UK phone number', () => {
    expect(findLocatingDetails('ring +44 7700 900123', [])).toEqual(['a phone number']);
  });

  it('finds a recorded address line regardless of case', () => {
    expect(findLocatingDetails('outside 12 ACACIA AVENUE every day', ['12 Acacia Avenue'])).toEqual(["the victim's recorded address or contact details"]);
  });

  it('ignores short recorded fragments that would match ordinary words', () => {
    expect(findLocatingDetails('I am in Leeds no more', ['Leeds'])).toEqual([]);
  });

  it('finds nothing in an ordinary statement', () => {
    expect(findLocatingDetails('Since 2019 I have not slept well. I was 34 at the time.', [])).toEqual([]);
  });
});

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
