import { randomUUID } from 'node:crypto';
import { EventToAppend, RecordedEvent } from './event-store.port';

/** Test data for event store tests (contract suite, projector tests, benchmarks). */
export function newStreamId(category = 'contract'): string {
  return `${category}-${randomUUID()}`;
}

export function anEvent(type: string, data: Record<string, unknown> = {}): EventToAppend {
  const id = randomUUID();
  return {
    id,
    type,
    data,
    metadata: {
      correlationId: randomUUID(),
      causationId: id,
      actor: { userId: 'vlo-contract-test', role: 'VLO' },
      occurredAt: '2026-11-23T10:00:00.000Z',
      schemaVersion: 1,
    },
  };
}

let commit = 1000n;

/**
 * A stored event as a projection is fed it, for projection tests that apply events by hand: a VLO's, occurred at
 * `occurredAt`, stored a second later, each at a later position than the one before.
 */
export function aRecordedEvent(
  streamId: string,
  revision: number,
  type: string,
  data: Record<string, unknown>,
  occurredAt = '2026-11-01T10:00:00.000Z',
): RecordedEvent {
  commit++;
  return {
    id: randomUUID(),
    type,
    data,
    metadata: {
      correlationId: randomUUID(),
      causationId: randomUUID(),
      actor: { userId: 'vlo-7', role: 'VLO' },
      occurredAt,
      schemaVersion: 1,
    },
    streamId,
    revision: BigInt(revision),
    position: { commit, prepare: commit },
    recordedAt: new Date(Date.parse(occurredAt) + 1000),
  };
}
