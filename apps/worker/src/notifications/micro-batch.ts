/**
 * Groups the calls that concurrent jobs make in the same turn of the event loop into one call of `flush` (at most
 * `maxSize` items each): one round trip and one commit for many jobs instead of one each. Each caller gets its own
 * item's answer; if the flush fails, every caller of that batch gets the error (and its job retries). Nothing waits
 * on a timer: a batch leaves as soon as the current turn ends, so a lone job is not delayed.
 */
export class MicroBatch<In, Out> {
  private pending: { item: In; resolve: (value: Out) => void; reject: (error: unknown) => void }[] = [];
  private scheduled = false;

  constructor(
    private readonly flush: (items: readonly In[]) => Promise<readonly Out[]>,
    private readonly maxSize = 100,
  ) {}

  run(item: In): Promise<Out> {
    return new Promise<Out>((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (this.pending.length >= this.maxSize) this.send();
      else if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.send());
      }
    });
  }

  private send(): void {
    this.scheduled = false;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    this.flush(batch.map((entry) => entry.item)).then(
      (answers) => batch.forEach((entry, index) => entry.resolve(answers[index])),
      (error: unknown) => batch.forEach((entry) => entry.reject(error)),
    );
  }
}
