import { RecordedEvent } from '@vcs/event-store';
import { EntityManager } from 'typeorm';
import { BatchColumn, writeRows } from '../batch-sql';
import { MemoryBuild } from '../memory-build';
import { Projection } from '../projection';

/** What a batch adds to one stream's catalogue entry. */
interface StreamTally {
  streamId: string;
  events: number;
  lastRevision: string;
  lastEventType: string;
  firstRecordedAt: Date;
  lastRecordedAt: Date;
}

/** Catalogue of every stream (victim-…, sentence-…): lets operators and the API know what exists without reading the history. */
export class StreamCatalogueProjection implements Projection {
  readonly name = 'stream-catalogue';
  readonly handles = '*' as const;
  readonly tables = ['stream_catalogue'];
  readonly readsPersonalData = false;

  apply(event: RecordedEvent, manager: EntityManager): Promise<void> {
    return this.applyBatch([event], manager);
  }

  /** One upsert for the batch: per stream, the count it adds and its last event. */
  async applyBatch(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    await writeRows(manager, {
      table: 'stream_catalogue',
      columns: CATALOGUE_COLUMNS,
      rows: tallyByStream(events).map(catalogueValues),
      onConflict: {
        update: ['stream_id'],
        set: [
          'event_count = t.event_count + EXCLUDED.event_count',
          'last_revision',
          'last_event_type',
          'last_recorded_at',
        ],
      },
    });
  }

  /** The tallies of the whole history, one per stream, written once. */
  memoryBuild(): MemoryBuild {
    const tallies = new Map<string, StreamTally>();
    return {
      apply: (events) => {
        tallyInto(tallies, events);
        return [];
      },
      rows: () => [
        { table: 'stream_catalogue', columns: CATALOGUE_COLUMNS, rows: [...tallies.values()].map(catalogueValues) },
      ],
    };
  }
}

const CATALOGUE_COLUMNS: readonly BatchColumn[] = [
  ['stream_id', 'text'],
  ['category', 'text'],
  ['event_count', 'bigint'],
  ['last_revision', 'bigint'],
  ['last_event_type', 'text'],
  ['first_recorded_at', 'timestamptz'],
  ['last_recorded_at', 'timestamptz'],
];

function catalogueValues(t: StreamTally): unknown[] {
  return [
    t.streamId,
    streamCategory(t.streamId),
    t.events,
    t.lastRevision,
    t.lastEventType,
    t.firstRecordedAt,
    t.lastRecordedAt,
  ];
}

/** Per stream, in order of first appearance: how many events, the last one's revision, type and time. */
export function tallyByStream(events: readonly RecordedEvent[]): StreamTally[] {
  const tallies = new Map<string, StreamTally>();
  tallyInto(tallies, events);
  return [...tallies.values()];
}

function tallyInto(tallies: Map<string, StreamTally>, events: readonly RecordedEvent[]): void {
  for (const event of events) {
    const tally = tallies.get(event.streamId);
    if (tally) {
      tally.events += 1;
      tally.lastRevision = event.revision.toString();
      tally.lastEventType = event.type;
      tally.lastRecordedAt = event.recordedAt;
    } else {
      tallies.set(event.streamId, {
        streamId: event.streamId,
        events: 1,
        lastRevision: event.revision.toString(),
        lastEventType: event.type,
        firstRecordedAt: event.recordedAt,
        lastRecordedAt: event.recordedAt,
      });
    }
  }
}

/** `victim-3f2…` → `victim`: the aggregate type is the stream id up to its first dash. */
export function streamCategory(streamId: string): string {
  const dash = streamId.indexOf('-');
  return dash > 0 ? streamId.slice(0, dash) : streamId;
}
