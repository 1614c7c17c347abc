import { MicroBatch } from './micro-batch';

describe('MicroBatch', () => {
  it('groups the calls made in the same turn into one flush and answers each caller with its own item', async () => {
    const flushes: number[][] = [];
    const batch = new MicroBatch<number, string>(async (items) => {
      flushes.push([...items]);
      return items.map((item) => `answer ${item}`);
    });
    const answers = await Promise.all([1, 2, 3].map((n) => batch.run(n)));
    expect(answers).toEqual(['answer 1', 'answer 2', 'answer 3']);
    expect(flushes).toEqual([[1, 2, 3]]);
  });

  it('never puts more than maxSize items in one flush', async () => {
    const flushes: number[][] = [];
    const batch = new MicroBatch<number, number>(async (items) => {
      flushes.push([...items]);
      return [...items];
    }, 2);
    expect(await Promise.all([1, 2, 3, 4, 5].map((n) => batch.run(n)))).toEqual([1, 2, 3, 4, 5]);
    expect(flushes).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('gives every caller of a failed flush the error', async () => {
    const batch = new MicroBatch<number, number>(async () => {
      throw new Error('database unavailable');
    });
    const outcomes = await Promise.allSettled([batch.run(1), batch.run(2)]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
  });

  it('starts a new batch for calls made after a flush left', async () => {
    const flushes: number[][] = [];
    const batch = new MicroBatch<number, number>(async (items) => {
      flushes.push([...items]);
      return [...items];
    });
    await batch.run(1);
    await batch.run(2);
    expect(flushes).toEqual([[1], [2]]);
  });
});
