import { unreachable } from '../shared/unreachable';
import {
  RetentionDecided,
  RetentionReviewRaised,
  VictimCaseClosed,
  VictimCaseReopened,
  VictimPersonalDataErased,
} from './victim.events';
import { KnownVictim } from './victim.state';

/** The events of `victim-retention.decide.ts`. */
export type VictimRetentionEvent =
  VictimCaseClosed | VictimCaseReopened | RetentionReviewRaised | RetentionDecided | VictimPersonalDataErased;

export function evolveRetention(state: KnownVictim, event: VictimRetentionEvent): KnownVictim {
  switch (event.type) {
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
    default:
      return unreachable(event);
  }
}
