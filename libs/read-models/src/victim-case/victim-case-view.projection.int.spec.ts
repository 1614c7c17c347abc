import { randomUUID } from 'node:crypto';
import { RecordedEvent } from '@vcs/event-store';
import { aRecordedEvent } from '@vcs/event-store/testing';
import { ERASED_PERSONAL_DATA } from '@vcs/security';
import { DataKeySource, openerFor } from '@vcs/security';
import { createTestDatabase, dataKeysOn, TestDatabase } from '@vcs/test-support';
import { DataSource } from 'typeorm';
import { createDataSource } from '../data-source';
import { CaseTimelineProjection } from './case-timeline.projection';
import { VictimCaseViewProjection } from './victim-case-view.projection';

const event = aRecordedEvent;

describe('victim case projections on edge cases', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let view: VictimCaseViewProjection;
  let keys: DataKeySource;
  const timeline = new CaseTimelineProjection();
  const apply = (e: RecordedEvent) =>
    dataSource.transaction(async (m) => {
      await view.apply(e, m);
      await timeline.apply(e, m);
    });

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await createDataSource(db.url, { poolSize: 2 }).initialize();
    keys = dataKeysOn(dataSource);
    view = new VictimCaseViewProjection(keys);
  });

  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  async function sentenceAndVictim(referral: Record<string, unknown> = {}) {
    const sentenceId = randomUUID();
    const victimId = randomUUID();
    await apply(
      event(`sentence-${sentenceId}`, 0, 'SentenceRecorded', {
        sentenceId,
        reference: 'X654321',
        offenceCategory: 'stalking',
        offenceCausedDeath: false,
        sentenceType: 'determinate-custody',
        lengthMonths: 6,
        sentencingCourt: 'Leeds Magistrates Court',
        sentenceDate: '2026-10-01',
        probationRegion: 'south-central',
      }),
    );
    await apply(
      event(`victim-${victimId}`, 0, 'ReferralReceived', {
        victimId,
        sentenceId,
        referredFor: 'vns',
        source: 'police',
        circumstance: 'adult-victim',
        receivedOn: '2026-10-03',
        personal: { fullName: 'Edge Case', phone: '0113 496 0000' },
        ...referral,
      }),
    );
    return { sentenceId, victimId };
  }

  const row = async (victimId: string) =>
    (
      await dataSource.query(
        "SELECT contact_details, personal_data_erased, tasks, to_char(next_due_on, 'YYYY-MM-DD') AS next_due_on FROM victim_case_view WHERE victim_id = $1",
        [victimId],
      )
    )[0];

  it('counts the VNS deadline in calendar days from sentence', async () => {
    const { victimId } = await sentenceAndVictim();
    expect(await row(victimId)).toMatchObject({
      next_due_on: '2026-10-16',
      tasks: [{ kind: 'vns-contact', dueOn: '2026-10-16' }],
    });
  });

  it('removes the personal data already held when an event arrives erased', async () => {
    const { victimId } = await sentenceAndVictim();
    // Sealed at rest under the victim's key: the name is not in the row, and opens with the key.
    const sealed = (await row(victimId)).contact_details as string;
    expect(sealed).toMatch(/^pd1\./);
    const open = await openerFor(keys, [victimId]);
    expect(JSON.parse(open(victimId, sealed) as string).fullName).toBe('Edge Case');
    await apply(
      event(`victim-${victimId}`, 1, 'VictimDeclined', {
        victimId,
        declinedOn: '2026-10-04',
        personal: ERASED_PERSONAL_DATA,
      }),
    );
    expect(await row(victimId)).toMatchObject({
      contact_details: null,
      personal_data_erased: true,
      tasks: [],
      next_due_on: null,
    });
  });

  it('keeps going when a date is outside the working-day calendar, keeping the task without a due date', async () => {
    const sentenceId = randomUUID();
    const victimId = randomUUID();
    await apply(
      event(`sentence-${sentenceId}`, 0, 'SentenceRecorded', {
        sentenceId,
        reference: 'X111111',
        offenceCategory: 'specified-violent',
        offenceCausedDeath: false,
        sentenceType: 'indeterminate-life',
        sentencingCourt: 'Leeds Crown Court',
        sentenceDate: '2199-12-20',
        probationRegion: 'london',
      }),
    );
    await apply(
      event(`victim-${victimId}`, 0, 'ReferralReceived', {
        victimId,
        sentenceId,
        referredFor: 'vcs',
        source: 'police',
        circumstance: 'adult-victim',
        receivedOn: '2199-12-24',
        personal: {},
      }),
    );
    // 20 working days after 24 December 2199 run past 2199, the last year the calendar answers for.
    expect(await row(victimId)).toMatchObject({ next_due_on: null, tasks: [{ kind: 'initial-contact', dueOn: null }] });
  });

  it('never puts personal data in the timeline, whatever the event carries', async () => {
    const { victimId } = await sentenceAndVictim();
    await apply(
      event(`victim-${victimId}`, 1, 'ContactRecorded', {
        victimId,
        contactId: randomUUID(),
        method: 'home-visit',
        direction: 'outbound',
        result: 'other',
        occurredOn: '2026-10-05',
        personal: { summary: 'Met at 3 Secret Street', outcome: 'Edge Case is scared' },
      }),
    );
    const rows: { summary: string }[] = await dataSource.query(
      'SELECT summary FROM case_timeline_entry WHERE victim_id = $1 ORDER BY commit_position',
      [victimId],
    );
    expect(rows.map((r) => r.summary)).toEqual([
      'Sentence X654321 recorded: determinate custody of 6 months for a stalking offence, sentenced on 1 October 2026 at Leeds Magistrates Court (South Central region)',
      'Referral received from the police on 3 October 2026, for the VNS (adult victim), about sentence X654321',
      'Contact recorded: home visit, outbound, other outcome, on 5 October 2026',
    ]);
  });
});
