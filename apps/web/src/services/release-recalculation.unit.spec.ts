import { sentenceLines } from './release-recalculation.service';

describe('the list of sentences a recalculation moves, as typed', () => {
  it('reads one sentence a line, with a comma or spaces, and writes the date as the API does', () => {
    expect(sentenceLines('X123456 14/3/2027\n\n  Y654321, 2027-04-01 \r\n')).toEqual({
      lines: [
        { line: 1, sentence: 'X123456', expectedReleaseDate: '2027-03-14' },
        { line: 3, sentence: 'Y654321', expectedReleaseDate: '2027-04-01' },
      ],
      problems: [],
    });
  });

  it('names each line without both parts, by its number', () => {
    expect(sentenceLines('X123456\nY654321 1/4/2027 extra').problems).toEqual([
      expect.objectContaining({ field: 'sentences', message: expect.stringMatching(/^Line 1: /) }),
      expect.objectContaining({ field: 'sentences', message: expect.stringMatching(/^Line 2: /) }),
    ]);
  });

  it('asks for at least one sentence', () => {
    expect(sentenceLines('  \n ').problems).toEqual([
      { field: 'sentences', message: 'List at least one sentence and its new expected release date' },
    ]);
  });

  it('passes a date it does not recognise to the API as typed (the API names the problem)', () => {
    expect(sentenceLines('X123456 14-03-2027').lines[0].expectedReleaseDate).toBe('14-03-2027');
  });
});
