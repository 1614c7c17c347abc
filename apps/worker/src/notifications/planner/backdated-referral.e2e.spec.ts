import { DEFAULT_TIMESCALE_POLICY, englandAndWalesCalendar, londonDateOf } from '@vcs/domain';
import { DataSource } from 'typeorm';
import { Clock } from '../../../../api/src/commands/clock';
import { expectStatus, REFERRAL_DATE, VictimsClient } from '../../../../api/src/victims/testing/victim-fixtures';
import { eventually, queuePrefixFor } from '../testing/notification-test-kit';
import { useNotificationsRuntime } from '../testing/notifications-api';

const TODAY = new Clock().today();

/**
 * Issue 15: a referral entered into the service weeks after its date planned the VLO's first letter for the day after
 * the referral date, before the referral existed (a letter "overdue" from birth). The letter is planned no earlier than
 * the referral was entered; the Victims' Code deadline for first contact still counts from the referral date.
 */
describe('a backdated referral: the first letter is planned from the day it was entered (PostgreSQL, Redis)', () => {
  let vlo: VictimsClient;
  let dataSource: DataSource;
  const prefix = queuePrefixFor('backdated-referral-e2e');

  useNotificationsRuntime(
    { prefix, vloId: 'vlo-backdated-referral', start: { deliver: false, resync: false } },
    (given) => {
      ({ vlo, dataSource } = given);
    },
  );

  it('given a referral dated weeks ago, when it is entered today, then the first letter is due no earlier than today and the first-contact deadline is still the Code’s, from the referral date', async () => {
    expect(REFERRAL_DATE < TODAY).toBe(true);
    const sentenceId = await vlo.recordSentence();
    const enteredAt = Date.now();
    const victimId = await vlo.referVictim(sentenceId, { receivedOn: REFERRAL_DATE });

    const letter = await eventually(async () => {
      const rows: { due_at: Date; status: string }[] = await dataSource.query(
        `SELECT due_at, status FROM notification_schedule WHERE victim_id = $1 AND stage = 'initial-contact'`,
        [victimId],
      );
      return rows[0];
    }, 'the first letter in the schedule');
    expect(letter.due_at.getTime()).toBeGreaterThanOrEqual(enteredAt - 1_000);
    expect(londonDateOf(letter.due_at.toISOString()) >= TODAY).toBe(true);

    const deadline = englandAndWalesCalendar.addWorkingDays(
      REFERRAL_DATE,
      DEFAULT_TIMESCALE_POLICY.initialContactWorkingDaysFromReferral,
    );
    expect(deadline < TODAY).toBe(true);
    const view = await eventually(async () => {
      const answer = await vlo.send('get', `/victims/${victimId}`, undefined);
      return answer.status === 200 && answer;
    }, 'the case view');
    expectStatus(view, 200);
    expect(view.body.tasks).toEqual([
      expect.objectContaining({ kind: 'initial-contact', from: REFERRAL_DATE, dueOn: deadline }),
    ]);
  });
});
