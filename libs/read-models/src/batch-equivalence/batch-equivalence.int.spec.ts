import { randomUUID } from 'node:crypto';
import { RecordedEvent } from '@vcs/event-store';
import { DataKeySource } from '@vcs/security';
import { createTestDatabase, dataKeysOn, TestDatabase } from '@vcs/test-support';
import { DataSource } from 'typeorm';
import { Random } from '../../../../bench/read-side/rng';
import { allProjections } from '../areas';
import { createDataSource } from '../data-source';
import { writeInChunks } from '../memory-build';
import { applyHandled, Projection, projectionHandles, readsPersonalDataOf } from '../projection';
import { variedHistory } from './varied-history';

// Every projection, fed the same varied history twice: one event at a time (`apply`, a batch of one), and in batches
// of random sizes (1 to 700 events) through `applyHandled` (the projection's `applyBatch`), each batch in its own
// transaction as the projector does. Every row of every table must be the same: the rows never depend on how the
// history was cut into batches (live batches are small, catch-up and rebuild batches large). When batching was
// introduced this test ran against frozen copies of the per-event projections it replaced, and passed. A projection gets, in its batches, events whose `data.personal` it says it
// never reads (`readsPersonalData: false`, or a type not in `personalDataTypes`) with an opaque stand-in for the sealed envelope (as the rebuild may feed it).
// A third copy is built as a rebuild builds it: in memory (`memoryBuild`, where the projection has one) over most of
// the history in random batches, written out once into the empty tables, then the rest through `applyBatch` (the
// catch-up); it too must hold exactly the rows of one event at a time.

// One key source for the three databases: sealed personal data must come out byte-identical in each.
let dataKeys: DataKeySource;
const deps = () => ({ pseudonymKey: 'batch-equivalence-pseudonym-key', dataKeys });

describe('projections applied in batches', () => {
  let oneByOne: TestDatabase;
  let batched: TestDatabase;
  let inMemory: TestDatabase;
  let one: DataSource;
  let many: DataSource;
  let memory: DataSource;

  beforeAll(async () => {
    oneByOne = await createTestDatabase();
    batched = await createTestDatabase();
    inMemory = await createTestDatabase();
    one = await createDataSource(oneByOne.url, { poolSize: 3 }).initialize();
    dataKeys = dataKeysOn(one);
    many = await createDataSource(batched.url, { poolSize: 2 }).initialize();
    memory = await createDataSource(inMemory.url, { poolSize: 2 }).initialize();
  });

  afterAll(async () => {
    await one?.destroy();
    await many?.destroy();
    await memory?.destroy();
    await oneByOne?.drop();
    await batched?.drop();
    await inMemory?.drop();
  });

  it('give exactly the rows of one event at a time, for every projection, in batches and built in memory', async () => {
    const { events, countsByType } = variedHistory(20261123, { sentences: 70, victims: 260 });
    // The history covers what the batch paths must get right.
    for (const type of [
      'SentenceRecorded',
      'SentenceMilestoneReached',
      'InterAgencyMeetingHeld',
      'ReferralReceived',
      'VictimEnrolled',
      'VictimDeclined',
      'VictimWithdrew',
      'VictimRejoined',
      'VictimLinkedToSentence',
      'VictimLiaisonOfficerAssigned',
      'VictimCaseTransferred',
      'ActingForVictimNominated',
      'ContactPreferencesUpdated',
      'ContactRecorded',
      'RepresentationSubmitted',
      'RepresentationDisclosed',
      'VictimDetailsUpdated',
      'NotificationScheduled',
      'NotificationSent',
      'NotificationFailed',
      'NotificationCancelled',
      'NotificationDeliveryStatusRecorded',
      'SafetyCheckConfirmed',
      'LetterDrafted',
      'LetterEdited',
      'LetterSubmittedForApproval',
      'LetterReturned',
      'LetterApproved',
      'VictimCaseClosed',
      'VictimCaseReopened',
      'RetentionReviewRaised',
      'RetentionDecided',
      'VictimPersonalDataErased',
    ]) {
      expect([type, countsByType.get(type) ?? 0]).toEqual([type, expect.any(Number)]);
      expect(countsByType.get(type) ?? 0).toBeGreaterThan(0);
    }

    const projectionsOne = allProjections(deps());
    const projectionsMany = allProjections(deps());
    const projectionsInMemory = allProjections(deps());
    const random = new Random(7);
    for (const [index, projection] of projectionsOne.entries()) {
      await applyOneByOne(one, projection, events);
      const batched = projectionsMany[index];
      const fed = events.map((event) => (readsPersonalDataOf(batched, event.type) ? event : sealed(event)));
      await applyInBatches(many, batched, fed, random);
      await buildInMemoryThenCatchUp(memory, projectionsInMemory[index], fed, random);
    }
    expect(projectionsInMemory.filter((p) => p.memoryBuild).map((p) => p.name)).toEqual(
      expect.arrayContaining([
        'stream-catalogue',
        'victim-case-view',
        'case-timeline',
        'sentence-view',
        'caseload-tasks',
        'letters',
        'performance-figures',
      ]),
    );

    for (const projection of projectionsOne) {
      for (const table of projection.tables) {
        const [a, b, c] = await Promise.all([rowsOf(one, table), rowsOf(many, table), rowsOf(memory, table)]);
        expect({ table, empty: a.length === 0 }).toEqual({ table, empty: false });
        expect({ table, rows: b.length }).toEqual({ table, rows: a.length });
        expect({ table, rows: b }).toEqual({ table, rows: a });
        expect({ table, inMemory: c.length }).toEqual({ table, inMemory: a.length });
        expect({ table, inMemory: c }).toEqual({ table, inMemory: a });
      }
    }

    // One meaning of a closed case: the caseload's own flag (its open-case count) is the case view's status.
    const closure: { victim_id: string; case_closed: boolean; status: string }[] = await one.query(
      `SELECT c.victim_id, c.case_closed, v.status FROM caseload_victims c
         JOIN victim_case_view v ON v.victim_id = c.victim_id::uuid ORDER BY c.victim_id`,
    );
    expect(closure.length).toBeGreaterThan(0);
    expect(closure.some((row) => row.case_closed)).toBe(true);
    expect(closure.filter((row) => row.case_closed !== (row.status === 'closed'))).toEqual([]);
  }, 900_000);

  it('erase, inside one batch, the meeting notes written earlier in it and those stored before it', async () => {
    const [a, b, sentenceId] = [randomUUID(), randomUUID(), randomUUID()];
    const meeting = (meetingId: string, commit: bigint): RecordedEvent => ({
      id: randomUUID(),
      type: 'InterAgencyMeetingHeld',
      data: {
        sentenceId,
        meetingId,
        kind: 'mappa',
        mappa: { category: 1, level: 2 },
        heldOn: '2026-03-02',
        agenciesPresent: ['probation', 'police'],
        victimsConsidered: [
          { victimId: a, viewsPresented: true, outcome: 'views-noted' },
          { victimId: b, viewsPresented: false, outcome: 'views-noted' },
        ],
        actions: [{ actionId: 'x1', forVictimId: a, ownerAgency: 'police', dueOn: '2026-04-01' }],
        personal: {
          [a]: { notes: 'Said about A', actions: { x1: 'Patrol past the house' } },
          [b]: { notes: 'Said about B' },
        },
      },
      metadata: {
        correlationId: randomUUID(),
        causationId: randomUUID(),
        actor: { userId: 'vlo-1', role: 'VLO' },
        occurredAt: '2026-03-02T10:00:00.000Z',
        schemaVersion: 1,
      },
      streamId: `sentence-${sentenceId}`,
      revision: commit,
      position: { commit, prepare: 0n },
      recordedAt: new Date('2026-03-02T10:00:00.000Z'),
    });
    const erasure: RecordedEvent = {
      ...meeting(randomUUID(), 3n),
      type: 'VictimPersonalDataErased',
      data: {
        victimId: a,
        erasedOn: '2026-03-03',
        erasedBy: 'admin-1',
        basis: 'erasure-request',
        requestReference: 'REQ-1',
      },
      streamId: `victim-${a}`,
    };
    const history = [meeting(randomUUID(), 1n), meeting(randomUUID(), 2n), erasure, meeting(randomUUID(), 4n)];
    const oracle = allProjections(deps()).find((p) => p.name === 'inter-agency-meetings') as Projection;
    const batched = allProjections(deps()).find((p) => p.name === 'inter-agency-meetings') as Projection;
    await applyOneByOne(one, oracle, history);
    // The first meeting is stored before the batch; the second is written in the same batch as the erasure.
    await many.transaction((manager) => applyHandled(batched, history.slice(0, 1), manager));
    await many.transaction((manager) => applyHandled(batched, history.slice(1), manager));
    for (const table of batched.tables)
      expect({ table, rows: await rowsOf(many, table) }).toEqual({ table, rows: await rowsOf(one, table) });
    const erased: { erased: boolean }[] = await many.query(
      'SELECT erased FROM inter_agency_meeting_notes WHERE victim_id = $1 ORDER BY meeting_id',
      [a],
    );
    expect(erased.filter((row) => row.erased)).toHaveLength(2);
  });
});

async function applyOneByOne(
  dataSource: DataSource,
  projection: Projection,
  events: readonly RecordedEvent[],
): Promise<void> {
  const handled = events.filter((event) => projectionHandles(projection, event.type));
  for (let start = 0; start < handled.length; start += 250) {
    await dataSource.transaction(async (manager) => {
      for (const event of handled.slice(start, start + 250)) await projection.apply(event, manager);
    });
  }
}

async function applyInBatches(
  dataSource: DataSource,
  projection: Projection,
  events: readonly RecordedEvent[],
  random: Random,
): Promise<void> {
  for (let start = 0; start < events.length;) {
    const size = random.chance(0.2) ? random.int(1, 5) : random.int(6, 700);
    const batch = events.slice(start, start + size);
    await dataSource.transaction((manager) => applyHandled(projection, batch, manager));
    start += size;
  }
}

/**
 * As a rebuild builds: the first ~85 % of the history in memory in random batches (where the projection can), the
 * rows written once, then the rest through `applyBatch`, as the catch-up does.
 */
async function buildInMemoryThenCatchUp(
  dataSource: DataSource,
  projection: Projection,
  events: readonly RecordedEvent[],
  random: Random,
): Promise<void> {
  const build = projection.memoryBuild?.();
  if (!build) return applyInBatches(dataSource, projection, events, random);
  const cut = Math.floor(events.length * 0.85);
  for (let start = 0; start < cut;) {
    const size = Math.min(random.int(1, 900), cut - start);
    const handled = events.slice(start, start + size).filter((event) => projectionHandles(projection, event.type));
    const writes = handled.length > 0 ? build.apply(handled) : [];
    await dataSource.transaction((manager) => writeInChunks(manager, writes));
    start += size;
  }
  await build.beforeRows?.();
  await dataSource.transaction((manager) => writeInChunks(manager, build.rows()));
  await applyInBatches(dataSource, projection, events.slice(cut), random);
}

/** The event with its personal part replaced by something no projection can read, as if still encrypted. */
function sealed(event: RecordedEvent): RecordedEvent {
  const data = event.data as Record<string, unknown> | null;
  if (data === null || typeof data !== 'object' || !('personal' in data)) return event;
  return { ...event, data: { ...data, personal: { v: 1, sealed: 'not readable here' } } };
}

/** Every row as canonical JSON, sorted: two tables hold the same rows when these are equal. */
async function rowsOf(dataSource: DataSource, table: string): Promise<string[]> {
  const rows: { row: string }[] = await dataSource.query(`SELECT to_jsonb(t)::text AS row FROM ${table} t ORDER BY 1`);
  return rows.map((r) => r.row);
}
