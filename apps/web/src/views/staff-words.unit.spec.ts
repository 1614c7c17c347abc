import { staffName } from './staff-words';

describe('a member of staff in words', () => {
  it('is the name the API gave', () => {
    expect(staffName('Priya Shah', 'manager-yorkshire')).toBe('Priya Shah');
  });

  it('says the name is not known rather than show the id, unless the id is needed to tell rows apart', () => {
    expect(staffName(null)).toBe('Name not known');
    expect(staffName(undefined)).toBe('Name not known');
    expect(staffName(null, 'vlo-gone')).toBe('vlo-gone (name not known)');
  });
});
