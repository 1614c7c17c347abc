import {
  CaseTask,
  ContactSummary,
  DateOutsideCalendar,
  englandAndWalesCalendar,
  Participation,
  ReferredFor,
  RESULTS_THAT_COUNT_AS_CONTACT,
  tasksOn,
  VictimEventType,
  WorkingDayCalendar,
} from '@vcs/domain';
import { isErasedPersonalData } from '@vcs/security';
import { RecordedDomainEvent } from '../recorded-domain-event';
import { addressesOf, caseSentence, DetailSource, personalOf, stringOrNull } from './victim-case-details';
import { evolveOpenCase } from './victim-case-groups.evolve';

// The victim case view's rules as pure functions of the row and the event: the projection loads rows, calls these
// in event order and writes the result (one event or a whole batch: one source of truth for both).

/** `closed`: the case closed (withdrew/declined and did not come back, or every linked sentence ended); see `enrolment.closure`. */
export type CaseStatus = 'referred' | 'enrolled' | 'declined' | 'withdrawn' | 'rejoined' | 'closed';
export const CASE_STATUSES: readonly CaseStatus[] = [
  'referred',
  'enrolled',
  'declined',
  'withdrawn',
  'rejoined',
  'closed',
];
/** The status the case had when it closed (what it returns to if it reopens). */
type OpenStatus = Exclude<CaseStatus, 'closed'>;

type Json = Record<string, unknown>;

export interface CaseContactDetails {
  fullName: string | null;
  dateOfBirth: string | null;
  addresses: { source: DetailSource; lines: string[]; postcode: string | null }[];
  phones: { source: DetailSource; kind: 'phone' | 'mobile'; number: string }[];
  emails: { source: DetailSource; address: string }[];
}

export interface CaseSentence {
  sentenceId: string;
  reference: string | null;
  sentenceDate: string | null;
  probationRegion: string | null;
  linkedOn: string;
  viaReferral: boolean;
}

export interface CaseActingPerson {
  actingPersonId: string;
  role: string;
  nominatedOn: string;
  receivesCommunications: boolean;
  /** Name, relationship and contact details; null after erasure. */
  personal: Json | null;
}

export interface CaseContactFact extends ContactSummary {
  withActingPersonId?: string;
}

export interface CaseTaskRow {
  kind: string;
  sentenceId: string;
  from: string;
  /** Null only when the working-day calendar cannot answer for the dates (before 1900 or after 2199). */
  dueOn: string | null;
  rule: string;
  contactId?: string;
}

/**
 * A request the victim made through the VLO and its answer (issue 17): codes and dates only, no personal data, so kept
 * after erasure like the contact facts.
 */
export interface CaseRequest {
  requestId: string;
  sentenceId: string;
  kind: string;
  madeOn: string;
  /** The Board need not produce a summary asked for late (r.27(2)): recorded with the warning's code. */
  warning: string | null;
  answer: { outcome: string; answeredOn: string; reason: string | null } | null;
}

/** The row as the projection works on it (camelCase), written back whole. */
export interface CaseRow {
  victimId: string;
  revision: string;
  status: CaseStatus;
  scheme: string | null;
  referredFor: ReferredFor;
  circumstance: string;
  referralSource: string;
  referralReceivedOn: string;
  referralSentenceId: string;
  enrolment: Json | null;
  vloId: string | null;
  probationRegion: string | null;
  sentences: CaseSentence[];
  contactPreferences: Json | null;
  safetyFlag: boolean;
  lastSafetyCheck: Json | null;
  contactDetails: CaseContactDetails | null;
  actingPersons: CaseActingPerson[];
  personalDataErased: boolean;
  lastContact: Json | null;
  contactFacts: CaseContactFact[];
  tasks: CaseTaskRow[];
  contactCount: number;
  representationCount: number;
  /** The victim's requests in the order they were made. */
  requests: CaseRequest[];
  createdAt: Date;
  updatedAt: Date;
}

/** A day every task has started by and passed: `tasksOn` then returns every open task as "overdue", with its due date. */
const EVERY_OPEN_TASK = '9999-12-31';

/** What the case view keeps of a sentence (table victim_case_sentence). */
export interface CaseSentenceFacts {
  readonly reference: string | null;
  readonly sentenceDate: string | null;
  readonly probationRegion: string | null;
}

/** The projection's copy of a sentence as it stands when the event is applied; undefined when not recorded yet. */
export type SentenceLookup = (sentenceId: string) => CaseSentenceFacts | undefined;

/** The victim events the case view evolves on (every one: each moves the row's revision). */
export type CaseEvent = RecordedDomainEvent<VictimEventType>;

/**
 * The victim's row after one of their events, or undefined when there is nothing to attach it to (no referral
 * seen). `row` is changed in place (or replaced by a referral). Tasks are not computed here (`withOpenTasks`):
 * no rule reads them, so a batch computes them once per row.
 */
export function evolveCase(
  row: CaseRow | undefined,
  event: CaseEvent,
  sentenceOf: SentenceLookup,
): CaseRow | undefined {
  if (event.type === 'ReferralReceived') {
    row = referralCase(event, sentenceOf);
  } else {
    if (!row) return undefined; // no referral seen: nothing to attach the event to
    // While closed, the row keeps the status the case had; events change that one, and closure is laid on top.
    if (row.status === 'closed') row.status = closureOf(row)?.statusWhenClosed ?? 'enrolled';
    evolveOpenCase(row, event, sentenceOf);
    const closure = closureOf(row);
    if (closure) {
      row.enrolment = { ...row.enrolment, closure: { ...closure, statusWhenClosed: row.status } };
    }
  }

  if (
    ('personal' in event.data && isErasedPersonalData(event.data.personal)) ||
    event.type === 'VictimPersonalDataErased'
  )
    erasePersonalData(row);
  row.revision = event.revision.toString();
  row.updatedAt = event.recordedAt;
  if (closureOf(row)) row.status = 'closed';
  return row;
}

/** The row with its open tasks, as stored (deadlines counted with `calendar`). */
export function withOpenTasks(row: CaseRow, calendar: WorkingDayCalendar = englandAndWalesCalendar): CaseRow {
  row.tasks = openTasks(row, calendar);
  return row;
}

function referralCase(event: RecordedDomainEvent<'ReferralReceived'>, sentenceOf: SentenceLookup): CaseRow {
  const { data } = event;
  const sentenceId = data.sentenceId;
  const sentence = caseSentence(sentenceId, data.receivedOn, true, sentenceOf);
  const personal = personalOf(data.personal);
  return {
    victimId: data.victimId,
    revision: event.revision.toString(),
    status: 'referred',
    scheme: null,
    referredFor: data.referredFor === 'vns' ? 'vns' : 'vcs',
    circumstance: data.circumstance,
    referralSource: data.source,
    referralReceivedOn: data.receivedOn,
    referralSentenceId: sentenceId,
    enrolment: null,
    vloId: data.victimLiaisonOfficerId ?? null,
    probationRegion: sentence.probationRegion,
    sentences: [sentence],
    contactPreferences: null,
    safetyFlag: false,
    lastSafetyCheck: null,
    contactDetails: personal
      ? {
          fullName: stringOrNull(personal.fullName),
          dateOfBirth: stringOrNull(personal.dateOfBirth),
          addresses: addressesOf(personal.address, 'referral'),
          phones:
            typeof personal.phone === 'string' ? [{ source: 'referral', kind: 'phone', number: personal.phone }] : [],
          emails: typeof personal.email === 'string' ? [{ source: 'referral', address: personal.email }] : [],
        }
      : null,
    actingPersons: [],
    personalDataErased: false,
    lastContact: null,
    contactFacts: [],
    tasks: [],
    contactCount: 0,
    representationCount: 0,
    requests: [],
    createdAt: event.recordedAt,
    updatedAt: event.recordedAt,
  };
}

/** The case's closure (kept in `enrolment.closure` while closed), or undefined when it is open. */
function closureOf(row: CaseRow): { closedOn: unknown; reason: unknown; statusWhenClosed: OpenStatus } | undefined {
  const closure = row.enrolment?.closure;
  return closure !== null && typeof closure === 'object'
    ? (closure as { closedOn: unknown; reason: unknown; statusWhenClosed: OpenStatus })
    : undefined;
}

/** Removes every piece of the victim's personal data from the row (after their key was destroyed). */
function erasePersonalData(row: CaseRow): void {
  row.personalDataErased = true;
  row.contactDetails = null;
  row.actingPersons = row.actingPersons.map((person) => ({ ...person, personal: null }));
  if (row.contactPreferences) row.contactPreferences = { ...row.contactPreferences, communication: null };
}

/**
 * The case's open tasks with their due dates, from the domain's timescales (`tasksOn`). Stored as due dates, never
 * as "overdue" flags, which depend on today. If the working-day calendar does not cover a date, the projection
 * must not stop: the initial-contact task is kept without a due date and says why.
 */
export function openTasks(row: CaseRow, calendar: WorkingDayCalendar = englandAndWalesCalendar): CaseTaskRow[] {
  const referral = row.sentences.find((s) => s.sentenceId === row.referralSentenceId);
  const status = row.status === 'closed' ? (closureOf(row)?.statusWhenClosed ?? 'enrolled') : row.status;
  const participation: Participation = status === 'rejoined' ? 'enrolled' : status;
  const facts = {
    victimId: row.victimId,
    sentenceId: row.referralSentenceId,
    sentenceDate: referral?.sentenceDate ?? row.referralReceivedOn,
    referralReceivedOn: row.referralReceivedOn,
    referredFor: row.referredFor,
    participation,
    contacts: row.contactFacts,
    contactStandard: 'victims-code-2020' as const,
  };
  const toRow = (task: CaseTask): CaseTaskRow => ({
    kind: task.kind,
    sentenceId: task.sentenceId,
    from: task.from,
    dueOn: task.dueOn,
    rule: task.rule,
    ...(task.contactId ? { contactId: task.contactId } : {}),
  });
  try {
    return tasksOn(facts, EVERY_OPEN_TASK, calendar).overdue.map(toRow);
  } catch (error) {
    if (!(error instanceof DateOutsideCalendar)) throw error;
    // Follow-ups need no calendar: a first contact that counts (dated before everything) silences initial contact.
    const silenced = {
      ...facts,
      contacts: [
        {
          contactId: '-',
          method: 'letter',
          direction: 'outbound',
          result: 'letter-sent',
          occurredOn: '0001-01-01',
        } as const,
        ...facts.contacts,
      ],
    };
    const followUps = tasksOn(silenced, EVERY_OPEN_TASK, calendar).overdue.map(toRow);
    const optedOut = participation === 'declined' || participation === 'withdrawn';
    if (optedOut || row.contactFacts.some((c) => RESULTS_THAT_COUNT_AS_CONTACT.includes(c.result))) return followUps;
    return [
      {
        kind: row.referredFor === 'vns' ? 'vns-contact' : 'initial-contact',
        sentenceId: row.referralSentenceId,
        from: row.referralReceivedOn,
        dueOn: null,
        rule: 'The working-day calendar does not answer for these dates (before 1900 or after 2199): check the dates recorded.',
      },
      ...followUps,
    ];
  }
}
