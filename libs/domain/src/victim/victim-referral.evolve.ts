import { unreachable } from '../shared/unreachable';
import { locatingDetailsOf, namesOf } from './victim-recorded-details';
import { ActingForVictimNominated, ReferralReceived, VictimDetailsUpdated } from './victim.events';
import { KnownVictim } from './victim.state';

/** The events of `victim-referral.decide.ts` after the referral itself (which starts the state: `referredVictim`). */
export type VictimReferralEvent = ActingForVictimNominated | VictimDetailsUpdated;

/** The victim as the referral records them: the first state of every case. */
export function referredVictim({ data }: ReferralReceived): KnownVictim {
  return {
    exists: true,
    victimId: data.victimId,
    circumstance: data.circumstance,
    referredFor: data.referredFor,
    referralSentenceId: data.sentenceId,
    referralReceivedOn: data.receivedOn,
    ...(data.vloUnit !== undefined ? { unit: data.vloUnit } : {}),
    ...(data.victimLiaisonOfficerId !== undefined ? { victimLiaisonOfficerId: data.victimLiaisonOfficerId } : {}),
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

export function evolveReferral(state: KnownVictim, event: VictimReferralEvent): KnownVictim {
  switch (event.type) {
    case 'ActingForVictimNominated':
      return {
        ...state,
        actingPersons: [...state.actingPersons, { actingPersonId: event.data.actingPersonId, role: event.data.role }],
        recordedNames: [...state.recordedNames, ...namesOf(event.data.personal)],
        locatingDetails: [...state.locatingDetails, ...locatingDetailsOf(event.data.personal)],
      };
    case 'VictimDetailsUpdated':
      return { ...state, recordedNames: [...state.recordedNames, ...namesOf(event.data.personal)] };
    default:
      return unreachable(event);
  }
}
