import { ReofferTrigger } from '../notifications/reoffer-before-release';
import {
  RequestRefusalReason,
  RightExplained,
  VictimRequestKind,
  VictimRequestOutcome,
  VictimRequestWarning,
} from './victim-request';
import { DiscretionaryReason, ReferredFor, Scheme } from '../eligibility/scheme';
import { EligibilityBasis } from '../eligibility/scheme-eligibility';
import { IsoDate } from '../shared/iso-date';
import { DomainRuleCode } from '../shared/domain-rule-codes';
import { YearMonth } from './coming-of-age';
import { ContactDetails } from './contact-details';
import { ContactPreferencesChoice, ContactPreferencesPersonal } from './contact-preferences';
import { ChannelReason, ContactDirection, ContactMethod, ContactResult } from './contact';
import { ScreenFlag } from '../disclosure/disclosure-screen';
import {
  DisclosedText,
  RepresentationKind,
  RepresentationPersonal,
  RepresentationRecipient,
  RequestedCondition,
  VpsPresentation,
} from './representation';
import { ActingPersonRole, ReferralSource, VictimCircumstance } from './victim-circumstance';
import { IsoInstant } from '../shared/iso-instant';
import { ContactChannel } from './contact-preferences';
import { LetterPersonal } from './letter';
import {
  CaseClosureReason,
  CaseReopenReason,
  EndedSentence,
  ErasureBasis,
  RetentionBasis,
  RetentionDecision,
} from './retention';
import {
  DeliveryStatus,
  NotificationCancelReason,
  NotificationReason,
  NotificationStage,
} from '../notifications/notification-stage';
import { AccessGrantReason, CaseTransferReason, VloUnit } from '../access/vlo-unit';

/**
 * Events of a `victim-<uuid>` stream. Every name, date of birth, address, phone, email and free text that
 * may identify or locate the victim (or whoever acts for them) is under `data.personal` and nowhere else;
 * the store encrypts `data.personal` with the victim's own key.
 */

export interface VictimIdentity {
  readonly fullName: string;
  readonly dateOfBirth?: IsoDate;
}

/** Creates the victim's stream: the Witness Care Unit (or other source) referred them. Timescales run from `receivedOn`. */
export interface ReferralReceived {
  readonly type: 'ReferralReceived';
  readonly data: {
    readonly victimId: string;
    readonly sentenceId: string;
    readonly referredFor: ReferredFor;
    readonly source: ReferralSource;
    readonly circumstance: VictimCircumstance;
    readonly receivedOn: IsoDate;
    /**
     * The victim liaison unit that holds the case: the referral sentence's probation region. Absent on referrals
     * recorded before units existed; their unit is the probation region of `sentenceId` (docs/privacy.md).
     */
    readonly vloUnit?: VloUnit;
    /**
     * A child victim's month of turning 18 (`YYYY-MM`), derived from the date of birth when one is given: the only
     * part of it kept outside `personal` (docs/privacy.md). Absent for adults, for a child referred without a date
     * of birth, and on referrals recorded before it existed: no handover task then.
     */
    readonly turnsEighteenIn?: YearMonth;
    /**
     * The victim liaison officer the case was allocated to with the referral (the recording VLO, or the officer a
     * manager chose). Absent: nobody yet, the case is on the unit's unallocated list (every referral before 2026-12).
     */
    readonly victimLiaisonOfficerId?: string;
    readonly personal: VictimIdentity & ContactDetails;
  };
}

export interface VictimEnrolled {
  readonly type: 'VictimEnrolled';
  readonly data: {
    readonly victimId: string;
    /** The sentence whose facts made the victim eligible. */
    readonly sentenceId: string;
    readonly scheme: Scheme;
    readonly basis: EligibilityBasis;
    readonly discretionaryReason?: DiscretionaryReason;
    readonly enrolledOn: IsoDate;
    readonly victimLiaisonOfficerId: string;
    readonly personal: { readonly discretionaryReasonDetail?: string };
  };
}

export interface VictimDeclined {
  readonly type: 'VictimDeclined';
  readonly data: {
    readonly victimId: string;
    readonly declinedOn: IsoDate;
    readonly personal: { readonly reason?: string };
  };
}

export interface VictimWithdrew {
  readonly type: 'VictimWithdrew';
  readonly data: {
    readonly victimId: string;
    readonly withdrewOn: IsoDate;
    readonly personal: { readonly reason?: string };
  };
}

export interface VictimRejoined {
  readonly type: 'VictimRejoined';
  readonly data: {
    readonly victimId: string;
    readonly scheme: Scheme;
    readonly rejoinedOn: IsoDate;
    readonly victimLiaisonOfficerId: string;
  };
}

export interface VictimLinkedToSentence {
  readonly type: 'VictimLinkedToSentence';
  readonly data: { readonly victimId: string; readonly sentenceId: string; readonly linkedOn: IsoDate };
}

export interface ActingForVictimNominated {
  readonly type: 'ActingForVictimNominated';
  readonly data: {
    readonly victimId: string;
    readonly actingPersonId: string;
    readonly role: ActingPersonRole;
    readonly nominatedOn: IsoDate;
    /** Letters and calls go to this person rather than to the victim. */
    readonly receivesCommunications: boolean;
    readonly personal: VictimIdentity & ContactDetails & { readonly relationshipToVictim?: string };
  };
}

export interface ContactPreferencesUpdated {
  readonly type: 'ContactPreferencesUpdated';
  readonly data: ContactPreferencesChoice & {
    readonly victimId: string;
    readonly updatedOn: IsoDate;
    readonly personal: ContactPreferencesPersonal;
  };
}

export interface ContactRecorded {
  readonly type: 'ContactRecorded';
  readonly data: {
    readonly victimId: string;
    readonly contactId: string;
    readonly method: ContactMethod;
    readonly direction: ContactDirection;
    readonly result: ContactResult;
    readonly occurredOn: IsoDate;
    /** The contact was with the person acting for the victim. */
    readonly withActingPersonId?: string;
    readonly followUpOn?: IsoDate;
    /** Who checked it was safe to send a letter to a victim with a safety flag, and when. */
    readonly safetyCheck?: { readonly checkedBy: string; readonly checkedOn: IsoDate };
    /** Why a contact the VLO started went by a channel the victim has not chosen (only then). */
    readonly channelReason?: ChannelReason;
    readonly personal: { readonly summary: string; readonly outcome?: string; readonly channelReasonDetail?: string };
  };
}

export interface RepresentationSubmitted {
  readonly type: 'RepresentationSubmitted';
  readonly data: {
    readonly victimId: string;
    readonly representationId: string;
    readonly sentenceId: string;
    readonly kind: RepresentationKind;
    readonly requestedConditions: readonly RequestedCondition[];
    readonly vpsPresentation?: VpsPresentation;
    readonly sentTo: readonly RepresentationRecipient[];
    readonly submittedOn: IsoDate;
    readonly personal: RepresentationPersonal;
  };
}

/** A representation was disclosed to one recipient in the version a VLO approved (`flagged`: the screen's flags the VLO confirmed). */
export interface RepresentationDisclosed {
  readonly type: 'RepresentationDisclosed';
  readonly data: {
    readonly victimId: string;
    readonly representationId: string;
    readonly sentenceId: string;
    readonly recipient: RepresentationRecipient;
    readonly disclosedOn: IsoDate;
    readonly approvedBy: string;
    readonly flagged: readonly ScreenFlag[];
    readonly personal: DisclosedText;
  };
}

export interface VictimLiaisonOfficerAssigned {
  readonly type: 'VictimLiaisonOfficerAssigned';
  readonly data: { readonly victimId: string; readonly victimLiaisonOfficerId: string; readonly assignedOn: IsoDate };
}

/** A correction of the victim's name or date of birth (wrong names on letters are a known failure). */
export interface VictimDetailsUpdated {
  readonly type: 'VictimDetailsUpdated';
  readonly data: {
    readonly victimId: string;
    readonly updatedOn: IsoDate;
    /** A child victim's corrected date of birth moves the month they turn 18 (and so the handover task). */
    readonly turnsEighteenIn?: YearMonth;
    readonly personal: Partial<VictimIdentity>;
  };
}

/**
 * A child victim's contact is now with the victim themselves, not the parent or guardian (they are 18: the scheme
 * offered to them directly and their own contact choices asked for). Ids and dates only.
 */
export interface ContactHandedToVictim {
  readonly type: 'ContactHandedToVictim';
  readonly data: { readonly victimId: string; readonly handedOverOn: IsoDate };
}

// ---- Closure, retention and erasure (issue 4). No personal data in any of them. ----

/**
 * The victim's case closed: they withdrew or declined and did not come back, or every sentence they are linked
 * to ended (`endedSentences` lists each, as the worker saw it). The retention period runs from `closedOn`.
 */
export interface VictimCaseClosed {
  readonly type: 'VictimCaseClosed';
  readonly data: {
    readonly victimId: string;
    readonly closedOn: IsoDate;
    readonly reason: CaseClosureReason;
    readonly endedSentences?: readonly EndedSentence[];
  };
}

/** A closed case is open again: the victim rejoined or enrolled, or was linked to another sentence. */
export interface VictimCaseReopened {
  readonly type: 'VictimCaseReopened';
  readonly data: {
    readonly victimId: string;
    readonly reopenedOn: IsoDate;
    readonly reason: CaseReopenReason;
    readonly sentenceId?: string;
  };
}

/** The configured retention period after closure has passed: an ADMIN must decide whether to erase or retain. */
export interface RetentionReviewRaised {
  readonly type: 'RetentionReviewRaised';
  readonly data: {
    readonly victimId: string;
    readonly raisedOn: IsoDate;
    readonly closedOn: IsoDate;
    readonly retentionPeriodMonths: number;
  };
}

/** The ADMIN's decision on a retention review. `retainUntil` only when retaining: the next review is due then. */
export interface RetentionDecided {
  readonly type: 'RetentionDecided';
  readonly data: {
    readonly victimId: string;
    readonly decidedOn: IsoDate;
    readonly decidedBy: string;
    readonly decision: RetentionDecision;
    readonly basis: RetentionBasis;
    readonly retainUntil?: IsoDate;
    readonly closedOn: IsoDate;
  };
}

/**
 * The victim's personal data is erased: the store destroys their key, so every `personal` part of their
 * history reads as erased. Nothing more is added about them, and nobody contacts them.
 */
export interface VictimPersonalDataErased {
  readonly type: 'VictimPersonalDataErased';
  readonly data: {
    readonly victimId: string;
    readonly erasedOn: IsoDate;
    readonly erasedBy: string;
    readonly basis: ErasureBasis;
    /** The erasure request's or authority's reference: a code, never free text. */
    readonly requestReference?: string;
  };
}

// ---- Notifications (issue 6). Channels, stages and times only; the message is rendered from the victim's data. ----

/** What caused the notification: the sentence milestone, or another event (referral, enrolment, a failed delivery). */
export interface NotificationCause {
  readonly milestoneId?: string;
  readonly eventId?: string;
}

export interface NotificationScheduled {
  readonly type: 'NotificationScheduled';
  readonly data: {
    readonly victimId: string;
    readonly notificationId: string;
    readonly sentenceId: string;
    readonly stage: NotificationStage;
    readonly dueAt: IsoInstant;
    readonly channel: ContactChannel;
    readonly reason: NotificationReason;
    readonly causedBy: NotificationCause;
    /** An ad-hoc letter drafted before the notification that will send it. */
    readonly letterId?: string;
    /**
     * A provisional parole decision: the last day for an application to reconsider it (r.28(3)); the VLO's task to ask the
     * victim whether to ask the Secretary of State falls before it. Absent on events recorded before issue 17.
     */
    readonly respondBy?: IsoDate;
  };
}

export interface NotificationRescheduled {
  readonly type: 'NotificationRescheduled';
  readonly data: {
    readonly victimId: string;
    readonly notificationId: string;
    readonly previousDueAt: IsoInstant;
    readonly dueAt: IsoInstant;
    readonly reason: NotificationReason;
    readonly causedBy: NotificationCause;
  };
}

export interface NotificationCancelled {
  readonly type: 'NotificationCancelled';
  readonly data: {
    readonly victimId: string;
    readonly notificationId: string;
    readonly reason: NotificationCancelReason;
    readonly cancelledOn: IsoDate;
  };
}

/** The channel accepted the message (`providerReference` is its id, e.g. GOV.UK Notify's, or the outbox row). */
export interface NotificationSent {
  readonly type: 'NotificationSent';
  readonly data: {
    readonly victimId: string;
    readonly notificationId: string;
    readonly channel: ContactChannel;
    readonly providerReference: string;
    readonly sentAt: IsoInstant;
    readonly letterId?: string;
  };
}

/** An attempt to hand the message to the channel failed; `final` is the last attempt (dead letter: a VLO task). */
export interface NotificationFailed {
  readonly type: 'NotificationFailed';
  readonly data: {
    readonly victimId: string;
    readonly notificationId: string;
    readonly attempt: number;
    readonly errorCode: string;
    readonly final: boolean;
    readonly failedAt: IsoInstant;
  };
}

export interface NotificationDeliveryStatusRecorded {
  readonly type: 'NotificationDeliveryStatusRecorded';
  readonly data: {
    readonly victimId: string;
    readonly notificationId: string;
    readonly status: DeliveryStatus;
    readonly at: IsoInstant;
  };
}

/**
 * A VLO confirmed it is still safe to contact a victim with a safety flag by this channel (docs/DOMAIN-RULES.md seed 003:
 * "checks to ensure that it's safe to send letters to victims of domestic abuse").
 */
/** A re-offer before release is due: a task for the VLO (issue 17). Ids, codes and dates only. */
export interface ReofferBeforeReleaseRaised {
  readonly type: 'ReofferBeforeReleaseRaised';
  readonly data: {
    readonly victimId: string;
    readonly reofferId: string;
    readonly sentenceId: string;
    readonly because: ReofferTrigger;
    readonly releaseWindowOn: IsoDate;
    readonly dueOn: IsoDate;
    readonly causedBy: { readonly milestoneId: string };
  };
}

export interface SafetyCheckConfirmed {
  readonly type: 'SafetyCheckConfirmed';
  readonly data: {
    readonly victimId: string;
    readonly confirmedOn: IsoDate;
    readonly checkedBy: string;
    readonly channel: ContactChannel;
  };
}

// ---- Letters: draft → manager review → approved → sent. ----

export interface LetterDrafted {
  readonly type: 'LetterDrafted';
  readonly data: {
    readonly victimId: string;
    readonly letterId: string;
    readonly notificationId?: string;
    readonly stage: NotificationStage;
    readonly draftedBy: string;
    readonly draftedOn: IsoDate;
    readonly personal: LetterPersonal;
  };
}

/** Any edit returns the letter to draft (an approved letter needs approving again). */
export interface LetterEdited {
  readonly type: 'LetterEdited';
  readonly data: {
    readonly victimId: string;
    readonly letterId: string;
    readonly editedBy: string;
    readonly editedOn: IsoDate;
    readonly personal: Partial<LetterPersonal>;
  };
}

export interface LetterSubmittedForApproval {
  readonly type: 'LetterSubmittedForApproval';
  readonly data: {
    readonly victimId: string;
    readonly letterId: string;
    readonly submittedBy: string;
    readonly submittedOn: IsoDate;
  };
}

export interface LetterApproved {
  readonly type: 'LetterApproved';
  readonly data: {
    readonly victimId: string;
    readonly letterId: string;
    readonly approvedBy: string;
    readonly approvedOn: IsoDate;
  };
}

/**
 * A letter drafted on its own was approved, but the service may not send it: the victim as they are now may not be
 * written to by letter about it (opted out, case closed, not in the scheme, letters or the stage not chosen, …). The
 * rule code says why; the drafting officer gets a task (docs/letters.md "Sending a letter drafted on its own").
 */
export interface LetterSendingRefused {
  readonly type: 'LetterSendingRefused';
  readonly data: {
    readonly victimId: string;
    readonly letterId: string;
    readonly reason: DomainRuleCode;
    readonly refusedOn: IsoDate;
  };
}

/** The manager's comments quote or discuss the letter, so they are personal. */
export interface LetterReturned {
  readonly type: 'LetterReturned';
  readonly data: {
    readonly victimId: string;
    readonly letterId: string;
    readonly returnedBy: string;
    readonly returnedOn: IsoDate;
    readonly personal: { readonly comments: string };
  };
}

/** The case moved to another victim liaison unit (a manager of either unit decided it, with a reason). */
export interface VictimCaseTransferred {
  readonly type: 'VictimCaseTransferred';
  readonly data: {
    readonly victimId: string;
    readonly fromUnit: VloUnit;
    readonly toUnit: VloUnit;
    readonly reason: CaseTransferReason;
    readonly transferredOn: IsoDate;
    readonly personal: { readonly note?: string };
  };
}

/** A manager of the case's unit opened this one case to one person of another unit, until `expiresAt`. */
export interface CaseAccessGranted {
  readonly type: 'CaseAccessGranted';
  readonly data: {
    readonly victimId: string;
    readonly grantId: string;
    readonly caseUnit: VloUnit;
    readonly granteeUserId: string;
    readonly granteeUnit: VloUnit;
    readonly reason: AccessGrantReason;
    readonly grantedAt: IsoInstant;
    readonly expiresAt: IsoInstant;
    readonly personal: { readonly note?: string };
  };
}

/** A grant ended before its time. */
export interface CaseAccessRevoked {
  readonly type: 'CaseAccessRevoked';
  readonly data: { readonly victimId: string; readonly grantId: string; readonly revokedAt: IsoInstant };
}

/** A victim's request, made through their VLO (victim-request.ts); codes and dates only. */
export interface VictimRequestMade {
  readonly type: 'VictimRequestMade';
  readonly data: {
    readonly victimId: string;
    readonly requestId: string;
    readonly sentenceId: string;
    readonly kind: VictimRequestKind;
    readonly madeOn: IsoDate;
    /**
     * Recorded although outside a time limit the law leaves to the decision maker (a decision summary asked for more
     * than 6 months after the decision: Parole Board Rules 2019 r.27(2)). Absent: none.
     */
    readonly warning?: VictimRequestWarning;
  };
}

/** The answer to a request: granted, refused (with a reason code), the document provided, or withdrawn. */
export interface VictimRequestAnswered {
  readonly type: 'VictimRequestAnswered';
  readonly data: {
    readonly victimId: string;
    readonly requestId: string;
    readonly sentenceId: string;
    readonly kind: VictimRequestKind;
    readonly answeredOn: IsoDate;
    readonly outcome: VictimRequestOutcome;
    readonly reason?: RequestRefusalReason;
  };
}

/**
 * The victim was told of a right with a deadline (the unduly lenient sentence scheme's 28 days from sentence):
 * recording that they were told is enough (issue 17). `deadline` is set by the decider from the sentence date.
 */
export interface VictimRightExplained {
  readonly type: 'VictimRightExplained';
  readonly data: {
    readonly victimId: string;
    readonly sentenceId: string;
    readonly right: RightExplained;
    readonly explainedOn: IsoDate;
    readonly deadline: IsoDate;
  };
}

export type VictimEvent =
  | ReferralReceived
  | VictimCaseTransferred
  | CaseAccessGranted
  | CaseAccessRevoked
  | VictimEnrolled
  | VictimDeclined
  | VictimWithdrew
  | VictimRejoined
  | VictimLinkedToSentence
  | ActingForVictimNominated
  | ContactPreferencesUpdated
  | ContactRecorded
  | RepresentationSubmitted
  | RepresentationDisclosed
  | VictimLiaisonOfficerAssigned
  | VictimDetailsUpdated
  | ContactHandedToVictim
  | VictimCaseClosed
  | VictimCaseReopened
  | RetentionReviewRaised
  | RetentionDecided
  | VictimPersonalDataErased
  | NotificationScheduled
  | NotificationRescheduled
  | NotificationCancelled
  | NotificationSent
  | NotificationFailed
  | NotificationDeliveryStatusRecorded
  | SafetyCheckConfirmed
  | ReofferBeforeReleaseRaised
  | LetterDrafted
  | LetterEdited
  | LetterSubmittedForApproval
  | LetterApproved
  | LetterSendingRefused
  | LetterReturned
  | VictimRequestMade
  | VictimRequestAnswered
  | VictimRightExplained;

export type VictimEventType = VictimEvent['type'];
