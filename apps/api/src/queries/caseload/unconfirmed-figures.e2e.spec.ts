import { randomUUID } from 'node:crypto';
import { englandAndWalesCalendar } from '@vcs/domain';
import { formatPosition } from '@vcs/event-store';
import { ApiHarness, startApi } from '@vcs/test-support';
import { expectStatus, SENTENCE_DATE, VictimsClient } from '../../victims/testing/victim-fixtures';

/**
 * Issue 17 §11: the figures no published source confirms are settings (docs/DOMAIN-RULES.md, "Unconfirmed figures").
 * Here the API and its projectors start with every one of them set away from its default, and each setting is seen in
 * what the running service does: the VNS missed-referral threshold and the suspended-sentence rule on the caseload,
 * the suspended-sentence rule at enrolment, the reconsideration lead on the VLO's task, and the Sentencing Act 2026's
 * start on a release-date change. The defaults are proven by the domain tests and the other e2e specs.
 */
describe('the unconfirmed figures, configured away from their defaults (over HTTP, live projectors)', () => {
  let api: ApiHarness;
  let vlo: VictimsClient;
  let position = '';

  beforeAll(async () => {
    api = await startApi({
      VNS_MISSED_REFERRAL_WORKING_DAYS: '5',
      STATUTORY_VCS_SUSPENDED_SENTENCES: 'from-sentence',
      RECONSIDERATION_REQUEST_LEAD_DAYS: '10',
      SENTENCING_ACT_2026_RELEASE_CHANGES_FROM: '2026-10-01',
    });
    api.startProjectors();
    vlo = await VictimsClient.as(api, 'VLO_MANAGER', 'manager-2');
  });

  afterAll(async () => {
    await api.close();
  });

  const write = async (path: string, body: object) => {
    const response = await vlo.send('post', path, body);
    expectStatus(response, 201);
    position = response.body.position;
    return response;
  };
  const tasks = async (kind: string, sentenceId: string) => {
    const response = await vlo.send(
      'get',
      `/caseload/tasks?kind=${kind}&status=all&pageSize=100&minPosition=${position}`,
      undefined,
    );
    expectStatus(response, 200);
    return (response.body.items as { sentenceId: string; dueOn: string; rule: string }[]).filter(
      (task) => task.sentenceId === sentenceId,
    );
  };
  const sentence = async (overrides: Record<string, unknown>) => {
    const sentenceId = randomUUID();
    const response = await write('/sentences', {
      sentenceId,
      reference: 'X246810',
      offenceCategory: 'specified-violent',
      offenceCausedDeath: false,
      sentenceType: 'determinate-custody',
      lengthMonths: 48,
      sentencingCourt: 'Leeds Crown Court',
      sentenceDate: SENTENCE_DATE,
      probationRegion: 'yorkshire-and-the-humber',
      ...overrides,
    });
    expect(response.body.id).toBe(sentenceId);
    return sentenceId;
  };

  it('VNS_MISSED_REFERRAL_WORKING_DAYS=5: a VNS sentence with nobody referred raises the missed referral 5 working days after sentence (not 3)', async () => {
    const sentenceId = await sentence({
      offenceCategory: 'stalking',
      lengthMonths: 4,
      probationRegion: 'south-central',
    });
    expect(await tasks('missed-referral', sentenceId)).toEqual([
      expect.objectContaining({
        dueOn: englandAndWalesCalendar.addWorkingDays(SENTENCE_DATE, 5), // Thu 8 October 2026
        rule: expect.stringContaining('5 working days after sentence'),
      }),
    ]);
  });

  it('STATUTORY_VCS_SUSPENDED_SENTENCES=from-sentence: a violent offence suspended for 18 months raises a missed referral from the sentence, and its victim can be enrolled in the statutory scheme before any activation', async () => {
    const sentenceId = await sentence({ sentenceType: 'suspended-sentence', lengthMonths: 18 });
    expect(await tasks('missed-referral', sentenceId)).toEqual([
      expect.objectContaining({ dueOn: englandAndWalesCalendar.addWorkingDays(SENTENCE_DATE, 10) }),
    ]);
    const victimId = await vlo.referVictim(sentenceId);
    const enrolled = await vlo.send('post', `/victims/${victimId}/enrolment`, {
      sentenceId,
      scheme: 'vcs-statutory',
      enrolledOn: '2026-10-10',
      victimLiaisonOfficerId: 'vlo-7',
    });
    expectStatus(enrolled, 201);
    expect(enrolled.body.events).toEqual(['VictimEnrolled']);
  });

  it('SENTENCING_ACT_2026_RELEASE_CHANGES_FROM=2026-10-01: a release date moved by the Act before that day is refused, naming the rule; on that day it is recorded', async () => {
    const sentenceId = await sentence({ sentenceDate: '2026-09-01' });
    const moved = (date: string) => ({
      milestoneId: randomUUID(),
      kind: 'release-date-changed',
      date,
      detail: { expectedReleaseDate: '2027-09-01', reason: 'change-in-law', lawChange: 'sentencing-act-2026' },
    });
    const early = await vlo.send('post', `/sentences/${sentenceId}/milestones`, moved('2026-09-30'));
    expectStatus(early, 422);
    expect(JSON.stringify(early.body)).toContain('law-change-not-in-force');
    expect(JSON.stringify(early.body)).toContain('applies from 2026-10-01');
    await write(`/sentences/${sentenceId}/milestones`, moved('2026-10-01'));
  });

  it('RECONSIDERATION_REQUEST_LEAD_DAYS=10: the task to ask the victim about reconsideration is due 10 days before the last day (not 7)', async () => {
    const sentenceId = await sentence({ sentenceType: 'extended-determinate' });
    const victimId = await vlo.referVictim(sentenceId);
    await write(`/victims/${victimId}/enrolment`, {
      sentenceId,
      scheme: 'vcs-statutory',
      enrolledOn: '2026-10-10',
      victimLiaisonOfficerId: 'vlo-7',
    });
    // The notice the worker's planner schedules for a provisional decision (the planner does not run in this process).
    const stream = await api.store.readStream(`victim-${victimId}`);
    const appended = await api.store.appendToStream(
      `victim-${victimId}`,
      [
        {
          id: randomUUID(),
          type: 'NotificationScheduled',
          data: {
            victimId,
            notificationId: randomUUID(),
            sentenceId,
            stage: 'parole-decision',
            dueAt: '2026-11-02T09:00:00.000Z',
            channel: 'email',
            reason: 'same-day-decision',
            causedBy: { milestoneId: randomUUID() },
            respondBy: '2026-11-23',
          },
          metadata: {
            correlationId: randomUUID(),
            causationId: randomUUID(),
            actor: { userId: 'notification-planner', role: 'SYSTEM' },
            occurredAt: new Date().toISOString(),
            schemaVersion: 1,
          },
        },
      ],
      BigInt(stream.length - 1),
    );
    position = formatPosition(appended.position);
    expect(await tasks('ask-victim-about-reconsideration', sentenceId)).toEqual([
      expect.objectContaining({
        dueOn: '2026-11-13',
        rule: expect.stringContaining('Due 10 days before the last day'),
      }),
    ]);
  });
});
