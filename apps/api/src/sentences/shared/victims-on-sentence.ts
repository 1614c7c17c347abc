import { Inject, Injectable } from '@nestjs/common';
import {
  AccessScope,
  accessBasis,
  DomainRuleViolation,
  foldEvents,
  NotFound,
  sentenceStreamId,
  VictimEvent,
  victimDecider,
  victimStreamId,
} from '@vcs/domain';
import { EVENT_STORE, EventStore, readWholeStream } from '@vcs/event-store';
import { CaseAccessResolver } from '../../commands/case-access.resolver';
import { Clock } from '../../commands/clock';

/**
 * Checks that victims a sentence record names (meeting victims, victims licence conditions protect) are known and
 * linked to that sentence (docs/DOMAIN-RULES.md 3.3: the sentence decider cannot read victim streams, so the API does).
 * Without it, notes could be keyed by, and so encrypted for, a victim the service has no record of.
 */
@Injectable()
export class VictimsOnSentence {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly caseAccess: CaseAccessResolver,
    private readonly clock: Clock,
  ) {}

  /**
   * Throws `victim-not-linked-to-sentence` (422) naming the first victim id that is unknown, linked to other
   * sentences only, or outside the caller's reach (answered as if unknown: a record about a victim is a change to
   * their case); `sentence-not-found` (404) first when the sentence itself is unknown, as the decider would.
   */
  async assertLinked(sentenceId: string, victimIds: readonly string[], scope?: AccessScope): Promise<void> {
    for (const victimId of new Set(victimIds)) {
      if (await this.isLinked(sentenceId, victimId, scope)) continue;
      const sentence = await this.store.readStream(sentenceStreamId(sentenceId), { maxCount: 1 });
      if (sentence.length === 0) throw new NotFound('sentence-not-found', `No sentence ${sentenceId} is recorded.`);
      throw new DomainRuleViolation(
        'victim-not-linked-to-sentence',
        `Victim ${victimId} is not a victim linked to this sentence.`,
      );
    }
  }

  private async isLinked(sentenceId: string, victimId: string, scope: AccessScope | undefined): Promise<boolean> {
    const history = await readWholeStream(this.store, victimStreamId(victimId));
    const state = foldEvents(
      victimDecider,
      history.map((event) => ({ type: event.type, data: event.data }) as VictimEvent),
    );
    if (!state.exists || !state.linkedSentenceIds.includes(sentenceId)) return false;
    if (!scope) return true;
    const access = await this.caseAccess.resolve(history);
    return access !== undefined && accessBasis(scope, access, this.clock.now().toISOString()) !== undefined;
  }
}
