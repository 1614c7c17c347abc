import { randomUUID } from 'node:crypto';
import { DomainEvent, VloUnit } from '@vcs/domain';
import { RecordedEvent } from '@vcs/event-store';
import { createTestDatabase, TestDatabase } from '@vcs/test-support';
import { DataSource } from 'typeorm';
import { createDataSource } from '../data-source';
import { writeInChunks } from '../memory-build';
import { CaseloadTasksProjection } from './caseload-tasks.projection';
import { OPEN_CASE } from './caseload-open-case';

// "Open cases" read from the caseload row alone (`case_closed`, no join to the case view): each event that opens or
// ends a case moves its unit's count, and a rebuild gives the rows the live projection wrote.

const YORKSHIRE: VloUnit = 'yorkshire-and-the-humber';
const LONDON: VloUnit = 'london';

let commit = 0n;
const history: RecordedEvent[] = [];
function recorded(event: DomainEvent): RecordedEvent {
  commit += 1n;
  const data = event.data as { victimId?: string; sentenceId?: string };
  const occurredAt = '2026-02-02T10:00:00.000Z';
  return {
    id: randomUUID(),
    type: event.type,
    data: event.data,
    metadata: {
      correlationId: randomUUID(),
      causationId: randomUUID(),
      actor: { userId: 'vlo-1', role: 'VLO' },
      occurredAt,
      schemaVersion: 1,
    },
    streamId: data.victimId ? `victim-${data.victimId}` : `sentence-${data.sentenceId}`,
    revision: 0n,
    position: { commit, prepare: 0n },
    recordedAt: new Date(occurredAt),
  };
}

const sentenceId = randomUUID();
const sentence: DomainEvent = {
  type: 'SentenceRecorded',
  data: {
    sentenceId,
    reference: 'X123456',
    offenceCategory: 'specified-violent',
    offenceCausedDeath: false,
    sentenceType: 'determinate-custody',
    lengthMonths: 36,
    sentencingCourt: 'Leeds Crown Court',
    sentenceDate: '2026-01-08',
    probationRegion: YORKSHIRE,
  },
};
const referral = (victimId: string, vloUnit: VloUnit = YORKSHIRE): DomainEvent => ({
  type: 'ReferralReceived',
  data: {
    victimId,
    sentenceId,
    referredFor: 'vcs',
    source: 'witness-care-unit',
    circumstance: 'adult-victim',
    receivedOn: '2026-01-15',
    vloUnit,
    victimLiaisonOfficerId: 'vlo-7',
    personal: { fullName: 'Jane Example' },
  },
});
const enrolled = (victimId: string): DomainEvent => ({
  type: 'VictimEnrolled',
  data: {
    victimId,
    sentenceId,
    scheme: 'vcs-statutory',
    basis: 'specified-offence-custody-12-months-or-more',
    enrolledOn: '2026-01-20',
    victimLiaisonOfficerId: 'vlo-7',
    personal: {},
  },
});
const transferred = (victimId: string, fromUnit: VloUnit, toUnit: VloUnit): DomainEvent => ({
  type: 'VictimCaseTransferred',
  data: { victimId, fromUnit, toUnit, reason: 'victim-moved', transferredOn: '2026-01-25', personal: {} },
});
const withdrew = (victimId: string): DomainEvent => ({
  type: 'VictimWithdrew',
  data: { victimId, withdrewOn: '2026-01-30', personal: {} },
});
const rejoined = (victimId: string): DomainEvent => ({
  type: 'VictimRejoined',
  data: { victimId, scheme: 'vcs-statutory', rejoinedOn: '2026-02-10', victimLiaisonOfficerId: 'vlo-9' },
});
const caseClosed = (victimId: string): DomainEvent => ({
  type: 'VictimCaseClosed',
  data: { victimId, closedOn: '2026-03-01', reason: 'victim-withdrew' },
});
const caseReopened = (victimId: string): DomainEvent => ({
  type: 'VictimCaseReopened',
  data: { victimId, reopenedOn: '2026-03-10', reason: 'victim-rejoined' },
});
const erased = (victimId: string): DomainEvent => ({
  type: 'VictimPersonalDataErased',
  data: { victimId, erasedOn: '2026-04-01', erasedBy: 'admin-1', basis: 'retention-period-ended' },
});

describe('open cases on the caseload row', () => {
  let live: TestDatabase;
  let rebuilt: TestDatabase;
  let liveSource: DataSource;
  let rebuiltSource: DataSource;
  const projection = new CaseloadTasksProjection();

  beforeAll(async () => {
    live = await createTestDatabase();
    rebuilt = await createTestDatabase();
    liveSource = await createDataSource(live.url, { poolSize: 2 }).initialize();
    rebuiltSource = await createDataSource(rebuilt.url, { poolSize: 2 }).initialize();
    await apply(sentence);
  });

  afterAll(async () => {
    await liveSource?.destroy();
    await rebuiltSource?.destroy();
    await live?.drop();
    await rebuilt?.drop();
  });

  /** The live projector's path: each event in its own transaction, as `apply` (a batch of one). */
  async function apply(...events: DomainEvent[]): Promise<void> {
    for (const event of events) {
      const stored = recorded(event);
      history.push(stored);
      await liveSource.transaction((manager) => projection.apply(stored, manager));
    }
  }

  /** The summary's open-case figure per unit, from the row alone. */
  async function openCases(): Promise<Record<string, number>> {
    const rows: { unit: string; open: number }[] = await liveSource.query(
      `SELECT unit, count(*)::int AS open FROM caseload_victims WHERE ${OPEN_CASE} GROUP BY unit`,
    );
    return Object.fromEntries(rows.map(({ unit, open }) => [unit, open]));
  }

  /** How each unit's count moved since `before` (units that did not move left out). */
  async function movedSince(before: Record<string, number>): Promise<Record<string, number>> {
    const after = await openCases();
    const moved: Record<string, number> = {};
    for (const unit of new Set([...Object.keys(before), ...Object.keys(after)])) {
      const by = (after[unit] ?? 0) - (before[unit] ?? 0);
      if (by !== 0) moved[unit] = by;
    }
    return moved;
  }

  it('counts a referred and an enrolled victim as open in their unit', async () => {
    const victimId = randomUUID();
    const before = await openCases();
    await apply(referral(victimId));
    expect(await movedSince(before)).toEqual({ [YORKSHIRE]: 1 });
    const referred = await openCases();
    await apply(enrolled(victimId));
    expect(await movedSince(referred)).toEqual({});
  });

  it('moves the open case to the other unit on a transfer', async () => {
    const victimId = randomUUID();
    await apply(referral(victimId), enrolled(victimId));
    const before = await openCases();
    await apply(transferred(victimId, YORKSHIRE, LONDON));
    expect(await movedSince(before)).toEqual({ [YORKSHIRE]: -1, [LONDON]: 1 });
  });

  it('ends the open case on a withdrawal and opens it again on a rejoin', async () => {
    const victimId = randomUUID();
    await apply(referral(victimId), enrolled(victimId));
    const before = await openCases();
    await apply(withdrew(victimId));
    expect(await movedSince(before)).toEqual({ [YORKSHIRE]: -1 });
    await apply(rejoined(victimId));
    expect(await movedSince(before)).toEqual({});
  });

  it('keeps a closed case out of the count until it is reopened, whatever happens meanwhile', async () => {
    const victimId = randomUUID();
    await apply(referral(victimId), enrolled(victimId));
    const before = await openCases();
    await apply(withdrew(victimId), caseClosed(victimId));
    expect(await movedSince(before)).toEqual({ [YORKSHIRE]: -1 });
    // Rejoining while closed: the case view keeps its status closed until the reopening, and so does the count.
    await apply(rejoined(victimId));
    expect(await movedSince(before)).toEqual({ [YORKSHIRE]: -1 });
    await apply(caseReopened(victimId));
    expect(await movedSince(before)).toEqual({});
  });

  it('ends the open case on an erasure', async () => {
    const victimId = randomUUID();
    await apply(referral(victimId, LONDON), enrolled(victimId));
    const before = await openCases();
    await apply(erased(victimId));
    expect(await movedSince(before)).toEqual({ [LONDON]: -1 });
  });

  it('gives the same rows rebuilt in memory from the history as the live projection wrote', async () => {
    // Besides the cases above (each open or ended again by now), one left closed.
    const stillClosed = randomUUID();
    await apply(referral(stillClosed), withdrew(stillClosed), caseClosed(stillClosed));
    const build = projection.memoryBuild();
    build.apply(history);
    await rebuiltSource.transaction((manager) => writeInChunks(manager, build.rows()));
    const rows = (source: DataSource, table: string, key: string) =>
      source.query(`SELECT * FROM ${table} ORDER BY ${key}`);
    const victims = await rows(liveSource, 'caseload_victims', 'victim_id');
    const closed = victims.filter((row: { case_closed: boolean }) => row.case_closed);
    expect(closed.map((row: { victim_id: string }) => row.victim_id)).toEqual([stillClosed]);
    expect(await rows(rebuiltSource, 'caseload_victims', 'victim_id')).toEqual(victims);
    expect(await rows(rebuiltSource, 'caseload_tasks', 'task_id')).toEqual(
      await rows(liveSource, 'caseload_tasks', 'task_id'),
    );
    const open = (source: DataSource) =>
      source.query(`SELECT victim_id FROM caseload_victims WHERE ${OPEN_CASE} ORDER BY victim_id`);
    expect(await open(rebuiltSource)).toEqual(await open(liveSource));
  });
});
