import { randomUUID } from 'node:crypto';
import {
  ContactPreferencesUpdated,
  ContactRecorded,
  DomainEvent,
  ReferralReceived,
  SentenceRecorded,
  VictimDeclined,
  VictimEnrolled,
  VictimLiaisonOfficerAssigned,
  VictimLinkedToSentence,
  VictimRejoined,
  VictimWithdrew,
} from '@vcs/domain';
import { RecordedEvent } from '@vcs/event-store';
import { createTestDatabase, TestDatabase } from '@vcs/test-support';
import { DataSource } from 'typeorm';
import { createDataSource } from '../data-source';
import { CaseloadTasksProjection } from './caseload-tasks.projection';

// The task rules, one by one, applied to a real database with the domain's event shapes.

let commit = 0n;
function recorded(event: DomainEvent, occurredAt = '2024-01-15T10:00:00.000Z'): RecordedEvent {
  commit += 1n;
  const data = event.data as { victimId?: string; sentenceId: string };
  return {
    id: randomUUID(),
    type: event.type,
    data: event.data,
    metadata: { correlationId: randomUUID(), causationId: randomUUID(), actor: { userId: 'vlo-1', role: 'VLO' }, occurredAt, schemaVersion: 1 },
    streamId: data.victimId && event.type !== 'SentenceRecorded' ? `victim-${data.victimId}` : `sentence-${data.sentenceId}`,
    revision: 0n,
    position: { commit, prepare: 0n },
    recordedAt: new Date(occurredAt),
  };
}

const sentence = (sentenceId: string, overrides: Partial<SentenceRecorded['data']> = {}): SentenceRecorded => ({
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
    ...overrides,
  },
});
const referral = (victimId: string, sentenceId: string, overrides: Partial<ReferralReceived['data']> = {}): ReferralReceived => ({
  type: 'ReferralReceived',
  data: {
    victimId,
    sentenceId,
    referredFor: 'vcs',
    source: 'witness-care-unit',
    circumstance: 'adult-victim',
    receivedOn: '2024-01-15',
    personal: { fullName: 'Jane Example', address: { lines: ['12 Acacia Avenue', 'Leeds'], postcode: 'LS1 4AB' } },
    ...overrides,
  },
});
const enrolled = (victimId: string, sentenceId: string, vlo = 'vlo-7'): VictimEnrolled => ({
  type: 'VictimEnrolled',
  data: { victimId, sentenceId, scheme: 'vcs-statutory', basis: 'specified-offence-custody-12-months-or-more', enrolledOn: '2024-01-20', victimLiaisonOfficerId: vlo, personal: {} },
});
const contact = (victimId: string, overrides: Partial<ContactRecorded['data']> = {}): ContactRecorded => ({
  type: 'ContactRecorded',
  data: {
    victimId,
    contactId: randomUUID(),
    method: 'letter',
    direction: 'outbound',
    result: 'letter-sent',
    occurredOn: '2024-01-25',
    personal: { summary: 'Wrote to Jane at 12 Acacia Avenue' },
    ...overrides,
  },
});
const preferences = (victimId: string, safetyCheckBeforeLetters: boolean): ContactPreferencesUpdated => ({
  type: 'ContactPreferencesUpdated',
  data: {
    victimId,
    updatedOn: '2024-01-22',
    channels: ['letter', 'phone'],
    stages: { choice: 'all-key-stages' },
    safetyCheckBeforeLetters,
    personal: { address: { lines: ['12 Acacia Avenue', 'Leeds'], postcode: 'LS1 4AB' }, phone: '0113 496 0000', language: 'en', accessibleFormats: [], timesNotToCall: [] },
  },
});
const withdrew = (victimId: string): VictimWithdrew => ({ type: 'VictimWithdrew', data: { victimId, withdrewOn: '2024-01-30', personal: {} } });
const declined = (victimId: string): VictimDeclined => ({ type: 'VictimDeclined', data: { victimId, declinedOn: '2024-01-30', personal: {} } });
const rejoined = (victimId: string, vlo = 'vlo-9'): VictimRejoined => ({
  type: 'VictimRejoined',
  data: { victimId, scheme: 'vcs-statutory', rejoinedOn: '2024-02-10', victimLiaisonOfficerId: vlo },
});
const assigned = (victimId: string, vlo: string): VictimLiaisonOfficerAssigned => ({
  type: 'VictimLiaisonOfficerAssigned',
  data: { victimId, victimLiaisonOfficerId: vlo, assignedOn: '2024-01-25' },
});
const linked = (victimId: string, sentenceId: string): VictimLinkedToSentence => ({ type: 'VictimLinkedToSentence', data: { victimId, sentenceId, linkedOn: '2024-01-25' } });

interface TaskRow {
  task_id: string;
  kind: string;
  victim_id: string | null;
  vlo_id: string | null;
  region: string | null;
  due_on: string | null;
  due_date_problem: string | null;
  done: boolean;
  closed_because: string | null;
  description: string;
}

describe('caseload tasks projection', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const projection = new CaseloadTasksProjection();

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource(database.url, { poolSize: 2 });
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  const apply = async (...events: (DomainEvent | RecordedEvent)[]) => {
    for (const event of events) {
      const stored = 'position' in event ? event : recorded(event);
      await dataSource.transaction((manager) => projection.apply(stored, manager));
    }
  };
  const tasksOf = async (subjectId: string): Promise<TaskRow[]> =>
    dataSource.query(
      `SELECT task_id, kind, victim_id, vlo_id, region, due_on::text AS due_on, due_date_problem, done_at IS NOT NULL AS done, closed_because, description
         FROM caseload_tasks WHERE victim_id = $1 OR (victim_id IS NULL AND sentence_id = $1) ORDER BY task_id`,
      [subjectId],
    );
  const summary = (rows: TaskRow[]) => rows.map((t) => `${t.kind}@${t.due_on ?? t.due_date_problem}${t.done ? `:done(${t.closed_because})` : ''}`);

  it('makes initial contact due 20 working days after the referral, for nobody yet, in the sentence region', async () => {
    const [s, v] = [randomUUID(), randomUUID()];
    await apply(sentence(s), referral(v, s));
    const tasks = await tasksOf(v);
    // Mon 15 Jan 2024 + 20 working days = Mon 12 Feb 2024
    expect(summary(tasks)).toEqual(['initial-contact@2024-02-12']);
    expect(tasks[0]).toMatchObject({ vlo_id: null, region: 'yorkshire-and-the-humber', task_id: `initial-contact:${v}` });
  });

  it('counts working days over a bank holiday: a referral on the Friday before August bank holiday', async () => {
    const [s, v] = [randomUUID(), randomUUID()];
    // Fri 22 Aug 2025; Mon 25 Aug is a bank holiday: 20 working days later is Mon 22 Sep (not Fri 19 Sep).
    await apply(sentence(s, { sentenceDate: '2025-08-15' }), referral(v, s, { receivedOn: '2025-08-22' }));
    expect(summary(await tasksOf(v))).toEqual(['initial-contact@2025-09-22']);
  });

  it('closes initial contact with the first contact that counts, not with an unanswered call', async () => {
    const [s, v] = [randomUUID(), randomUUID()];
    await apply(sentence(s), referral(v, s), contact(v, { method: 'phone', result: 'no-answer' }));
    expect(summary(await tasksOf(v))).toEqual(['initial-contact@2024-02-12']);
    await apply(contact(v));
    expect(summary(await tasksOf(v))).toEqual(['initial-contact@2024-02-12:done(contact-recorded)']);
  });

  it('makes VNS contact due 15 days after sentence', async () => {
    const [s, v] = [randomUUID(), randomUUID()];
    await apply(sentence(s, { offenceCategory: 'harassment', lengthMonths: 4, probationRegion: 'south-central' }), referral(v, s, { referredFor: 'vns' }));
    expect(summary(await tasksOf(v))).toEqual(['vns-contact@2024-01-23']);
  });

  it('raises a follow-up on the date set at a contact, closed by the next contact', async () => {
    const [s, v] = [randomUUID(), randomUUID()];
    const first = contact(v, { followUpOn: '2024-02-20' });
    await apply(sentence(s), referral(v, s), enrolled(v, s), first);
    expect(summary(await tasksOf(v))).toEqual(['follow-up@2024-02-20', 'initial-contact@2024-02-12:done(contact-recorded)']);
    expect((await tasksOf(v)).find((t) => t.kind === 'follow-up')?.task_id).toBe(`follow-up:${v}:${first.data.contactId}`);
    await apply(contact(v, { method: 'phone', result: 'contact-made', occurredOn: '2024-02-19' }));
    expect(summary(await tasksOf(v))).toEqual(['follow-up@2024-02-20:done(contact-recorded)', 'initial-contact@2024-02-12:done(contact-recorded)']);
  });

  it('assigns open tasks to the enrolling officer and moves them on reassignment, leaving finished ones', async () => {
    const [s, v] = [randomUUID(), randomUUID()];
    await apply(sentence(s), referral(v, s), enrolled(v, s, 'vlo-7'));
    expect((await tasksOf(v)).map((t) => t.vlo_id)).toEqual(['vlo-7']);
    await apply(contact(v, { followUpOn: '2024-03-01' }), assigned(v, 'vlo-8'));
    const tasks = await tasksOf(v);
    expect(tasks.map((t) => `${t.kind}:${t.vlo_id}`)).toEqual(['follow-up:vlo-8', 'initial-contact:vlo-7']);
  });

  it('needs a safety check before the letter for a flagged victim who takes letters, closed with the contact or when the flag goes', async () => {
    const [s, v] = [randomUUID(), randomUUID()];
    await apply(sentence(s), referral(v, s), preferences(v, true));
    const tasks = await tasksOf(v);
    expect(summary(tasks)).toEqual(['initial-contact@2024-02-12', 'safety-check@2024-02-12']);
    expect(tasks[1].description).toBe('Check it is safe to write to the victim before the first contact letter is sent.');
    await apply(preferences(v, false));
    expect(summary(await tasksOf(v))).toEqual(['initial-contact@2024-02-12', 'safety-check@2024-02-12:done(preferences-changed)']);
    await apply(preferences(v, true));
    expect(summary(await tasksOf(v))).toEqual(['initial-contact@2024-02-12', 'safety-check@2024-02-12']);
    await apply(contact(v, { safetyCheck: { checkedBy: 'vlo-manager-1', checkedOn: '2024-01-24' } }));
    expect(summary(await tasksOf(v))).toEqual(['initial-contact@2024-02-12:done(contact-recorded)', 'safety-check@2024-02-12:done(contact-recorded)']);
  });

  it('closes a withdrawn victim’s open tasks and reopens them (same rows) when they rejoin, with the new officer', async () => {
    const [s, v] = [randomUUID(), randomUUID()];
    await apply(sentence(s), referral(v, s), enrolled(v, s, 'vlo-7'), withdrew(v));
    expect(summary(await tasksOf(v))).toEqual(['initial-contact@2024-02-12:done(victim-withdrew)']);
    await apply(rejoined(v, 'vlo-9'));
    const tasks: (TaskRow & { reopened: boolean })[] = await dataSource.query(
      "SELECT task_id, vlo_id, done_at IS NULL AS open, reopened_at IS NOT NULL AS reopened FROM caseload_tasks WHERE victim_id = $1",
      [v],
    );
    expect(tasks).toEqual([{ task_id: `initial-contact:${v}`, vlo_id: 'vlo-9', open: true, reopened: true }]);
  });

  it('closes a declined victim’s open tasks', async () => {
    const [s, v] = [randomUUID(), randomUUID()];
    await apply(sentence(s), referral(v, s), declined(v));
    expect(summary(await tasksOf(v))).toEqual(['initial-contact@2024-02-12:done(victim-declined)']);
  });

  it('counts open cases as enrolled victims only', async () => {
    const [s, v1, v2, v3] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    await apply(sentence(s), referral(v1, s), referral(v2, s), referral(v3, s), enrolled(v1, s, 'vlo-open'), enrolled(v2, s, 'vlo-open'), withdrew(v2));
    const [{ n }] = await dataSource.query("SELECT count(*)::int AS n FROM caseload_victims WHERE vlo_id = 'vlo-open' AND participation = 'enrolled'");
    expect(n).toBe(1);
  });

  describe('missed referral (region level)', () => {
    it('raises a task for the region due 10 working days after sentence, counting over Christmas bank holidays', async () => {
      const s = randomUUID();
      await apply(sentence(s, { sentenceDate: '2024-12-20' }));
      const tasks = await tasksOf(s);
      // Fri 20 Dec 2024 + 10 working days, skipping 25, 26 Dec and 1 Jan: Wed 8 Jan 2025
      expect(summary(tasks)).toEqual(['missed-referral@2025-01-08']);
      expect(tasks[0]).toMatchObject({ victim_id: null, vlo_id: null, region: 'yorkshire-and-the-humber', task_id: `missed-referral:${s}` });
    });

    it('closes it when a referral for the sentence arrives, however late', async () => {
      const [s, v] = [randomUUID(), randomUUID()];
      await apply(sentence(s), referral(v, s, { receivedOn: '2024-03-01' }));
      expect(summary(await tasksOf(s))).toEqual(['missed-referral@2024-01-22:done(referral-received)']);
    });

    it('closes it when a victim already referred on another sentence is linked to this one', async () => {
      const [s1, s2, v] = [randomUUID(), randomUUID(), randomUUID()];
      await apply(sentence(s1), sentence(s2), referral(v, s1), linked(v, s2));
      expect(summary(await tasksOf(s2))).toEqual(['missed-referral@2024-01-22:done(victim-linked)']);
    });

    it('raises one for a VNS sentence in a VNS region, and none for a sentence that meets neither scheme', async () => {
      const [vns, neither] = [randomUUID(), randomUUID()];
      await apply(sentence(vns, { offenceCategory: 'harassment', lengthMonths: 4, probationRegion: 'south-central' }), sentence(neither, { offenceCategory: 'other' }));
      const [task] = await tasksOf(vns);
      expect(task).toMatchObject({ kind: 'missed-referral', region: 'south-central', due_on: '2024-01-22' });
      expect(task.description).toContain('Victim Notification Scheme');
      expect(await tasksOf(neither)).toEqual([]);
    });
  });

  describe('dates the working-day calendar does not cover', () => {
    it('stores the task without a due date, flagged, instead of stopping the projector', async () => {
      const [old, late, v1, v2] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
      await apply(
        sentence(old, { sentenceDate: '2016-11-01' }),
        referral(v1, old, { receivedOn: '2016-12-20' }),
        sentence(late, { sentenceDate: '2027-12-10' }),
        referral(v2, late, { receivedOn: '2027-12-20' }),
      );
      expect(summary(await tasksOf(old))).toEqual(['missed-referral@outside-working-day-calendar:done(referral-received)']);
      expect(summary(await tasksOf(v1))).toEqual(['initial-contact@outside-working-day-calendar']);
      // 20 working days after 20 Dec 2027 runs past the end of the data (31 Dec 2027)
      expect(summary(await tasksOf(v2))).toEqual(['initial-contact@outside-working-day-calendar']);
      // Follow-ups need no calendar and keep their date.
      await apply(contact(v2, { occurredOn: '2027-12-21', followUpOn: '2028-01-10', result: 'no-answer', method: 'phone' }));
      expect(summary(await tasksOf(v2))).toEqual(['follow-up@2028-01-10', 'initial-contact@outside-working-day-calendar']);
    });
  });

  it('stores no personal data', async () => {
    const [s, v] = [randomUUID(), randomUUID()];
    await apply(sentence(s), referral(v, s), preferences(v, true), contact(v, { followUpOn: '2024-02-20' }));
    const dump = JSON.stringify([
      await dataSource.query('SELECT * FROM caseload_tasks'),
      await dataSource.query('SELECT * FROM caseload_victims'),
      await dataSource.query('SELECT * FROM caseload_sentences'),
    ]);
    for (const value of ['Jane', 'Acacia', 'LS1 4AB', '0113 496 0000']) expect(dump).not.toContain(value);
  });
});
