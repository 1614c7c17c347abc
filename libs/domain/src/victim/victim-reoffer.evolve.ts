import { ReofferBeforeReleaseRaised } from './victim.events';
import { KnownVictim } from './victim.state';

/** The event of `victim-reoffer.decide.ts`: the VLO's task is due on `dueOn`. */
export function evolveReoffer(state: KnownVictim, event: ReofferBeforeReleaseRaised): KnownVictim {
  return { ...state, reoffers: { ...state.reoffers, [event.data.reofferId]: event.data.dueOn } };
}
