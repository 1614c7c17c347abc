import { AlreadyExists, NotFound, ensure } from '../shared/domain-rule-violation';
import { Decider } from '../shared/decider';
import { assertIsoDate } from '../shared/iso-date';
import { PROBATION_REGIONS } from '../shared/probation-region';
import { assertId, assertOneOf, assertText, omit } from '../shared/text';
import { checkInterAgencyMeeting } from './inter-agency-meeting.rules';
import { checkMilestone, label, milestoneAsRecorded } from './milestone-rules';
import { OFFENCE_CATEGORIES } from './offence-category';
import { DEFAULT_RELEASE_LAW_POLICY, ReleaseLawPolicy } from './release-law-change';
import { RecordSentence, SentenceCommand } from './sentence.commands';
import { SentenceEvent } from './sentence.events';
import { RecordedSentence, SentenceState, evolveSentence, initialSentenceState } from './sentence.state';
import { SENTENCE_TYPES, hasLength, isSuspended } from './sentence-type';
import { assertSentenceReference } from './sentence-reference';

export const sentenceStreamId = (sentenceId: string): string => `sentence-${sentenceId}`;

/** Longest length accepted: a sanity bound, not a legal one (whole-life terms are indeterminate). */
const MAX_LENGTH_MONTHS = 1200;
/**
 * The longest custodial term a court may suspend: two years under the Sentencing Act 2020, three from 22 March 2026
 * (Sentencing Act 2026, from secondary sources: docs/DOMAIN-RULES.md §11). The wider limit is taken for every date.
 */
export const SUSPENDED_SENTENCE_MAX_TERM_MONTHS = 36;

export function decideSentence(
  command: SentenceCommand,
  state: SentenceState,
  releaseLaw: ReleaseLawPolicy = DEFAULT_RELEASE_LAW_POLICY,
): SentenceEvent[] {
  switch (command.type) {
    case 'RecordSentence':
      return recordSentence(command, state);
    case 'RecordSentenceMilestone': {
      const sentence = existing(state, command.data.sentenceId);
      checkMilestone(sentence, command.data, releaseLaw);
      return [{ type: 'SentenceMilestoneReached', data: milestoneAsRecorded(sentence, command.data) }];
    }
    case 'RecordInterAgencyMeeting': {
      const sentence = existing(state, command.data.sentenceId);
      checkInterAgencyMeeting(sentence, command.data);
      return [{ type: 'InterAgencyMeetingHeld', data: omit(command.data, 'recordedOn') }];
    }
  }
}

function recordSentence(command: RecordSentence, state: SentenceState): SentenceEvent[] {
  const { recordedOn, ...data } = command.data;
  if (state.exists)
    throw new AlreadyExists('sentence-already-recorded', `Sentence ${data.sentenceId} is already recorded.`);
  assertId(data.sentenceId, 'sentenceId');
  assertSentenceReference(data.reference);
  assertOneOf(data.offenceCategory, OFFENCE_CATEGORIES, 'offenceCategory');
  assertOneOf(data.sentenceType, SENTENCE_TYPES, 'sentenceType');
  assertOneOf(data.probationRegion, PROBATION_REGIONS, 'probationRegion');
  ensure(
    typeof data.offenceCausedDeath === 'boolean',
    'offence-caused-death-required',
    "Say whether the offence caused the victim's death.",
  );
  ensure(
    data.sexOffenderNotification === undefined || typeof data.sexOffenderNotification === 'boolean',
    'invalid-flag',
    'sexOffenderNotification is true or false.',
  );
  ensure(
    data.offenceAgainstChild === undefined || typeof data.offenceAgainstChild === 'boolean',
    'invalid-flag',
    'offenceAgainstChild is true or false.',
  );
  assertText(data.sentencingCourt, 'sentencingCourt', 200);
  assertIsoDate(data.sentenceDate, 'sentenceDate');
  assertIsoDate(recordedOn, 'recordedOn');
  ensure(
    data.sentenceDate <= recordedOn,
    'sentence-in-future',
    `A sentence dated ${data.sentenceDate} is after today (${recordedOn}).`,
  );
  if (hasLength(data.sentenceType)) {
    ensure(
      typeof data.lengthMonths === 'number' &&
        Number.isFinite(data.lengthMonths) &&
        data.lengthMonths > 0 &&
        data.lengthMonths <= MAX_LENGTH_MONTHS,
      'length-required',
      `A ${label(data.sentenceType)} needs its custodial term in months (more than 0, at most ${MAX_LENGTH_MONTHS}).`,
    );
    ensure(
      !isSuspended(data.sentenceType) || data.lengthMonths <= SUSPENDED_SENTENCE_MAX_TERM_MONTHS,
      'suspended-term-too-long',
      `A suspended sentence's custodial term is at most ${SUSPENDED_SENTENCE_MAX_TERM_MONTHS} months (Sentencing Act 2020 ss.264, 277, as the Sentencing Act 2026 widened them).`,
    );
  } else {
    ensure(
      data.lengthMonths === undefined,
      'length-not-applicable',
      `A ${label(data.sentenceType)} has no fixed length; leave the length out.`,
    );
  }
  return [{ type: 'SentenceRecorded', data }];
}

function existing(state: SentenceState, sentenceId: string): RecordedSentence {
  if (!state.exists) throw new NotFound('sentence-not-found', `No sentence ${sentenceId} is recorded.`);
  return state;
}

/** Builds the sentence decider with the start dates of changes in the law that are set by configuration (§11). */
export function createSentenceDecider(
  releaseLaw: ReleaseLawPolicy = DEFAULT_RELEASE_LAW_POLICY,
): Decider<SentenceState, SentenceCommand, SentenceEvent> {
  return {
    decide: (command, state) => decideSentence(command, state, releaseLaw),
    evolve: evolveSentence,
    initialState: initialSentenceState,
  };
}

export const sentenceDecider = createSentenceDecider();
