import { RecordedEvent } from '@vcs/event-store';
import { Projection } from '@vcs/read-models';
import { EntityManager } from 'typeorm';

/** A test projection that writes down the `data.personal` it was given, to show what a rebuild feeds it. */
export class PersonalDataWitnessProjection implements Projection {
  readonly handles = '*' as const;
  readonly tables: string[];

  constructor(
    readonly name: string,
    private readonly prefix: string,
    readonly readsPersonalData: boolean,
  ) {
    this.tables = [`${prefix}_seen`];
  }

  static createTablesSql(prefix: string): string {
    return `CREATE TABLE ${prefix}_seen (event_id uuid PRIMARY KEY, type text NOT NULL, personal jsonb);`;
  }

  async apply(event: RecordedEvent, manager: EntityManager): Promise<void> {
    const personal = (event.data as { personal?: unknown }).personal;
    await manager.query(`INSERT INTO ${this.prefix}_seen (event_id, type, personal) VALUES ($1, $2, $3)`, [
      event.id,
      event.type,
      personal === undefined ? null : JSON.stringify(personal),
    ]);
  }
}
