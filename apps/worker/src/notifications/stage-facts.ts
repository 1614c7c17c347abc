import { SentenceMilestoneReached, sentenceStreamId, VictimNotification } from '@vcs/domain';
import { EventStore, readWholeStream, RecordedEvent } from '@vcs/event-store';
import { StageFacts } from '@vcs/notifications';
import { ItemFailure, MicroBatch, MicroBatchOptions } from './micro-batch';

/**
 * The facts a message quotes (the milestone's date and structured detail, from the sentence stream; no personal
 * data), read once per milestone: a SentenceMilestoneReached event never changes, so every victim of a sentence
 * told about it shares one read; the sentences of the jobs of the moment are read together (one query). Bounded: the
 * oldest entries leave first.
 */
export class StageFactsCache {
  /** Promises, so concurrent jobs of one milestone share a single read. */
  private readonly byMilestone = new Map<string, Promise<StageFacts | undefined>>();

  private readonly sentences: MicroBatch<string, RecordedEvent[]>;

  constructor(
    private readonly store: EventStore,
    private readonly maxEntries = 10_000,
    grouping: MicroBatchOptions = {},
  ) {
    this.sentences = new MicroBatch((sentenceIds) => this.readMany(sentenceIds), grouping);
  }

  private async readMany(sentenceIds: readonly string[]): Promise<(RecordedEvent[] | ItemFailure)[]> {
    try {
      const streams = await this.store.readStreams(sentenceIds.map(sentenceStreamId));
      return sentenceIds.map((sentenceId) => streams.get(sentenceStreamId(sentenceId)) ?? []);
    } catch {
      // One sentence that cannot be read must not fail the other jobs' messages: each on its own instead.
      return Promise.all(
        sentenceIds.map((sentenceId) =>
          readWholeStream(this.store, sentenceStreamId(sentenceId)).catch((error: unknown) => new ItemFailure(error)),
        ),
      );
    }
  }

  async of(notification: VictimNotification): Promise<StageFacts> {
    const milestoneId = notification.causedBy.milestoneId;
    if (!milestoneId) return {};
    let facts = this.byMilestone.get(milestoneId);
    if (!facts) {
      if (this.byMilestone.size >= this.maxEntries)
        this.byMilestone.delete(this.byMilestone.keys().next().value as string);
      facts = this.read(notification.sentenceId, milestoneId);
      this.byMilestone.set(milestoneId, facts);
      // A failed read, or a milestone not found, is not a fact: the next job reads again.
      facts.then(
        (found) => found ?? this.byMilestone.delete(milestoneId),
        () => this.byMilestone.delete(milestoneId),
      );
    }
    return (await facts) ?? {};
  }

  private async read(sentenceId: string, milestoneId: string): Promise<StageFacts | undefined> {
    const events = await this.sentences.run(sentenceId);
    const event = events.find(
      (e) =>
        e.type === 'SentenceMilestoneReached' &&
        (e.data as SentenceMilestoneReached['data']).milestoneId === milestoneId,
    );
    if (!event) return undefined;
    const data = event.data as SentenceMilestoneReached['data'];
    return { date: data.date, detail: (data.detail ?? {}) as Record<string, unknown> };
  }
}
