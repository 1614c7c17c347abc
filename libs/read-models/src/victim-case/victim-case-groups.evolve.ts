import { unreachable } from '@vcs/domain';
import type { CaseContactDetails, CaseContactFact, CaseEvent, CaseRow, SentenceLookup } from './victim-case.evolve';
import { addressesOf, caseSentence, personalOf, stringOrNull } from './victim-case-details';

// The case view's rules for every victim event after the referral, one function per group of the case it changes.

type Json = Record<string, unknown>;

/** The victim events after the referral, in the groups of the case they change. */
type OpenCaseEvent = Exclude<CaseEvent, { type: 'ReferralReceived' }>;
type EventOf<T extends OpenCaseEvent['type']> = Extract<OpenCaseEvent, { type: T }>;
type ParticipationEvent = EventOf<
  'VictimEnrolled' | 'VictimDeclined' | 'VictimWithdrew' | 'VictimRejoined' | 'VictimLiaisonOfficerAssigned'
>;
type LinkEvent = EventOf<'VictimLinkedToSentence' | 'ActingForVictimNominated'>;
type DetailsEvent = EventOf<'ContactPreferencesUpdated' | 'VictimDetailsUpdated' | 'ContactHandedToVictim'>;
type ContactEvent = EventOf<'ContactRecorded' | 'RepresentationSubmitted'>;
type RequestEvent = EventOf<'VictimRequestMade' | 'VictimRequestAnswered'>;
type RecordKeepingEvent = EventOf<
  'VictimCaseClosed' | 'VictimCaseReopened' | 'RetentionReviewRaised' | 'RetentionDecided' | 'VictimPersonalDataErased'
>;

/** Every victim event after the referral, to the function for its group; those that change nothing but the revision are listed at the end. */
export function evolveOpenCase(row: CaseRow, event: OpenCaseEvent, sentenceOf: SentenceLookup): void {
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
    case 'ContactHandedToVictim':
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
    case 'LetterSendingRefused':
    case 'VictimRightExplained':
      return; // the revision and updatedAt move (evolveCase); nothing else on the row
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
      if (event.data.turnsEighteenIn !== undefined)
        row.comingOfAge = {
          turnsEighteenIn: event.data.turnsEighteenIn,
          contactHandedToVictimOn: row.comingOfAge?.contactHandedToVictimOn ?? null,
        };
      return;
    }
    case 'ContactHandedToVictim':
      // Letters and calls now go to the victim themselves (the contact card stops addressing whoever acted for them).
      for (const person of row.actingPersons) person.receivesCommunications = false;
      row.comingOfAge = {
        turnsEighteenIn: row.comingOfAge?.turnsEighteenIn ?? null,
        contactHandedToVictimOn: event.data.handedOverOn,
      };
      return;
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
