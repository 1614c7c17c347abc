import { victimStreamId } from '@vcs/domain';
import { ApiHarness } from '@vcs/test-support';
import { DataSource } from 'typeorm';
import { Clock } from '../../../api/src/commands/clock';
import { expectStatus, PERSONAL_VALUES, VICTIM, VictimsClient } from '../../../api/src/victims/testing/victim-fixtures';
import { NotificationRuntime } from './notification-runtime';
import { CapturedLog, eventually, outboxRows, queuePrefixFor } from './testing/notification-test-kit';
import { enrolledVictimWantingEmail, useNotificationsRuntime } from './testing/notifications-api';

const TODAY = new Clock().today();
const SIGNATURE = { name: 'Sam Officer', phone: '0113 496 0000' };

/**
 * A letter a VLO drafts on its own is sent, once a manager approves it, through the same delivery as every scheduled
 * letter (docs/letters.md "Sending a letter drafted on its own"): approval → NotificationScheduled → job → send gate
 * → outbox, exactly once; a victim with a safety flag only after a VLO confirms it is safe to write.
 */
describe('a letter drafted on its own reaches the outbox once approved (PostgreSQL, Redis, outbox)', () => {
  let api: ApiHarness;
  let vlo: VictimsClient;
  let manager: VictimsClient;
  let dataSource: DataSource;
  let log: CapturedLog;
  let runtime: NotificationRuntime;
  let sentenceId: string;

  useNotificationsRuntime({ prefix: queuePrefixFor('ad-hoc-letter-e2e'), vloId: 'vlo-adhoc' }, (given) => {
    ({ api, vlo, log, dataSource, runtime } = given);
  });

  beforeAll(async () => {
    manager = await VictimsClient.as(api, 'VLO_MANAGER', 'manager-adhoc');
    // The licence conditions are recorded before anyone is referred, so no scheduled notice is planned for them.
    sentenceId = await vlo.recordSentence();
    for (const [kind, detail] of [
      ['release-on-licence', {}],
      [
        'licence-conditions-set',
        { conditions: ['non-contact'], conditionsEndDate: '2029-06-01', protectsVictimIds: [] },
      ],
    ] as const)
      expectStatus(
        await vlo.send('post', `/sentences/${sentenceId}/milestones`, { kind, date: '2026-11-02', detail }),
        201,
      );
  });

  async function aVictimWantingLetters(safetyCheckBeforeLetters: boolean): Promise<string> {
    return enrolledVictimWantingEmail(vlo, sentenceId, {
      updatedOn: TODAY,
      channels: ['letter'],
      safetyCheckBeforeLetters,
      personal: { address: VICTIM.address, language: 'en' },
    });
  }

  /** Drafted on its own by the VLO, sent for approval and approved by the manager: the approval's answer. */
  async function anApprovedLetter(victimId: string): Promise<{ letterId: string; position: string }> {
    const drafted = await vlo.send('post', `/victims/${victimId}/letters`, {
      stage: 'licence-conditions-set',
      signature: SIGNATURE,
    });
    expectStatus(drafted, 201);
    const letterId = drafted.body.letterId as string;
    expectStatus(await vlo.send('post', `/victims/${victimId}/letters/${letterId}/submission`, undefined), 201);
    const approved = await manager.send('post', `/victims/${victimId}/letters/${letterId}/approval`, undefined);
    expectStatus(approved, 201);
    return { letterId, position: approved.body.position as string };
  }

  const lettersInOutbox = async (victimId: string) =>
    (await outboxRows(dataSource, victimId)).filter((r) => r.stage === 'licence-conditions-set');
  const eventsOf = async (victimId: string, type: string) =>
    (await api.store.readStream(victimStreamId(victimId))).filter((e) => e.type === type);

  it('given an approved letter, then exactly one letter reaches the outbox, even when its job is queued again', async () => {
    const victimId = await aVictimWantingLetters(false);
    const { letterId } = await anApprovedLetter(victimId);

    const [row] = await eventually(async () => {
      const rows = await lettersInOutbox(victimId);
      return rows.length > 0 && rows;
    }, 'the letter to reach the outbox');
    expect(row).toMatchObject({ channel: 'letter', recipient: { name: VICTIM.fullName, postcode: 'LS6 2QR' } });
    expect(row.body).toContain('Dear Jane Example,');
    await eventually(async () => (await eventsOf(victimId, 'NotificationSent')).length === 1, 'NotificationSent');

    // A replay: the schedule resynced into Redis again (as after a lost Redis) sends nothing more.
    await runtime.resync();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await lettersInOutbox(victimId)).toHaveLength(1);
    expect(await eventsOf(victimId, 'NotificationSent')).toHaveLength(1);
    // Scheduled once, by the approval (the initial contact's notice is the planner's, in its own time: not counted).
    expect(
      (await eventsOf(victimId, 'NotificationScheduled')).filter(
        (e) => (e.data as { letterId?: string }).letterId === letterId,
      ),
    ).toHaveLength(1);

    // The letter says it was sent (the letters projection follows the NotificationSent).
    const letter = await eventually(async () => {
      const answer = await vlo.send('get', `/victims/${victimId}/letters/${letterId}`, undefined);
      return answer.body.sending?.state === 'sent' && answer.body;
    }, 'the letter to read as sent');
    expect(letter).toMatchObject({ status: 'sent', sending: { state: 'sent', reason: null } });
  });

  it('given a victim with a safety flag, the approved letter waits for the safety check and then goes once', async () => {
    const victimId = await aVictimWantingLetters(true);
    await anApprovedLetter(victimId);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(await lettersInOutbox(victimId)).toEqual([]);
    expect(log.lines.some((line) => line.includes('safety-check-required'))).toBe(true);

    expectStatus(
      await vlo.send('post', `/victims/${victimId}/safety-checks`, { confirmedOn: TODAY, channel: 'letter' }),
      201,
    );
    await eventually(async () => (await lettersInOutbox(victimId)).length === 1, 'the letter after the safety check');
    await eventually(async () => (await eventsOf(victimId, 'NotificationSent')).length === 1, 'NotificationSent');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await lettersInOutbox(victimId)).toHaveLength(1);

    const logged = [...log.lines, ...api.logLines].join('\n');
    for (const value of PERSONAL_VALUES) expect(logged.includes(value)).toBe(false);
  });
});
