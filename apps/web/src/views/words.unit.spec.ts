import { PROBATION_REGIONS, PROBATION_REGION_NAMES } from '@vcs/domain';
import { listInWords, wordsFor } from './words';

describe('the API’s codes in plain English', () => {
  it('names the signed-in person’s roles and units in words, never as codes', () => {
    expect(listInWords(['PAROLE_BOARD'])).toBe('Parole Board');
    expect(listInWords(['MAPPA_PARTNER'])).toBe('MAPPA partner');
    expect(listInWords(['VLO_MANAGER', 'ADMIN'])).toBe('Victim liaison manager, Administrator');
    expect(listInWords(['london', 'yorkshire-and-the-humber'])).toBe('London, Yorkshire and the Humber');
  });

  it('reads a code it does not list as its words', () => {
    expect(wordsFor('home-visit')).toBe('Home visit');
    expect(listInWords('parole-hearing')).toBe('Parole hearing');
  });

  it("names every unit and region as the domain does, all twelve (e.g. 'North East', not 'North east')", () => {
    for (const region of PROBATION_REGIONS) expect(wordsFor(region)).toBe(PROBATION_REGION_NAMES[region]);
    expect(wordsFor('north-east')).toBe('North East');
    expect(wordsFor('south-central')).toBe('South Central');
  });
});
