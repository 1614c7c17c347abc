import { letterSendingWords } from './letter-sending-words';

const approved = { status: 'approved' as const, notificationId: 'n-1' };

describe('where sending a letter has got to, in words', () => {
  it('says nothing before approval', () => {
    expect(letterSendingWords({ status: 'draft', notificationId: null, sending: null })).toBeUndefined();
  });

  it('says queued, waiting for a safety check (with the form to confirm it) and sent', () => {
    expect(letterSendingWords({ ...approved, sending: { state: 'queued', reason: null } })?.tag).toBe('Queued to send');
    expect(letterSendingWords({ ...approved, sending: { state: 'waiting-safety-check', reason: null } })).toMatchObject(
      {
        tag: 'Waiting for a safety check',
        waitsForSafetyCheck: true,
        notSent: false,
      },
    );
    expect(
      letterSendingWords({ status: 'sent', notificationId: 'n-1', sending: { state: 'sent', reason: null } })?.tag,
    ).toBe('Sent');
  });

  it('says why a letter was not sent in plain English, never as a code', () => {
    const words = letterSendingWords({ ...approved, sending: { state: 'not-sent', reason: 'channel-not-chosen' } });
    expect(words).toMatchObject({ tag: 'Not sent', notSent: true });
    expect(words?.detail).toBe(
      'The service did not send it: the victim has not agreed to be contacted by letter. Nothing was posted to the victim.',
    );
    const unknown = letterSendingWords({ ...approved, sending: { state: 'not-sent', reason: 'notify-500-Error' } });
    expect(unknown?.detail).toContain('the service could not send it');
    expect(unknown?.detail).not.toContain('notify');
  });

  it('tells the officer to post a letter drafted on its own approved before the service sent them', () => {
    expect(letterSendingWords({ status: 'approved', notificationId: null, sending: null })?.detail).toContain(
      'Print it, post it, then record the contact',
    );
  });
});
