import { unreachable } from '../shared/unreachable';
import { VictimRequestAnswered, VictimRequestMade, VictimRightExplained } from './victim.events';
import { KnownVictim } from './victim.state';

/** The events of `victim-requests.decide.ts`. */
export type VictimRequestEvent = VictimRequestMade | VictimRequestAnswered | VictimRightExplained;

export function evolveRequests(state: KnownVictim, event: VictimRequestEvent): KnownVictim {
  switch (event.type) {
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
    default:
      return unreachable(event);
  }
}
