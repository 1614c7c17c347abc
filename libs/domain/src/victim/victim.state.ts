import { ReferredFor, Scheme } from '../eligibility/scheme';
import { IsoDate } from '../shared/iso-date';
import { ContactPreferencesChoice } from './contact-preferences';
import { ContactDirection, ContactMethod, ContactResult } from './contact';
import { ActingPersonRole, VictimCircumstance } from './victim-circumstance';
import { VictimEvent } from './victim.events';

export type Participation = 'referred' | 'enrolled' | 'declined' | 'withdrawn';

export interface ContactSummary {
  readonly contactId: string;
  readonly method: ContactMethod;
  readonly direction: ContactDirection;
  readonly result: ContactResult;
  readonly occurredOn: IsoDate;
  readonly followUpOn?: IsoDate;
}

export interface KnownVictim {
  readonly exists: true;
  readonly victimId: string;
  readonly circumstance: VictimCircumstance;
  readonly referredFor: ReferredFor;
  readonly referralSentenceId: string;
  readonly referralReceivedOn: IsoDate;
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
  /**
   * Address lines, postcodes, phone numbers and emails known for the victim, kept only in memory to stop them
   * leaking into a Victim Personal Statement. Empty when the personal data is not available (e.g. erased).
   */
  readonly locatingDetails: readonly string[];
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
      participation: 'referred',
      linkedSentenceIds: [data.sentenceId],
      actingPersons: [],
      contacts: [],
      representationIds: new Set(),
      locatingDetails: locatingDetailsOf(data.personal),
    };
  }
  if (!state.exists) return state;
  switch (event.type) {
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
      return { ...state, participation: 'enrolled', optedOutOn: undefined, victimLiaisonOfficerId: event.data.victimLiaisonOfficerId };
    case 'VictimLinkedToSentence':
      return { ...state, linkedSentenceIds: [...state.linkedSentenceIds, event.data.sentenceId] };
    case 'ActingForVictimNominated':
      return {
        ...state,
        actingPersons: [...state.actingPersons, { actingPersonId: event.data.actingPersonId, role: event.data.role }],
        locatingDetails: [...state.locatingDetails, ...locatingDetailsOf(event.data.personal)],
      };
    case 'ContactPreferencesUpdated': {
      const { channels, stages, safetyCheckBeforeLetters, updatedOn, personal } = event.data;
      return {
        ...state,
        preferences: { channels, stages, safetyCheckBeforeLetters, updatedOn },
        locatingDetails: [...state.locatingDetails, ...locatingDetailsOf({ ...personal, phone: personal?.phone, extraPhone: personal?.mobile })],
      };
    }
    case 'ContactRecorded': {
      const { contactId, method, direction, result, occurredOn, followUpOn } = event.data;
      return { ...state, contacts: [...state.contacts, { contactId, method, direction, result, occurredOn, followUpOn }] };
    }
    case 'RepresentationSubmitted':
      return { ...state, representationIds: new Set([...state.representationIds, event.data.representationId]) };
    case 'VictimLiaisonOfficerAssigned':
      return { ...state, victimLiaisonOfficerId: event.data.victimLiaisonOfficerId };
    case 'VictimDetailsUpdated':
      return state;
  }
}

interface MaybeContactDetails {
  readonly address?: { readonly lines?: readonly string[]; readonly postcode?: string };
  readonly phone?: string;
  readonly extraPhone?: string;
  readonly email?: string;
}

/** `personal` may be absent when the victim's key has been destroyed: nothing to collect then. */
function locatingDetailsOf(personal: MaybeContactDetails | undefined): string[] {
  if (!personal) return [];
  return [...(personal.address?.lines ?? []), personal.address?.postcode, personal.phone, personal.extraPhone, personal.email].filter(
    (d): d is string => typeof d === 'string' && d.trim().length > 0,
  );
}
