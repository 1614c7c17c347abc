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
});
