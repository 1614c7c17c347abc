import { canSendNow } from '../notifications/can-send-now';
import { foldEvents } from '../shared/decider';
import { deciderSpec } from '../testing/decider-spec';
import {
  LETTER_PERSONAL,
  command,
  enrolledWithPreferences,
  event,
  letterDrafted,
  notificationScheduled,
  notificationSent,
} from '../testing/notification-fixtures';
import { contactRecorded, preferencesUpdated, referralReceived, victimEnrolled } from '../testing/victim-fixtures';
import { victimDecider } from './victim.decider';
import { VictimEvent } from './victim.events';
import { KnownVictim } from './victim.state';

const { given } = deciderSpec(victimDecider);
const letterNotification = notificationScheduled({ channel: 'letter' });
const base: VictimEvent[] = [...enrolledWithPreferences, letterNotification];
const draft = (overrides = {}) =>
  command('DraftLetter', {
    letterId: 'l-1',
    notificationId: 'n-1',
    stage: 'release-on-licence',
    draftedBy: 'vlo-1',
    draftedOn: '2025-03-10',
    personal: LETTER_PERSONAL,
    ...overrides,
  });
const drafted = letterDrafted();
const submitted = event('LetterSubmittedForApproval', {
  letterId: 'l-1',
  submittedBy: 'vlo-1',
  submittedOn: '2025-03-10',
});
const approved = event('LetterApproved', { letterId: 'l-1', approvedBy: 'manager-1', approvedOn: '2025-03-10' });
const edited = (editedBy = 'vlo-2') =>
  event('LetterEdited', {
    letterId: 'l-1',
    editedBy,
    editedOn: '2025-03-10',
    personal: { body: 'Corrected wording.' },
  });
const submit = command('SubmitLetterForApproval', { letterId: 'l-1', submittedBy: 'vlo-1', submittedOn: '2025-03-10' });
const approve = (approvedBy = 'manager-1') =>
  command('ApproveLetter', { letterId: 'l-1', approvedBy, approvedOn: '2025-03-10' });
const returnLetter = (returnedBy = 'manager-1') =>
  command('ReturnLetter', {
    letterId: 'l-1',
    returnedBy,
    returnedOn: '2025-03-10',
    personal: { comments: 'Check the postcode against the latest address.' },
  });
const letterOf = (events: VictimEvent[]) => (foldEvents(victimDecider, events) as KnownVictim).letters['l-1'];

describe('letters: draft → manager review → approved → sent', () => {
  it('drafts a letter for a notification by letter, keeping its words, address and language under personal', () => {
    given(base).when(draft()).then([drafted]);
    expect(letterOf([...base, drafted])).toMatchObject({ status: 'draft', authors: ['vlo-1'], notificationId: 'n-1' });
    expect((foldEvents(victimDecider, [...base, drafted]) as KnownVictim).notifications['n-1'].letterId).toBe('l-1');
  });

  it('refuses a second letter with the same id, or for the same notification', () => {
    given([...base, drafted])
      .when(draft())
      .thenThrows('letter-already-drafted');
    given([...base, drafted])
      .when(draft({ letterId: 'l-2' }))
      .thenThrows('notification-already-has-letter');
  });

  it('refuses a letter for a notification by another channel, about another stage, or unknown', () => {
    given([...enrolledWithPreferences, notificationScheduled()])
      .when(draft())
      .thenThrows('notification-not-by-letter');
    given(base)
      .when(draft({ stage: 'recall' }))
      .thenThrows('stage-mismatch');
    given(base)
      .when(draft({ notificationId: 'n-9' }))
      .thenThrows('unknown-notification');
  });

  it('refuses an empty body and a language that is not a language tag', () => {
    given(base)
      .when(draft({ personal: { ...LETTER_PERSONAL, body: ' ' } }))
      .thenThrows('text-required');
    given(base)
      .when(draft({ personal: { ...LETTER_PERSONAL, language: 'Polish' } }))
      .thenThrows('invalid-language');
  });

  it('submits a draft for approval, once', () => {
    given([...base, drafted])
      .when(submit)
      .then([submitted]);
    given([...base, drafted, submitted])
      .when(submit)
      .thenThrows('letter-not-draft');
  });

  it('is approved by someone other than whoever wrote or edited it (four eyes)', () => {
    given([...base, drafted, submitted])
      .when(approve())
      .then([approved]);
    given([...base, drafted, submitted])
      .when(approve('vlo-1'))
      .thenThrows('four-eyes');
    given([...base, drafted, edited('manager-1'), submitted])
      .when(approve('manager-1'))
      .thenThrows('four-eyes');
  });

  it('is approved or returned only once submitted', () => {
    given([...base, drafted])
      .when(approve())
      .thenThrows('letter-not-submitted');
    given([...base, drafted])
      .when(returnLetter())
      .thenThrows('letter-not-submitted');
  });

  it('is returned with comments (personal) by a reviewer, and can be submitted again', () => {
    const returned = event('LetterReturned', {
      letterId: 'l-1',
      returnedBy: 'manager-1',
      returnedOn: '2025-03-10',
      personal: { comments: 'Check the postcode against the latest address.' },
    });
    given([...base, drafted, submitted])
      .when(returnLetter())
      .then([returned]);
    given([...base, drafted, submitted])
      .when(returnLetter('vlo-1'))
      .thenThrows('four-eyes');
    given([...base, drafted, submitted, returned])
      .when(submit)
      .then([submitted]);
    expect(letterOf([...base, drafted, submitted, returned]).status).toBe('returned');
  });

  it('goes back to draft when edited after approval, and cannot then be sent', () => {
    const history = [...base, drafted, submitted, approved, edited()];
    expect(letterOf(history)).toMatchObject({ status: 'draft', authors: ['vlo-1', 'vlo-2'], approvedBy: undefined });
    given(history)
      .when(
        command('RecordNotificationSent', {
          notificationId: 'n-1',
          channel: 'letter',
          providerReference: 'outbox-1',
          sentAt: '2025-03-10T12:00:00.000Z',
        }),
      )
      .thenThrows('letter-not-approved');
  });

  it('cannot be edited once sent, and an edit must change something', () => {
    const sent = event('NotificationSent', {
      notificationId: 'n-1',
      channel: 'letter',
      providerReference: 'outbox-1',
      sentAt: '2025-03-10T12:00:00.000Z',
      letterId: 'l-1',
    });
    const edit = (personal = {}) =>
      command('EditLetter', { letterId: 'l-1', editedBy: 'vlo-1', editedOn: '2025-03-11', personal });
    given([...base, drafted, submitted, approved, sent])
      .when(edit({ body: 'x' }))
      .thenThrows('letter-already-sent');
    given([...base, drafted])
      .when(edit())
      .thenThrows('nothing-to-update');
    given([...base, drafted])
      .when(edit({ body: 'New words' }))
      .then([
        event('LetterEdited', {
          letterId: 'l-1',
          editedBy: 'vlo-1',
          editedOn: '2025-03-11',
          personal: { body: 'New words' },
        }),
      ]);
    given([...base, drafted])
      .when(
        command('EditLetter', { letterId: 'l-9', editedBy: 'vlo-1', editedOn: '2025-03-11', personal: { body: 'x' } }),
      )
      .thenThrows('unknown-letter');
  });

  it('lets an ad-hoc letter be sent by scheduling a letter notification for it', () => {
    const adHoc = letterDrafted({ letterId: 'l-5', notificationId: undefined, stage: 'annual-contact' });
    delete (adHoc.data as { notificationId?: string }).notificationId;
    const prefsAnnual: VictimEvent[] = [
      ...enrolledWithPreferences.slice(0, 2),
      {
        ...enrolledWithPreferences[2],
        data: { ...(enrolledWithPreferences[2].data as object), stages: { choice: 'annual-letter' } },
      } as VictimEvent,
    ];
    const schedule = command('ScheduleNotification', {
      notificationId: 'n-7',
      sentenceId: notificationScheduled().data.sentenceId,
      stage: 'annual-contact',
      dueAt: '2025-03-11T09:00:00.000Z',
      channel: 'letter',
      reason: 'annual-contact',
      causedBy: { eventId: 'evt-1' },
      letterId: 'l-5',
    });
    const [scheduledEvent] = victimDecider.decide(schedule, foldEvents(victimDecider, [...prefsAnnual, adHoc]));
    expect(scheduledEvent).toMatchObject({ type: 'NotificationScheduled', data: { letterId: 'l-5' } });
    expect(
      (foldEvents(victimDecider, [...prefsAnnual, adHoc, scheduledEvent]) as KnownVictim).letters['l-5'].notificationId,
    ).toBe('n-7');
    given([...prefsAnnual, adHoc])
      .when({ ...schedule, data: { ...schedule.data, channel: 'email' } })
      .thenThrows('letter-needs-letter-channel');
  });
});

describe('a letter that outlives its obligation', () => {
  // The initial-contact letter planned at referral; the victim was then reached by email and joined the scheme.
  const initialContact = notificationScheduled({
    channel: 'letter',
    stage: 'initial-contact',
    reason: 'initial-contact-deadline',
    causedBy: { eventId: 'e-1' },
  });
  const initialLetter = letterDrafted({ stage: 'initial-contact' });
  const referredWithLetter: VictimEvent[] = [referralReceived(), initialContact, initialLetter, submitted];
  const emailed = contactRecorded({
    contactId: 'c-9',
    method: 'email',
    result: 'email-sent',
    occurredOn: '2024-01-25',
  });
  const sendAt = '2025-03-10T12:00:00.000Z';
  const gate = (events: VictimEvent[]) => canSendNow(foldEvents(victimDecider, events), 'n-1', sendAt);

  it('is still approved while the victim is referred and nobody has reached them', () => {
    given(referredWithLetter).when(approve()).then([approved]);
  });

  it('is refused at approval once first contact was made by any channel, or the victim joined (rule first-contact-made)', () => {
    given([...referredWithLetter, emailed])
      .when(approve())
      .thenThrows('first-contact-made');
    given([...referredWithLetter, victimEnrolled()])
      .when(approve())
      .thenThrows('first-contact-made');
    given([...referredWithLetter, notificationSent('n-2', 'email')])
      .when(approve())
      .thenThrows('first-contact-made');
  });

  it('is not sent once first contact was made after it was approved: the send gate checks again', () => {
    expect(gate([...referredWithLetter, approved])).toEqual({ ok: true });
    expect(gate([...referredWithLetter, approved, emailed, victimEnrolled()])).toMatchObject({
      ok: false,
      reason: 'first-contact-made',
    });
  });

  it("is refused at approval when the victim's choices no longer include it: letters dropped, or the stage", () => {
    const history = [...base, drafted, submitted];
    given([...history, preferencesUpdated({ channels: ['email'] })])
      .when(approve())
      .thenThrows('channel-not-chosen');
    // A stage outside the minimum every level hears (issue 17): a move to open conditions.
    const openConditions = [
      ...enrolledWithPreferences,
      notificationScheduled({ channel: 'letter', stage: 'transfer-to-open-conditions' }),
      letterDrafted({ stage: 'transfer-to-open-conditions' }),
      submitted,
    ];
    given([...openConditions, preferencesUpdated({ stages: { choice: 'annual-letter' } })])
      .when(approve())
      .thenThrows('stage-not-wanted');
    given([...history, event('VictimWithdrew', { withdrewOn: '2025-03-09', personal: {} })])
      .when(approve())
      .thenThrows('victim-opted-out');
  });
});
