import { DiscretionaryReason, ReferredFor, Scheme } from '../eligibility/scheme';
import { EligibilityBasis } from '../eligibility/scheme-eligibility';
import { IsoDate } from '../shared/iso-date';
import { ContactDetails } from './contact-details';
import { ContactPreferencesChoice, ContactPreferencesPersonal } from './contact-preferences';
import { ContactDirection, ContactMethod, ContactResult } from './contact';
import { RepresentationKind, RepresentationPersonal, RepresentationRecipient, RequestedCondition, VpsPresentation } from './representation';
import { ActingPersonRole, ReferralSource, VictimCircumstance } from './victim-circumstance';

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
  readonly data: { readonly victimId: string; readonly declinedOn: IsoDate; readonly personal: { readonly reason?: string } };
}

export interface VictimWithdrew {
  readonly type: 'VictimWithdrew';
  readonly data: { readonly victimId: string; readonly withdrewOn: IsoDate; readonly personal: { readonly reason?: string } };
}

export interface VictimRejoined {
  readonly type: 'VictimRejoined';
  readonly data: { readonly victimId: string; readonly scheme: Scheme; readonly rejoinedOn: IsoDate; readonly victimLiaisonOfficerId: string };
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
    readonly personal: { readonly summary: string; readonly outcome?: string };
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

export interface VictimLiaisonOfficerAssigned {
  readonly type: 'VictimLiaisonOfficerAssigned';
  readonly data: { readonly victimId: string; readonly victimLiaisonOfficerId: string; readonly assignedOn: IsoDate };
}

/** A correction of the victim's name or date of birth (wrong names on letters are a known failure). */
export interface VictimDetailsUpdated {
  readonly type: 'VictimDetailsUpdated';
  readonly data: { readonly victimId: string; readonly updatedOn: IsoDate; readonly personal: Partial<VictimIdentity> };
}

export type VictimEvent =
  | ReferralReceived
  | VictimEnrolled
  | VictimDeclined
  | VictimWithdrew
  | VictimRejoined
  | VictimLinkedToSentence
  | ActingForVictimNominated
  | ContactPreferencesUpdated
  | ContactRecorded
  | RepresentationSubmitted
  | VictimLiaisonOfficerAssigned
  | VictimDetailsUpdated;

export type VictimEventType = VictimEvent['type'];
