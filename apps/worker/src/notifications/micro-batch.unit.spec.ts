import { ItemFailure, MicroBatch } from './micro-batch';

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

describe('MicroBatch: one item failing, and flushes in flight', () => {
  it('rejects only the caller whose item failed; the others get their answers', async () => {
    const batch = new MicroBatch<number, number>(async (items) =>
      items.map((item) => (item === 2 ? new ItemFailure(new Error('stream moved on')) : item * 10)),
    );
    const outcomes = await Promise.allSettled([1, 2, 3].map((n) => batch.run(n)));
    expect(outcomes).toEqual([
      { status: 'fulfilled', value: 10 },
      { status: 'rejected', reason: new Error('stream moved on') },
      { status: 'fulfilled', value: 30 },
    ]);
  });

  it('holds calls made while maxInFlight flushes are busy and sends them together when one returns', async () => {
    const flushes: number[][] = [];
    let release: () => void = () => undefined;
    const batch = new MicroBatch<number, number>(
      async (items) => {
        flushes.push([...items]);
        if (flushes.length === 1) await new Promise<void>((resolve) => (release = resolve));
        return [...items];
      },
      { maxInFlight: 1 },
    );
    const first = batch.run(1);
    await new Promise((resolve) => setImmediate(resolve));
    const later = [2, 3, 4].map((n) => new Promise((resolve) => setImmediate(() => resolve(batch.run(n)))));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(flushes).toEqual([[1]]);
    release();
    expect(await Promise.all([first, ...later])).toEqual([1, 2, 3, 4]);
    expect(flushes).toEqual([[1], [2, 3, 4]]);
  });
});
