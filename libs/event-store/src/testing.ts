import { randomUUID } from 'node:crypto';
import { EventToAppend } from './event-store.port';

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
