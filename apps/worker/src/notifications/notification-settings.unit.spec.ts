import { loadEnvironment } from '@vcs/config';
import { channelRatePerSecond, notificationSettingsOf } from './notification-settings';

describe('notification settings: a rate limit per channel', () => {
  const limits = {
    NOTIFICATION_RATE_LIMIT_PER_SECOND: undefined,
    NOTIFICATION_OUTBOX_RATE_LIMIT_PER_SECOND: 5000,
    NOTIFICATION_NOTIFY_RATE_LIMIT_PER_MINUTE: 3000,
  };

  it('limits the local outbox by its own setting', () => {
    expect(channelRatePerSecond({ ...limits, NOTIFICATION_CHANNEL: 'outbox' })).toBe(5000);
  });

  it('limits GOV.UK Notify to its 3,000 requests a minute, spread evenly (50 a second)', () => {
    expect(channelRatePerSecond({ ...limits, NOTIFICATION_CHANNEL: 'govuk-notify' })).toBe(50);
    expect(
      channelRatePerSecond({
        ...limits,
        NOTIFICATION_CHANNEL: 'govuk-notify',
        NOTIFICATION_NOTIFY_RATE_LIMIT_PER_MINUTE: 30,
      }),
    ).toBe(1);
  });

  it('lets NOTIFICATION_RATE_LIMIT_PER_SECOND override whichever channel runs', () => {
    expect(
      channelRatePerSecond({ ...limits, NOTIFICATION_CHANNEL: 'outbox', NOTIFICATION_RATE_LIMIT_PER_SECOND: 40 }),
    ).toBe(40);
    expect(
      channelRatePerSecond({ ...limits, NOTIFICATION_CHANNEL: 'govuk-notify', NOTIFICATION_RATE_LIMIT_PER_SECOND: 10 }),
    ).toBe(10);
  });

  // Issue 17 §11: no published source gives a re-offer lead time, so it is configuration (default 40 working days).
  it('takes the re-offer lead from REOFFER_LEAD_WORKING_DAYS, 40 working days by default', () => {
    expect(notificationSettingsOf(loadEnvironment({})).reofferLeadWorkingDays).toBe(40);
    expect(notificationSettingsOf(loadEnvironment({ REOFFER_LEAD_WORKING_DAYS: '25' })).reofferLeadWorkingDays).toBe(
      25,
    );
  });

  it('takes the worker concurrency and the outbox limit from the environment', () => {
    const settings = notificationSettingsOf(
      loadEnvironment({ NOTIFICATION_WORKER_CONCURRENCY: '32', NOTIFICATION_OUTBOX_RATE_LIMIT_PER_SECOND: '2000' }),
    );
    expect(settings).toMatchObject({ concurrency: 32, ratePerSecond: 2000 });
    expect(notificationSettingsOf(loadEnvironment({}))).toMatchObject({ concurrency: 256, ratePerSecond: 5000 });
  });

  it('refuses a concurrency or limit out of range', () => {
    expect(() => loadEnvironment({ NOTIFICATION_WORKER_CONCURRENCY: '0' })).toThrow(/NOTIFICATION_WORKER_CONCURRENCY/);
    expect(() => loadEnvironment({ NOTIFICATION_NOTIFY_RATE_LIMIT_PER_MINUTE: 'fast' })).toThrow(
      /NOTIFICATION_NOTIFY_RATE_LIMIT_PER_MINUTE/,
    );
  });
});
