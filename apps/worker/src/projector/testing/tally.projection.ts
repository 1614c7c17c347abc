import { RecordedEvent } from '@vcs/event-store';
import { Projection } from '@vcs/read-models';
import { EntityManager } from 'typeorm';

/**
 * A test projection that makes double or missing application visible: a per-stream tally plus a log row per
 * applied event (no unique key, so a repeat shows up as a duplicate row rather than an error).
 */
export class TallyProjection implements Projection {
  readonly tables: string[];

  constructor(
    readonly name: string,
    private readonly prefix: string,
    private readonly slowEveryNth = 0,
    readonly handles: readonly string[] | '*' = '*',
  ) {
    this.tables = [`${prefix}_tally`, `${prefix}_log`];
  }

  static createTablesSql(prefix: string): string {
    return `
      CREATE TABLE ${prefix}_tally (stream_id text PRIMARY KEY, events integer NOT NULL, revision_sum bigint NOT NULL, last_type text NOT NULL);
      CREATE TABLE ${prefix}_log (event_id uuid NOT NULL, position text NOT NULL);`;
  }

  async apply(event: RecordedEvent, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.prefix}_tally AS t (stream_id, events, revision_sum, last_type) VALUES ($1, 1, $2, $3)
       ON CONFLICT (stream_id) DO UPDATE SET events = t.events + 1, revision_sum = t.revision_sum + EXCLUDED.revision_sum, last_type = EXCLUDED.last_type`,
      [event.streamId, event.revision.toString(), event.type],
    );
    await manager.query(`INSERT INTO ${this.prefix}_log (event_id, position) VALUES ($1, $2)`, [
      event.id,
      `${event.position.commit}/${event.position.prepare}`,
    ]);
    // Widen the window in which a kill lands inside an open transaction.
    if (this.slowEveryNth > 0 && Number(event.revision) % this.slowEveryNth === 0)
      await new Promise((r) => setTimeout(r, 2));
  }
}
