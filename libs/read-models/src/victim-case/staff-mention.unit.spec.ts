import { mentionedStaff, staffMention, withStaffNames } from './staff-mention';

describe('staff mentioned in a timeline line', () => {
  const line = `Letter approved by ${staffMention('manager-london')} on 3 May 2027; drafted by ${staffMention('vlo-gone')}`;

  it('lists each person mentioned once', () => {
    expect(mentionedStaff(`${line} and ${staffMention('vlo-gone')}`)).toEqual(['manager-london', 'vlo-gone']);
    expect(mentionedStaff('Case closed on 3 May 2027')).toEqual([]);
  });

  it('reads each by name, and says the name is not known rather than show the id', () => {
    expect(withStaffNames(line, new Map([['manager-london', 'Jordan Blake']]))).toBe(
      'Letter approved by Jordan Blake on 3 May 2027; drafted by someone whose name is not known',
    );
  });
});
