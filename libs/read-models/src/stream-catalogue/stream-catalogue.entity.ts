import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per stream in the history: what kind of stream, how many events, when last written. No personal data. */
@Entity({ name: 'stream_catalogue' })
export class StreamCatalogueEntry {
  @PrimaryColumn({ name: 'stream_id', type: 'text' })
  streamId: string;

  @Column({ type: 'text' })
  category: string;

  @Column({ name: 'event_count', type: 'bigint' })
  eventCount: string;

  @Column({ name: 'last_revision', type: 'bigint' })
  lastRevision: string;

  @Column({ name: 'last_event_type', type: 'text' })
  lastEventType: string;

  @Column({ name: 'first_recorded_at', type: 'timestamptz' })
  firstRecordedAt: Date;

  @Column({ name: 'last_recorded_at', type: 'timestamptz' })
  lastRecordedAt: Date;
}
