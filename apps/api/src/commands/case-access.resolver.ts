import { Inject, Injectable } from '@nestjs/common';
import {
  CaseAccess,
  caseAccessOf,
  foldEvents,
  isVloUnit,
  sentenceStreamId,
  VictimEvent,
  victimDecider,
} from '@vcs/domain';
import { EVENT_STORE, EventStore, RecordedEvent } from '@vcs/event-store';

/**
 * Who may reach a victim's case, from the victim's own history (never a read model, so a command checks what is
 * true now): the unit holding it and its grants. A history recorded before units has no unit in its referral; it
 * belongs to the unit of its referral sentence's probation region, read from the sentence's first event.
 */
@Injectable()
export class CaseAccessResolver {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** Undefined when the victim has no history. */
  async resolve(history: readonly RecordedEvent[]): Promise<CaseAccess | undefined> {
    const state = foldEvents(
      victimDecider,
      history.map((event) => ({ type: event.type, data: event.data }) as unknown as VictimEvent),
    );
    if (!state.exists) return undefined;
    const access = caseAccessOf(state);
    if (access.unit !== undefined) return access;
    const [recorded] = await this.store.readStream(sentenceStreamId(state.referralSentenceId), {
      fromRevision: 0n,
      maxCount: 1,
    });
    const region = (recorded?.data as { probationRegion?: unknown } | undefined)?.probationRegion;
    return isVloUnit(region) ? { ...access, unit: region } : access;
  }
}
