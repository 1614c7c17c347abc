import { unreachable } from '../shared/unreachable';
import { RepresentationSummary } from './representation';
import { RepresentationDisclosed, RepresentationSubmitted } from './victim.events';
import { KnownVictim } from './victim.state';

/** The events of `victim-representations.decide.ts` and `representation-disclosure.ts`. */
export type VictimRepresentationEvent = RepresentationSubmitted | RepresentationDisclosed;

export function evolveRepresentations(state: KnownVictim, event: VictimRepresentationEvent): KnownVictim {
  switch (event.type) {
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
    default:
      return unreachable(event);
  }
}
