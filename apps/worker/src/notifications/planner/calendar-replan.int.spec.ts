import {
  createWorkingDayCalendar,
  englandAndWalesCalendar,
  foldEvents,
  KnownVictim,
  sentenceStreamId,
  statutoryBankHolidays,
  VictimEvent,
  victimDecider,
  victimStreamId,
} from '@vcs/domain';
import { ApiHarness, startApi } from '@vcs/test-support';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import bankHolidays from '../../../../../libs/domain/src/calendar/bank-holidays-england-and-wales.json';
import { expectStatus, VictimsClient } from '../../../../api/src/victims/testing/victim-fixtures';
import { WorkerClock } from '../notification-settings';
import { capturedLog } from '../testing/notification-test-kit';
import { WorkerCommands } from '../worker-commands';
import { NotificationPlanner } from './notification-planner';

/**
 * A hearing in 2028, past the published bank holidays (2017–2027): its advance notice is planned on projected days
 * and recorded as such. When a newer list is published (here: 2028 with a one-off holiday on Friday 2 June), the
 * re-plan moves the notice, once.
 */
describe('notification planner: re-plan when a newer bank holiday list is published (PostgreSQL)', () => {
  let api: ApiHarness;
  let vlo: VictimsClient;
  let dataSource: DataSource;
  const clock: WorkerClock = { now: () => new Date() };
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
  const plannerOn = (calendar = englandAndWalesCalendar) =>
    new NotificationPlanner(
      dataSource,
      api.store,
      new WorkerCommands(api.store, clock),
      clock,
      capturedLog(),
      undefined,
      calendar,
    );

  beforeAll(async () => {
    api = await startApi();
    api.startProjectors(); // the planner reads the victims linked to a sentence from the sentence view
    dataSource = api.app.get(DataSource);
    vlo = await VictimsClient.as(api, 'VLO', 'vlo-7');
  });

  afterAll(async () => {
    await api?.close();
  });

  const stateOf = async (victimId: string) =>
    foldEvents(
      victimDecider,
      (await api.store.readStream(victimStreamId(victimId))).map(
        (e) => ({ type: e.type, data: e.data }) as unknown as VictimEvent,
      ),
    ) as KnownVictim;
  const hearingNotice = async (victimId: string) =>
    Object.values((await stateOf(victimId)).notifications).find((n) => n.stage === 'parole-hearing-upcoming');

  it('given a 2028 hearing planned on projected days, when a list covering 2028 is published, then its notice moves, once', async () => {
    const sentenceId = await vlo.recordSentence({ sentenceType: 'extended-determinate', lengthMonths: 96 });
    const victimId = await vlo.referVictim(sentenceId);
    await vlo.enrol(victimId, sentenceId);
    expectStatus(
      await vlo.send('put', `/victims/${victimId}/contact-preferences`, {
        updatedOn: '2026-10-12',
        channels: ['email'],
        stages: { choice: 'all-key-stages' },
        safetyCheckBeforeLetters: false,
        personal: { email: 'jane.example@example.org', language: 'en' },
      }),
      200,
    );
    expectStatus(
      await vlo.send('post', `/sentences/${sentenceId}/milestones`, {
        milestoneId: randomUUID(),
        kind: 'parole-hearing-listed',
        date: '2026-11-02',
        detail: { hearingDate: '2028-06-16', hearingType: 'oral' },
      }),
      201,
    );
    const today = plannerOn();
    expect(await today.replanAfterCalendarChange()).toBe(0); // nothing planned under an older list yet
    for (const event of await api.store.readStream(sentenceStreamId(sentenceId)))
      if (today.handles.includes(event.type)) await today.handle(event);

    // Ten working days before Friday 16 June 2028 on the projected days: Friday 2 June, 09:00 London (BST).
    const planned = await hearingNotice(victimId);
    expect(planned).toMatchObject({ status: 'scheduled', dueAt: '2028-06-02T08:00:00.000Z' });
    expect(
      await dataSource.query(
        'SELECT calendar_version FROM notification_calendar_dependence WHERE notification_id = $1',
        [planned?.notificationId],
      ),
    ).toEqual([{ calendar_version: englandAndWalesCalendar.version }]);

    const afterPublication = plannerOn(newerList);
    expect(await afterPublication.replanAfterCalendarChange()).toBeGreaterThanOrEqual(1);
    // 2 June is now a bank holiday: the tenth working day before the hearing is Thursday 1 June.
    expect(await hearingNotice(victimId)).toMatchObject({
      notificationId: planned?.notificationId,
      status: 'scheduled',
      dueAt: '2028-06-01T08:00:00.000Z',
    });
    const moved = (await api.store.readStream(victimStreamId(victimId))).filter(
      (e) => e.type === 'NotificationRescheduled',
    );
    expect(moved.map((e) => e.data)).toEqual([
      expect.objectContaining({ previousDueAt: '2028-06-02T08:00:00.000Z', dueAt: '2028-06-01T08:00:00.000Z' }),
    ]);
    // Every day it looked at is published now: nothing left to re-plan, and this version is done.
    expect(
      await dataSource.query('SELECT 1 FROM notification_calendar_dependence WHERE notification_id = $1', [
        planned?.notificationId,
      ]),
    ).toEqual([]);
    const length = (await api.store.readStream(victimStreamId(victimId))).length;
    expect(await afterPublication.replanAfterCalendarChange()).toBeUndefined();
    expect((await api.store.readStream(victimStreamId(victimId))).length).toBe(length);
  });
});
