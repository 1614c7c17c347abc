import { RecordedEvent } from '@vcs/event-store';
import { DataKeySource } from '@vcs/security';
import { createTestDatabase, dataKeysOn, TestDatabase } from '@vcs/test-support';
import { DataSource } from 'typeorm';
import { Random } from '../../../../bench/read-side/rng';
import { allProjections } from '../areas';
import { createDataSource } from '../data-source';
import { writeInChunks } from '../memory-build';
import { applyHandled, Projection, projectionHandles } from '../projection';
import { variedHistory } from './varied-history';

// Every view that offers a revision for If-Match carries its stream's latest revision once it has caught up,
// whoever appended to the stream: the VLO's commands, the planner (NotificationScheduled, …), the worker's sends
// and delivery reports, letters, retention, erasure, inter-agency meetings on a sentence's stream. Checked over the
// varied history, applied live (random batches) and as a rebuild builds it (in memory, then the catch-up).

let dataKeys: DataKeySource;
const deps = () => ({ pseudonymKey: 'view-revisions-pseudonym-key', dataKeys });
/** The views that answer a revision, the stream kind each follows, and how to read each row's revision. */
const REVISION_VIEWS: readonly { projection: string; streamPrefix: string; sql: string }[] = [
  {
    projection: 'victim-case-view',
    streamPrefix: 'victim-',
    sql: 'SELECT victim_id::text AS id, revision::text AS revision FROM victim_case_view',
  },
  {
    projection: 'letters',
    streamPrefix: 'victim-',
    sql: 'SELECT victim_id::text AS id, revision::text AS revision FROM letter_victims',
  },
  {
    projection: 'sentence-view',
    streamPrefix: 'sentence-',
    sql: 'SELECT sentence_id::text AS id, revision::text AS revision FROM sentence_view',
  },
];

describe('views that offer a revision for If-Match', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await createDataSource(database.url, { poolSize: 2 }).initialize();
    dataKeys = dataKeysOn(dataSource);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it("carry their stream's latest revision after catch-up, whoever appended, live and after a rebuild", async () => {
    const { events } = variedHistory(20261207, { sentences: 30, victims: 120 });
    const latest = new Map<string, string>();
    const appendedBy = new Map<string, Set<string>>();
    for (const event of events) {
      latest.set(event.streamId, event.revision.toString());
      appendedBy.set(event.streamId, (appendedBy.get(event.streamId) ?? new Set()).add(event.type));
    }
    // The history has streams whose last event is one the views used to ignore.
    const lastTypes = new Set(
      events.filter((e) => latest.get(e.streamId) === e.revision.toString()).map((e) => e.type),
    );
    expect([...lastTypes]).toEqual(expect.arrayContaining(['NotificationScheduled', 'InterAgencyMeetingHeld']));

    for (const view of REVISION_VIEWS) {
      const projection = allProjections(deps()).find((p) => p.name === view.projection) as Projection;
      await applyInBatches(dataSource, projection, events, new Random(11));
      expect({ view: view.projection, live: await mismatches(view, latest) }).toEqual({
        view: view.projection,
        live: [],
      });

      await dataSource.query(`TRUNCATE ${projection.tables.join(', ')}`);
      await buildInMemoryThenCatchUp(
        dataSource,
        allProjections(deps()).find((p) => p.name === view.projection) as Projection,
        events,
        new Random(12),
      );
      expect({ view: view.projection, rebuilt: await mismatches(view, latest) }).toEqual({
        view: view.projection,
        rebuilt: [],
      });
    }
  }, 600_000);

  /** Rows whose revision is not their stream's latest, and how many rows were compared (none would prove nothing). */
  async function mismatches(view: (typeof REVISION_VIEWS)[number], latest: Map<string, string>): Promise<string[]> {
    const rows: { id: string; revision: string }[] = await dataSource.query(view.sql);
    expect(rows.length).toBeGreaterThan(20);
    return rows
      .filter((row) => row.revision !== latest.get(`${view.streamPrefix}${row.id}`))
      .map(
        (row) =>
          `${view.streamPrefix}${row.id}: view ${row.revision}, stream ${latest.get(`${view.streamPrefix}${row.id}`)}`,
      );
  }
});

async function applyInBatches(
  dataSource: DataSource,
  projection: Projection,
  events: readonly RecordedEvent[],
  random: Random,
): Promise<void> {
  for (let start = 0; start < events.length;) {
    const size = random.chance(0.2) ? random.int(1, 5) : random.int(6, 700);
    await dataSource.transaction((manager) => applyHandled(projection, events.slice(start, start + size), manager));
    start += size;
  }
}

async function buildInMemoryThenCatchUp(
  dataSource: DataSource,
  projection: Projection,
  events: readonly RecordedEvent[],
  random: Random,
): Promise<void> {
  const build = projection.memoryBuild?.();
  if (!build) return applyInBatches(dataSource, projection, events, random);
  const cut = Math.floor(events.length * 0.85);
  const handled = events.slice(0, cut).filter((event) => projectionHandles(projection, event.type));
  const writes = build.apply(handled);
  await build.beforeRows?.();
  await dataSource.transaction((manager) => writeInChunks(manager, [...writes, ...build.rows()]));
  await applyInBatches(dataSource, projection, events.slice(cut), random);
}
