import { ensure } from '../shared/domain-rule-violation';
import { assertIsoDate } from '../shared/iso-date';
import { assertId, assertOneOf, assertOptionalText, hasDuplicates } from '../shared/text';
import { AGENCIES, MAPPA_CATEGORIES, MAPPA_LEVELS, MEETING_KINDS, MEETING_OUTCOMES } from './inter-agency-meeting';
import { RecordInterAgencyMeeting } from './sentence.commands';
import { RecordedSentence } from './sentence.state';

const NOTE_MAX = 10_000;

/** Refuses a meeting record that is incomplete, inconsistent, or would put victim details outside their own key. */
export function checkInterAgencyMeeting(sentence: RecordedSentence, meeting: RecordInterAgencyMeeting['data']): void {
  assertId(meeting.meetingId, 'meetingId');
  assertOneOf(meeting.kind, MEETING_KINDS, 'kind');
  assertIsoDate(meeting.heldOn, 'heldOn');
  assertIsoDate(meeting.recordedOn, 'recordedOn');
  ensure(
    !sentence.meetingIds.has(meeting.meetingId),
    'meeting-already-recorded',
    `Meeting ${meeting.meetingId} is already recorded.`,
  );
  ensure(
    meeting.heldOn >= sentence.facts.sentenceDate,
    'meeting-before-sentence',
    `A meeting on ${meeting.heldOn} cannot come before the sentence of ${sentence.facts.sentenceDate}.`,
  );
  ensure(meeting.heldOn <= meeting.recordedOn, 'meeting-in-future', 'A meeting cannot be recorded before it is held.');
  ensure(sentence.ended?.by !== 'death', 'offender-deceased', 'The offender has died; there is no risk to manage.');

  if (meeting.kind === 'mappa') {
    ensure(
      meeting.mappa !== undefined,
      'mappa-category-and-level-required',
      'A MAPPA meeting needs the MAPPA category (1–4) and level (1–3).',
    );
    assertOneOf(meeting.mappa.category, MAPPA_CATEGORIES, 'mappa.category');
    assertOneOf(meeting.mappa.level, MAPPA_LEVELS, 'mappa.level');
  } else {
    ensure(
      meeting.mappa === undefined,
      'mappa-details-on-other-meeting',
      'MAPPA category and level belong to MAPPA meetings only.',
    );
  }

  ensure(meeting.agenciesPresent.length > 0, 'agencies-required', 'Name at least one agency present.');
  meeting.agenciesPresent.forEach((a, i) => assertOneOf(a, AGENCIES, `agenciesPresent[${i}]`));
  ensure(!hasDuplicates([...meeting.agenciesPresent]), 'duplicate-agency', 'An agency is listed twice.');

  // The VLO records meetings where victims' views were the reason to attend; free text always belongs to a victim.
  ensure(
    meeting.victimsConsidered.length > 0,
    'victims-considered-required',
    'Name at least one victim whose safety or views the meeting considered.',
  );
  const victimIds = meeting.victimsConsidered.map((v) => v.victimId);
  victimIds.forEach((id, i) => assertId(id, `victimsConsidered[${i}].victimId`));
  ensure(!hasDuplicates(victimIds), 'duplicate-victim', 'A victim is listed twice.');
  meeting.victimsConsidered.forEach((v, i) =>
    assertOneOf(v.outcome, MEETING_OUTCOMES, `victimsConsidered[${i}].outcome`),
  );

  const actionIds = meeting.actions.map((a) => a.actionId);
  ensure(!hasDuplicates(actionIds), 'duplicate-action', 'An action id is used twice.');
  meeting.actions.forEach((action, i) => {
    assertId(action.actionId, `actions[${i}].actionId`);
    ensure(
      victimIds.includes(action.forVictimId),
      'action-for-unknown-victim',
      `Action ${action.actionId} concerns a victim the meeting did not consider.`,
    );
    assertOneOf(action.ownerAgency, AGENCIES, `actions[${i}].ownerAgency`);
    if (action.dueOn !== undefined) {
      assertIsoDate(action.dueOn, `actions[${i}].dueOn`);
      ensure(
        action.dueOn >= meeting.heldOn,
        'action-due-before-meeting',
        `Action ${action.actionId} cannot be due before the meeting.`,
      );
    }
  });

  for (const [victimId, notes] of Object.entries(meeting.personal)) {
    ensure(
      victimIds.includes(victimId),
      'notes-for-unknown-victim',
      "Notes are keyed by a victim the meeting did not consider; each victim's notes are protected by their own key.",
    );
    assertOptionalText(notes.viewsPresented, `personal.${victimId}.viewsPresented`, NOTE_MAX);
    assertOptionalText(notes.outcome, `personal.${victimId}.outcome`, NOTE_MAX);
    assertOptionalText(notes.notes, `personal.${victimId}.notes`, NOTE_MAX);
    for (const [actionId, description] of Object.entries(notes.actions ?? {})) {
      const action = meeting.actions.find((a) => a.actionId === actionId);
      ensure(
        action?.forVictimId === victimId,
        'action-notes-under-wrong-victim',
        `The description of action ${actionId} must sit with the victim it concerns.`,
      );
      assertOptionalText(description, `personal.${victimId}.actions.${actionId}`, NOTE_MAX);
    }
  }
}
