import { Inject, Injectable } from '@nestjs/common';
import {
  DomainRuleViolation,
  foldEvents,
  NotFound,
  sentenceStreamId,
  VictimEvent,
  victimDecider,
  victimStreamId,
} from '@vcs/domain';
import { EVENT_STORE, EventStore, readWholeStream } from '@vcs/event-store';

/**
 * Checks that victims a sentence record names (meeting victims, victims licence conditions protect) are known and
 * linked to that sentence (docs/DOMAIN-RULES.md 3.3: the sentence decider cannot read victim streams, so the API does).
 * Without it, notes could be keyed by, and so encrypted for, a victim the service has no record of.
 */
@Injectable()
export class VictimsOnSentence {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /**
   * Throws `victim-not-linked-to-sentence` (422) naming the first victim id that is unknown or linked to other
   * sentences only; `sentence-not-found` (404) first when the sentence itself is unknown, as the decider would.
   */
  async assertLinked(sentenceId: string, victimIds: readonly string[]): Promise<void> {
    for (const victimId of new Set(victimIds)) {
      if (await this.isLinked(sentenceId, victimId)) continue;
      const sentence = await this.store.readStream(sentenceStreamId(sentenceId), { maxCount: 1 });
      if (sentence.length === 0) throw new NotFound('sentence-not-found', `No sentence ${sentenceId} is recorded.`);
      throw new DomainRuleViolation(
        'victim-not-linked-to-sentence',
        `Victim ${victimId} is not a victim linked to this sentence.`,
      );
    }
  }

  private async isLinked(sentenceId: string, victimId: string): Promise<boolean> {
    const history = await readWholeStream(this.store, victimStreamId(victimId));
    const state = foldEvents(
      victimDecider,
      history.map((event) => ({ type: event.type, data: event.data }) as VictimEvent),
    );
    return state.exists && state.linkedSentenceIds.includes(sentenceId);
  }
}
