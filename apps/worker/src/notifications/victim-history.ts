import {
  foldEvents,
  KnownVictim,
  RecordedSentence,
  SentenceEvent,
  sentenceDecider,
  sentenceStreamId,
  VictimEvent,
  victimDecider,
  victimStreamId,
} from '@vcs/domain';
import { EventStore, readWholeStream, RecordedEvent } from '@vcs/event-store';

/** A victim's history, decrypted by the application's event store, and its folded state (undefined: no such victim). */
export async function loadVictim(
  store: EventStore,
  victimId: string,
): Promise<{ events: RecordedEvent[]; state: KnownVictim } | undefined> {
  return victimOf(await readWholeStream(store, victimStreamId(victimId)));
}

/** A victim's history, however it was read, and its folded state (undefined: no such victim). */
export function victimOf(events: RecordedEvent[]): { events: RecordedEvent[]; state: KnownVictim } | undefined {
  const state = foldEvents(
    victimDecider,
    events.map((event) => ({ type: event.type, data: event.data }) as unknown as VictimEvent),
  );
  return state.exists ? { events, state } : undefined;
}

export async function loadSentence(
  store: EventStore,
  sentenceId: string,
): Promise<{ events: RecordedEvent[]; state: RecordedSentence } | undefined> {
  const events = await readWholeStream(store, sentenceStreamId(sentenceId));
  const state = foldEvents(
    sentenceDecider,
    events.map((event) => ({ type: event.type, data: event.data }) as unknown as SentenceEvent),
  );
  return state.exists ? { events, state } : undefined;
}

/** When the fact happened: the metadata's occurredAt (what the API's clock said), else when it was stored. */
export function occurredAtOf(event: RecordedEvent): string {
  const stated = typeof event.metadata?.occurredAt === 'string' ? new Date(event.metadata.occurredAt) : undefined;
  return (stated && !Number.isNaN(stated.getTime()) ? stated : event.recordedAt).toISOString();
}
