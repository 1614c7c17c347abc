import {
  createWorkingDayCalendar,
  englandAndWalesCalendar,
  sentenceStreamId,
  statutoryBankHolidays,
  victimStreamId,
  WorkingDayCalendar,
} from '@vcs/domain';
import { PostgresEventStore } from '@vcs/event-store';
import { DataKeySource } from '@vcs/security';
import { anEvent } from '@vcs/event-store/testing';
import {
  CaseloadTasksProjection,
  createDataSource,
  PerformanceFiguresProjection,
  Projection,
  VictimCaseViewProjection,
} from '@vcs/read-models';
import { createTestDatabase, dataKeysOn, TestDatabase } from '@vcs/test-support';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import bankHolidays from '../../../../libs/domain/src/calendar/bank-holidays-england-and-wales.json';
import { eventually } from '../notifications/testing/notification-test-kit';
import { Projector } from './projector';
import { rebuildProjections } from './rebuild';

/**
 * Deadlines already stored in the caseload, the case view and the performance figures that rest on projected bank
 * holidays (past the published list, which ends in 2027) move when a newer list is deployed, with no rebuild: the
 * projector re-dates them when it starts on the newer calendar. Here the newer list publishes 2028 with a one-off holiday on Friday 2 June.
 */
describe('projector: stored deadlines move when a newer bank holiday list is deployed (PostgreSQL)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let store: PostgresEventStore;
  let dataKeys: DataKeySource;
  const infos: { details: Record<string, unknown>; message: string }[] = [];
  const log = {
    info: (details: object, message: string) =>
      void infos.push({ details: details as Record<string, unknown>, message }),
    warn: () => undefined,
    error: () => undefined,
  };
  const newerList = createWorkingDayCalendar({
    ...bankHolidays,
    taken: '2027-06-01',
    covers: { from: bankHolidays.covers.from, to: '2028-12-31' },
    events: [
      ...bankHolidays.events,
      ...statutoryBankHolidays(2028),
      { title: 'A one-off bank holiday', date: '2028-06-02', notes: '' },
    ],
  });

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource(database.url, { poolSize: 4 });
    await dataSource.initialize();
    // One key source (one master key) for every projection the test builds: the case view seals under it.
    dataKeys = dataKeysOn(dataSource);
    store = new PostgresEventStore({ connectionString: database.url, pollIntervalMs: 50 });
  });

  afterAll(async () => {
    await store.close();
    await dataSource.destroy();
    await database.drop();
  });

  const projectionsOn = (calendar: WorkingDayCalendar): Projection[] => [
    new CaseloadTasksProjection(calendar),
    new VictimCaseViewProjection(dataKeys, calendar),
    new PerformanceFiguresProjection(calendar),
  ];
  const projectorsOn = (calendar: WorkingDayCalendar): Projector[] =>
    projectionsOn(calendar).map(
      (projection) => new Projector(dataSource, store, projection, { batchSize: 100, retryMs: 50, log }),
    );
  const runUntil = async (calendar: WorkingDayCalendar, settled: () => Promise<boolean>): Promise<void> => {
    const projectors = projectorsOn(calendar);
    projectors.forEach((projector) => projector.start());
    try {
      await eventually(
        async () => (await settled()) && (await recordedVersions()).every((v) => v === calendar.version),
        'the projectors settled',
      );
    } finally {
      await Promise.all(projectors.map((projector) => projector.stop()));
    }
  };
  const recordedVersions = async (): Promise<string[]> =>
    (
      await dataSource.query(
        `SELECT calendar_version FROM read_model_calendars
          WHERE projection IN ('caseload-tasks', 'victim-case-view', 'performance-figures')`,
      )
    ).map((row: { calendar_version: string }) => row.calendar_version);
  const taskDue = async (taskId: string): Promise<string | null> =>
    (
      await dataSource.query("SELECT to_char(due_on, 'YYYY-MM-DD') AS due_on FROM caseload_tasks WHERE task_id = $1", [
        taskId,
      ])
    )[0]?.due_on ?? null;
  const dateOf = async (table: string, column: string, key: string, id: string): Promise<string | null> =>
    (await dataSource.query(`SELECT to_char(${column}, 'YYYY-MM-DD') AS day FROM ${table} WHERE ${key} = $1`, [id]))[0]
      ?.day ?? null;
  const figureRows = async () => ({
    referrals: await dataSource.query('SELECT * FROM performance_referrals ORDER BY victim_id'),
    sentences: await dataSource.query('SELECT * FROM performance_sentences ORDER BY sentence_id'),
    milestones: await dataSource.query('SELECT * FROM performance_milestones ORDER BY milestone_id'),
  });
  const caseView = async (victimId: string) =>
    (
      await dataSource.query(
        "SELECT tasks, to_char(next_due_on, 'YYYY-MM-DD') AS next_due_on, revision::text, updated_at FROM victim_case_view WHERE victim_id = $1",
        [victimId],
      )
    )[0] as
      { tasks: { kind: string; dueOn: string }[]; next_due_on: string; revision: string; updated_at: Date } | undefined;

  const sentenceRecorded = (sentenceId: string, sentenceDate: string) =>
    anEvent('SentenceRecorded', {
      sentenceId,
      reference: `X${sentenceId.slice(0, 6)}`,
      offenceCategory: 'specified-violent',
      offenceCausedDeath: false,
      sentenceType: 'determinate-custody',
      lengthMonths: 36,
      sentencingCourt: 'Leeds Crown Court',
      sentenceDate,
      probationRegion: 'yorkshire-and-the-humber',
    });
  const referralReceived = (victimId: string, sentenceId: string, receivedOn: string) =>
    anEvent('ReferralReceived', {
      victimId,
      sentenceId,
      referredFor: 'vcs',
      source: 'witness-care-unit',
      circumstance: 'adult-victim',
      receivedOn,
      personal: { fullName: 'Jane Example' },
    });

  it('given deadlines counted on projected days of 2028, when a list covering 2028 arrives, then they move in both read models, and only they', async () => {
    const [referredSentence, unreferredSentence, todaysSentence] = [randomUUID(), randomUUID(), randomUUID()];
    const [futureVictim, todaysVictim] = [randomUUID(), randomUUID()];
    await store.appendToStream(
      sentenceStreamId(referredSentence),
      [sentenceRecorded(referredSentence, '2028-05-10')],
      'no_stream',
    );
    await store.appendToStream(
      sentenceStreamId(unreferredSentence),
      [sentenceRecorded(unreferredSentence, '2028-05-26')],
      'no_stream',
    );
    await store.appendToStream(
      sentenceStreamId(todaysSentence),
      [sentenceRecorded(todaysSentence, '2026-09-28')],
      'no_stream',
    );
    await store.appendToStream(
      victimStreamId(futureVictim),
      [referralReceived(futureVictim, referredSentence, '2028-05-19')],
      'no_stream',
    );
    await store.appendToStream(
      victimStreamId(todaysVictim),
      [referralReceived(todaysVictim, todaysSentence, '2026-10-05')],
      'no_stream',
    );
    const initialContact = `initial-contact:${futureVictim}`;
    const missedReferral = `missed-referral:${unreferredSentence}`;

    // Counted with today's list (2028 projected): 20 working days from Friday 19 May 2028 (29 May is the spring bank
    // holiday) is Monday 19 June; 10 working days from Friday 26 May is Monday 12 June.
    await runUntil(
      englandAndWalesCalendar,
      async () =>
        (await taskDue(`initial-contact:${todaysVictim}`)) !== null &&
        (await caseView(todaysVictim)) !== undefined &&
        (await caseView(futureVictim)) !== undefined,
    );
    expect(await taskDue(initialContact)).toBe('2028-06-19');
    expect(await taskDue(missedReferral)).toBe('2028-06-12');
    expect(await taskDue(`initial-contact:${todaysVictim}`)).toBe('2026-11-02');
    const before = await caseView(futureVictim);
    expect(before).toMatchObject({
      next_due_on: '2028-06-19',
      tasks: [{ kind: 'initial-contact', dueOn: '2028-06-19' }],
    });
    const todaysCase = await caseView(todaysVictim);

    // The newer list makes Friday 2 June 2028 a holiday: each deadline counted across it is a working day later.
    await runUntil(newerList, async () => true);
    expect(await taskDue(initialContact)).toBe('2028-06-20');
    expect(await taskDue(missedReferral)).toBe('2028-06-13');
    expect(await caseView(futureVictim)).toEqual({
      ...before,
      tasks: [expect.objectContaining({ kind: 'initial-contact', dueOn: '2028-06-20' })],
      next_due_on: '2028-06-20', // revision and updatedAt stay: no event happened
    });
    expect(await taskDue(`initial-contact:${todaysVictim}`)).toBe('2026-11-02');
    expect(await caseView(todaysVictim)).toEqual(todaysCase);
    expect(infos).toContainEqual({
      details: expect.objectContaining({ projection: 'caseload-tasks', since: '2028-06-02', looked: 2, moved: 2 }),
      message: 'open deadlines counted again with a newer bank holiday list',
    });
    expect(infos).toContainEqual({
      details: expect.objectContaining({ projection: 'victim-case-view', since: '2028-06-02', looked: 1, moved: 1 }),
      message: 'open deadlines counted again with a newer bank holiday list',
    });

    // Live events go on being counted with the newer list, and starting again re-dates nothing.
    const lateVictim = randomUUID();
    await store.appendToStream(
      victimStreamId(lateVictim),
      [referralReceived(lateVictim, referredSentence, '2028-05-19')],
      'no_stream',
    );
    const redatesSoFar = infos.filter((i) => i.message.startsWith('open deadlines')).length;
    await runUntil(newerList, async () => (await taskDue(`initial-contact:${lateVictim}`)) !== null);
    expect(await taskDue(`initial-contact:${lateVictim}`)).toBe('2028-06-20');
    expect(infos.filter((i) => i.message.startsWith('open deadlines')).length).toBe(redatesSoFar);
  });

  it('given rows stored before any list was recorded, then every open deadline is counted again with the list in use', async () => {
    const [sentenceId, victimId] = [randomUUID(), randomUUID()];
    await store.appendToStream(sentenceStreamId(sentenceId), [sentenceRecorded(sentenceId, '2028-05-10')], 'no_stream');
    await store.appendToStream(
      victimStreamId(victimId),
      [referralReceived(victimId, sentenceId, '2028-05-19')],
      'no_stream',
    );
    await runUntil(newerList, async () => (await taskDue(`initial-contact:${victimId}`)) !== null);
    // As if counted by a release that recorded no list, with the older one.
    await dataSource.query("UPDATE caseload_tasks SET due_on = '2028-06-19' WHERE task_id = $1", [
      `initial-contact:${victimId}`,
    ]);
    await dataSource.query('DELETE FROM read_model_calendars');
    await runUntil(newerList, async () => true);
    expect(await taskDue(`initial-contact:${victimId}`)).toBe('2028-06-20');
    expect(infos).toContainEqual({
      details: expect.objectContaining({ projection: 'caseload-tasks', since: null, previousCalendarVersion: null }),
      message: 'open deadlines counted again with a newer bank holiday list',
    });
  });

  it('given performance figures counted on projected days of 2028, when a list covering 2028 arrives, then their deadlines move as a rebuild with it would count them', async () => {
    const [sentenceId, victimId, milestoneId, todaysVictim] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const milestone = anEvent('SentenceMilestoneReached', {
      sentenceId,
      milestoneId,
      date: '2028-06-02',
      kind: 'release-on-licence',
      detail: {},
    });
    await store.appendToStream(
      sentenceStreamId(sentenceId),
      [
        sentenceRecorded(sentenceId, '2028-05-26'),
        { ...milestone, metadata: { ...milestone.metadata, occurredAt: '2028-06-02T09:00:00.000Z' } },
      ],
      'no_stream',
    );
    await store.appendToStream(
      victimStreamId(victimId),
      [referralReceived(victimId, sentenceId, '2028-05-19')],
      'no_stream',
    );
    await store.appendToStream(
      victimStreamId(todaysVictim),
      [referralReceived(todaysVictim, sentenceId, '2026-10-05')],
      'no_stream',
    );
    const deadlines = async () => ({
      contact: await dateOf('performance_referrals', 'contact_due_on', 'victim_id', victimId),
      todaysContact: await dateOf('performance_referrals', 'contact_due_on', 'victim_id', todaysVictim),
      referral: await dateOf('performance_sentences', 'referral_due_on', 'sentence_id', sentenceId),
      toldBy: await dateOf('performance_milestones', 'same_day_deadline', 'milestone_id', milestoneId),
    });

    // Today's list: the decision recorded on Friday 2 June 2028 is due that day, the rest as in the caseload above.
    await runUntil(englandAndWalesCalendar, async () => Object.values(await deadlines()).every((d) => d !== null));
    expect(await deadlines()).toEqual({
      contact: '2028-06-19',
      todaysContact: '2026-11-02',
      referral: '2028-06-12',
      toldBy: '2028-06-02',
    });

    // 2 June 2028 becomes a bank holiday: each moves a working day, the decision to the Monday after.
    await runUntil(newerList, async () => true);
    const moved = {
      contact: '2028-06-20',
      todaysContact: '2026-11-02',
      referral: '2028-06-13',
      toldBy: '2028-06-05',
    };
    expect(await deadlines()).toEqual(moved);
    const redated = await figureRows();
    await rebuildProjections(dataSource, store, [new PerformanceFiguresProjection(newerList)], { batchSize: 100 });
    expect(await deadlines()).toEqual(moved);
    expect(await figureRows()).toEqual(redated);
  });

  it('given a rebuild, then the list its deadlines were counted with is recorded', async () => {
    await dataSource.query('DELETE FROM read_model_calendars');
    await rebuildProjections(dataSource, store, projectionsOn(newerList), { batchSize: 100 });
    expect(await recordedVersions()).toEqual([newerList.version, newerList.version, newerList.version]);
  });
});
