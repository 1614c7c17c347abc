import { VictimRequestSummary } from './victim-request';
import { ReferredFor, Scheme } from '../eligibility/scheme';
import { IsoDate } from '../shared/iso-date';
import { ContactPreferencesChoice } from './contact-preferences';
import { ContactDirection, ContactMethod, ContactResult } from './contact';
import { ActingPersonRole, VictimCircumstance } from './victim-circumstance';
import { RepresentationSummary } from './representation';
import { NotificationCause, VictimEvent } from './victim.events';
import { IsoInstant, londonDateOf } from '../shared/iso-instant';
import { ContactChannel } from './contact-preferences';
import { LetterStatus } from './letter';
import { CaseClosureReason, ErasureBasis, RetentionBasis, RetentionDecision } from './retention';
import {
  DeliveryStatus,
  NotificationCancelReason,
  NotificationReason,
  NotificationStage,
  NotificationStatus,
} from '../notifications/notification-stage';
import { AccessGrant, CaseAccess } from '../access/case-access';
import { VloUnit } from '../access/vlo-unit';

export type Participation = 'referred' | 'enrolled' | 'declined' | 'withdrawn';

export interface ContactSummary {
  readonly contactId: string;
  readonly method: ContactMethod;
  readonly direction: ContactDirection;
  readonly result: ContactResult;
  readonly occurredOn: IsoDate;
  readonly followUpOn?: IsoDate;
}

/** One notification and where it has got to. `scheduled` includes one whose earlier attempts failed. */
export interface VictimNotification {
  readonly notificationId: string;
  readonly sentenceId: string;
  readonly stage: NotificationStage;
  readonly channel: ContactChannel;
  readonly dueAt: IsoInstant;
  readonly reason: NotificationReason;
  readonly causedBy: NotificationCause;
  readonly status: NotificationStatus;
  readonly letterId?: string;
  /** The last attempt number recorded as failed (0 when none). */
  readonly failedAttempts: number;
  readonly lastErrorCode?: string;
  readonly sentAt?: IsoInstant;
  readonly providerReference?: string;
  readonly cancelReason?: NotificationCancelReason;
  readonly deliveryStatus?: DeliveryStatus;
}

export interface VictimLetter {
  readonly letterId: string;
  readonly notificationId?: string;
  readonly stage: NotificationStage;
  readonly status: LetterStatus;
  /** The drafter and everyone who edited it: none of them may approve it (four eyes). */
  readonly authors: readonly string[];
  readonly approvedBy?: string;
  readonly approvedOn?: IsoDate;
}

export interface SafetyCheck {
  readonly confirmedOn: IsoDate;
  readonly checkedBy: string;
}

/** Retention of the current closure: the review, and the ADMIN's latest decision on it. */
export interface RetentionState {
  readonly reviewRaisedOn?: IsoDate;
  readonly decision?: {
    readonly decision: RetentionDecision;
    readonly basis: RetentionBasis;
    readonly decidedOn: IsoDate;
    readonly retainUntil?: IsoDate;
  };
}

export interface KnownVictim {
  readonly exists: true;
  readonly victimId: string;
  readonly circumstance: VictimCircumstance;
  readonly referredFor: ReferredFor;
  readonly referralSentenceId: string;
  readonly referralReceivedOn: IsoDate;
  /** The unit holding the case; undefined for a referral recorded before units (derive it from the referral sentence). */
  readonly unit?: VloUnit;
  /** Cross-unit access grants, live or not, by id. */
  readonly accessGrants: Readonly<Record<string, AccessGrant>>;
  readonly participation: Participation;
  readonly scheme?: Scheme;
  readonly enrolledOn?: IsoDate;
  /** The day the victim last said no (declined or withdrew): no outbound contact after it. */
  readonly optedOutOn?: IsoDate;
  readonly victimLiaisonOfficerId?: string;
  readonly linkedSentenceIds: readonly string[];
  readonly actingPersons: readonly { readonly actingPersonId: string; readonly role: ActingPersonRole }[];
  readonly preferences?: ContactPreferencesChoice & { readonly updatedOn: IsoDate };
  readonly contacts: readonly ContactSummary[];
  readonly representationIds: ReadonlySet<string>;
  /** Each representation's recipients and conditions, to decide its disclosures. */
  readonly representations: Readonly<Record<string, RepresentationSummary>>;
  /** Full names recorded for the victim and those acting for them, kept only in memory for the disclosure screen. */
  readonly recordedNames: readonly string[];
  /**
   * Address lines, postcodes, phone numbers and emails known for the victim, kept only in memory to stop them
   * leaking into a Victim Personal Statement. Empty when the personal data is not available (e.g. erased).
   */
  readonly locatingDetails: readonly string[];
  /** Set while the case is closed (§ closure); cleared when it reopens. */
  readonly closure?: { readonly closedOn: IsoDate; readonly reason: CaseClosureReason };
  readonly retention: RetentionState;
  /** Set once the victim's personal data is erased: nothing more is added about them and nobody contacts them. */
  readonly erasure?: { readonly erasedOn: IsoDate; readonly basis: ErasureBasis };
  /** Re-offers before release raised (issue 17), by id: the day the VLO's task is due. Absent until the first. */
  readonly reoffers?: Readonly<Record<string, IsoDate>>;
  /** The latest safety check confirmed per channel. */
  readonly safetyChecks: Partial<Readonly<Record<ContactChannel, SafetyCheck>>>;
  readonly notifications: Readonly<Record<string, VictimNotification>>;
  readonly letters: Readonly<Record<string, VictimLetter>>;
  /** The victim's requests (observe a hearing, a decision summary …), by request id (victim-request.ts). */
  readonly requests: Readonly<Record<string, VictimRequestSummary>>;
}

export type VictimState = { readonly exists: false } | KnownVictim;

export function initialVictimState(): VictimState {
  return { exists: false };
}

export function evolveVictim(state: VictimState, event: VictimEvent): VictimState {
  if (event.type === 'ReferralReceived') {
    const { data } = event;
    return {
      exists: true,
      victimId: data.victimId,
      circumstance: data.circumstance,
      referredFor: data.referredFor,
      referralSentenceId: data.sentenceId,
      referralReceivedOn: data.receivedOn,
      ...(data.vloUnit !== undefined ? { unit: data.vloUnit } : {}),
      accessGrants: {},
      participation: 'referred',
      linkedSentenceIds: [data.sentenceId],
      actingPersons: [],
      contacts: [],
      representationIds: new Set(),
      representations: {},
      recordedNames: namesOf(data.personal),
      locatingDetails: locatingDetailsOf(data.personal),
      retention: {},
      safetyChecks: {},
      notifications: {},
      letters: {},
      requests: {},
    };
  }
  if (!state.exists) return state;
  switch (event.type) {
    case 'VictimCaseTransferred':
      return { ...state, unit: event.data.toUnit };
    case 'CaseAccessGranted': {
      const { grantId, granteeUserId, granteeUnit, grantedAt, expiresAt } = event.data;
      return {
        ...state,
        accessGrants: {
          ...state.accessGrants,
          [grantId]: { grantId, granteeUserId, granteeUnit, grantedAt, expiresAt },
        },
      };
    }
    case 'CaseAccessRevoked': {
      const grant = state.accessGrants[event.data.grantId];
      return grant
        ? {
            ...state,
            accessGrants: { ...state.accessGrants, [grant.grantId]: { ...grant, revokedAt: event.data.revokedAt } },
          }
        : state;
    }
    case 'VictimEnrolled':
      return {
        ...state,
        participation: 'enrolled',
        scheme: event.data.scheme,
        enrolledOn: event.data.enrolledOn,
        optedOutOn: undefined,
        victimLiaisonOfficerId: event.data.victimLiaisonOfficerId,
      };
    case 'VictimDeclined':
      return { ...state, participation: 'declined', optedOutOn: event.data.declinedOn };
    case 'VictimWithdrew':
      return { ...state, participation: 'withdrawn', optedOutOn: event.data.withdrewOn };
    case 'VictimRejoined':
      return {
        ...state,
        participation: 'enrolled',
        optedOutOn: undefined,
        victimLiaisonOfficerId: event.data.victimLiaisonOfficerId,
      };
    case 'VictimLinkedToSentence':
      return { ...state, linkedSentenceIds: [...state.linkedSentenceIds, event.data.sentenceId] };
    case 'ActingForVictimNominated':
      return {
        ...state,
        actingPersons: [...state.actingPersons, { actingPersonId: event.data.actingPersonId, role: event.data.role }],
        recordedNames: [...state.recordedNames, ...namesOf(event.data.personal)],
        locatingDetails: [...state.locatingDetails, ...locatingDetailsOf(event.data.personal)],
      };
    case 'ContactPreferencesUpdated': {
      const { channels, stages, safetyCheckBeforeLetters, updatedOn, personal } = event.data;
      return {
        ...state,
        preferences: { channels, stages, safetyCheckBeforeLetters, updatedOn },
        locatingDetails: [
          ...state.locatingDetails,
          ...locatingDetailsOf({ ...personal, phone: personal?.phone, extraPhone: personal?.mobile }),
        ],
      };
    }
    case 'ContactRecorded': {
      const { contactId, method, direction, result, occurredOn, followUpOn } = event.data;
      return {
        ...state,
        contacts: [...state.contacts, { contactId, method, direction, result, occurredOn, followUpOn }],
      };
    }
    case 'RepresentationSubmitted': {
      const { representationId, sentenceId, kind, sentTo, submittedOn, requestedConditions } = event.data;
      const summary: RepresentationSummary = {
        sentenceId,
        kind,
        sentTo,
        submittedOn,
        conditionIds: requestedConditions.map((c) => c.conditionId),
      };
      return {
        ...state,
        representationIds: new Set([...state.representationIds, representationId]),
        representations: { ...state.representations, [representationId]: summary },
      };
    }
    case 'RepresentationDisclosed':
      return state;
    case 'VictimLiaisonOfficerAssigned':
      return { ...state, victimLiaisonOfficerId: event.data.victimLiaisonOfficerId };
    case 'VictimDetailsUpdated':
      return { ...state, recordedNames: [...state.recordedNames, ...namesOf(event.data.personal)] };
    case 'VictimCaseClosed':
      return { ...state, closure: { closedOn: event.data.closedOn, reason: event.data.reason }, retention: {} };
    case 'VictimCaseReopened':
      return { ...state, closure: undefined, retention: {} };
    case 'RetentionReviewRaised':
      return { ...state, retention: { reviewRaisedOn: event.data.raisedOn } };
    case 'RetentionDecided': {
      const { decision, basis, decidedOn, retainUntil } = event.data;
      return {
        ...state,
        retention: {
          ...state.retention,
          decision: { decision, basis, decidedOn, ...(retainUntil !== undefined ? { retainUntil } : {}) },
        },
      };
    }
    case 'VictimPersonalDataErased':
      return {
        ...state,
        erasure: { erasedOn: event.data.erasedOn, basis: event.data.basis },
        locatingDetails: [],
        recordedNames: [],
      };
    case 'NotificationScheduled': {
      const { notificationId, sentenceId, stage, channel, dueAt, reason, causedBy, letterId } = event.data;
      const notification: VictimNotification = {
        notificationId,
        sentenceId,
        stage,
        channel,
        dueAt,
        reason,
        causedBy,
        status: 'scheduled',
        failedAttempts: 0,
        ...(letterId !== undefined ? { letterId } : {}),
      };
      const letters =
        letterId !== undefined && state.letters[letterId]
          ? { ...state.letters, [letterId]: { ...state.letters[letterId], notificationId } }
          : state.letters;
      return { ...state, notifications: { ...state.notifications, [notificationId]: notification }, letters };
    }
    case 'NotificationRescheduled':
      return updateNotification(state, event.data.notificationId, {
        dueAt: event.data.dueAt,
        reason: event.data.reason,
        causedBy: event.data.causedBy,
      });
    case 'NotificationCancelled':
      return updateNotification(state, event.data.notificationId, {
        status: 'cancelled',
        cancelReason: event.data.reason,
      });
    case 'NotificationSent': {
      const { notificationId, channel, providerReference, sentAt } = event.data;
      const updated = updateNotification(state, notificationId, {
        status: 'sent',
        sentAt,
        providerReference,
      }) as KnownVictim;
      const letterId = updated.notifications[notificationId]?.letterId;
      const letters =
        letterId !== undefined && updated.letters[letterId]
          ? { ...updated.letters, [letterId]: { ...updated.letters[letterId], status: 'sent' as const } }
          : updated.letters;
      // A sent notification is an outbound contact for the Victims' Code timescales (the VLO "first writes").
      const contact: ContactSummary = {
        contactId: `notification:${notificationId}`,
        method: channel,
        direction: 'outbound',
        result: SENT_RESULT[channel],
        occurredOn: londonDateOf(sentAt),
      };
      return { ...updated, letters, contacts: [...updated.contacts, contact] };
    }
    case 'NotificationFailed': {
      const { notificationId, attempt, errorCode, final } = event.data;
      return updateNotification(state, notificationId, {
        failedAttempts: attempt,
        lastErrorCode: errorCode,
        ...(final ? { status: 'failed' as const } : {}),
      });
    }
    case 'NotificationDeliveryStatusRecorded':
      return updateNotification(state, event.data.notificationId, {
        deliveryStatus: event.data.status,
        status: event.data.status === 'delivered' ? 'delivered' : 'undelivered',
      });
    case 'ReofferBeforeReleaseRaised':
      return { ...state, reoffers: { ...state.reoffers, [event.data.reofferId]: event.data.dueOn } };
    case 'SafetyCheckConfirmed':
      return {
        ...state,
        safetyChecks: {
          ...state.safetyChecks,
          [event.data.channel]: { confirmedOn: event.data.confirmedOn, checkedBy: event.data.checkedBy },
        },
      };
    case 'LetterDrafted': {
      const { letterId, notificationId, stage, draftedBy } = event.data;
      const letter: VictimLetter = {
        letterId,
        stage,
        status: 'draft',
        authors: [draftedBy],
        ...(notificationId !== undefined ? { notificationId } : {}),
      };
      const notifications =
        notificationId !== undefined && state.notifications[notificationId]
          ? { ...state.notifications, [notificationId]: { ...state.notifications[notificationId], letterId } }
          : state.notifications;
      return { ...state, letters: { ...state.letters, [letterId]: letter }, notifications };
    }
    case 'LetterEdited': {
      const letter = state.letters[event.data.letterId];
      if (!letter) return state;
      const authors = letter.authors.includes(event.data.editedBy)
        ? letter.authors
        : [...letter.authors, event.data.editedBy];
      return updateLetter(state, letter.letterId, {
        status: 'draft',
        authors,
        approvedBy: undefined,
        approvedOn: undefined,
      });
    }
    case 'LetterSubmittedForApproval':
      return updateLetter(state, event.data.letterId, { status: 'submitted' });
    case 'LetterApproved':
      return updateLetter(state, event.data.letterId, {
        status: 'approved',
        approvedBy: event.data.approvedBy,
        approvedOn: event.data.approvedOn,
      });
    case 'LetterReturned':
      return updateLetter(state, event.data.letterId, { status: 'returned' });
    case 'VictimRequestMade': {
      const { requestId, sentenceId, kind, madeOn } = event.data;
      return { ...state, requests: { ...state.requests, [requestId]: { sentenceId, kind, madeOn } } };
    }
    case 'VictimRequestAnswered': {
      const request = state.requests[event.data.requestId];
      if (!request) return state;
      const { outcome, answeredOn } = event.data;
      return {
        ...state,
        requests: { ...state.requests, [event.data.requestId]: { ...request, answered: { outcome, answeredOn } } },
      };
    }
    case 'VictimRightExplained':
      return state;
  }
}

const SENT_RESULT: Readonly<Record<ContactChannel, ContactResult>> = {
  letter: 'letter-sent',
  email: 'email-sent',
  sms: 'sms-sent',
  phone: 'contact-made',
};

function updateNotification(
  state: KnownVictim,
  notificationId: string,
  change: Partial<VictimNotification>,
): VictimState {
  const current = state.notifications[notificationId];
  if (!current) return state;
  return { ...state, notifications: { ...state.notifications, [notificationId]: { ...current, ...change } } };
}

function updateLetter(state: KnownVictim, letterId: string, change: Partial<VictimLetter>): VictimState {
  const current = state.letters[letterId];
  if (!current) return state;
  return { ...state, letters: { ...state.letters, [letterId]: { ...current, ...change } } };
}

/** Who may reach the case: its unit and grants (the domain's view; a history from before units has no unit yet). */
export function caseAccessOf(state: KnownVictim): CaseAccess {
  return { ...(state.unit !== undefined ? { unit: state.unit } : {}), grants: Object.values(state.accessGrants) };
}

/** The notifications still waiting to go (scheduled, possibly after failed attempts). */
export function pendingNotifications(state: KnownVictim): VictimNotification[] {
  return Object.values(state.notifications).filter((n) => n.status === 'scheduled');
}

/** The pending notification of a stage for a sentence, if any: a changed date moves it rather than adding another. */
export function pendingNotificationFor(
  state: KnownVictim,
  sentenceId: string,
  stage: NotificationStage,
): VictimNotification | undefined {
  return pendingNotifications(state).find((n) => n.sentenceId === sentenceId && n.stage === stage);
}

interface MaybeContactDetails {
  readonly address?: { readonly lines?: readonly string[]; readonly postcode?: string };
  readonly phone?: string;
  readonly extraPhone?: string;
  readonly email?: string;
}

/** A name recorded in `personal` (absent once the victim's key is destroyed). */
function namesOf(personal: { readonly fullName?: unknown } | undefined): string[] {
  return typeof personal?.fullName === 'string' && personal.fullName.trim().length > 0 ? [personal.fullName] : [];
}

/** `personal` may be absent when the victim's key has been destroyed: nothing to collect then. */
function locatingDetailsOf(personal: MaybeContactDetails | undefined): string[] {
  if (!personal) return [];
  return [
    ...(personal.address?.lines ?? []),
    personal.address?.postcode,
    personal.phone,
    personal.extraPhone,
    personal.email,
  ].filter((d): d is string => typeof d === 'string' && d.trim().length > 0);
}
