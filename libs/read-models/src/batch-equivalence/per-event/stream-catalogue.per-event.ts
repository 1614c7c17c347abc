// The per-event projection as it stood before batching (commit 4dbe351), kept unchanged as the oracle that
// batch-equivalence.int.spec.ts compares the batched projection with. Not used by the application.
import { RecordedEvent } from '@vcs/event-store';
import { EntityManager } from 'typeorm';
import { Projection } from '../../projection';

/** Catalogue of every stream (victim-…, sentence-…): lets operators and the API know what exists without reading the history. */
export class StreamCatalogueProjection implements Projection {
  readonly name = 'stream-catalogue';
  readonly handles = '*' as const;
  readonly tables = ['stream_catalogue'];

  async apply(event: RecordedEvent, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO stream_catalogue AS c (stream_id, category, event_count, last_revision, last_event_type, first_recorded_at, last_recorded_at)
       VALUES ($1, $2, 1, $3, $4, $5, $5)
       ON CONFLICT (stream_id) DO UPDATE SET
         event_count = c.event_count + 1,
         last_revision = EXCLUDED.last_revision,
         last_event_type = EXCLUDED.last_event_type,
         last_recorded_at = EXCLUDED.last_recorded_at`,
      [event.streamId, streamCategory(event.streamId), event.revision.toString(), event.type, event.recordedAt],
    );
  }
}

/** `victim-3f2…` → `victim`: the aggregate type is the stream id up to its first dash. */
export function streamCategory(streamId: string): string {
  const dash = streamId.indexOf('-');
  return dash > 0 ? streamId.slice(0, dash) : streamId;
}
