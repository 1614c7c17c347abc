import { randomUUID } from 'node:crypto';
import { DomainEvent, ReferralReceived, SentenceRecorded } from '@vcs/domain';
import { RecordedEvent } from '@vcs/event-store';
import { createTestDatabase, TestDatabase } from '@vcs/test-support';
import { DataSource } from 'typeorm';
import { createDataSource } from '../data-source';
import { DEFAULT_CASELOAD_POLICY } from './caseload-task.rules';
import { CaseloadTasksProjection } from './caseload-tasks.projection';

// A child victim's contact handed to them at 18: the VLO's task, on a real database with the domain's event shapes.

let commit = 0n;
function recorded(event: DomainEvent): RecordedEvent {
  commit += 1n;
  const data = event.data as { victimId?: string; sentenceId: string };
  const occurredAt = '2024-01-15T10:00:00.000Z';
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
    streamId: event.type === 'SentenceRecorded' ? `sentence-${data.sentenceId}` : `victim-${data.victimId}`,
    revision: 0n,
    position: { commit, prepare: 0n },
    recordedAt: new Date(occurredAt),
  };
}

const sentence = (sentenceId: string): SentenceRecorded => ({
  type: 'SentenceRecorded',
  data: {
    sentenceId,
    reference: 'X123456',
    offenceCategory: 'specified-violent',
    offenceCausedDeath: false,
    sentenceType: 'determinate-custody',
    lengthMonths: 36,
    sentencingCourt: 'Leeds Crown Court',
    sentenceDate: '2024-01-08',
    probationRegion: 'yorkshire-and-the-humber',
  },
});
const childReferral = (
  victimId: string,
  sentenceId: string,
  overrides: Partial<ReferralReceived['data']> = {},
): ReferralReceived => ({
  type: 'ReferralReceived',
  data: {
    victimId,
    sentenceId,
    referredFor: 'vcs',
    source: 'witness-care-unit',
    circumstance: 'child-victim',
    receivedOn: '2024-01-15',
    turnsEighteenIn: '2029-03',
    personal: { fullName: 'Sam Example', dateOfBirth: '2011-03-20' },
    ...overrides,
  },
});
const handedOver = (victimId: string): DomainEvent => ({
  type: 'ContactHandedToVictim',
  data: { victimId, handedOverOn: '2029-03-05' },
});

describe('caseload: hand contact to a child victim at 18', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource(database.url, { poolSize: 2 });
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  const applyWith = async (projection: CaseloadTasksProjection, ...events: DomainEvent[]) => {
    for (const event of events) await dataSource.transaction((manager) => projection.apply(recorded(event), manager));
  };
  const apply = (...events: DomainEvent[]) => applyWith(new CaseloadTasksProjection(), ...events);
  const handoverTasks = async (victimId: string): Promise<string[]> => {
    const rows: { due_on: string; done: boolean; closed_because: string | null }[] = await dataSource.query(
      `SELECT due_on::text AS due_on, done_at IS NOT NULL AS done, closed_because FROM caseload_tasks
        WHERE victim_id = $1 AND kind = 'hand-contact-to-victim'`,
      [victimId],
    );
    return rows.map((t) => `${t.due_on}${t.done ? `:done(${t.closed_because})` : ''}`);
  };

  it('opens the task 130 working days before the month they turn 18, and the handover closes it', async () => {
    const [s, v] = [randomUUID(), randomUUID()];
    await apply(sentence(s), childReferral(v, s));
    // 130 working days before Thu 1 Mar 2029, over Christmas 2028 and New Year's Day 2029: Fri 25 Aug 2028 (the bank holiday Monday after)
    expect(await handoverTasks(v)).toEqual(['2028-08-25']);
    const [task] = await dataSource.query(
      "SELECT description, rule FROM caseload_tasks WHERE victim_id = $1 AND kind = 'hand-contact-to-victim'",
      [v],
    );
    expect(task.description).toContain('They turn 18 in 2029-03');
    await apply(handedOver(v));
    expect(await handoverTasks(v)).toEqual(['2028-08-25:done(contact-handed-to-victim)']);
  });

  it('follows the configured lead: 20 working days makes it due on 1 February 2029', async () => {
    const [s, v] = [randomUUID(), randomUUID()];
    const shortLead = new CaseloadTasksProjection(undefined, {
      ...DEFAULT_CASELOAD_POLICY,
      handoverAtEighteen: { handoverLeadWorkingDays: 20 },
    });
    await applyWith(shortLead, sentence(s), childReferral(v, s));
    expect(await handoverTasks(v)).toEqual(['2029-02-01']);
  });

  it('is due at once for a victim referred at 17 and a half', async () => {
    const [s, v] = [randomUUID(), randomUUID()];
    await apply(sentence(s), childReferral(v, s, { receivedOn: '2028-09-14' }));
    expect(await handoverTasks(v)).toEqual(['2028-09-14']);
  });

  it('moves with a corrected date of birth', async () => {
    const [s, v] = [randomUUID(), randomUUID()];
    await apply(sentence(s), childReferral(v, s), {
      type: 'VictimDetailsUpdated',
      data: {
        victimId: v,
        updatedOn: '2024-02-01',
        turnsEighteenIn: '2029-09',
        personal: { dateOfBirth: '2011-09-02' },
      },
    });
    expect(await handoverTasks(v)).toEqual(['2029-02-26']); // 130 working days before 1 September 2029
  });

  it('opens none for an old history without the month (no date of birth, or recorded before it was kept)', async () => {
    const [s, v] = [randomUUID(), randomUUID()];
    const { turnsEighteenIn: _t, ...old } = childReferral(v, s).data;
    void _t;
    await apply(sentence(s), { type: 'ReferralReceived', data: old });
    expect(await handoverTasks(v)).toEqual([]);
  });

  it('keeps only the month, never the date of birth', async () => {
    const [s, v] = [randomUUID(), randomUUID()];
    await apply(sentence(s), childReferral(v, s));
    const dump = JSON.stringify([
      await dataSource.query('SELECT * FROM caseload_tasks WHERE victim_id = $1', [v]),
      await dataSource.query('SELECT * FROM caseload_victims WHERE victim_id = $1', [v]),
    ]);
    expect(dump).toContain('2029-03');
    for (const value of ['2011-03-20', 'Sam']) expect(dump).not.toContain(value);
  });
});
