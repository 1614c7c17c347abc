import { foldEvents, KnownVictim, VictimEvent, victimDecider, victimStreamId } from '@vcs/domain';
import { ApiHarness } from '@vcs/test-support';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { Clock } from '../../../../api/src/commands/clock';
import { expectStatus, VICTIM, VictimsClient } from '../../../../api/src/victims/testing/victim-fixtures';
import { eventually, queuePrefixFor } from '../testing/notification-test-kit';
import { useNotificationsRuntime } from '../testing/notifications-api';

const TODAY = new Clock().today();

/**
 * Issue 17 (release-law changes): a bulk recalculation (`PUT /release-law-changes/recalculations/{id}`) moves every
 * affected victim's release-month notice as a date recorded by hand would: a pending notice planned for the old date
 * moves to the new month (same notification, new due time), one already sent stays as it was (and the new month gets
 * a notice of its own), and one whose new date has already come is withdrawn (superseded) rather than sent for a
 * month that is no longer true. Over the running service: HTTP → sentence stream → planner → victim stream.
 */
describe('bulk release-date recalculation moves the pending release-month notices (PostgreSQL, Redis)', () => {
  let api: ApiHarness;
  let vlo: VictimsClient;
  let manager: string;
  const prefix = queuePrefixFor('release-recalculation-notices-e2e');

  useNotificationsRuntime({ prefix, vloId: 'vlo-recalc-notices' }, (given) => {
    ({ api, vlo } = given);
  });

  beforeAll(async () => {
    manager = await api.token('VLO_MANAGER', 'manager-recalc-notices');
  });

  // Not a Schedule 15 offence of four years or more: SDS40 (SI 2024/844) applies.
  const sentenceFor = () => vlo.recordSentence({ offenceCategory: 'specified-violent', lengthMonths: 36 });

  async function enrolledVictim(sentenceId: string): Promise<string> {
    const victimId = await vlo.referVictim(sentenceId);
    await vlo.enrol(victimId, sentenceId);
    expectStatus(
      await vlo.send('put', `/victims/${victimId}/contact-preferences`, {
        updatedOn: TODAY,
        channels: ['email'],
        stages: { choice: 'all-key-stages' },
        safetyCheckBeforeLetters: false,
        personal: { email: VICTIM.email, language: 'en' },
      }),
      200,
    );
    return victimId;
  }

  async function releaseDateByHand(sentenceId: string, expectedReleaseDate: string): Promise<void> {
    expectStatus(
      await vlo.send('post', `/sentences/${sentenceId}/milestones`, {
        milestoneId: randomUUID(),
        kind: 'release-date-changed',
        date: TODAY,
        detail: { expectedReleaseDate, reason: 'recalculation' },
      }),
      201,
    );
  }

  async function recalculate(sentences: { sentenceId: string; expectedReleaseDate: string }[]): Promise<void> {
    const response = await request(api.http)
      .put(`/release-law-changes/recalculations/${randomUUID()}`)
      .set('Authorization', `Bearer ${manager}`)
      .send({ lawChange: 'sds40-2024', date: TODAY, sentences });
    expectStatus(response, 200);
  }

  const stateOf = async (victimId: string) =>
    foldEvents(
      victimDecider,
      (await api.store.readStream(victimStreamId(victimId))).map(
        (e) => ({ type: e.type, data: e.data }) as unknown as VictimEvent,
      ),
    ) as KnownVictim;
  const releaseMonthNotices = async (victimId: string) =>
    Object.values((await stateOf(victimId)).notifications).filter((n) => n.stage === 'release-month');

  it('given a pending release-month notice, when the law moves the release date, then the same notice moves to the new month', async () => {
    const sentenceId = await sentenceFor();
    const victimId = await enrolledVictim(sentenceId);
    await releaseDateByHand(sentenceId, '2027-09-15');
    const [planned] = await eventually(async () => {
      const notices = await releaseMonthNotices(victimId);
      return notices.length === 1 && notices;
    }, 'the release-month notice for September 2027');
    expect(planned).toMatchObject({ status: 'scheduled' });
    expect(planned.dueAt.slice(0, 7)).toBe('2027-08');

    await recalculate([{ sentenceId, expectedReleaseDate: '2027-05-20' }]);

    const [moved] = await eventually(async () => {
      const notices = await releaseMonthNotices(victimId);
      return notices.length === 1 && notices[0].dueAt !== planned.dueAt && notices;
    }, 'the notice to move to May 2027');
    expect(moved.notificationId).toBe(planned.notificationId);
    expect(moved).toMatchObject({ status: 'scheduled' });
    expect(moved.dueAt.slice(0, 7)).toBe('2027-04');
  });

  it('given a release-month notice already sent, when the law moves the release date, then it stays sent and the new month gets its own notice', async () => {
    const sentenceId = await sentenceFor();
    const victimId = await enrolledVictim(sentenceId);
    // This month's release: its notice is due at once, and the runtime sends it.
    await releaseDateByHand(sentenceId, `${TODAY.slice(0, 7)}-28`);
    const [sent] = await eventually(async () => {
      const notices = await releaseMonthNotices(victimId);
      return notices.length === 1 && notices[0].status === 'sent' && notices;
    }, 'the release-month notice to be sent');

    await recalculate([{ sentenceId, expectedReleaseDate: '2027-06-10' }]);

    const notices = await eventually(async () => {
      const all = await releaseMonthNotices(victimId);
      return all.length === 2 && all;
    }, 'a notice for the new month');
    const again = notices.find((n) => n.notificationId === sent.notificationId);
    expect(again).toEqual(sent);
    const fresh = notices.find((n) => n.notificationId !== sent.notificationId);
    expect(fresh).toMatchObject({ status: 'scheduled' });
    expect(fresh?.dueAt.slice(0, 7)).toBe('2027-05');
    const history = await api.store.readStream(victimStreamId(victimId));
    expect(
      history.filter(
        (e) =>
          e.type !== 'NotificationSent' &&
          e.type !== 'NotificationScheduled' &&
          (e.data as { notificationId?: string }).notificationId === sent.notificationId,
      ),
    ).toEqual([]);
  });

  it('given a pending release-month notice, when the law brings the release date to one already passed, then the notice for the old month is withdrawn', async () => {
    const sentenceId = await sentenceFor();
    const victimId = await enrolledVictim(sentenceId);
    await releaseDateByHand(sentenceId, '2027-09-15');
    const [planned] = await eventually(async () => {
      const notices = await releaseMonthNotices(victimId);
      return notices.length === 1 && notices;
    }, 'the release-month notice for September 2027');

    // SDS40 brought some release points into the past: those prisoners were released on the day it came in.
    await recalculate([{ sentenceId, expectedReleaseDate: '2026-10-02' }]);

    const [withdrawn] = await eventually(async () => {
      const notices = await releaseMonthNotices(victimId);
      return notices.length === 1 && notices[0].status === 'cancelled' && notices;
    }, 'the notice for the old month to be withdrawn');
    expect(withdrawn.notificationId).toBe(planned.notificationId);
    const cancelled = (await api.store.readStream(victimStreamId(victimId))).find(
      (e) =>
        e.type === 'NotificationCancelled' &&
        (e.data as { notificationId: string }).notificationId === planned.notificationId,
    );
    expect(cancelled?.data).toMatchObject({ reason: 'superseded' });
  });
});
