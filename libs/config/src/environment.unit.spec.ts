import {
  ConfigurationError,
  loadEnvironment,
  loadEnvironmentOrExit,
  sessionIdleTimeoutSeconds,
  webProductionProblems,
} from './environment';

describe('environment', () => {
  it('gives the embedded defaults when nothing is set', () => {
    const env = loadEnvironment({});
    expect(env.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/vcs');
    expect(env.EVENT_STORE).toBe('postgres');
    expect(env.PORT).toBe(3000);
    expect(env.HOST).toBe('127.0.0.1'); // loopback unless a container asks for every interface
  });

  it('accepts the listening addresses containers and IPv6 hosts use', () => {
    for (const host of ['0.0.0.0', '::', '::1', '10.0.3.7', 'localhost'])
      expect(loadEnvironment({ HOST: host }).HOST).toBe(host);
  });

  it('reads numbers from their text', () => {
    expect(loadEnvironment({ PORT: '8080', PROJECTOR_BATCH_SIZE: '250' })).toMatchObject({
      PORT: 8080,
      PROJECTOR_BATCH_SIZE: 250,
    });
  });

  it.each([
    ['DATABASE_URL', 'mysql://localhost/db', 'DATABASE_URL must be a postgres:// URL'],
    ['REDIS_URL', 'localhost:6379', 'REDIS_URL must be a redis:// URL'],
    ['PORT', 'eighty', 'PORT must be a whole number'],
    ['PORT', '70000', 'PORT must be between 1 and 65535'],
    ['HOST', 'example.com; rm -rf', 'HOST must be an IP address'],
    ['EVENT_STORE', 'mongo', 'EVENT_STORE must be postgres or kurrentdb (eventstoredb is its older name)'],
    ['LOG_LEVEL', 'loud', 'LOG_LEVEL must be one of'],
  ])('refuses %s=%s, naming the variable and its rule', (name, value, message) => {
    expect(() => loadEnvironment({ [name]: value })).toThrow(ConfigurationError);
    expect(() => loadEnvironment({ [name]: value })).toThrow(message);
  });

  it('requires an EventStoreDB connection string when EventStoreDB is chosen', () => {
    expect(() => loadEnvironment({ EVENT_STORE: 'eventstoredb' })).toThrow('EVENTSTORE_CONNECTION_STRING must be');
    expect(
      loadEnvironment({ EVENT_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: 'esdb://127.0.0.1:2113?tls=false' })
        .EVENT_STORE,
    ).toBe('eventstoredb');
    expect(() => loadEnvironment({ EVENT_STORE: 'kurrentdb' })).toThrow('EVENTSTORE_CONNECTION_STRING must be');
    expect(
      loadEnvironment({
        EVENT_STORE: 'kurrentdb',
        EVENTSTORE_CONNECTION_STRING: 'kurrentdb://127.0.0.1:2113?tls=false',
      }).EVENT_STORE,
    ).toBe('kurrentdb');
    expect(() =>
      loadEnvironment({ EVENT_STORE: 'kurrentdb', EVENTSTORE_CONNECTION_STRING: 'http://127.0.0.1:2113' }),
    ).toThrow('must be a kurrentdb:// connection string');
  });

  it('names every bad variable at once', () => {
    try {
      loadEnvironment({ PORT: '0', REDIS_URL: 'nope' });
      throw new Error('expected a ConfigurationError');
    } catch (error) {
      expect((error as ConfigurationError).problems).toHaveLength(2);
    }
  });

  it('refuses the committed development token key in production', () => {
    expect(() => loadEnvironment({ NODE_ENV: 'production' })).toThrow(
      'AUTH_JWT_PUBLIC_KEY_FILE must not be the committed development key',
    );
    expect(() => loadEnvironment({ NODE_ENV: 'production', AUTH_JWT_PUBLIC_KEY_FILE: '/etc/vcs/idp.pem' })).not.toThrow(
      'AUTH_JWT_PUBLIC_KEY_FILE',
    );
  });

  it('refuses the committed development master key for personal data in production', () => {
    const production = { NODE_ENV: 'production', AUTH_JWT_PUBLIC_KEY_FILE: '/etc/vcs/idp.pem' };
    expect(() => loadEnvironment(production)).toThrow(
      'PERSONAL_DATA_MASTER_KEYS must not contain the committed development key',
    );
    const keys = 'prod-2=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=';
    const secrets = {
      PERSONAL_DATA_MASTER_KEYS: keys,
      PERSONAL_DATA_MASTER_KEY_ID: 'prod-2',
      PSEUDONYM_KEY: 'p'.repeat(40),
    };
    expect(loadEnvironment({ ...production, ...secrets }).NODE_ENV).toBe('production');
  });

  it('refuses the committed development pseudonym key in production', () => {
    const production = { NODE_ENV: 'production', AUTH_JWT_PUBLIC_KEY_FILE: '/etc/vcs/idp.pem' };
    expect(() => loadEnvironment(production)).toThrow('PSEUDONYM_KEY must not be the committed development key');
  });

  it('runs the development identity provider by default, but not in production, where asking for it is refused', () => {
    expect(loadEnvironment({}).DEV_IDENTITY_PROVIDER).toBe('true');
    const production = { NODE_ENV: 'production', AUTH_JWT_PUBLIC_KEY_FILE: '/etc/vcs/idp.pem' };
    expect(() => loadEnvironment(production)).not.toThrow('DEV_IDENTITY_PROVIDER');
    expect(() => loadEnvironment({ ...production, DEV_IDENTITY_PROVIDER: 'true' })).toThrow(
      'DEV_IDENTITY_PROVIDER must be false when NODE_ENV=production',
    );
  });

  it('keeps the development identity provider on this machine: loopback, localhost or a name under .localhost', () => {
    for (const url of ['http://127.0.0.1:3003', 'http://localhost:3003', 'http://dev-identity.localhost:3003'])
      expect(loadEnvironment({ DEV_IDENTITY_PROVIDER_URL: url }).DEV_IDENTITY_PROVIDER_URL).toBe(url);
    for (const url of [
      'http://dev-identity:3003',
      'http://idp.example.org:3003',
      'http://localhost.example.org:3003',
      'http://10.0.0.5:3003',
      'https://dev-identity.localhost:3003',
    ])
      expect(() => loadEnvironment({ DEV_IDENTITY_PROVIDER_URL: url })).toThrow(
        'DEV_IDENTITY_PROVIDER_URL must be http://127.0.0.1:<port>',
      );
  });

  it("refuses the web service's development secrets and plain-http addresses in production", () => {
    expect(webProductionProblems(loadEnvironment({}))).toEqual([]);
    const problems = webProductionProblems({ ...loadEnvironment({}), NODE_ENV: 'production' });
    expect(problems).toEqual([
      'OIDC_CLIENT_SECRET must not be the committed development secret when NODE_ENV=production',
      'SESSION_SECRET must not be the committed development secret when NODE_ENV=production',
      'WEB_BASE_URL must be https:// when NODE_ENV=production',
      'OIDC_ISSUER_URL must be https:// when NODE_ENV=production',
    ]);
  });

  it('takes the idle timeout in seconds when given (tests), refusing a short one in production', () => {
    expect(sessionIdleTimeoutSeconds(loadEnvironment({}))).toBe(1800);
    expect(sessionIdleTimeoutSeconds(loadEnvironment({ SESSION_IDLE_TIMEOUT_MINUTES: '20' }))).toBe(1200);
    const short = loadEnvironment({ SESSION_IDLE_TIMEOUT_SECONDS: '30' });
    expect(sessionIdleTimeoutSeconds(short)).toBe(30);
    expect(webProductionProblems({ ...short, NODE_ENV: 'production' })).toContain(
      'SESSION_IDLE_TIMEOUT_SECONDS must be at least 180 when NODE_ENV=production',
    );
    expect(() => loadEnvironment({ SESSION_IDLE_TIMEOUT_SECONDS: '5' })).toThrow('SESSION_IDLE_TIMEOUT_SECONDS');
  });

  it('requires the current master key id to name a configured key', () => {
    expect(() => loadEnvironment({ PERSONAL_DATA_MASTER_KEY_ID: 'missing' })).toThrow(
      'PERSONAL_DATA_MASTER_KEY_ID must be the id of one of',
    );
  });

  it('closes CORS and sets the rate limits by default', () => {
    expect(loadEnvironment({})).toMatchObject({
      CORS_ORIGINS: '',
      TRUST_PROXY_HOPS: 0,
      RATE_LIMIT_WINDOW_MS: 60000,
      RATE_LIMIT_PER_TOKEN: 300,
      RATE_LIMIT_PER_IP: 60,
    });
    expect(
      loadEnvironment({
        RATE_LIMIT_PER_TOKEN: '1000',
        RATE_LIMIT_PER_IP: '5',
        RATE_LIMIT_WINDOW_MS: '1000',
        TRUST_PROXY_HOPS: '1',
      }),
    ).toMatchObject({
      RATE_LIMIT_PER_TOKEN: 1000,
      RATE_LIMIT_PER_IP: 5,
      RATE_LIMIT_WINDOW_MS: 1000,
      TRUST_PROXY_HOPS: 1,
    });
  });

  it.each([
    ['RATE_LIMIT_PER_TOKEN', '0', 'RATE_LIMIT_PER_TOKEN must be between 1 and 1000000'],
    ['RATE_LIMIT_PER_IP', 'many', 'RATE_LIMIT_PER_IP must be a whole number'],
    ['RATE_LIMIT_WINDOW_MS', '10', 'RATE_LIMIT_WINDOW_MS must be between 1000 and 3600000 milliseconds'],
    ['TRUST_PROXY_HOPS', '11', 'TRUST_PROXY_HOPS must be between 0 and 10'],
    ['CORS_ORIGINS', '*', 'CORS_ORIGINS must be comma-separated origins'],
    ['CORS_ORIGINS', 'https://case.example.gov.uk/app', 'CORS_ORIGINS must be comma-separated origins'],
    ['CORS_ORIGINS', 'http://case.example.gov.uk', 'CORS_ORIGINS must be comma-separated origins'],
  ])('refuses %s=%s', (name, value, message) => {
    expect(() => loadEnvironment({ [name]: value })).toThrow(message);
  });

  it('takes a list of CORS origins, and only https ones in production', () => {
    const origins = 'https://case.example.gov.uk,https://staff.example.gov.uk:8443,http://localhost:5173';
    expect(loadEnvironment({ CORS_ORIGINS: origins }).CORS_ORIGINS).toBe(origins);
    expect(() => loadEnvironment({ CORS_ORIGINS: 'http://localhost:5173', NODE_ENV: 'production' })).toThrow(
      'CORS_ORIGINS must list only https:// origins',
    );
  });

  it('refuses a master key that is not 32 bytes of base64', () => {
    expect(() => loadEnvironment({ PERSONAL_DATA_MASTER_KEYS: 'k1=short' })).toThrow(
      'PERSONAL_DATA_MASTER_KEYS must be one or more id=base64 keys',
    );
  });

  describe('notifications', () => {
    const KEY = 'vcs_live-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0';
    const TEMPLATES = JSON.stringify({
      default: {
        email: { en: '0b7b6fa8-4cd4-4a3c-9b6c-5f4c3d0f1a11' },
        letter: { en: '8e0b6f2a-1f3b-4e55-8b2a-3c1f0e9d7a22' },
      },
    });

    it('sends to the local outbox by default, with retry, rate-limit and fallback settings', () => {
      expect(loadEnvironment({})).toMatchObject({
        NOTIFICATION_CHANNEL: 'outbox',
        NOTIFICATION_MAX_ATTEMPTS: 6,
        NOTIFICATION_BACKOFF_MS: 30000,
        NOTIFICATION_OUTBOX_RATE_LIMIT_PER_SECOND: 5000,
        NOTIFICATION_NOTIFY_RATE_LIMIT_PER_MINUTE: 3000,
        NOTIFICATION_WORKER_CONCURRENCY: 256,
        NOTIFICATION_UNDELIVERED_FALLBACK_HOURS: 48,
        NOTIFICATION_ADVANCE_NOTICE_WORKING_DAYS: 10,
        NOTIFICATION_RESYNC_INTERVAL_MS: 180000,
        REOFFER_LEAD_WORKING_DAYS: 40,
        HANDOVER_AT_EIGHTEEN_LEAD_WORKING_DAYS: 130,
      });
      expect(loadEnvironment({}).NOTIFY_API_KEY).toBeUndefined();
    });

    it('needs an API key and template ids for GOV.UK Notify', () => {
      expect(() => loadEnvironment({ NOTIFICATION_CHANNEL: 'govuk-notify' })).toThrow(
        'NOTIFY_API_KEY must be set when NOTIFICATION_CHANNEL=govuk-notify',
      );
      expect(() => loadEnvironment({ NOTIFICATION_CHANNEL: 'govuk-notify' })).toThrow(
        'NOTIFY_TEMPLATE_IDS must be set',
      );
      const env = loadEnvironment({
        NOTIFICATION_CHANNEL: 'govuk-notify',
        NOTIFY_API_KEY: KEY,
        NOTIFY_TEMPLATE_IDS: TEMPLATES,
      });
      expect(env.NOTIFICATION_CHANNEL).toBe('govuk-notify');
    });

    it.each([
      ['NOTIFICATION_CHANNEL', 'pigeon', 'NOTIFICATION_CHANNEL must be outbox or govuk-notify'],
      ['NOTIFY_API_KEY', 'not-a-key', 'NOTIFY_API_KEY must be a GOV.UK Notify API key'],
      ['NOTIFY_BASE_URL', 'http://example.com', 'NOTIFY_BASE_URL must be an https:// origin'],
      [
        'NOTIFY_TEMPLATE_IDS',
        '{"default":{"fax":{"en":"0b7b6fa8-4cd4-4a3c-9b6c-5f4c3d0f1a11"}}}',
        'NOTIFY_TEMPLATE_IDS must be JSON',
      ],
      ['NOTIFY_TEMPLATE_IDS', '{"default":{"email":{"en":"nope"}}}', 'NOTIFY_TEMPLATE_IDS must be JSON'],
      ['NOTIFY_TEMPLATE_IDS', 'not json', 'NOTIFY_TEMPLATE_IDS must be JSON'],
      ['NOTIFICATION_MAX_ATTEMPTS', '0', 'NOTIFICATION_MAX_ATTEMPTS must be between 1 and 20'],
      // Issue 17 §11: an unconfirmed figure, configurable and validated.
      ['REOFFER_LEAD_WORKING_DAYS', '261', 'REOFFER_LEAD_WORKING_DAYS must be between 0 and 260 working days'],
      ['REOFFER_LEAD_WORKING_DAYS', 'soon', 'REOFFER_LEAD_WORKING_DAYS must be a whole number of working days'],
      [
        'HANDOVER_AT_EIGHTEEN_LEAD_WORKING_DAYS',
        '261',
        'HANDOVER_AT_EIGHTEEN_LEAD_WORKING_DAYS must be between 0 and 260 working days',
      ],
      [
        'HANDOVER_AT_EIGHTEEN_LEAD_WORKING_DAYS',
        'six months',
        'HANDOVER_AT_EIGHTEEN_LEAD_WORKING_DAYS must be a whole number of working days',
      ],
      ['NOTIFICATION_BACKOFF_MS', 'soon', 'NOTIFICATION_BACKOFF_MS must be a whole number of milliseconds'],
      ['NOTIFICATION_RATE_LIMIT_PER_SECOND', '0', 'NOTIFICATION_RATE_LIMIT_PER_SECOND must be between 1 and 10000'],
      [
        'NOTIFICATION_UNDELIVERED_FALLBACK_HOURS',
        '1000',
        'NOTIFICATION_UNDELIVERED_FALLBACK_HOURS must be between 1 and 720 hours',
      ],
      [
        'NOTIFICATION_ADVANCE_NOTICE_WORKING_DAYS',
        '61',
        'NOTIFICATION_ADVANCE_NOTICE_WORKING_DAYS must be between 0 and 60',
      ],
      ['NOTIFICATION_RESYNC_INTERVAL_MS', '10', 'NOTIFICATION_RESYNC_INTERVAL_MS must be between 1000 and 3600000'],
    ])('refuses %s=%s', (name, value, message) => {
      expect(() => loadEnvironment({ [name]: value })).toThrow(message);
    });

    it('reads the numeric settings and a local Notify base URL', () => {
      expect(
        loadEnvironment({
          NOTIFICATION_MAX_ATTEMPTS: '3',
          NOTIFICATION_BACKOFF_MS: '500',
          NOTIFY_BASE_URL: 'http://127.0.0.1:4010',
        }),
      ).toMatchObject({
        NOTIFICATION_MAX_ATTEMPTS: 3,
        NOTIFICATION_BACKOFF_MS: 500,
        NOTIFY_BASE_URL: 'http://127.0.0.1:4010',
      });
    });
  });
});

describe('environment: retention', () => {
  it('defaults to a 72-month retention period (a placeholder for the information asset owner) checked hourly', () => {
    expect(loadEnvironment({})).toMatchObject({ RETENTION_PERIOD_MONTHS: 72, RETENTION_CHECK_INTERVAL_MS: 3600000 });
  });

  it('reads the retention settings from their text', () => {
    expect(loadEnvironment({ RETENTION_PERIOD_MONTHS: '84', RETENTION_CHECK_INTERVAL_MS: '60000' })).toMatchObject({
      RETENTION_PERIOD_MONTHS: 84,
      RETENTION_CHECK_INTERVAL_MS: 60000,
    });
  });

  it.each([
    ['RETENTION_PERIOD_MONTHS', 'six years', 'RETENTION_PERIOD_MONTHS must be a whole number of months'],
    ['RETENTION_PERIOD_MONTHS', '0', 'RETENTION_PERIOD_MONTHS must be between 1 and 1200 months'],
    [
      'RETENTION_CHECK_INTERVAL_MS',
      '10',
      'RETENTION_CHECK_INTERVAL_MS must be between 1000 and 604800000 milliseconds',
    ],
  ])('refuses %s=%s', (name, value, message) => {
    expect(() => loadEnvironment({ [name]: value })).toThrow(message);
  });
});

// Issue 17 §11: figures no published source confirms are settings, each defaulting to today's value and refused at
// start-up, by name and with the rule they set, when out of range.
describe('environment: the unconfirmed figures of the scheme', () => {
  it("defaults each to today's value", () => {
    const env = loadEnvironment({});
    expect(env.VNS_MISSED_REFERRAL_WORKING_DAYS).toBe(3);
    expect(env.STATUTORY_VCS_SUSPENDED_SENTENCES).toBe('when-activated');
    expect(env.RECONSIDERATION_REQUEST_LEAD_DAYS).toBe(7);
    expect(env.SENTENCING_ACT_2026_RELEASE_CHANGES_FROM).toBeUndefined();
  });

  it('reads a value other than the default', () => {
    const env = loadEnvironment({
      VNS_MISSED_REFERRAL_WORKING_DAYS: '5',
      STATUTORY_VCS_SUSPENDED_SENTENCES: 'from-sentence',
      RECONSIDERATION_REQUEST_LEAD_DAYS: '0',
      SENTENCING_ACT_2026_RELEASE_CHANGES_FROM: '2026-10-01',
    });
    expect(env.VNS_MISSED_REFERRAL_WORKING_DAYS).toBe(5);
    expect(env.STATUTORY_VCS_SUSPENDED_SENTENCES).toBe('from-sentence');
    expect(env.RECONSIDERATION_REQUEST_LEAD_DAYS).toBe(0);
    expect(env.SENTENCING_ACT_2026_RELEASE_CHANGES_FROM).toBe('2026-10-01');
  });

  it.each([
    [
      'VNS_MISSED_REFERRAL_WORKING_DAYS',
      '0',
      'must be between 1 and 10 working days (the VNS missed-referral threshold)',
    ],
    [
      'VNS_MISSED_REFERRAL_WORKING_DAYS',
      '11',
      'must be between 1 and 10 working days (the VNS missed-referral threshold)',
    ],
    [
      'VNS_MISSED_REFERRAL_WORKING_DAYS',
      'three',
      'must be a whole number of working days (the VNS missed-referral threshold)',
    ],
    [
      'STATUTORY_VCS_SUSPENDED_SENTENCES',
      'never',
      'must be when-activated or from-sentence (when a suspended sentence counts for the statutory Victim Contact Scheme)',
    ],
    ['RECONSIDERATION_REQUEST_LEAD_DAYS', '21', 'must be between 0 and 20 days (the reconsideration request lead'],
    [
      'RECONSIDERATION_REQUEST_LEAD_DAYS',
      'a week',
      'must be a whole number of days (the reconsideration request lead)',
    ],
    [
      'SENTENCING_ACT_2026_RELEASE_CHANGES_FROM',
      '1 October 2026',
      'must be a date, YYYY-MM-DD (the start of the Sentencing Act 2026 release changes)',
    ],
    [
      'SENTENCING_ACT_2026_RELEASE_CHANGES_FROM',
      '2026-02-30',
      "must be a real date on or after 2026-01-22, the Act's Royal Assent (the start of the Sentencing Act 2026 release changes)",
    ],
    [
      'SENTENCING_ACT_2026_RELEASE_CHANGES_FROM',
      '2025-12-31',
      "must be a real date on or after 2026-01-22, the Act's Royal Assent (the start of the Sentencing Act 2026 release changes)",
    ],
  ])('refuses %s=%s, naming the variable and the rule', (name, value, rule) => {
    let refused: unknown;
    try {
      loadEnvironment({ [name]: value });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(ConfigurationError);
    expect((refused as ConfigurationError).problems).toEqual([expect.stringContaining(`${name} ${rule}`)]);
  });

  it('refuses to start: one line naming the variable and the rule on stderr, exit code 78', () => {
    const exit = jest.spyOn(process, 'exit').mockImplementation((() => {
      throw new Error('exited');
    }) as never);
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(() => loadEnvironmentOrExit({ VNS_MISSED_REFERRAL_WORKING_DAYS: '11' })).toThrow('exited');
      expect(exit).toHaveBeenCalledWith(78);
      expect(stderr).toHaveBeenCalledWith(
        'configuration error: VNS_MISSED_REFERRAL_WORKING_DAYS must be between 1 and 10 working days (the VNS missed-referral threshold)\n',
      );
    } finally {
      exit.mockRestore();
      stderr.mockRestore();
    }
  });
});
