const NOT_READY = Symbol('not-ready');

/**
 * Groups an async iterable into batches of what is already available: a batch closes when `max` items are in it
 * or when the next item is not ready yet. Catching up therefore commits big batches; live events go one by one.
 */
export async function* batchesOfAvailable<T>(source: AsyncIterable<T>, max: number): AsyncGenerator<T[]> {
  const iterator = source[Symbol.asyncIterator]();
  let pending = iterator.next();
  for (;;) {
    const first = await pending;
    if (first.done) return;
    const batch: T[] = [first.value];
    pending = iterator.next();
    while (batch.length < max) {
      const next = await Promise.race([
        pending,
        new Promise<typeof NOT_READY>((resolve) => setImmediate(() => resolve(NOT_READY))),
      ]);
      if (next === NOT_READY) break;
      if (next.done) {
        yield batch;
        return;
      }
      batch.push(next.value);
      pending = iterator.next();
    }
    yield batch;
  }
}
