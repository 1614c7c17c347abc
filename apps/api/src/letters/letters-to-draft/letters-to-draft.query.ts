import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { foldEvents, NotFound, pendingNotifications, VictimEvent, victimDecider, victimStreamId } from '@vcs/domain';
import { EVENT_STORE, EventStore, readWholeStream } from '@vcs/event-store';
import { LettersToDraftResponse } from './letters-to-draft.response';

export class GetLettersToDraft {
  constructor(readonly victimId: string) {}
}

/**
 * The victim's scheduled notifications that go by letter, with the letter drafted for each (if any), from the victim's
 * own history: the officer needs the notification's id to draft the letter it sends.
 */
@QueryHandler(GetLettersToDraft)
export class GetLettersToDraftHandler implements IQueryHandler<GetLettersToDraft, LettersToDraftResponse> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ victimId }: GetLettersToDraft): Promise<LettersToDraftResponse> {
    const history = await readWholeStream(this.store, victimStreamId(victimId));
    const victim = foldEvents(
      victimDecider,
      history.map((event) => ({ type: event.type, data: event.data }) as unknown as VictimEvent),
    );
    if (!victim.exists) throw new NotFound('victim-not-found', `No victim ${victimId} is recorded.`);
    const items = pendingNotifications(victim)
      .filter((notification) => notification.channel === 'letter')
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt))
      .map((notification) => ({
        notificationId: notification.notificationId,
        stage: notification.stage,
        sentenceId: notification.sentenceId,
        dueAt: notification.dueAt,
        letterId: notification.letterId ?? null,
        letterStatus: notification.letterId ? (victim.letters[notification.letterId]?.status ?? null) : null,
      }));
    return { items };
  }
}
