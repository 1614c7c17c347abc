import { addCalendarDays } from '@vcs/domain';
import { ApiHarness } from '@vcs/test-support';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { Clock } from '../../../../api/src/commands/clock';
import { expectStatus, VICTIM, VictimsClient } from '../../../../api/src/victims/testing/victim-fixtures';
import { eventually, queuePrefixFor } from '../testing/notification-test-kit';
import { useNotificationsRuntime } from '../testing/notifications-api';

const TODAY = new Clock().today();

/**
 * Issue 17: applications for a public parole hearing are made no later than 12 weeks before the hearing (SI 2022/717
 * r.15, as Hansard written answer 153838 describes it). When a hearing is listed, the victim's VLO has a caseload task
 * due on that last day: HTTP → sentence stream → planner (the listing's notice carries the day) → caseload.
 */
describe('public hearing: the VLO task due 12 weeks before a listed hearing (PostgreSQL, Redis)', () => {
  let api: ApiHarness;
  let vlo: VictimsClient;
  const prefix = queuePrefixFor('public-hearing-task-e2e');

  useNotificationsRuntime({ prefix, vloId: 'vlo-public-hearing' }, (given) => {
    ({ api, vlo } = given);
  });

  it('given an enrolled victim, when a hearing is listed 20 weeks ahead, then their VLO has a task to ask about a public hearing due 84 days before it', async () => {
    const sentenceId = await vlo.recordSentence({ sentenceType: 'indeterminate-life', lengthMonths: undefined });
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
    const hearingOn = addCalendarDays(TODAY, 140);
    expectStatus(
      await vlo.send('post', `/sentences/${sentenceId}/milestones`, {
        milestoneId: randomUUID(),
        kind: 'parole-hearing-listed',
        date: TODAY,
        detail: { hearingDate: hearingOn, hearingType: 'oral' },
      }),
      201,
    );

    const task = await eventually(async () => {
      const response = await request(api.http)
        .get('/caseload/tasks?kind=ask-victim-about-public-hearing&pageSize=100')
        .set('Authorization', `Bearer ${vlo.token}`)
        .expect(200);
      return (response.body.items as { victimId: string }[]).find((t) => t.victimId === victimId);
    }, 'the public-hearing task on the caseload');
    expect(task).toMatchObject({ dueOn: addCalendarDays(hearingOn, -84), overdue: false, status: 'open' });
  });
});
