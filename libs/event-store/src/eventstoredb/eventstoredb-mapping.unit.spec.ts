import { ANY, NO_STREAM, STREAM_EXISTS } from '@kurrent/kurrentdb-client';
import { EventToAppend } from '../event-store.port';
import {
  ClientRecordedEvent,
  UnreadableEventError,
  backoffDelay,
  isKnownPosition,
  isSystemEvent,
  toActualRevision,
  toClientStreamState,
  toEventData,
  toRecordedEvent,
} from './eventstoredb-mapping';

const metadata = {
  correlationId: 'c0a80101-0000-4000-8000-000000000001',
  causationId: 'c0a80101-0000-4000-8000-000000000002',
  actor: { userId: 'vlo-1', role: 'VLO' },
  occurredAt: '2026-11-23T10:00:00.000Z',
  schemaVersion: 1,
  idempotencyKey: 'k-1',
};

function anEvent(data: unknown = { victimId: 'v-1', nested: { list: [1, 'two', null] } }): EventToAppend {
  return { id: 'c0a80101-0000-4000-8000-0000000000aa', type: 'VictimEnrolled', data, metadata };
}

function aClientEvent(overrides: Partial<ClientRecordedEvent> = {}): ClientRecordedEvent {
  return {
    streamId: 'case-1',
    id: 'c0a80101-0000-4000-8000-0000000000aa',
    type: 'VictimEnrolled',
    revision: 3n,
    created: new Date('2026-11-23T10:00:01.234Z'),
    isJson: true,
    data: { victimId: 'v-1' },
    metadata,
    position: { commit: 1042n, prepare: 1042n },
    ...overrides,
  };
}

describe('EventStoreDB mapping', () => {
  describe('expected revision', () => {
    it.each([
      ['no_stream', NO_STREAM],
      ['stream_exists', STREAM_EXISTS],
      ['any', ANY],
    ] as const)('maps %s to the client constant', (ours, theirs) => {
      expect(toClientStreamState(ours)).toBe(theirs);
    });

    it('passes an exact revision through, including 0', () => {
      expect(toClientStreamState(0n)).toBe(0n);
      expect(toClientStreamState(41n)).toBe(41n);
    });

    it('refuses a negative revision', () => {
      expect(() => toClientStreamState(-1n)).toThrow(RangeError);
    });
  });

  describe('actual revision of a refused append', () => {
    it('keeps a revision', () => {
      expect(toActualRevision(1n)).toBe(1n);
      expect(toActualRevision(0n)).toBe(0n);
    });

    it("reports a missing stream as 'no_stream', whether the client says no_stream or -1", () => {
      expect(toActualRevision(NO_STREAM)).toBe('no_stream');
      expect(toActualRevision(-1n)).toBe('no_stream');
    });
  });

  describe('system events', () => {
    it('recognises $-prefixed event types and $-prefixed streams', () => {
      expect(isSystemEvent({ streamId: '$settings', type: 'Settings' })).toBe(true);
      expect(isSystemEvent({ streamId: 'case-1', type: '$metadata' })).toBe(true);
      expect(isSystemEvent({ streamId: '$$case-1', type: '$metadata' })).toBe(true);
      expect(isSystemEvent({ streamId: 'case-1', type: 'VictimEnrolled' })).toBe(false);
      expect(isSystemEvent({ streamId: 'case-$1', type: 'Victim$Enrolled' })).toBe(false);
    });
  });

  describe('event to append', () => {
    it('keeps the caller id, type, data and metadata, as JSON', () => {
      const event = anEvent();
      const data = toEventData(event);
      expect(data).toEqual({
        id: event.id,
        contentType: 'application/json',
        type: 'VictimEnrolled',
        data: event.data,
        metadata,
      });
    });

    it('accepts any JSON value as data', () => {
      expect(toEventData(anEvent('text')).data).toBe('text');
      expect(toEventData(anEvent([1, 2])).data).toEqual([1, 2]);
      expect(toEventData(anEvent(null)).data).toBeNull();
    });

    it('refuses data JSON cannot carry', () => {
      expect(() => toEventData({ ...anEvent(), data: undefined })).toThrow(TypeError);
      expect(() => toEventData(anEvent(10n))).toThrow(TypeError);
    });
  });

  describe('recorded event', () => {
    it('maps every field, with recordedAt from created and a bigint revision and position', () => {
      const mapped = toRecordedEvent(aClientEvent());
      expect(mapped).toEqual({
        id: 'c0a80101-0000-4000-8000-0000000000aa',
        type: 'VictimEnrolled',
        data: { victimId: 'v-1' },
        metadata,
        streamId: 'case-1',
        revision: 3n,
        position: { commit: 1042n, prepare: 1042n },
        recordedAt: new Date('2026-11-23T10:00:01.234Z'),
      });
    });

    it('refuses binary events rather than skip them', () => {
      expect(() => toRecordedEvent(aClientEvent({ isJson: false, data: new Uint8Array([1]) }))).toThrow(
        UnreadableEventError,
      );
    });

    it('refuses events whose metadata is missing or not a JSON object', () => {
      expect(() => toRecordedEvent(aClientEvent({ metadata: undefined }))).toThrow(/metadata/);
      expect(() => toRecordedEvent(aClientEvent({ metadata: new Uint8Array([1]) }))).toThrow(/metadata/);
      expect(() => toRecordedEvent(aClientEvent({ metadata: ['a'] }))).toThrow(/metadata/);
    });

    it('refuses events without a known $all position', () => {
      expect(() => toRecordedEvent(aClientEvent({ position: undefined }))).toThrow(/position/);
      expect(() =>
        toRecordedEvent(aClientEvent({ position: { commit: 18446744073709551615n, prepare: 18446744073709551615n } })),
      ).toThrow(/position/);
    });
  });

  describe('positions', () => {
    it('treats an absent or all-ones position as unknown', () => {
      expect(isKnownPosition(undefined)).toBe(false);
      expect(isKnownPosition({ commit: 18446744073709551615n, prepare: 5n })).toBe(false);
      expect(isKnownPosition({ commit: 0n, prepare: 0n })).toBe(true);
      expect(isKnownPosition({ commit: 2048n, prepare: 1024n })).toBe(true);
    });
  });

  describe('backoff', () => {
    const policy = { initialDelayMs: 250, maxDelayMs: 10_000 };

    it('doubles from the initial delay up to the ceiling', () => {
      expect([0, 1, 2, 3, 4, 5, 6, 7].map((attempt) => backoffDelay(attempt, policy))).toEqual([
        250, 500, 1000, 2000, 4000, 8000, 10_000, 10_000,
      ]);
    });

    it('stays finite for very many attempts', () => {
      expect(backoffDelay(10_000, policy)).toBe(10_000);
    });
  });
});
