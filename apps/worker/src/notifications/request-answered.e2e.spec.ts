import { victimStreamId } from '@vcs/domain';
import { mentionsWhereHeld } from '@vcs/notifications';
import { ApiHarness } from '@vcs/test-support';
import { DataSource } from 'typeorm';
import { Clock } from '../../../api/src/commands/clock';
import { expectStatus, PERSONAL_VALUES, VICTIM, VictimsClient } from '../../../api/src/victims/testing/victim-fixtures';
import { NotificationRuntime } from './notification-runtime';
import { CapturedLog, eventually, outboxRows, queuePrefixFor, runtimeFor } from './testing/notification-test-kit';
import { enrolledVictimWantingEmail, useNotificationsApi } from './testing/notifications-api';

const TODAY = new Clock().today();
/** An answer recorded after 17:00 before a long weekend is due at 09:00 on the next working day: a week on is past it. */
const WEEK_AHEAD = { now: () => new Date(Date.now() + 7 * 24 * 3_600_000) };

/**
 * Issue 17: the victim is told the answer to their own request (Parole Board Rules 2019 r.27(3): the Secretary of State
 * discloses the summary to the victim; docs/DOMAIN-RULES.md §4.11). HTTP → victim stream → planner → job → gate →
 * outbox, once; never for a victim who withdrew from the scheme.
 */
describe('the answer to a victim request reaches the victim (PostgreSQL, Redis, outbox)', () => {
  let api: ApiHarness;
  let vlo: VictimsClient;
  let dataSource: DataSource;
  let log: CapturedLog;
  let runtime: NotificationRuntime;
  const prefix = queuePrefixFor('request-answered-e2e');

  useNotificationsApi({ prefix, vloId: 'vlo-requests', stopFirst: () => runtime?.stop() }, (given) => {
    ({ api, vlo, log, dataSource } = given);
  });

  beforeAll(async () => {
    runtime = runtimeFor(api.app, { prefix, log, clock: WEEK_AHEAD });
    await runtime.start();
  });

  async function request(victimId: string, sentenceId: string): Promise<string> {
    const made = await vlo.send('post', `/victims/${victimId}/requests`, {
      sentenceId,
      kind: 'parole-decision-summary',
      madeOn: TODAY,
    });
    expectStatus(made, 201);
    return made.body.requestId as string;
  }

  const answer = async (victimId: string, requestId: string) =>
    expectStatus(
      await vlo.send('post', `/victims/${victimId}/requests/${requestId}/answer`, {
        answeredOn: TODAY,
        outcome: 'refused',
        reason: 'exceptional-circumstances',
      }),
      200,
    );

  it('given a victim who chose email and one who withdrew, when their decision-summary requests are refused, then the first gets one email saying so, the second nothing; planning the answer again sends nothing more', async () => {
    const sentenceId = await vlo.recordSentence({ sentenceType: 'indeterminate-life', lengthMonths: undefined });
    const wants = await enrolledVictimWantingEmail(vlo, sentenceId, { updatedOn: TODAY });
    const withdrew = await enrolledVictimWantingEmail(vlo, sentenceId, { updatedOn: TODAY });
    const withdrewRequest = await request(withdrew, sentenceId);
    expectStatus(await vlo.send('post', `/victims/${withdrew}/withdrawal`, { withdrewOn: TODAY }), 201);
    await answer(withdrew, withdrewRequest);
    await answer(wants, await request(wants, sentenceId));

    const [row] = await eventually(async () => {
      const rows = (await outboxRows(dataSource, wants)).filter((r) => r.stage === 'request-answered');
      return rows.length > 0 && rows;
    }, 'the answer to reach the outbox');
    expect(row).toMatchObject({ channel: 'email', stage: 'request-answered', recipient: { email: VICTIM.email } });
    expect(row.body).toContain("you asked for a summary of the Parole Board's decision.");
    expect(row.body).toMatch(/Your request was refused on \d{1,2} [A-Z][a-z]+ \d{4}\./);
    expect(row.body).toContain('The decision maker found exceptional reasons not to agree to it.');

    // The answer handed to the planner again (a replay after a crash) schedules nothing new: one message, one send.
    const ofAnswers = async (victimId: string, type: string) =>
      (await api.store.readStream(victimStreamId(victimId))).filter(
        (e) =>
          e.type === type &&
          (type !== 'NotificationScheduled' || (e.data as { stage: string }).stage === 'request-answered'),
      );
    const [scheduled] = await ofAnswers(wants, 'NotificationScheduled');
    const isAnswerNotice = (e: { data: unknown }) =>
      (e.data as { notificationId: string }).notificationId ===
      (scheduled.data as { notificationId: string }).notificationId;
    const [answered] = await ofAnswers(wants, 'VictimRequestAnswered');
    await runtime.planning.handle(answered);
    await eventually(
      async () => (await ofAnswers(wants, 'NotificationSent')).filter(isAnswerNotice).length === 1,
      'NotificationSent',
    );
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await outboxRows(dataSource, wants)).filter((r) => r.stage === 'request-answered')).toHaveLength(1);
    expect((await ofAnswers(wants, 'NotificationSent')).filter(isAnswerNotice)).toHaveLength(1);
    expect(await ofAnswers(wants, 'NotificationScheduled')).toHaveLength(1);

    // The victim who withdrew: their answer was planned before the other's (the planner goes in order); nothing for them.
    expect((await outboxRows(dataSource, withdrew)).filter((r) => r.stage === 'request-answered')).toEqual([]);
    expect(await ofAnswers(withdrew, 'NotificationScheduled')).toEqual([]);
    expect(log.lines.some((line) => line.includes('"rule":"victim-opted-out"'))).toBe(true);

    const logged = [...log.lines, ...api.logLines].join('\n');
    for (const value of PERSONAL_VALUES) expect(logged.includes(value)).toBe(false);
  });

  it('given a victim who chose letters in Welsh, when their transcript is provided, then the notice waits for a letter, drafted in Welsh from the answer (never naming a place)', async () => {
    const sentenceId = await vlo.recordSentence();
    const victimId = await enrolledVictimWantingEmail(vlo, sentenceId, {
      updatedOn: TODAY,
      channels: ['letter'],
      personal: { address: VICTIM.address, language: 'cy' },
    });
    const made = await vlo.send('post', `/victims/${victimId}/requests`, {
      sentenceId,
      kind: 'sentencing-remarks-transcript',
      madeOn: TODAY,
    });
    expectStatus(made, 201);
    expectStatus(
      await vlo.send('post', `/victims/${victimId}/requests/${made.body.requestId}/answer`, {
        answeredOn: TODAY,
        outcome: 'provided',
      }),
      200,
    );
    const scheduled = await eventually(async () => {
      const events = await api.store.readStream(victimStreamId(victimId));
      return events.find(
        (e) => e.type === 'NotificationScheduled' && (e.data as { stage: string }).stage === 'request-answered',
      );
    }, 'the notice by letter');
    const { notificationId, channel } = scheduled.data as { notificationId: string; channel: string };
    expect(channel).toBe('letter');

    const drafted = await vlo.send('post', `/victims/${victimId}/letters`, {
      notificationId,
      signature: { name: 'Sam Officer', phone: '0113 496 0000' },
    });
    expectStatus(drafted, 201);
    const letter = await vlo.send(
      'get',
      `/victims/${victimId}/letters/${drafted.body.letterId}?minPosition=${drafted.body.position}`,
      undefined,
    );
    expectStatus(letter, 200);
    expect(letter.body).toMatchObject({ stage: 'request-answered', language: 'cy', subject: "Ateb i'ch cais" });
    expect(letter.body.body).toMatch(/^Annwyl /);
    expect(letter.body.body).toContain("gwnaethoch ofyn am drawsgrifiad o sylwadau dedfrydu'r barnwr.");
    expect(letter.body.body).toContain('Anfonwyd yr hyn y gofynnoch amdano atoch ar ');
    expect(mentionsWhereHeld(letter.body.body)).toBeUndefined();
    // Not sent until a manager approves the letter: nothing in the outbox yet.
    expect((await outboxRows(dataSource, victimId)).filter((r) => r.stage === 'request-answered')).toEqual([]);
  });
});
