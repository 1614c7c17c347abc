import { VictimRequestSummary } from './victim-request';
import { ReferredFor, Scheme } from '../eligibility/scheme';
import { IsoDate } from '../shared/iso-date';
import { DomainRuleCode } from '../shared/domain-rule-codes';
import { YearMonth } from './coming-of-age';
import { ContactPreferencesChoice } from './contact-preferences';
import { ContactDirection, ContactMethod, ContactResult } from './contact';
import { ActingPersonRole, VictimCircumstance } from './victim-circumstance';
import { RepresentationSummary } from './representation';
import { NotificationCause } from './victim.events';
import { IsoInstant } from '../shared/iso-instant';
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
  /** Why the service may not send this letter drafted on its own, from its last approval (LetterSendingRefused). */
  readonly sendingRefused?: DomainRuleCode;
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
  /** A child victim's month of turning 18 (from the referral or a corrected date of birth); absent when not known. */
  readonly turnsEighteenIn?: YearMonth;
  /** The day contact was handed to the victim themselves (ContactHandedToVictim). */
  readonly contactHandedToVictimOn?: IsoDate;
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
