import { randomUUID } from 'node:crypto';
import {
  ContactPreferencesUpdated,
  ContactRecorded,
  DeliveryStatus,
  DomainEvent,
  LetterApproved,
  LetterDrafted,
  LetterEdited,
  NotificationCancelled,
  NotificationDeliveryStatusRecorded,
  NotificationFailed,
  NotificationRescheduled,
  NotificationScheduled,
  NotificationSent,
  ReferralReceived,
  SafetyCheckConfirmed,
  SentenceMilestoneReached,
  SentenceRecorded,
  VictimCaseTransferred,
  VictimDeclined,
  VictimEnrolled,
  VictimLiaisonOfficerAssigned,
  VictimLinkedToSentence,
  VictimRejoined,
  VictimWithdrew,
  VloUnit,
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
    metadata: {
      correlationId: randomUUID(),
      causationId: randomUUID(),
      actor: { userId: 'vlo-1', role: 'VLO' },
      occurredAt,
      schemaVersion: 1,
    },
    streamId:
      data.victimId && event.type !== 'SentenceRecorded' ? `victim-${data.victimId}` : `sentence-${data.sentenceId}`,
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
const referral = (
  victimId: string,
  sentenceId: string,
  overrides: Partial<ReferralReceived['data']> = {},
): ReferralReceived => ({
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
  data: {
    victimId,
    sentenceId,
    scheme: 'vcs-statutory',
    basis: 'specified-offence-custody-12-months-or-more',
    enrolledOn: '2024-01-20',
    victimLiaisonOfficerId: vlo,
    personal: {},
  },
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
    personal: {
      address: { lines: ['12 Acacia Avenue', 'Leeds'], postcode: 'LS1 4AB' },
      phone: '0113 496 0000',
      language: 'en',
      accessibleFormats: [],
      timesNotToCall: [],
    },
  },
});
const withdrew = (victimId: string): VictimWithdrew => ({
  type: 'VictimWithdrew',
  data: { victimId, withdrewOn: '2024-01-30', personal: {} },
});
const declined = (victimId: string): VictimDeclined => ({
  type: 'VictimDeclined',
  data: { victimId, declinedOn: '2024-01-30', personal: {} },
});
const rejoined = (victimId: string, vlo = 'vlo-9'): VictimRejoined => ({
  type: 'VictimRejoined',
  data: { victimId, scheme: 'vcs-statutory', rejoinedOn: '2024-02-10', victimLiaisonOfficerId: vlo },
});
const assigned = (victimId: string, vlo: string): VictimLiaisonOfficerAssigned => ({
  type: 'VictimLiaisonOfficerAssigned',
  data: { victimId, victimLiaisonOfficerId: vlo, assignedOn: '2024-01-25' },
});
const scheduled = (
  victimId: string,
  sentenceId: string,
  notificationId: string,
  overrides: Partial<NotificationScheduled['data']> = {},
): NotificationScheduled => ({
  type: 'NotificationScheduled',
  data: {
    victimId,
    notificationId,
    sentenceId,
    stage: 'parole-hearing-listed',
    dueAt: '2024-03-01T09:00:00.000Z',
    channel: 'email',
    reason: 'milestone-reached',
    causedBy: { milestoneId: 'm-1' },
    ...overrides,
  },
});
const rescheduled = (victimId: string, notificationId: string, dueAt: string): NotificationRescheduled => ({
  type: 'NotificationRescheduled',
  data: {
    victimId,
    notificationId,
    previousDueAt: '2024-03-01T09:00:00.000Z',
    dueAt,
    reason: 'advance-notice',
    causedBy: { milestoneId: 'm-2' },
  },
});
const failed = (
  victimId: string,
  notificationId: string,
  final: boolean,
  failedAt = '2024-03-01T09:05:00.000Z',
): NotificationFailed => ({
  type: 'NotificationFailed',
  data: { victimId, notificationId, attempt: final ? 5 : 1, errorCode: 'notify-500', final, failedAt },
});
const sent = (
  victimId: string,
  notificationId: string,
  channel: NotificationSent['data']['channel'] = 'email',
  sentAt = '2024-03-01T09:01:00.000Z',
): NotificationSent => ({
  type: 'NotificationSent',
  data: { victimId, notificationId, channel, providerReference: notificationId, sentAt },
});
const cancelled = (victimId: string, notificationId: string): NotificationCancelled => ({
  type: 'NotificationCancelled',
  data: { victimId, notificationId, reason: 'superseded', cancelledOn: '2024-02-20' },
});
const delivery = (
  victimId: string,
  notificationId: string,
  status: DeliveryStatus,
  at = '2024-03-01T10:00:00.000Z',
): NotificationDeliveryStatusRecorded => ({
  type: 'NotificationDeliveryStatusRecorded',
  data: { victimId, notificationId, status, at },
});
const safetyChecked = (
  victimId: string,
  channel: SafetyCheckConfirmed['data']['channel'],
  confirmedOn: string,
): SafetyCheckConfirmed => ({
  type: 'SafetyCheckConfirmed',
  data: { victimId, confirmedOn, checkedBy: 'vlo-7', channel },
});
const LETTER = { body: 'Dear Jane, …', addressBlock: '12 Acacia Avenue\nLeeds\nLS1 4AB', language: 'en' };
const letterDrafted = (victimId: string, letterId: string, notificationId?: string): LetterDrafted => ({
  type: 'LetterDrafted',
  data: {
    victimId,
    letterId,
    stage: 'parole-hearing-listed',
    draftedBy: 'vlo-7',
    draftedOn: '2024-02-20',
    personal: LETTER,
    ...(notificationId ? { notificationId } : {}),
  },
});
const letterApproved = (victimId: string, letterId: string): LetterApproved => ({
  type: 'LetterApproved',
  data: { victimId, letterId, approvedBy: 'manager-2', approvedOn: '2024-02-22' },
});
const letterEdited = (victimId: string, letterId: string): LetterEdited => ({
  type: 'LetterEdited',
  data: { victimId, letterId, editedBy: 'vlo-7', editedOn: '2024-02-23', personal: { body: 'Dear Jane, again' } },
});
const linked = (victimId: string, sentenceId: string): VictimLinkedToSentence => ({
  type: 'VictimLinkedToSentence',
  data: { victimId, sentenceId, linkedOn: '2024-01-25' },
});

const transferred = (victimId: string, fromUnit: VloUnit, toUnit: VloUnit): VictimCaseTransferred => ({
  type: 'VictimCaseTransferred',
  data: { victimId, fromUnit, toUnit, reason: 'victim-moved', transferredOn: '2024-02-01', personal: {} },
});

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
  const summary = (rows: TaskRow[]) =>
    rows.map((t) => `${t.kind}@${t.due_on ?? t.due_date_problem}${t.done ? `:done(${t.closed_because})` : ''}`);

  it('makes initial contact due 20 working days after the referral, for nobody yet, in the sentence region', async () => {
    const [s, v] = [randomUUID(), randomUUID()];
    await apply(sentence(s), referral(v, s));
    const tasks = await tasksOf(v);
    // Mon 15 Jan 2024 + 20 working days = Mon 12 Feb 2024
    expect(summary(tasks)).toEqual(['initial-contact@2024-02-12']);
    expect(tasks[0]).toMatchObject({
      vlo_id: null,
      region: 'yorkshire-and-the-humber',
      task_id: `initial-contact:${v}`,
    });
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
    await apply(
      sentence(s, { offenceCategory: 'harassment', lengthMonths: 4, probationRegion: 'south-central' }),
      referral(v, s, { referredFor: 'vns' }),
    );
    expect(summary(await tasksOf(v))).toEqual(['vns-contact@2024-01-23']);
  });

  it('raises a follow-up on the date set at a contact, closed by the next contact', async () => {
    const [s, v] = [randomUUID(), randomUUID()];
    const first = contact(v, { followUpOn: '2024-02-20' });
    await apply(sentence(s), referral(v, s), enrolled(v, s), first);
    expect(summary(await tasksOf(v))).toEqual([
      'follow-up@2024-02-20',
      'initial-contact@2024-02-12:done(contact-recorded)',
    ]);
    expect((await tasksOf(v)).find((t) => t.kind === 'follow-up')?.task_id).toBe(
      `follow-up:${v}:${first.data.contactId}`,
    );
    await apply(contact(v, { method: 'phone', result: 'contact-made', occurredOn: '2024-02-19' }));
    expect(summary(await tasksOf(v))).toEqual([
      'follow-up@2024-02-20:done(contact-recorded)',
      'initial-contact@2024-02-12:done(contact-recorded)',
    ]);
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
    expect(tasks[1].description).toBe(
      'Check it is safe to write to the victim before the first contact letter is sent.',
    );
    await apply(preferences(v, false));
    expect(summary(await tasksOf(v))).toEqual([
      'initial-contact@2024-02-12',
      'safety-check@2024-02-12:done(preferences-changed)',
    ]);
    await apply(preferences(v, true));
    expect(summary(await tasksOf(v))).toEqual(['initial-contact@2024-02-12', 'safety-check@2024-02-12']);
    await apply(contact(v, { safetyCheck: { checkedBy: 'vlo-manager-1', checkedOn: '2024-01-24' } }));
    expect(summary(await tasksOf(v))).toEqual([
      'initial-contact@2024-02-12:done(contact-recorded)',
      'safety-check@2024-02-12:done(contact-recorded)',
    ]);
  });

  it('closes a withdrawn victim’s open tasks and reopens them (same rows) when they rejoin, with the new officer', async () => {
    const [s, v] = [randomUUID(), randomUUID()];
    await apply(sentence(s), referral(v, s), enrolled(v, s, 'vlo-7'), withdrew(v));
    expect(summary(await tasksOf(v))).toEqual(['initial-contact@2024-02-12:done(victim-withdrew)']);
    await apply(rejoined(v, 'vlo-9'));
    const tasks: (TaskRow & { reopened: boolean })[] = await dataSource.query(
      'SELECT task_id, vlo_id, done_at IS NULL AS open, reopened_at IS NOT NULL AS reopened FROM caseload_tasks WHERE victim_id = $1',
      [v],
    );
    expect(tasks).toEqual([{ task_id: `initial-contact:${v}`, vlo_id: 'vlo-9', open: true, reopened: true }]);
  });

  it('closes a declined victim’s open tasks', async () => {
    const [s, v] = [randomUUID(), randomUUID()];
    await apply(sentence(s), referral(v, s), declined(v));
    expect(summary(await tasksOf(v))).toEqual(['initial-contact@2024-02-12:done(victim-declined)']);
  });

  it('keeps the unit holding the case on the victim and every task of theirs: the referral’s, moved by a transfer (open and done alike)', async () => {
    const [s, v, legacy, orphan] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const unitsOf = async (victimId: string) => ({
      victim: (
        (await dataSource.query('SELECT unit FROM caseload_victims WHERE victim_id = $1', [victimId])) as {
          unit: string;
        }[]
      ).map((row) => row.unit),
      tasks: (
        (await dataSource.query(
          'SELECT kind, done_at IS NOT NULL AS done, unit FROM caseload_tasks WHERE victim_id = $1 ORDER BY task_id',
          [victimId],
        )) as { kind: string; done: boolean; unit: string }[]
      ).map((t) => `${t.kind}${t.done ? ':done' : ''}@${t.unit}`),
    });
    // The referral names the unit (here not the sentence's region); one from before units takes the sentence's region.
    await apply(
      sentence(s),
      referral(v, s, { vloUnit: 'north-east' }),
      referral(legacy, s),
      referral(orphan, randomUUID()),
      enrolled(v, s),
      contact(v, { followUpOn: '2024-03-01' }),
    );
    expect(await unitsOf(v)).toEqual({
      victim: ['north-east'],
      tasks: ['follow-up@north-east', 'initial-contact:done@north-east'],
    });
    expect((await unitsOf(legacy)).victim).toEqual(['yorkshire-and-the-humber']);
    expect((await unitsOf(orphan)).victim).toEqual(['unknown']);
    await apply(transferred(v, 'north-east', 'wales'));
    expect(await unitsOf(v)).toEqual({ victim: ['wales'], tasks: ['follow-up@wales', 'initial-contact:done@wales'] });
    // A task opened after the transfer is the new unit's too.
    await apply(contact(v, { followUpOn: '2024-04-01' }));
    expect((await unitsOf(v)).tasks.filter((t) => !t.endsWith('@wales'))).toEqual([]);
    // A region-level task is its region's unit's.
    const missed = randomUUID();
    await apply(sentence(missed, { probationRegion: 'london' }));
    expect(
      await dataSource.query('SELECT unit FROM caseload_tasks WHERE task_id = $1', [`missed-referral:${missed}`]),
    ).toEqual([{ unit: 'london' }]);
  });

  it('counts open cases as enrolled victims only', async () => {
    const [s, v1, v2, v3] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    await apply(
      sentence(s),
      referral(v1, s),
      referral(v2, s),
      referral(v3, s),
      enrolled(v1, s, 'vlo-open'),
      enrolled(v2, s, 'vlo-open'),
      withdrew(v2),
    );
    const [{ n }] = await dataSource.query(
      "SELECT count(*)::int AS n FROM caseload_victims WHERE vlo_id = 'vlo-open' AND participation = 'enrolled'",
    );
    expect(n).toBe(1);
  });

  describe('missed referral (region level)', () => {
    it('raises a task for the region due 10 working days after sentence, counting over Christmas bank holidays', async () => {
      const s = randomUUID();
      await apply(sentence(s, { sentenceDate: '2024-12-20' }));
      const tasks = await tasksOf(s);
      // Fri 20 Dec 2024 + 10 working days, skipping 25, 26 Dec and 1 Jan: Wed 8 Jan 2025
      expect(summary(tasks)).toEqual(['missed-referral@2025-01-08']);
      expect(tasks[0]).toMatchObject({
        victim_id: null,
        vlo_id: null,
        region: 'yorkshire-and-the-humber',
        task_id: `missed-referral:${s}`,
      });
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
      await apply(
        sentence(vns, { offenceCategory: 'harassment', lengthMonths: 4, probationRegion: 'south-central' }),
        sentence(neither, { offenceCategory: 'other' }),
      );
      const [task] = await tasksOf(vns);
      // VNS: 3 working days after sentence (Mon 8 Jan 2024 → Thu 11 Jan), not 10 (issue 17; docs/DOMAIN-RULES.md §8).
      expect(task).toMatchObject({ kind: 'missed-referral', region: 'south-central', due_on: '2024-01-11' });
      expect(task.description).toContain('Victim Notification Scheme');
      expect(await tasksOf(neither)).toEqual([]);
    });

    it('raises one for a terrorism offence with 12 months or more and for a notifiable sexual offence (DVCV Act 2004 s.35(1)(a), s.45(2)(b))', async () => {
      const [terrorism, notifiable] = [randomUUID(), randomUUID()];
      await apply(
        sentence(terrorism, { offenceCategory: 'terrorism', lengthMonths: 30 }),
        sentence(notifiable, { offenceCategory: 'other', sexOffenderNotification: true, lengthMonths: 14 }),
      );
      expect(summary(await tasksOf(terrorism))).toEqual(['missed-referral@2024-01-22']);
      expect(summary(await tasksOf(notifiable))).toEqual(['missed-referral@2024-01-22']);
    });

    // Issue 17: a suspended sentence is custody once the court activates it (Sentencing Act 2020 Sch. 16 para 15); a
    // term of 12 months or more for a specified offence is then a relevant sentence (DVCV Act 2004 s.45(1)).
    const activated = (sentenceId: string, date: string): SentenceMilestoneReached => ({
      type: 'SentenceMilestoneReached',
      data: {
        sentenceId,
        milestoneId: randomUUID(),
        kind: 'suspended-sentence-activated',
        date,
        detail: { activation: 'full' },
      },
    });

    it('raises one when a suspended sentence of 12 months or more for a specified offence is activated, due 10 working days after the activation', async () => {
      const s = randomUUID();
      await apply(sentence(s, { sentenceType: 'suspended-sentence', lengthMonths: 18 }));
      expect(await tasksOf(s)).toEqual([]);
      await apply(recorded(activated(s, '2024-05-06'), '2024-05-06T15:00:00.000Z'));
      const tasks = await tasksOf(s);
      // Mon 6 May 2024 (a bank holiday) + 10 working days: Mon 20 May.
      expect(summary(tasks)).toEqual(['missed-referral@2024-05-20']);
      expect(tasks[0]).toMatchObject({ victim_id: null, region: 'yorkshire-and-the-humber' });
      await apply(referral(randomUUID(), s, { receivedOn: '2024-05-22' }));
      expect(summary(await tasksOf(s))).toEqual(['missed-referral@2024-05-20:done(referral-received)']);
    });

    it('raises none on activation when a victim is already referred, when the term is under 12 months, or for another milestone', async () => {
      const [referred, short, other] = [randomUUID(), randomUUID(), randomUUID()];
      await apply(
        sentence(referred, { sentenceType: 'suspended-sentence', lengthMonths: 18 }),
        referral(randomUUID(), referred, { receivedOn: '2024-02-01' }),
        activated(referred, '2024-05-07'),
        sentence(short, { sentenceType: 'suspended-sentence', lengthMonths: 8 }),
        activated(short, '2024-05-07'),
        sentence(other, { sentenceType: 'suspended-sentence', lengthMonths: 18 }),
        {
          type: 'SentenceMilestoneReached',
          data: {
            sentenceId: other,
            milestoneId: randomUUID(),
            kind: 'appeal',
            date: '2024-02-01',
            detail: { stage: 'lodged', against: 'sentence' },
          },
        } as SentenceMilestoneReached,
      );
      expect(await tasksOf(referred)).toEqual([]);
      expect(await tasksOf(short)).toEqual([]);
      expect(await tasksOf(other)).toEqual([]);
    });
  });

  describe('dates the working-day calendar does not cover (before 1900, after 2199)', () => {
    it('stores the task without a due date, flagged, instead of stopping the projector', async () => {
      const [old, late, v1, v2] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
      await apply(
        sentence(old, { sentenceDate: '1899-11-01' }),
        referral(v1, old, { receivedOn: '1899-12-20' }),
        sentence(late, { sentenceDate: '2199-12-10' }),
        referral(v2, late, { receivedOn: '2199-12-20' }),
      );
      expect(summary(await tasksOf(old))).toEqual([
        'missed-referral@outside-working-day-calendar:done(referral-received)',
      ]);
      expect(summary(await tasksOf(v1))).toEqual(['initial-contact@outside-working-day-calendar']);
      // 20 working days after 20 Dec 2027 runs past the end of the data (31 Dec 2199)
      expect(summary(await tasksOf(v2))).toEqual(['initial-contact@outside-working-day-calendar']);
      // Follow-ups need no calendar and keep their date.
      await apply(
        contact(v2, { occurredOn: '2199-12-21', followUpOn: '2200-01-10', result: 'no-answer', method: 'phone' }),
      );
      expect(summary(await tasksOf(v2))).toEqual([
        'follow-up@2200-01-10',
        'initial-contact@outside-working-day-calendar',
      ]);
    });

    it('gives a deadline past the published bank holidays from the projected ones', async () => {
      const [s1, v1] = [randomUUID(), randomUUID()];
      await apply(sentence(s1, { sentenceDate: '2027-12-10' }), referral(v1, s1, { receivedOn: '2027-12-20' }));
      // 20 working days after Mon 20 Dec 2027: the published 27 and 28 Dec, then the projected Mon 3 Jan 2028 skipped
      expect(summary(await tasksOf(v1))).toEqual(['initial-contact@2028-01-20']);
    });
  });

  describe('notifications (docs/notifications.md)', () => {
    // An enrolled victim whose first contact is already made, so only notification tasks are open.
    const enrolledVictim = async (flagged = false) => {
      const [s, v] = [randomUUID(), randomUUID()];
      await apply(
        sentence(s),
        referral(v, s),
        enrolled(v, s, 'vlo-7'),
        contact(v, { method: 'phone', result: 'contact-made', occurredOn: '2024-01-20' }),
      );
      if (flagged)
        await apply({
          ...preferences(v, true),
          data: { ...preferences(v, true).data, channels: ['letter', 'email'] },
        } as ContactPreferencesUpdated);
      return { s, v };
    };
    // Task ids hold random notification ids: sorted by kind, due date and state, not by id.
    const open = (rows: TaskRow[]) =>
      summary(rows)
        .filter((t) => !t.startsWith('initial-contact') && !t.startsWith('safety-check@'))
        .sort();

    it('opens an overdue-from-the-day task for a notification that failed after every retry, for the VLO; a retry that fails is no task', async () => {
      const { s, v } = await enrolledVictim();
      const n = randomUUID();
      await apply(scheduled(v, s, n), failed(v, n, false));
      expect(open(await tasksOf(v))).toEqual([]);
      // 23:30 UTC on 30 June is 1 July in London (BST): the task is due on the London day it failed.
      await apply(failed(v, n, true, '2024-06-30T23:30:00.000Z'));
      const tasks = await tasksOf(v);
      expect(open(tasks)).toEqual(['notification-failed@2024-07-01']);
      expect(tasks.find((t) => t.kind === 'notification-failed')).toMatchObject({
        task_id: `notification-failed:${n}`,
        vlo_id: 'vlo-7',
        region: 'yorkshire-and-the-humber',
        description: expect.stringContaining('failed after every retry'),
      });
    });

    // Issue 17 (parole participation): Parole Board Rules 2019 r.28(3) — 21 days from the decision's provision to the
    // parties; victims can only ask the Secretary of State to apply (Reconsideration Mechanism Guidance, checked 2026-12-07).
    it('opens a task to ask the victim about reconsideration a week before the last day, closed by reaching them', async () => {
      const { s, v } = await enrolledVictim();
      const n = randomUUID();
      await apply(
        scheduled(v, s, n, {
          stage: 'parole-decision',
          dueAt: '2024-03-04T09:00:00.000Z',
          channel: 'letter',
          reason: 'same-day-decision',
          respondBy: '2024-03-25',
        }),
      );
      const tasks = await tasksOf(v);
      expect(open(tasks)).toContain('ask-victim-about-reconsideration@2024-03-18');
      expect(tasks.find((t) => t.kind === 'ask-victim-about-reconsideration')).toMatchObject({
        vlo_id: 'vlo-7',
        description: expect.stringContaining('Secretary of State to apply'),
      });
      await apply(contact(v, { method: 'phone', result: 'contact-made', occurredOn: '2024-03-05' }));
      expect(open(await tasksOf(v))).toContain('ask-victim-about-reconsideration@2024-03-18:done(contact-recorded)');
    });

    it('opens no reconsideration task for a decision that cannot be reconsidered (no last day on the notice)', async () => {
      const { s, v } = await enrolledVictim();
      await apply(
        scheduled(v, s, randomUUID(), {
          stage: 'parole-decision',
          dueAt: '2024-03-04T09:00:00.000Z',
          channel: 'email',
          reason: 'same-day-decision',
        }),
      );
      expect(open(await tasksOf(v)).filter((t) => t.startsWith('ask-victim'))).toEqual([]);
    });

    // Issue 17: a public hearing is applied for no later than 12 weeks before it (SI 2022/717 r.15; Hansard 153838).
    it('opens a task to ask the victim about a public hearing, due on the last day to apply, overdue after it, closed by reaching them', async () => {
      const { s, v } = await enrolledVictim();
      await apply(
        scheduled(v, s, randomUUID(), {
          stage: 'parole-hearing-listed',
          dueAt: '2024-03-04T09:00:00.000Z',
          channel: 'letter',
          reason: 'milestone-reached',
          respondBy: '2024-04-15',
        }),
      );
      const tasks = await tasksOf(v);
      expect(open(tasks)).toContain('ask-victim-about-public-hearing@2024-04-15');
      expect(tasks.find((t) => t.kind === 'ask-victim-about-public-hearing')).toMatchObject({
        vlo_id: 'vlo-7',
        description: expect.stringContaining('held in public'),
      });
      await apply(contact(v, { method: 'phone', result: 'contact-made', occurredOn: '2024-03-05' }));
      expect(open(await tasksOf(v))).toContain('ask-victim-about-public-hearing@2024-04-15:done(contact-recorded)');
    });

    // Issue 17: an escape notice goes at once by the fastest channel, and a VLO phones the victim the same day.
    it('opens an urgent task to phone the victim when the offender is out of custody, closed only by speaking to them that day or later', async () => {
      const { s, v } = await enrolledVictim();
      const n = randomUUID();
      await apply(
        scheduled(v, s, n, {
          stage: 'escape-or-abscond',
          dueAt: '2024-03-03T02:00:00.000Z',
          channel: 'phone',
          reason: 'same-day-decision',
        }),
      );
      const tasks = await tasksOf(v);
      expect(open(tasks)).toEqual(['phone-victim-offender-at-large@2024-03-03']);
      expect(tasks.find((t) => t.kind === 'phone-victim-offender-at-large')).toMatchObject({
        vlo_id: 'vlo-7',
        description: expect.stringContaining('call the police on 999'),
      });
      await apply(
        contact(v, { method: 'phone', result: 'no-answer', occurredOn: '2024-03-03' }),
        contact(v, { method: 'letter', result: 'letter-sent', occurredOn: '2024-03-03' }),
      );
      expect(open(await tasksOf(v))).toEqual(['phone-victim-offender-at-large@2024-03-03']);
      await apply(contact(v, { method: 'phone', result: 'contact-made', occurredOn: '2024-03-03' }));
      expect(open(await tasksOf(v))).toEqual(['phone-victim-offender-at-large@2024-03-03:done(contact-recorded)']);
    });

    // Issue 17: a victim who declined hears nothing automatically; their VLO is asked to consider a re-offer.
    it('opens a re-offer task for a victim who declined, due ahead of the release window, closed by a contact recorded after it was raised', async () => {
      const [s, v, r] = [randomUUID(), randomUUID(), randomUUID()];
      await apply(sentence(s), referral(v, s), declined(v));
      await apply({
        type: 'ReofferBeforeReleaseRaised',
        data: {
          victimId: v,
          reofferId: r,
          sentenceId: s,
          because: 'expected-release',
          releaseWindowOn: '2024-09-02',
          dueOn: '2024-07-05',
          causedBy: { milestoneId: randomUUID() },
        },
      } as DomainEvent);
      const tasks = await tasksOf(v);
      expect(summary(tasks).filter((t) => t.startsWith('reoffer'))).toEqual(['reoffer-before-release@2024-07-05']);
      expect(tasks.find((t) => t.kind === 'reoffer-before-release')).toMatchObject({
        task_id: `reoffer-before-release:${r}`,
        description: expect.stringContaining('never contact someone who asked not to be contacted'),
      });
      await apply(contact(v, { method: 'phone', result: 'contact-made', occurredOn: '2024-03-01' }));
      expect(summary(await tasksOf(v)).filter((t) => t.startsWith('reoffer'))).toEqual([
        'reoffer-before-release@2024-07-05:done(contact-recorded)',
      ]);
    });

    it('closes the failed-notification task when that notification is later sent or cancelled', async () => {
      const { s, v } = await enrolledVictim();
      const [n1, n2] = [randomUUID(), randomUUID()];
      await apply(
        scheduled(v, s, n1),
        failed(v, n1, true),
        scheduled(v, s, n2, { stage: 'parole-decision' }),
        failed(v, n2, true),
      );
      expect(open(await tasksOf(v))).toEqual(['notification-failed@2024-03-01', 'notification-failed@2024-03-01']);
      await apply(sent(v, n1, 'email', '2024-03-02T10:00:00.000Z'), cancelled(v, n2));
      const byId = Object.fromEntries((await tasksOf(v)).map((t) => [t.task_id, `${t.done}:${t.closed_because}`]));
      expect(byId[`notification-failed:${n1}`]).toBe('true:notification-sent');
      expect(byId[`notification-failed:${n2}`]).toBe('true:notification-cancelled');
    });

    it('needs a safety check before sending to a flagged victim, due with the notification, closed by a check for that channel', async () => {
      const { s, v } = await enrolledVictim(true);
      const n = randomUUID();
      // A check before the preferences last changed (22 Jan) does not count, nor one for another channel.
      await apply(
        safetyChecked(v, 'email', '2024-01-21'),
        safetyChecked(v, 'letter', '2024-02-01'),
        scheduled(v, s, n, { dueAt: '2024-06-30T23:30:00.000Z' }),
      );
      const tasks = await tasksOf(v);
      expect(open(tasks)).toEqual(['notification-safety-check@2024-07-01']);
      expect(tasks.find((t) => t.kind === 'notification-safety-check')).toMatchObject({
        task_id: `notification-safety-check:${n}`,
        vlo_id: 'vlo-7',
      });
      // Moved: the task follows the new due date.
      await apply(rescheduled(v, n, '2024-07-10T08:00:00.000Z'));
      expect(open(await tasksOf(v))).toEqual(['notification-safety-check@2024-07-10']);
      await apply(safetyChecked(v, 'email', '2024-02-01'));
      expect(open(await tasksOf(v))).toEqual(['notification-safety-check@2024-07-10:done(safety-check-confirmed)']);
    });

    it('needs no safety check when one for the channel was confirmed since the preferences changed, or the victim has no flag', async () => {
      const flaggedVictim = await enrolledVictim(true);
      await apply(
        safetyChecked(flaggedVictim.v, 'email', '2024-01-22'),
        scheduled(flaggedVictim.v, flaggedVictim.s, randomUUID()),
      );
      expect(open(await tasksOf(flaggedVictim.v))).toEqual([]);
      const unflagged = await enrolledVictim(false);
      await apply(scheduled(unflagged.v, unflagged.s, randomUUID()));
      expect(open(await tasksOf(unflagged.v))).toEqual([]);
    });

    it('closes the safety-check task when the notification is sent or cancelled instead, and reopens it when new preferences make the check out of date', async () => {
      const { s, v } = await enrolledVictim(true);
      const [n1, n2] = [randomUUID(), randomUUID()];
      await apply(scheduled(v, s, n1), scheduled(v, s, n2, { stage: 'parole-decision' }), cancelled(v, n1));
      expect(open(await tasksOf(v))).toEqual([
        'notification-safety-check@2024-03-01',
        'notification-safety-check@2024-03-01:done(notification-cancelled)',
      ]);
      await apply(safetyChecked(v, 'email', '2024-02-01'));
      expect(open(await tasksOf(v)).filter((t) => !t.endsWith('(notification-cancelled)'))).toEqual([
        'notification-safety-check@2024-03-01:done(safety-check-confirmed)',
      ]);
      await apply({
        ...preferences(v, true),
        data: { ...preferences(v, true).data, channels: ['letter', 'email'], updatedOn: '2024-02-05' },
      } as ContactPreferencesUpdated);
      expect(open(await tasksOf(v)).filter((t) => !t.endsWith('(notification-cancelled)'))).toEqual([
        'notification-safety-check@2024-03-01',
      ]);
    });

    it('asks for a letter to be drafted and approved for a letter notification, closed by approval; an edit after approval reopens it', async () => {
      const { s, v } = await enrolledVictim();
      const [n, letter] = [randomUUID(), randomUUID()];
      await apply(scheduled(v, s, n, { channel: 'letter' }));
      const tasks = await tasksOf(v);
      expect(open(tasks)).toEqual(['notification-letter@2024-03-01']);
      expect(tasks.find((t) => t.kind === 'notification-letter')).toMatchObject({
        task_id: `notification-letter:${n}`,
        vlo_id: 'vlo-7',
        description: expect.stringContaining('draft and approve'),
      });
      await apply(letterDrafted(v, letter, n));
      expect(open(await tasksOf(v))).toEqual(['notification-letter@2024-03-01']);
      await apply(letterApproved(v, letter));
      expect(open(await tasksOf(v))).toEqual(['notification-letter@2024-03-01:done(letter-approved)']);
      await apply(letterEdited(v, letter));
      expect(open(await tasksOf(v))).toEqual(['notification-letter@2024-03-01']);
      await apply(letterApproved(v, letter), sent(v, n, 'letter'));
      expect(open(await tasksOf(v))).toEqual(['notification-letter@2024-03-01:done(letter-approved)']);
    });

    it('names the letter a letter task is for: the stage in words and as a code, and the notification', async () => {
      const { s, v } = await enrolledVictim();
      const n = randomUUID();
      await apply(scheduled(v, s, n, { channel: 'letter', stage: 'parole-hearing-listed' }));
      const task = (await tasksOf(v)).find((t) => t.kind === 'notification-letter');
      expect(task?.description).toContain(`(stage parole-hearing-listed, notification ${n}, by letter)`);
    });

    it('closes the initial-contact letter task once first contact is made by any channel, or the victim joins', async () => {
      for (const reached of ['email', 'enrolment', 'sent-notification'] as const) {
        const [s, v, n] = [randomUUID(), randomUUID(), randomUUID()];
        await apply(
          sentence(s),
          referral(v, s),
          scheduled(v, s, n, { channel: 'letter', stage: 'initial-contact', reason: 'initial-contact-deadline' }),
        );
        expect({ reached, tasks: open(await tasksOf(v)).filter((t) => t.startsWith('notification-letter')) }).toEqual({
          reached,
          tasks: ['notification-letter@2024-03-01'],
        });
        if (reached === 'email')
          await apply(contact(v, { method: 'email', result: 'email-sent', occurredOn: '2024-01-22' }));
        if (reached === 'enrolment') await apply(enrolled(v, s));
        if (reached === 'sent-notification') {
          const other = randomUUID();
          await apply(
            scheduled(v, s, other, { channel: 'email', stage: 'initial-contact', reason: 'initial-contact-deadline' }),
            sent(v, other, 'email'),
          );
        }
        const letterTask = (await tasksOf(v)).find((t) => t.task_id === `notification-letter:${n}`);
        expect({ reached, done: letterTask?.done }).toEqual({ reached, done: true });
      }
    });

    it('needs no letter task for a notification carrying an approved letter, and closes one when the notification is sent or cancelled', async () => {
      const { s, v } = await enrolledVictim();
      const [adHoc, letter, n2, n3] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
      await apply(
        letterDrafted(v, letter),
        letterApproved(v, letter),
        scheduled(v, s, adHoc, { channel: 'letter', letterId: letter }),
      );
      expect(open(await tasksOf(v))).toEqual([]);
      await apply(
        scheduled(v, s, n2, { channel: 'letter', stage: 'parole-decision' }),
        scheduled(v, s, n3, { channel: 'letter', stage: 'recall' }),
      );
      await apply(sent(v, n2, 'letter'), cancelled(v, n3));
      const byId = Object.fromEntries((await tasksOf(v)).map((t) => [t.task_id, t.closed_because]));
      expect(byId[`notification-letter:${n2}`]).toBe('notification-sent');
      expect(byId[`notification-letter:${n3}`]).toBe('notification-cancelled');
    });

    it('opens "message not delivered" for any status but delivered, due that day; done with a later contact that counts or the same news sent again', async () => {
      const { s, v } = await enrolledVictim();
      const [ok, bounced, timedOut, fallback] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
      await apply(scheduled(v, s, ok), sent(v, ok), delivery(v, ok, 'delivered'));
      expect(open(await tasksOf(v))).toEqual([]);
      await apply(
        scheduled(v, s, bounced, { stage: 'parole-decision' }),
        sent(v, bounced),
        delivery(v, bounced, 'permanent-failure', '2024-03-02T10:00:00.000Z'),
      );
      await apply(
        scheduled(v, s, timedOut, { stage: 'recall' }),
        sent(v, timedOut),
        delivery(v, timedOut, 'temporary-failure', '2024-03-03T10:00:00.000Z'),
      );
      expect(open(await tasksOf(v))).toEqual([
        'notification-undelivered@2024-03-02',
        'notification-undelivered@2024-03-03',
      ]);
      // An unanswered call does not close it; a call that reached the victim on or after the day does.
      await apply(contact(v, { method: 'phone', result: 'no-answer', occurredOn: '2024-03-04' }));
      expect(open(await tasksOf(v))).toHaveLength(2);
      await apply(contact(v, { method: 'phone', result: 'contact-made', occurredOn: '2024-03-04' }));
      expect(open(await tasksOf(v))).toEqual([
        'notification-undelivered@2024-03-02:done(contact-recorded)',
        'notification-undelivered@2024-03-03:done(contact-recorded)',
      ]);
      // The letter fallback for the same stage, sent after the report, closes it too.
      const another = randomUUID();
      await apply(
        scheduled(v, s, another, { stage: 'release-on-licence' }),
        sent(v, another, 'email', '2024-03-05T09:00:00.000Z'),
        delivery(v, another, 'technical-failure', '2024-03-05T10:00:00.000Z'),
      );
      await apply(
        scheduled(v, s, fallback, { stage: 'release-on-licence', channel: 'letter' }),
        letterDrafted(v, randomUUID(), fallback),
      );
      const undelivered = (await tasksOf(v)).find((t) => t.task_id === `notification-undelivered:${another}`);
      expect(undelivered).toMatchObject({ due_on: '2024-03-05', done: false });
      await apply(sent(v, fallback, 'letter', '2024-03-06T09:00:00.000Z'));
      expect((await tasksOf(v)).find((t) => t.task_id === `notification-undelivered:${another}`)).toMatchObject({
        done: true,
        closed_because: 'notification-sent',
      });
    });

    it('counts a sent notification as the first contact (as the domain does), closing initial contact', async () => {
      const [s, v, n] = [randomUUID(), randomUUID(), randomUUID()];
      await apply(
        sentence(s),
        referral(v, s),
        scheduled(v, s, n, { stage: 'initial-contact', channel: 'email' }),
        sent(v, n, 'email', '2024-01-25T09:00:00.000Z'),
      );
      expect(summary(await tasksOf(v))).toEqual(['initial-contact@2024-02-12:done(notification-sent)']);
    });

    it('gives no notification task for a victim who withdrew, and closes them all when personal data is erased', async () => {
      const { s, v } = await enrolledVictim();
      const [n1, n2] = [randomUUID(), randomUUID()];
      await apply(
        scheduled(v, s, n1),
        failed(v, n1, true),
        scheduled(v, s, n2, { channel: 'letter', stage: 'recall' }),
      );
      expect(open(await tasksOf(v))).toHaveLength(2);
      await apply(withdrew(v));
      expect(open(await tasksOf(v)).every((t) => t.endsWith(':done(victim-withdrew)'))).toBe(true);

      const other = await enrolledVictim();
      const [m1, m2] = [randomUUID(), randomUUID()];
      await apply(
        scheduled(other.v, other.s, m1),
        sent(other.v, m1),
        scheduled(other.v, other.s, m2, { channel: 'letter', stage: 'recall' }),
      );
      await apply({
        type: 'VictimPersonalDataErased',
        data: { victimId: other.v, erasedOn: '2024-03-10', erasedBy: 'admin-1', basis: 'erasure-request' },
      } as DomainEvent);
      await apply(cancelled(other.v, m2), delivery(other.v, m1, 'permanent-failure', '2024-03-11T10:00:00.000Z'));
      expect(
        (await tasksOf(other.v))
          .filter((t) => t.kind.startsWith('notification-'))
          .map((t) => `${t.kind}:${t.closed_because}`),
      ).toEqual(['notification-letter:personal-data-erased']);
    });
  });

  it('stores no personal data', async () => {
    const [s, v] = [randomUUID(), randomUUID()];
    const [n, letter] = [randomUUID(), randomUUID()];
    await apply(sentence(s), referral(v, s), preferences(v, true), contact(v, { followUpOn: '2024-02-20' }));
    await apply(
      scheduled(v, s, n, { channel: 'letter' }),
      letterDrafted(v, letter, n),
      letterEdited(v, letter),
      safetyChecked(v, 'letter', '2024-02-01'),
    );
    const dump = JSON.stringify([
      await dataSource.query('SELECT * FROM caseload_tasks'),
      await dataSource.query('SELECT * FROM caseload_victims'),
      await dataSource.query('SELECT * FROM caseload_sentences'),
    ]);
    for (const value of ['Jane', 'Acacia', 'LS1 4AB', '0113 496 0000']) expect(dump).not.toContain(value);
  });
});
