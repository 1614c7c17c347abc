import { ensure } from '../shared/domain-rule-violation';
import { assertIsoDate } from '../shared/iso-date';
import { addCalendarMonths } from '../shared/iso-instant';
import { assertId, assertOneOf, hasDuplicates, omit } from '../shared/text';
import { NotificationCancelReason } from '../notifications/notification-stage';
import {
  CASE_CLOSURE_REASONS,
  CaseReopenReason,
  ERASURE_BASES,
  MAX_RETENTION_MONTHS,
  REFERENCE_CODE,
  RETENTION_BASES,
  RETENTION_DECISIONS,
  RetentionBasis,
  CLOSURE_SENTENCE_ENDINGS,
} from './retention';
import { checkDated } from './victim-checks';
import { DecideRetention, ErasePersonalData, RaiseRetentionReview, RecordCaseClosed } from './victim.commands';
import { NotificationCancelled, VictimCaseReopened, VictimEvent } from './victim.events';
import { KnownVictim, pendingNotifications } from './victim.state';

/** Cancels every pending notification, e.g. when the victim withdraws, the case closes or their data is erased. */
export function cancelPendingNotifications(
  state: KnownVictim,
  reason: NotificationCancelReason,
  cancelledOn: string,
): NotificationCancelled[] {
  return pendingNotifications(state).map((n) => ({
    type: 'NotificationCancelled',
    data: { victimId: state.victimId, notificationId: n.notificationId, reason, cancelledOn },
  }));
}

/** Reopens a closed case when the victim comes back or is linked to another sentence. */
export function reopenIfClosed(
  state: KnownVictim,
  reopenedOn: string,
  reason: CaseReopenReason,
  sentenceId?: string,
): VictimCaseReopened[] {
  if (!state.closure) return [];
  return [
    {
      type: 'VictimCaseReopened',
      data: { victimId: state.victimId, reopenedOn, reason, ...(sentenceId !== undefined ? { sentenceId } : {}) },
    },
  ];
}

export function recordCaseClosed(command: RecordCaseClosed, state: KnownVictim): VictimEvent[] {
  const { closedOn, recordedOn, reason, endedSentences } = command.data;
  checkDated(state, closedOn, 'closedOn', recordedOn);
  assertOneOf(reason, CASE_CLOSURE_REASONS, 'reason');
  ensure(!state.closure, 'case-already-closed', `The case closed on ${state.closure?.closedOn}.`);
  if (reason === 'sentences-ended') {
    const ended = endedSentences ?? [];
    ensure(ended.length > 0, 'ended-sentences-required', 'Name each linked sentence and how it ended.');
    const ids = ended.map((s) => s.sentenceId);
    ensure(!hasDuplicates(ids), 'duplicate-sentence', 'A sentence is listed twice.');
    ended.forEach((s, i) => {
      assertId(s.sentenceId, `endedSentences[${i}].sentenceId`);
      assertOneOf(s.ending, CLOSURE_SENTENCE_ENDINGS, `endedSentences[${i}].ending`);
      assertIsoDate(s.endedOn, `endedSentences[${i}].endedOn`);
      ensure(
        state.linkedSentenceIds.includes(s.sentenceId),
        'sentence-not-linked',
        `The victim is not linked to sentence ${s.sentenceId}.`,
      );
      ensure(
        s.endedOn <= closedOn,
        'closure-before-sentence-ended',
        'The case cannot close before the sentence ended.',
      );
    });
    const open = state.linkedSentenceIds.filter((id) => !ids.includes(id));
    ensure(
      open.length === 0,
      'linked-sentence-not-ended',
      `The victim is still linked to a sentence that has not ended (${open.join(', ')}).`,
    );
  } else {
    ensure(
      endedSentences === undefined,
      'ended-sentences-only-when-sentences-ended',
      'Ended sentences only apply when the case closes because the sentences ended.',
    );
    const expected = reason === 'victim-withdrew' ? 'withdrawn' : 'declined';
    ensure(
      state.participation === expected,
      'victim-did-not-opt-out',
      `The victim has not ${reason === 'victim-withdrew' ? 'withdrawn' : 'declined'} (they are ${state.participation}).`,
    );
    ensure(
      closedOn >= (state.optedOutOn ?? closedOn),
      'closure-before-opt-out',
      'The case cannot close before the victim said no.',
    );
  }
  return [
    { type: 'VictimCaseClosed', data: omit(command.data, 'recordedOn') },
    ...cancelPendingNotifications(state, 'case-closed', closedOn),
  ];
}

export function raiseRetentionReview(command: RaiseRetentionReview, state: KnownVictim): VictimEvent[] {
  const { raisedOn, recordedOn, closedOn, retentionPeriodMonths } = command.data;
  checkDated(state, raisedOn, 'raisedOn', recordedOn);
  assertIsoDate(closedOn, 'closedOn');
  ensure(state.closure !== undefined, 'case-not-closed', 'Only a closed case has its retention reviewed.');
  ensure(
    state.closure.closedOn === closedOn,
    'closure-mismatch',
    `The case closed on ${state.closure.closedOn}, not ${closedOn}.`,
  );
  ensure(
    Number.isInteger(retentionPeriodMonths) &&
      retentionPeriodMonths >= 1 &&
      retentionPeriodMonths <= MAX_RETENTION_MONTHS,
    'invalid-retention-period',
    `The retention period is a whole number of months from 1 to ${MAX_RETENTION_MONTHS}.`,
  );
  const periodEnds = addCalendarMonths(closedOn, retentionPeriodMonths);
  ensure(raisedOn >= periodEnds, 'retention-period-not-ended', `The retention period runs until ${periodEnds}.`);
  const { reviewRaisedOn, decision } = state.retention;
  if (reviewRaisedOn !== undefined) {
    // Once per closure, except that a decision to retain until a date is reviewed again once that date comes.
    const retainedUntil = decision?.decision === 'retain' ? decision.retainUntil : undefined;
    ensure(
      retainedUntil !== undefined && raisedOn >= retainedUntil,
      'retention-review-already-raised',
      `A retention review was raised on ${reviewRaisedOn} for this closure.`,
    );
  }
  return [{ type: 'RetentionReviewRaised', data: omit(command.data, 'recordedOn') }];
}

const BASES_FOR: Record<string, readonly RetentionBasis[]> = {
  erase: ['retention-period-ended', 'other'],
  retain: [
    'ongoing-proceedings',
    'complaint-or-legal-claim',
    'safeguarding-concern',
    'offender-may-be-released-again',
    'other',
  ],
};

export function decideRetention(command: DecideRetention, state: KnownVictim): VictimEvent[] {
  const { victimId, decidedOn, recordedOn, decidedBy, decision, basis, retainUntil } = command.data;
  checkDated(state, decidedOn, 'decidedOn', recordedOn);
  assertId(decidedBy, 'decidedBy');
  assertOneOf(decision, RETENTION_DECISIONS, 'decision');
  assertOneOf(basis, RETENTION_BASES, 'basis');
  ensure(state.closure !== undefined, 'case-not-closed', 'Only a closed case has its retention decided.');
  const { reviewRaisedOn } = state.retention;
  ensure(
    reviewRaisedOn !== undefined && state.retention.decision === undefined,
    'no-open-retention-review',
    'There is no retention review waiting for a decision.',
  );
  ensure(decidedOn >= reviewRaisedOn, 'decision-before-review', `The review was raised on ${reviewRaisedOn}.`);
  ensure(
    BASES_FOR[decision].includes(basis),
    'basis-does-not-fit-decision',
    `A decision to ${decision} cannot rest on "${basis}".`,
  );
  if (decision === 'retain') {
    ensure(
      retainUntil !== undefined,
      'retain-until-required',
      'Say until when the data is retained; it is reviewed again then.',
    );
    assertIsoDate(retainUntil, 'retainUntil');
    ensure(
      retainUntil > decidedOn,
      'retain-until-not-in-future',
      'The data is retained until a day after the decision.',
    );
  } else {
    ensure(
      retainUntil === undefined,
      'retain-until-only-when-retaining',
      'A retain-until date only applies to a decision to retain.',
    );
  }
  return [
    {
      type: 'RetentionDecided',
      data: {
        victimId,
        decidedOn,
        decidedBy,
        decision,
        basis,
        ...(retainUntil !== undefined ? { retainUntil } : {}),
        closedOn: state.closure.closedOn,
      },
    },
  ];
}

export function erasePersonalData(command: ErasePersonalData, state: KnownVictim): VictimEvent[] {
  const { erasedOn, recordedOn, erasedBy, basis, requestReference } = command.data;
  checkDated(state, erasedOn, 'erasedOn', recordedOn);
  assertId(erasedBy, 'erasedBy');
  assertOneOf(basis, ERASURE_BASES, 'basis');
  if (basis === 'retention-period-ended') {
    const decision = state.retention.decision;
    ensure(
      state.closure !== undefined && decision?.decision === 'erase' && decision.decidedOn <= erasedOn,
      'erase-decision-required',
      "Erasing at the end of the retention period needs an ADMIN's decision to erase on a retention review.",
    );
  } else {
    ensure(
      requestReference !== undefined,
      'request-reference-required',
      'Give the reference of the erasure request or of the authority for it.',
    );
  }
  if (requestReference !== undefined) {
    ensure(
      typeof requestReference === 'string' && REFERENCE_CODE.test(requestReference),
      'invalid-request-reference',
      'The request reference must be a code (letters, digits, "_", ".", ":" or "-"), not free text.',
    );
  }
  return [
    { type: 'VictimPersonalDataErased', data: omit(command.data, 'recordedOn') },
    ...cancelPendingNotifications(state, 'erased', erasedOn),
  ];
}
