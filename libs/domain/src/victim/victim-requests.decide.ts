import { SentenceFacts } from '../sentence/sentence-facts';
import { isCustodial } from '../sentence/sentence-type';
import { ensure } from '../shared/domain-rule-violation';
import { addCalendarMonths } from '../shared/iso-instant';
import { addCalendarDays, assertIsoDate, IsoDate } from '../shared/iso-date';
import { assertId, assertOneOf } from '../shared/text';
import { checkDated } from './victim-checks';
import {
  DECISION_SUMMARY_MONTHS_AFTER_DECISION,
  DOCUMENT_REQUESTS,
  ParoleTimetable,
  PUBLIC_HEARING_APPLICATION_WEEKS_BEFORE_HEARING,
  PAROLE_OBSERVATION_NATIONAL_FROM,
  PAROLE_OBSERVATION_PILOT_REGIONS,
  PAROLE_REQUESTS,
  PUBLIC_PAROLE_HEARINGS_FROM,
  REQUEST_REFUSAL_REASONS,
  RESTRICTED_PATIENT_REQUESTS,
  RIGHTS_EXPLAINED,
  TRIBUNAL_IMPACT_STATEMENTS_FROM,
  UNDULY_LENIENT_SENTENCE_DAYS,
  VICTIM_REQUEST_KINDS,
  VICTIM_REQUEST_OUTCOMES,
  VictimRequestWarning,
} from './victim-request';
import { AnswerVictimRequest, MakeVictimRequest, RecordRightExplained } from './victim.commands';
import { VictimEvent } from './victim.events';
import { KnownVictim } from './victim.state';

/**
 * A victim's request through the VLO (observe or open a parole hearing, a decision summary, a reconsideration request
 * to the Secretary of State, attending the tribunal, a sentencing remarks transcript): only for a victim in the scheme,
 * about a linked sentence of the right kind, once the right exists; one open request of a kind per sentence.
 */
export function makeVictimRequest(command: MakeVictimRequest, state: KnownVictim): VictimEvent[] {
  const { requestId, sentence, kind, madeOn, paroleTimetable, recordedOn } = command.data;
  checkDated(state, madeOn, 'madeOn', recordedOn);
  assertId(requestId, 'requestId');
  assertOneOf(kind, VICTIM_REQUEST_KINDS, 'kind');
  ensure(state.requests[requestId] === undefined, 'request-already-made', 'This request is already recorded.');
  ensure(
    state.participation === 'enrolled',
    'victim-not-in-scheme',
    'Requests are made through the scheme; the victim is not in it.',
  );
  assertId(sentence.sentenceId, 'sentence.sentenceId');
  ensure(
    state.linkedSentenceIds.includes(sentence.sentenceId),
    'sentence-not-linked',
    'The victim is not linked to this sentence.',
  );
  ensure(madeOn >= sentence.sentenceDate, 'request-before-sentence', 'A request cannot come before the sentence.');
  checkRequestFitsSentence(kind, sentence, madeOn);
  const warning = checkTimeLimit(kind, madeOn, paroleTimetable);
  const open = Object.values(state.requests).find(
    (r) => r.sentenceId === sentence.sentenceId && r.kind === kind && r.answered === undefined,
  );
  ensure(
    open === undefined,
    'request-already-open',
    `A ${kind.replace(/-/g, ' ')} request made on ${open?.madeOn} is still waiting for its answer; record that first.`,
  );
  return [
    {
      type: 'VictimRequestMade',
      data: {
        victimId: state.victimId,
        requestId,
        sentenceId: sentence.sentenceId,
        kind,
        madeOn,
        ...(warning !== undefined ? { warning } : {}),
      },
    },
  ];
}

/**
 * The time limits the law sets on parole requests (issue 17). A public hearing is applied for no later than 12 weeks
 * (84 calendar days) before the listed hearing: a later application is refused. A decision summary asked for more
 * than 6 calendar months after the decision is recorded with a warning: the Board "is not required" to produce one
 * (Parole Board Rules 2019 r.27(2)), but may. Nothing is checked while the date is not known.
 */
function checkTimeLimit(
  kind: MakeVictimRequest['data']['kind'],
  madeOn: IsoDate,
  timetable: ParoleTimetable | undefined,
): VictimRequestWarning | undefined {
  if (kind === 'public-parole-hearing' && timetable?.hearingOn !== undefined) {
    assertIsoDate(timetable.hearingOn, 'paroleTimetable.hearingOn');
    const lastDay = addCalendarDays(timetable.hearingOn, -7 * PUBLIC_HEARING_APPLICATION_WEEKS_BEFORE_HEARING);
    ensure(
      madeOn <= lastDay,
      'public-hearing-application-out-of-time',
      `Applications for a public hearing are made no later than ${PUBLIC_HEARING_APPLICATION_WEEKS_BEFORE_HEARING} weeks before the hearing: for the hearing on ${timetable.hearingOn} the last day was ${lastDay}.`,
    );
  }
  if (kind === 'parole-decision-summary' && timetable?.lastDecisionOn !== undefined) {
    assertIsoDate(timetable.lastDecisionOn, 'paroleTimetable.lastDecisionOn');
    if (madeOn > addCalendarMonths(timetable.lastDecisionOn, DECISION_SUMMARY_MONTHS_AFTER_DECISION))
      return 'decision-summary-requested-after-6-months';
  }
  return undefined;
}

function checkRequestFitsSentence(
  kind: MakeVictimRequest['data']['kind'],
  sentence: SentenceFacts,
  madeOn: string,
): void {
  if (PAROLE_REQUESTS.includes(kind))
    ensure(
      isCustodial(sentence.sentenceType),
      'parole-request-needs-prison-sentence',
      'The Parole Board deals with prison sentences; a hospital order goes to the Mental Health Tribunal.',
    );
  if (RESTRICTED_PATIENT_REQUESTS.includes(kind))
    ensure(
      sentence.sentenceType === 'hospital-order-with-restriction',
      'needs-restriction-order',
      'This applies to a restricted patient (a hospital order with a restriction order) only.',
    );
  if (kind === 'observe-parole-hearing')
    ensure(
      madeOn >= PAROLE_OBSERVATION_NATIONAL_FROM ||
        (madeOn >= PUBLIC_PAROLE_HEARINGS_FROM && PAROLE_OBSERVATION_PILOT_REGIONS.includes(sentence.probationRegion)),
      'request-not-available-yet',
      `Victims could apply to observe a parole hearing from ${PAROLE_OBSERVATION_NATIONAL_FROM} (earlier only in the pilot regions).`,
    );
  if (kind === 'public-parole-hearing')
    ensure(
      madeOn >= PUBLIC_PAROLE_HEARINGS_FROM,
      'request-not-available-yet',
      `Applications for a public parole hearing can be made from ${PUBLIC_PAROLE_HEARINGS_FROM} (SI 2022/717).`,
    );
  if (kind === 'attend-tribunal-hearing')
    ensure(
      madeOn >= TRIBUNAL_IMPACT_STATEMENTS_FROM,
      'request-not-available-yet',
      `Victims can apply to attend the tribunal to read a victim impact statement from ${TRIBUNAL_IMPACT_STATEMENTS_FROM} (Victims and Prisoners Act 2024 s.21).`,
    );
}

/** The answer to a request: a document is provided or refused; an application granted or refused; any can be withdrawn. */
export function answerVictimRequest(command: AnswerVictimRequest, state: KnownVictim): VictimEvent[] {
  const { requestId, answeredOn, outcome, reason, recordedOn } = command.data;
  checkDated(state, answeredOn, 'answeredOn', recordedOn);
  const request = state.requests[requestId];
  ensure(request !== undefined, 'unknown-request', 'No such request is recorded for this victim.');
  ensure(
    request.answered === undefined,
    'request-already-answered',
    `The request was answered (${request.answered?.outcome}) on ${request.answered?.answeredOn}.`,
  );
  ensure(
    answeredOn >= request.madeOn,
    'answer-before-request',
    `The answer cannot be dated before the request of ${request.madeOn}.`,
  );
  assertOneOf(outcome, VICTIM_REQUEST_OUTCOMES, 'outcome');
  const document = DOCUMENT_REQUESTS.includes(request.kind);
  ensure(
    outcome === 'withdrawn' || outcome === 'refused' || (document ? outcome === 'provided' : outcome === 'granted'),
    'outcome-does-not-fit-request',
    document
      ? 'A document asked for is provided or refused (or the request withdrawn).'
      : 'An application is granted or refused (or withdrawn).',
  );
  if (reason !== undefined) {
    ensure(outcome === 'refused', 'reason-only-when-refused', 'A reason is given only for a refusal.');
    assertOneOf(reason, REQUEST_REFUSAL_REASONS, 'reason');
    ensure(
      reason !== 'offender-under-18' || request.kind === 'parole-decision-summary',
      'reason-does-not-fit-request',
      "The Parole Board's discretion for offenders under 18 applies to decision summaries.",
    );
  }
  return [
    {
      type: 'VictimRequestAnswered',
      data: {
        victimId: state.victimId,
        requestId,
        sentenceId: request.sentenceId,
        kind: request.kind,
        answeredOn,
        outcome,
        ...(reason !== undefined ? { reason } : {}),
      },
    },
  ];
}

/**
 * The victim was told about the unduly lenient sentence scheme and its 28 days from sentence (CJA 1988 s.36, Sch. 3
 * para 1): a linked sentence, told on or after the sentence. Told after the deadline is still recorded (the timeline
 * shows it); the decider works out the deadline.
 */
export function recordRightExplained(command: RecordRightExplained, state: KnownVictim): VictimEvent[] {
  const { sentence, right, explainedOn, recordedOn } = command.data;
  assertIsoDate(explainedOn, 'explainedOn');
  ensure(explainedOn <= recordedOn, 'date-in-future', `explainedOn (${explainedOn}) is after today (${recordedOn}).`);
  assertOneOf(right, RIGHTS_EXPLAINED, 'right');
  assertId(sentence.sentenceId, 'sentence.sentenceId');
  ensure(
    state.linkedSentenceIds.includes(sentence.sentenceId),
    'sentence-not-linked',
    'The victim is not linked to this sentence.',
  );
  ensure(
    explainedOn >= sentence.sentenceDate,
    'right-explained-before-sentence',
    'The scheme is explained once the sentence is passed.',
  );
  return [
    {
      type: 'VictimRightExplained',
      data: {
        victimId: state.victimId,
        sentenceId: sentence.sentenceId,
        right,
        explainedOn,
        deadline: addCalendarDays(sentence.sentenceDate, UNDULY_LENIENT_SENTENCE_DAYS),
      },
    },
  ];
}
