import { ensure } from '../shared/domain-rule-violation';
import { assertIsoDate } from '../shared/iso-date';
import { assertId, assertOneOf } from '../shared/text';
import { REOFFER_TRIGGERS } from '../notifications/reoffer-before-release';
import { RaiseReofferBeforeRelease } from './victim.commands';
import { VictimEvent } from './victim.events';
import { KnownVictim } from './victim.state';

/**
 * A re-offer before release (issue 17): only for a victim who declined or never answered (still referred), on a linked
 * sentence, in an open case; due on or before the release window. The same re-offer again records nothing (the planner
 * may handle a milestone twice). Nothing is sent to the victim: the event opens a task for their VLO.
 */
export function raiseReofferBeforeRelease(command: RaiseReofferBeforeRelease, state: KnownVictim): VictimEvent[] {
  const { recordedOn: _recordedOn, ...data } = command.data;
  void _recordedOn;
  assertId(data.reofferId, 'reofferId');
  assertId(data.causedBy?.milestoneId, 'causedBy.milestoneId');
  assertOneOf(data.because, REOFFER_TRIGGERS, 'because');
  assertIsoDate(data.releaseWindowOn, 'releaseWindowOn');
  assertIsoDate(data.dueOn, 'dueOn');
  if (state.reoffers?.[data.reofferId] !== undefined) return [];
  ensure(state.closure === undefined, 'case-closed', 'The case is closed; nobody is asked to contact the victim.');
  ensure(
    state.participation === 'declined' || state.participation === 'referred',
    'reoffer-only-for-declined-or-unanswered',
    `A re-offer is for a victim who declined or never answered; this victim is ${state.participation}.`,
  );
  ensure(
    state.linkedSentenceIds.includes(data.sentenceId),
    'sentence-not-linked',
    'The sentence is not linked to the victim.',
  );
  ensure(
    data.dueOn <= data.releaseWindowOn,
    'reoffer-after-window',
    'The re-offer is due before the release window it comes ahead of.',
  );
  return [{ type: 'ReofferBeforeReleaseRaised', data }];
}
