import { Inject, Injectable } from '@nestjs/common';
import {
  foldEvents,
  NotFound,
  SentenceEvent,
  SentenceFacts,
  sentenceDecider,
  sentenceFactsOf,
  sentenceStreamId,
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
    const history = await readWholeStream(this.store, sentenceStreamId(sentenceId));
    const state = foldEvents(
      sentenceDecider,
      history.map((event) => ({ type: event.type, data: event.data }) as unknown as SentenceEvent),
    );
    if (!state.exists) throw new NotFound('sentence-not-found', `No sentence ${sentenceId} is recorded.`);
    return sentenceFactsOf(state);
  }
}
