import {
  CaseTask,
  ContactSummary,
  DateOutsideCalendar,
  englandAndWalesCalendar,
  Participation,
  ReferredFor,
  RESULTS_THAT_COUNT_AS_CONTACT,
  tasksOn,
  unreachable,
  VictimEventType,
  WorkingDayCalendar,
} from '@vcs/domain';
import { isErasedPersonalData } from '@vcs/security';
import { ErasedPersonalData, RecordedDomainEvent } from '../recorded-domain-event';

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

/** Personal data source: which event a detail came from (the referral, or the latest contact preferences). */
type DetailSource = 'referral' | 'contact-preferences';

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

function caseSentence(
  sentenceId: string,
  linkedOn: string,
  viaReferral: boolean,
  sentenceOf: SentenceLookup,
): CaseSentence {
  const found = sentenceOf(sentenceId);
  return {
    sentenceId,
    reference: found?.reference ?? null,
    sentenceDate: found?.sentenceDate ?? null,
    probationRegion: found?.probationRegion ?? null,
    linkedOn,
    viaReferral,
  };
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
    vloId: null,
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

/** The victim events after the referral, in the groups of the case they change. */
type OpenCaseEvent = Exclude<CaseEvent, { type: 'ReferralReceived' }>;
type EventOf<T extends OpenCaseEvent['type']> = Extract<OpenCaseEvent, { type: T }>;
type ParticipationEvent = EventOf<
  'VictimEnrolled' | 'VictimDeclined' | 'VictimWithdrew' | 'VictimRejoined' | 'VictimLiaisonOfficerAssigned'
>;
type LinkEvent = EventOf<'VictimLinkedToSentence' | 'ActingForVictimNominated'>;
type DetailsEvent = EventOf<'ContactPreferencesUpdated' | 'VictimDetailsUpdated'>;
type ContactEvent = EventOf<'ContactRecorded' | 'RepresentationSubmitted'>;
type RequestEvent = EventOf<'VictimRequestMade' | 'VictimRequestAnswered'>;
type RecordKeepingEvent = EventOf<
  'VictimCaseClosed' | 'VictimCaseReopened' | 'RetentionReviewRaised' | 'RetentionDecided' | 'VictimPersonalDataErased'
>;

/** Every victim event after the referral, to the function for its group; those that change nothing but the revision are listed at the end. */
function evolveOpenCase(row: CaseRow, event: OpenCaseEvent, sentenceOf: SentenceLookup): void {
  switch (event.type) {
    case 'VictimEnrolled':
    case 'VictimDeclined':
    case 'VictimWithdrew':
    case 'VictimRejoined':
    case 'VictimLiaisonOfficerAssigned':
      return evolveParticipation(row, event);
    case 'VictimLinkedToSentence':
    case 'ActingForVictimNominated':
      return evolveLinks(row, event, sentenceOf);
    case 'ContactPreferencesUpdated':
    case 'VictimDetailsUpdated':
      return evolveDetails(row, event);
    case 'ContactRecorded':
    case 'RepresentationSubmitted':
      return evolveContacts(row, event);
    case 'VictimRequestMade':
    case 'VictimRequestAnswered':
      return evolveRequests(row, event);
    case 'VictimCaseClosed':
    case 'VictimCaseReopened':
    case 'RetentionReviewRaised':
    case 'RetentionDecided':
    case 'VictimPersonalDataErased':
      return evolveRecordKeeping(row, event);
    case 'RepresentationDisclosed':
    case 'VictimCaseTransferred':
    case 'CaseAccessGranted':
    case 'CaseAccessRevoked':
    case 'NotificationScheduled':
    case 'NotificationRescheduled':
    case 'NotificationCancelled':
    case 'NotificationSent':
    case 'NotificationFailed':
    case 'NotificationDeliveryStatusRecorded':
    case 'SafetyCheckConfirmed':
    case 'ReofferBeforeReleaseRaised':
    case 'LetterDrafted':
    case 'LetterEdited':
    case 'LetterSubmittedForApproval':
    case 'LetterApproved':
    case 'LetterReturned':
    case 'VictimRightExplained':
      return; // the revision and updatedAt move (evolveCase); nothing else on the row
    default:
      return unreachable(event);
  }
}

/** The victim's requests through the VLO and their answers, in the order made (issue 17). */
function evolveRequests(row: CaseRow, event: RequestEvent): void {
  switch (event.type) {
    case 'VictimRequestMade': {
      const { requestId, sentenceId, kind, madeOn, warning } = event.data;
      if (row.requests.some((r) => r.requestId === requestId)) return;
      row.requests = [...row.requests, { requestId, sentenceId, kind, madeOn, warning: warning ?? null, answer: null }];
      return;
    }
    case 'VictimRequestAnswered': {
      const { requestId, outcome, answeredOn, reason } = event.data;
      row.requests = row.requests.map((r) =>
        r.requestId === requestId ? { ...r, answer: { outcome, answeredOn, reason: reason ?? null } } : r,
      );
      return;
    }
    default:
      return unreachable(event);
  }
}

/** Whether the victim takes part in the scheme, and who their victim liaison officer is. */
function evolveParticipation(row: CaseRow, event: ParticipationEvent): void {
  switch (event.type) {
    case 'VictimEnrolled':
      row.status = 'enrolled';
      row.scheme = event.data.scheme;
      row.vloId = event.data.victimLiaisonOfficerId;
      row.enrolment = {
        scheme: event.data.scheme,
        basis: event.data.basis,
        discretionaryReason: event.data.discretionaryReason ?? null,
        enrolledOn: event.data.enrolledOn,
        sentenceId: event.data.sentenceId,
        declinedOn: row.enrolment?.declinedOn ?? null,
        withdrewOn: null,
        rejoinedOn: null,
      };
      return;
    case 'VictimDeclined':
      row.status = 'declined';
      row.enrolment = { ...(row.enrolment ?? { scheme: null }), declinedOn: event.data.declinedOn };
      return;
    case 'VictimWithdrew':
      row.status = 'withdrawn';
      row.enrolment = { ...(row.enrolment ?? { scheme: row.scheme }), withdrewOn: event.data.withdrewOn };
      return;
    case 'VictimRejoined':
      row.status = 'rejoined';
      row.scheme = event.data.scheme;
      row.vloId = event.data.victimLiaisonOfficerId;
      row.enrolment = { ...(row.enrolment ?? {}), scheme: event.data.scheme, rejoinedOn: event.data.rejoinedOn };
      return;
    case 'VictimLiaisonOfficerAssigned':
      row.vloId = event.data.victimLiaisonOfficerId;
      return;
    default:
      return unreachable(event);
  }
}

/** The sentences the victim is linked to, and the people acting for them. */
function evolveLinks(row: CaseRow, event: LinkEvent, sentenceOf: SentenceLookup): void {
  switch (event.type) {
    case 'VictimLinkedToSentence': {
      const sentenceId = event.data.sentenceId;
      if (!row.sentences.some((s) => s.sentenceId === sentenceId))
        row.sentences.push(caseSentence(sentenceId, event.data.linkedOn, false, sentenceOf));
      return;
    }
    case 'ActingForVictimNominated': {
      const personal = personalOf(event.data.personal);
      row.actingPersons.push({
        actingPersonId: event.data.actingPersonId,
        role: event.data.role,
        nominatedOn: event.data.nominatedOn,
        receivesCommunications: event.data.receivesCommunications === true,
        personal: personal
          ? {
              fullName: stringOrNull(personal.fullName),
              dateOfBirth: stringOrNull(personal.dateOfBirth),
              relationshipToVictim: stringOrNull(personal.relationshipToVictim),
              address:
                addressesOf(personal.address, 'referral').map(({ lines, postcode }) => ({ lines, postcode }))[0] ??
                null,
              phone: stringOrNull(personal.phone),
              email: stringOrNull(personal.email),
            }
          : null,
      });
      return;
    }
    default:
      return unreachable(event);
  }
}

/** The victim's own details: name and date of birth, and how they want to be contacted. */
function evolveDetails(row: CaseRow, event: DetailsEvent): void {
  switch (event.type) {
    case 'ContactPreferencesUpdated':
      return updateContactPreferences(row, event);
    case 'VictimDetailsUpdated': {
      const personal = personalOf(event.data.personal);
      if (personal && row.contactDetails) {
        if (typeof personal.fullName === 'string') row.contactDetails.fullName = personal.fullName;
        if (typeof personal.dateOfBirth === 'string') row.contactDetails.dateOfBirth = personal.dateOfBirth;
      }
      return;
    }
    default:
      return unreachable(event);
  }
}

function updateContactPreferences(row: CaseRow, event: EventOf<'ContactPreferencesUpdated'>): void {
  const personal = personalOf(event.data.personal);
  row.safetyFlag = event.data.safetyCheckBeforeLetters === true;
  row.contactPreferences = {
    channels: event.data.channels,
    stages: event.data.stages,
    safetyCheckBeforeLetters: event.data.safetyCheckBeforeLetters === true,
    updatedOn: event.data.updatedOn,
    communication: personal
      ? {
          language: personal.language ?? null,
          accessibleFormats: personal.accessibleFormats ?? [],
          timesNotToCall: personal.timesNotToCall ?? [],
        }
      : null,
  };
  if (personal && row.contactDetails) {
    const details = row.contactDetails;
    const phones: CaseContactDetails['phones'] = [];
    if (typeof personal.phone === 'string')
      phones.push({ source: 'contact-preferences', kind: 'phone', number: personal.phone });
    if (typeof personal.mobile === 'string')
      phones.push({ source: 'contact-preferences', kind: 'mobile', number: personal.mobile });
    row.contactDetails = {
      ...details,
      addresses: [
        ...addressesOf(personal.address, 'contact-preferences'),
        ...details.addresses.filter((a) => a.source === 'referral'),
      ],
      phones: [...phones, ...details.phones.filter((p) => p.source === 'referral')],
      emails: [
        ...(typeof personal.email === 'string'
          ? [{ source: 'contact-preferences' as const, address: personal.email }]
          : []),
        ...details.emails.filter((e) => e.source === 'referral'),
      ],
    };
  }
}

/** What the service did with the victim: contacts (the last one, the last safety check) and representations. */
function evolveContacts(row: CaseRow, event: ContactEvent): void {
  switch (event.type) {
    case 'ContactRecorded':
      return recordContact(row, event);
    case 'RepresentationSubmitted':
      row.representationCount++;
      return;
    default:
      return unreachable(event);
  }
}

function recordContact(row: CaseRow, event: EventOf<'ContactRecorded'>): void {
  const fact: CaseContactFact = {
    contactId: event.data.contactId,
    method: event.data.method,
    direction: event.data.direction,
    result: event.data.result,
    occurredOn: event.data.occurredOn,
    ...(typeof event.data.followUpOn === 'string' ? { followUpOn: event.data.followUpOn } : {}),
    ...(typeof event.data.withActingPersonId === 'string' ? { withActingPersonId: event.data.withActingPersonId } : {}),
  };
  row.contactFacts.push(fact);
  row.contactCount++;
  // The last contact is the latest by date; of two on one day, the one recorded later.
  if (!row.lastContact || fact.occurredOn >= String(row.lastContact.occurredOn)) {
    row.lastContact = {
      ...fact,
      followUpOn: fact.followUpOn ?? null,
      withActingPersonId: fact.withActingPersonId ?? null,
    };
  }
  const check = event.data.safetyCheck;
  if (
    check &&
    typeof check.checkedOn === 'string' &&
    (!row.lastSafetyCheck || check.checkedOn >= String(row.lastSafetyCheck.checkedOn))
  ) {
    row.lastSafetyCheck = { checkedBy: check.checkedBy, checkedOn: check.checkedOn, contactId: fact.contactId };
  }
}

/** The case's record keeping: closure and reopening, the retention review and its decision, erasure. */
function evolveRecordKeeping(row: CaseRow, event: RecordKeepingEvent): void {
  const enrolment = row.enrolment ?? { scheme: row.scheme };
  switch (event.type) {
    case 'VictimCaseClosed':
      row.enrolment = {
        ...enrolment,
        closure: { closedOn: event.data.closedOn, reason: event.data.reason, statusWhenClosed: row.status },
        retention: null,
      };
      return;
    case 'VictimCaseReopened':
      row.enrolment = { ...enrolment, closure: null, retention: null, reopenedOn: event.data.reopenedOn };
      return;
    case 'RetentionReviewRaised':
      row.enrolment = {
        ...enrolment,
        retention: {
          reviewRaisedOn: event.data.raisedOn,
          closedOn: event.data.closedOn,
          retentionPeriodMonths: event.data.retentionPeriodMonths,
          decision: null,
        },
      };
      return;
    case 'RetentionDecided':
      row.enrolment = {
        ...enrolment,
        retention: {
          ...((row.enrolment?.retention ?? {}) as Json),
          decision: {
            decision: event.data.decision,
            basis: event.data.basis,
            decidedOn: event.data.decidedOn,
            decidedBy: event.data.decidedBy,
            retainUntil: event.data.retainUntil ?? null,
          },
        },
      };
      return;
    case 'VictimPersonalDataErased':
      row.enrolment = { ...enrolment, erasure: { erasedOn: event.data.erasedOn, basis: event.data.basis } };
      return;
    default:
      return unreachable(event);
  }
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

/** The personal part, unless it was erased. */
function personalOf<P extends object>(personal: P | ErasedPersonalData | undefined): P | undefined {
  if (personal === null || typeof personal !== 'object' || isErasedPersonalData(personal)) return undefined;
  return personal;
}

function addressesOf(address: unknown, source: DetailSource): CaseContactDetails['addresses'] {
  if (address === null || typeof address !== 'object') return [];
  const { lines, postcode } = address as { lines?: unknown; postcode?: unknown };
  return [
    {
      source,
      lines: Array.isArray(lines) ? lines.map(String) : [],
      postcode: typeof postcode === 'string' ? postcode : null,
    },
  ];
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
