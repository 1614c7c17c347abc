/** One item's own failure inside a flush that otherwise answered: only that item's caller gets the error. */
export class ItemFailure {
  constructor(readonly error: unknown) {}
}

export interface MicroBatchOptions {
  /** Most items in one flush (default 100). */
  readonly maxSize?: number;
  /**
   * Most flushes under way at once (default: no limit). With a limit, calls made while the flushes are busy wait and
   * leave together when one returns: under load batches grow by themselves instead of round trips multiplying.
   */
  readonly maxInFlight?: number;
}

/**
 * Groups the calls that concurrent jobs make in the same turn of the event loop into one call of `flush` (at most
 * `maxSize` items each): one round trip and one commit for many jobs instead of one each. Each caller gets its own
 * item's answer (an ItemFailure answer rejects that caller alone); if the flush fails, every caller of that batch
 * gets the error (and its job retries). Nothing waits on a timer: a batch leaves as soon as the current turn ends,
 * or as soon as a flush returns when `maxInFlight` are busy, so a lone job is not delayed.
 */
export class MicroBatch<In, Out> {
  private pending: { item: In; resolve: (value: Out) => void; reject: (error: unknown) => void }[] = [];
  private scheduled = false;
  private inFlight = 0;
  private readonly maxSize: number;
  private readonly maxInFlight: number;

  constructor(
    private readonly flush: (items: readonly In[]) => Promise<readonly (Out | ItemFailure)[]>,
    options: MicroBatchOptions | number = {},
  ) {
    const settings = typeof options === 'number' ? { maxSize: options } : options;
    this.maxSize = settings.maxSize ?? 100;
    this.maxInFlight = settings.maxInFlight ?? Number.POSITIVE_INFINITY;
  }

  run(item: In): Promise<Out> {
    return new Promise<Out>((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (this.pending.length >= this.maxSize) this.send();
      else if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => {
          this.scheduled = false;
          this.send();
        });
      }
    });
  }

  private send(): void {
    while (this.pending.length > 0 && this.inFlight < this.maxInFlight) {
      const batch = this.pending.splice(0, this.maxSize);
      this.inFlight += 1;
      this.flush(batch.map((entry) => entry.item))
        .then(
          (answers) =>
            batch.forEach((entry, index) => {
              const answer = answers[index];
              if (answer instanceof ItemFailure) entry.reject(answer.error);
              else entry.resolve(answer);
            }),
          (error: unknown) => batch.forEach((entry) => entry.reject(error)),
        )
        .finally(() => {
          this.inFlight -= 1;
          this.send();
        });
    }
  }
}
