import { englandAndWalesCalendar } from '../calendar/working-day-calendar';
import { foldEvents } from '../shared/decider';
import { SENTENCE_ID, VICTIM_ID } from '../testing/fixtures';
import { enrolledWithPreferences, event } from '../testing/notification-fixtures';
import { preferencesUpdated } from '../testing/victim-fixtures';
import { victimDecider } from '../victim/victim.decider';
import { VictimEvent } from '../victim/victim.events';
import { VICTIM_REQUEST_OUTCOMES, VictimRequestKind, VictimRequestOutcome } from '../victim/victim-request';
import { KnownVictim } from '../victim/victim.state';
import {
  REQUEST_ANSWER_NOTICE,
  RequestAnswerToNotify,
  requestAnsweredNotification,
  victimNotificationFactsOf,
} from './notification-policy';
import { wantsNotification } from './notification-stage';
import { urgencyOf } from './notification-urgency';

/**
 * Issue 17: the victim is told the answer to what they asked for through their VLO. Sources (docs/DOMAIN-RULES.md §4.11,
 * §11): Parole Board Rules 2019 r.27(3) (the Secretary of State, i.e. the VLO, "must disclose the summary … to that
 * victim"); Parole Board "Observer guidance – private hearings" (March 2024): a victim applies to observe through the
 * Secretary of State, who tells them the panel chair's decision; gov.uk "Make a victim personal statement to the Parole
 * Board": "Your Victim Liaison Officer will tell you the outcome".
 */
const given = (...events: VictimEvent[]) =>
  victimNotificationFactsOf(foldEvents(victimDecider, [...enrolledWithPreferences, ...events]) as KnownVictim, {
    language: 'cy',
  });

function answered(
  outcome: VictimRequestOutcome,
  recordedAt = '2025-03-12T11:00:00.000Z',
  kind: VictimRequestKind = 'parole-decision-summary',
): RequestAnswerToNotify {
  return { sentenceId: SENTENCE_ID, requestId: 'r-1', kind, outcome, answerEventId: 'e-answer', recordedAt };
}
const when = (victim: ReturnType<typeof given>, answer: RequestAnswerToNotify) =>
  requestAnsweredNotification(victim, answer, englandAndWalesCalendar);

describe('the answer to a victim request (Parole Board Rules 2019 r.27(3); observer guidance 2024)', () => {
  it('given a victim who chose letters and emails, when a decision summary is provided on a Wednesday morning, then they are told at once by their first channel, in their language, caused by the answer', () => {
    expect(when(given(), answered('provided')).due).toEqual([
      {
        victimId: VICTIM_ID,
        sentenceId: SENTENCE_ID,
        stage: 'request-answered',
        dueAt: '2025-03-12T11:00:00.000Z',
        channel: 'letter',
        fallbackChannels: ['email'],
        reason: 'request-answered',
        causedBy: { eventId: 'e-answer' },
        safetyCheckRequired: false,
        movesPending: false,
        language: 'cy',
      },
    ]);
  });

  it('given an answer recorded on a Friday evening, when planned, then it waits for 09:00 on Monday (not the offender in the community: an ordinary notice, normal urgency)', () => {
    const plan = when(given(), answered('refused', '2025-03-14T18:30:00.000Z', 'observe-parole-hearing'));
    expect(plan.due.map((n) => n.dueAt)).toEqual(['2025-03-17T09:00:00.000Z']);
    expect(urgencyOf('request-answered')).toBe('normal');
  });

  it('given a victim on the yearly letter only, when their request is granted, then they still hear the answer (they asked for it)', () => {
    const yearly = given(preferencesUpdated({ stages: { choice: 'annual-letter' }, updatedOn: '2024-03-01' }));
    expect(when(yearly, answered('granted', undefined, 'observe-parole-hearing')).due).toHaveLength(1);
    expect(wantsNotification({ choice: 'chosen-stages', chosenStages: [] }, 'request-answered')).toBe(true);
  });

  it('given a victim with a safety flag on letters, when the answer is planned, then it carries the safety check (nothing goes before a VLO confirms it is safe)', () => {
    const flagged = given(preferencesUpdated({ safetyCheckBeforeLetters: true, updatedOn: '2024-03-01' }));
    expect(when(flagged, answered('provided')).due[0].safetyCheckRequired).toBe(true);
  });

  it('given a victim who withdrew from the scheme, when their old request is answered, then no notice (a victim who said no is not contacted)', () => {
    const withdrawn = given(event('VictimWithdrew', { withdrewOn: '2025-03-01', personal: {} }));
    expect(when(withdrawn, answered('provided'))).toEqual({
      due: [],
      skipped: [{ stage: 'request-answered', reason: 'victim-opted-out' }],
    });
  });

  it('given the victim withdrew the request themselves, when recorded, then no notice (they told the VLO); every other outcome is told', () => {
    expect(when(given(), answered('withdrawn')).skipped).toEqual([
      { stage: 'request-answered', reason: 'request-withdrawn-by-victim' },
    ]);
    expect(VICTIM_REQUEST_OUTCOMES.filter((o) => REQUEST_ANSWER_NOTICE[o] === 'tell-victim')).toEqual([
      'granted',
      'refused',
      'provided',
    ]);
  });

  it('given no contact preferences recorded, when an answer is recorded, then no notice is planned (the VLO tells them: preferences-not-recorded)', () => {
    const noPreferences = victimNotificationFactsOf(
      foldEvents(victimDecider, enrolledWithPreferences.slice(0, 2)) as KnownVictim,
    );
    expect(when(noPreferences, answered('granted')).skipped).toEqual([
      { stage: 'request-answered', reason: 'preferences-not-recorded' },
    ]);
  });
});
