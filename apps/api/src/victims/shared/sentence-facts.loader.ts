import { Inject, Injectable } from '@nestjs/common';
import {
  foldEvents,
  NotFound,
  SentenceEvent,
  SentenceFacts,
  sentenceDecider,
  sentenceFactsOf,
  sentenceStreamId,
  ParoleTimetable,
  paroleTimetableOf,
  RecordedSentence,
} from '@vcs/domain';
import { EVENT_STORE, EventStore, readWholeStream } from '@vcs/event-store';

/**
 * The facts of a sentence that victim commands need (the victim decider cannot read the sentence stream): loads
 * the sentence's stream and folds it. An unknown sentence is the domain's NotFound (HTTP 404, `sentence-not-found`).
 */
@Injectable()
export class SentenceFactsLoader {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async load(sentenceId: string): Promise<SentenceFacts> {
    return sentenceFactsOf(await this.state(sentenceId));
  }

  /** The facts and the parole timetable (listed hearing, last decision) that victim requests are timed against. */
  async loadWithParoleTimetable(
    sentenceId: string,
  ): Promise<{ facts: SentenceFacts; paroleTimetable: ParoleTimetable }> {
    const state = await this.state(sentenceId);
    return { facts: sentenceFactsOf(state), paroleTimetable: paroleTimetableOf(state) };
  }

  private async state(sentenceId: string): Promise<RecordedSentence> {
    const history = await readWholeStream(this.store, sentenceStreamId(sentenceId));
    const state = foldEvents(
      sentenceDecider,
      history.map((event) => ({ type: event.type, data: event.data }) as unknown as SentenceEvent),
    );
    if (!state.exists) throw new NotFound('sentence-not-found', `No sentence ${sentenceId} is recorded.`);
    return state;
  }
}
