import { waitingStatus } from './schedule-status';

describe('waiting states of the notification schedule', () => {
  it('is scheduled when nothing is in the way', () => {
    expect(waitingStatus({ channel: 'email', safetyFlag: false })).toBe('scheduled');
  });

  it('waits for a safety check of this channel, confirmed since the contact details last changed', () => {
    expect(waitingStatus({ channel: 'email', safetyFlag: true, preferencesUpdatedOn: '2026-10-12' })).toBe(
      'waiting-safety-check',
    );
    expect(
      waitingStatus({
        channel: 'email',
        safetyFlag: true,
        preferencesUpdatedOn: '2026-10-12',
        safetyCheckedOn: '2026-10-01',
      }),
    ).toBe('waiting-safety-check');
    expect(
      waitingStatus({
        channel: 'email',
        safetyFlag: true,
        preferencesUpdatedOn: '2026-10-12',
        safetyCheckedOn: '2026-10-12',
      }),
    ).toBe('scheduled');
  });

  it('waits for an approved letter (after the safety check)', () => {
    expect(
      waitingStatus({ channel: 'letter', safetyFlag: true, safetyCheckedOn: '2026-10-12', letterStatus: 'submitted' }),
    ).toBe('waiting-approval');
    expect(waitingStatus({ channel: 'letter', safetyFlag: false })).toBe('waiting-approval');
    expect(waitingStatus({ channel: 'letter', safetyFlag: false, letterStatus: 'approved' })).toBe('scheduled');
  });
});
