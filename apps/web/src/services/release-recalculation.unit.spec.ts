import { ApiClient } from '../data/api-client';
import { sentenceIds, sentenceLines } from './release-recalculation.service';

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

describe('finding the listed sentences through the API', () => {
  const ID = '0b6f1e52-6c1a-4d8e-9c3f-2a7d5e4b1c90';
  /** The API's answer to GET /sentences?reference=…, as openapi-fetch gives it. */
  const answering = (status: number, items: { sentenceId: string }[] = []) =>
    ({
      GET: async () => ({
        data: status === 200 ? { items } : undefined,
        error: status === 200 ? undefined : { message: 'Your role may not do this' },
        response: new Response(null, { status }),
      }),
    }) as unknown as ApiClient;

  it('takes an id as it is and looks a reference up', async () => {
    const found = await sentenceIds(answering(200, [{ sentenceId: ID }]), [
      { line: 1, sentence: 'x123456', expectedReleaseDate: '2027-03-14' },
      { line: 2, sentence: ID.toUpperCase(), expectedReleaseDate: '2027-03-14' },
    ]);
    expect(found.problems).toEqual([]);
    expect([...found.ids]).toEqual([
      ['x123456', ID],
      [ID.toUpperCase(), ID],
    ]);
  });

  it('names a reference the user cannot find by its line', async () => {
    const found = await sentenceIds(answering(200), [
      { line: 3, sentence: 'Z000001', expectedReleaseDate: '2028-01-01' },
    ]);
    expect(found.problems).toEqual([{ field: 'sentences', message: 'Line 3: no sentence Z000001 in your units' }]);
  });

  it('asks for the id when the role may not search by reference (administrators)', async () => {
    const found = await sentenceIds(answering(403), [
      { line: 1, sentence: 'X123456', expectedReleaseDate: '2028-01-01' },
    ]);
    expect(found.problems).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^Line 1: give the sentence's id instead of X123456/) }),
    ]);
  });
});
