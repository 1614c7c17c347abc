import { comparePositions, EventToAppend, PostgresEventStore, RecordedEvent } from '@vcs/event-store';
import { allProjections, createDataSource, Projection } from '@vcs/read-models';
import { DataKeySource } from '@vcs/security';
import { createTestDatabase, dataKeysOn, TestDatabase } from '@vcs/test-support';
import { DataSource } from 'typeorm';
import { variedHistory } from '../../../../libs/read-models/src/batch-equivalence/varied-history';
import { Projector } from './projector';
import { rebuildProjections } from './rebuild';

// Every real read model rebuilt as `npm run projections:rebuild` does (in memory where the projection can, written out
// once, then caught up and swapped under the live checkpoint lock) while the live projectors keep going and the
// varied history (every event type, erasure included) is still being appended. The rebuilt rows must be exactly
// those the live projectors give from nothing over the same stored history.

let dataKeys: DataKeySource;
const deps = () => ({ pseudonymKey: 'rebuild-in-memory-pseudonym-key', dataKeys });
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

describe('rebuilding every read model in memory while the live projectors run', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let store: PostgresEventStore;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await createDataSource(database.url, { poolSize: 20 }).initialize();
    dataKeys = dataKeysOn(dataSource);
    store = new PostgresEventStore({ connectionString: database.url, pollIntervalMs: 50 });
  });

  afterAll(async () => {
    await store?.close();
    await dataSource?.destroy();
    await database?.drop();
  });

  const startLive = (projections: readonly Projection[]) =>
    projections.map((projection) => {
      const projector = new Projector(dataSource, store, projection, { batchSize: 50, retryMs: 50, log: silent });
      projector.start();
      return projector;
    });
  const caughtUp = async (projections: readonly Projection[]) => {
    const head = await store.headPosition();
    const rows: { projection: string; commit: string | null; prepare: string | null }[] = await dataSource.query(
      'SELECT projection, commit_position::text AS commit, prepare_position::text AS prepare FROM projection_checkpoints WHERE projection = ANY($1)',
      [projections.map((p) => p.name)],
    );
    return (
      !!head &&
      rows.length === projections.length &&
      rows.every(
        (row) =>
          row.commit !== null &&
          comparePositions({ commit: BigInt(row.commit), prepare: BigInt(row.prepare ?? 0) }, head) >= 0,
      )
    );
  };
  const until = async (predicate: () => Promise<boolean>, what: string) => {
    const deadline = Date.now() + 300_000;
    while (!(await predicate())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  it('gives exactly the rows the live projectors give from nothing', async () => {
    const { events } = variedHistory(20261202, { sentences: 40, victims: 150 });
    const appends = appendsOf(events);
    const cut = Math.floor(appends.length * 0.7);
    const append = async (part: readonly Append[]) => {
      for (const { streamId, events: toAppend } of part) await store.appendToStream(streamId, toAppend, 'any');
    };

    await append(appends.slice(0, cut));
    const live = startLive(allProjections(deps()));
    await until(() => caughtUp(allProjections(deps())), 'the live projectors');
    await dataSource.query(
      'UPDATE victim_case_view SET contact_count = -1; DELETE FROM caseload_tasks WHERE done_at IS NULL',
    );

    const appending = append(appends.slice(cut)); // the rest of the history arrives during the rebuild
    const result = await rebuildProjections(dataSource, store, allProjections(deps()), { batchSize: 300 });
    await appending;
    const projections = allProjections(deps());
    await until(() => caughtUp(projections), 'the live projectors after the rebuild');
    await Promise.all(live.map((projector) => projector.stop()));
    expect(result.projections.every((p) => p.phase === 'done')).toBe(true);
    expect(projections.filter((p) => p.memoryBuild).length).toBeGreaterThanOrEqual(6);
    const rebuilt = await rowsOfEveryTable(dataSource, projections);

    // The oracle: the same live projectors from empty tables over the same stored history.
    for (const projection of projections)
      for (const table of projection.tables) await dataSource.query(`TRUNCATE ${table}`);
    await dataSource.query('DELETE FROM projection_checkpoints WHERE projection = ANY($1)', [
      projections.map((p) => p.name),
    ]);
    const fromNothing = startLive(allProjections(deps()));
    await until(() => caughtUp(projections), 'the live projectors from nothing');
    await Promise.all(fromNothing.map((projector) => projector.stop()));
    const oracle = await rowsOfEveryTable(dataSource, projections);

    for (const [table, rows] of oracle) {
      expect({ table, empty: rows.length === 0 }).toEqual({ table, empty: false });
      expect({ table, rows: rebuilt.get(table)?.length }).toEqual({ table, rows: rows.length });
      expect({ table, rows: rebuilt.get(table) }).toEqual({ table, rows });
    }
    const leftOver = await dataSource.query(
      "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'rebuild_%' OR nspname LIKE 'retired_%'",
    );
    expect(leftOver).toEqual([]);
  }, 900_000);
});

interface Append {
  readonly streamId: string;
  readonly events: EventToAppend[];
}

/** The history as the appends that stored it: consecutive events of one stream go together. */
function appendsOf(events: readonly RecordedEvent[]): Append[] {
  const appends: Append[] = [];
  for (const { id, type, data, metadata, streamId } of events) {
    const last = appends[appends.length - 1];
    if (last && last.streamId === streamId) last.events.push({ id, type, data, metadata });
    else appends.push({ streamId, events: [{ id, type, data, metadata }] });
  }
  return appends;
}

/** Every row of every table as canonical JSON, sorted. */
async function rowsOfEveryTable(
  dataSource: DataSource,
  projections: readonly Projection[],
): Promise<Map<string, string[]>> {
  const tables = new Map<string, string[]>();
  for (const table of projections.flatMap((p) => p.tables)) {
    const rows: { row: string }[] = await dataSource.query(
      `SELECT to_jsonb(t)::text AS row FROM ${table} t ORDER BY 1`,
    );
    tables.set(
      table,
      rows.map((r) => r.row),
    );
  }
  return tables;
}
