import { canSendNow } from '../notifications/can-send-now';
import { foldEvents } from '../shared/decider';
import { deciderSpec } from '../testing/decider-spec';
import { SENTENCE_ID } from '../testing/fixtures';
import { command, enrolledWithPreferences, event, letterDrafted } from '../testing/notification-fixtures';
import { preferencesUpdated, referralReceived, victimEnrolled } from '../testing/victim-fixtures';
import { victimDecider } from './victim.decider';
import { VictimEvent } from './victim.events';
import { KnownVictim } from './victim.state';

const { given } = deciderSpec(victimDecider);

// A letter the VLO drafted on its own (no notification asked for it), sent for approval.
const adHocDrafted = (() => {
  const drafted = letterDrafted({ letterId: 'l-1', stage: 'parole-hearing-listed' });
  const { notificationId: _n, ...data } = drafted.data;
  void _n;
  return { ...drafted, data } as VictimEvent;
})();
const submitted = event('LetterSubmittedForApproval', {
  letterId: 'l-1',
  submittedBy: 'vlo-1',
  submittedOn: '2025-03-10',
});
const SENDING = { notificationId: 'n-adhoc', dueAt: '2025-03-10T11:00:00.000Z' };
const approve = (sending: typeof SENDING | null = SENDING) =>
  command('ApproveLetter', {
    letterId: 'l-1',
    approvedBy: 'manager-1',
    approvedOn: '2025-03-10',
    ...(sending ? { sending } : {}),
  });
const approved = event('LetterApproved', { letterId: 'l-1', approvedBy: 'manager-1', approvedOn: '2025-03-10' });
const queued = event('NotificationScheduled', {
  notificationId: 'n-adhoc',
  sentenceId: SENTENCE_ID,
  stage: 'parole-hearing-listed',
  dueAt: '2025-03-10T11:00:00.000Z',
  channel: 'letter',
  reason: 'requested-by-vlo',
  causedBy: { eventId: 'letter:l-1' },
  letterId: 'l-1',
});
const refused = (reason: string) =>
  event('LetterSendingRefused', { letterId: 'l-1', reason, refusedOn: '2025-03-10' } as never);
const stateOf = (events: VictimEvent[]) => foldEvents(victimDecider, events) as KnownVictim;

describe('a letter drafted on its own is sent once a manager approves it', () => {
  const ready: VictimEvent[] = [...enrolledWithPreferences, adHocDrafted, submitted];

  it('approval queues one letter notification for it, through the same send gate as every letter', () => {
    given(ready).when(approve()).then([approved, queued]);
    const state = stateOf([...ready, approved, queued]);
    expect(state.letters['l-1']).toMatchObject({ status: 'approved', notificationId: 'n-adhoc' });
    expect(canSendNow(state, 'n-adhoc', '2025-03-10T11:00:00.000Z')).toEqual({ ok: true });
  });

  it('is never queued twice: approving again after an edit lets the same notification go', () => {
    const edited = event('LetterEdited', {
      letterId: 'l-1',
      editedBy: 'vlo-1',
      editedOn: '2025-03-11',
      personal: { body: 'Corrected wording.' },
    });
    const history = [...ready, approved, queued, edited, submitted];
    expect(canSendNow(stateOf(history), 'n-adhoc', '2025-03-11T11:00:00.000Z')).toMatchObject({
      reason: 'letter-not-approved',
    });
    given(history)
      .when(approve({ notificationId: 'n-other', dueAt: '2025-03-11T11:00:00.000Z' }))
      .then([approved]);
  });

  it('needs the sending notification from the caller (a letter drafted on its own is never approved unsent)', () => {
    given(ready).when(approve(null)).thenThrows('id-required');
  });

  it('records why it may not be sent when the victim withdrew (the approval stands, nothing is queued)', () => {
    const withdrew = event('VictimWithdrew', { withdrewOn: '2025-03-09', personal: {} });
    given([...ready, withdrew])
      .when(approve())
      .then([approved, refused('victim-opted-out')]);
    expect(stateOf([...ready, withdrew, approved, refused('victim-opted-out')]).letters['l-1']).toMatchObject({
      status: 'approved',
      sendingRefused: 'victim-opted-out',
    });
  });

  it('records the refusal when the victim has not agreed to letters, or to hear about the stage', () => {
    const emailOnly = [referralReceived(), victimEnrolled(), preferencesUpdated({ channels: ['email'] })];
    given([...emailOnly, adHocDrafted, submitted])
      .when(approve())
      .then([approved, refused('channel-not-chosen')]);
    const annualOnly = [
      referralReceived(),
      victimEnrolled(),
      preferencesUpdated({ stages: { choice: 'annual-letter' } }),
    ];
    given([...annualOnly, adHocDrafted, submitted])
      .when(approve())
      .then([approved, refused('stage-not-wanted')]);
  });

  it('for a victim with a safety flag is queued but not sent until a VLO confirms it is safe to write', () => {
    const flagged = [referralReceived(), victimEnrolled(), preferencesUpdated({ safetyCheckBeforeLetters: true })];
    const history = [...flagged, adHocDrafted, submitted];
    given(history).when(approve()).then([approved, queued]);
    expect(canSendNow(stateOf([...history, approved, queued]), 'n-adhoc', '2025-03-10T11:00:00.000Z')).toMatchObject({
      ok: false,
      reason: 'safety-check-required',
    });
    const checked = event('SafetyCheckConfirmed', { channel: 'letter', checkedBy: 'vlo-1', confirmedOn: '2025-03-10' });
    expect(canSendNow(stateOf([...history, approved, queued, checked]), 'n-adhoc', '2025-03-10T11:00:00.000Z')).toEqual(
      { ok: true },
    );
  });

  it('records it sent once, and a letter sent is not sent again', () => {
    const sent = event('NotificationSent', {
      notificationId: 'n-adhoc',
      channel: 'letter',
      providerReference: 'outbox-1',
      sentAt: '2025-03-10T11:00:01.000Z',
      letterId: 'l-1',
    });
    const state = stateOf([...ready, approved, queued, sent]);
    expect(state.letters['l-1'].status).toBe('sent');
    expect(canSendNow(state, 'n-adhoc', '2025-03-10T12:00:00.000Z')).toMatchObject({
      reason: 'notification-already-sent',
    });
  });
});
