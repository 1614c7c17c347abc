import { letterRecipient } from './letter-recipient';

describe('letterRecipient: the printed recipient from a letter’s address block', () => {
  it('drops the addressee’s name from the lines and takes a UK postcode off the last line', () => {
    expect(letterRecipient('Ann Example\n 4 Larch Close \nLeeds\nLS1 4AP\n', 'Ann Example', [])).toEqual({
      name: 'Ann Example',
      addressLines: ['4 Larch Close', 'Leeds'],
      postcode: 'LS1 4AP',
    });
  });

  it('keeps every line of an address abroad, and a first line that is not the name', () => {
    expect(letterRecipient('c/o Ann Example\n12 Rue Haute\n75001 Paris\nFrance', 'Ann Example', [])).toEqual({
      name: 'Ann Example',
      addressLines: ['c/o Ann Example', '12 Rue Haute', '75001 Paris', 'France'],
    });
  });

  it('does not take a last line that only contains a postcode among other words', () => {
    expect(letterRecipient('1 Road\nnear LS1 4AP', undefined, []).postcode).toBeUndefined();
  });

  it('carries accessible formats, and no name when the card has none', () => {
    expect(letterRecipient(undefined, undefined, ['large-print'])).toEqual({
      addressLines: [],
      accessibleFormats: ['large-print'],
    });
  });
});
