import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, ValidateIf, validateSync } from 'class-validator';

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;

/**
 * Every setting the service reads, with its rule. This is the only place that reads process.env.
 * Defaults give the embedded mode: PostgreSQL and Redis on this machine, PostgreSQL as the event store.
 */
export class Environment {
  @Matches(/^postgres(ql)?:\/\/[^\s]+$/, {
    message: 'must be a postgres:// URL, e.g. postgres://postgres@127.0.0.1:5432/vcs',
  })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/vcs';

  @Matches(/^rediss?:\/\/[^\s]+$/, { message: 'must be a redis:// URL, e.g. redis://127.0.0.1:6379' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  @Matches(/^[A-Za-z0-9_.:-]{1,64}$/, { message: 'must be 1-64 letters, digits, or _ . : -' })
  REDIS_KEY_PREFIX = 'vcs';

  /** `kurrentdb`: KurrentDB (EventStoreDB's current name); `eventstoredb`, its older name, still means the same adapter. */
  @IsIn(['postgres', 'kurrentdb', 'eventstoredb'], {
    message: 'must be postgres or kurrentdb (eventstoredb is its older name)',
  })
  EVENT_STORE: 'postgres' | 'kurrentdb' | 'eventstoredb' = 'postgres';

  @ValidateIf((env: Environment) => env.EVENT_STORE !== 'postgres')
  @IsString({ message: 'must be set when EVENT_STORE=kurrentdb (e.g. kurrentdb://127.0.0.1:2113?tls=false)' })
  @Matches(/^(kurrentdb|kurrent|kdb|esdb)(\+discover)?:\/\/\S+$/, {
    message: 'must be a kurrentdb:// connection string, e.g. kurrentdb://127.0.0.1:2113?tls=false',
  })
  EVENTSTORE_CONNECTION_STRING?: string;

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be between 1 and 65535' })
  @Max(65535, { message: 'must be between 1 and 65535' })
  PORT = 3000;

  /**
   * The address the API and the worker's status endpoint listen on. Loopback by default, so a laptop or a shared host
   * does not expose the service; containers set 0.0.0.0 (docker-compose.yml, Dockerfile).
   */
  @Matches(/^(\d{1,3}(\.\d{1,3}){3}|[0-9a-fA-F:]+|localhost)$/, {
    message: 'must be an IP address (e.g. 127.0.0.1, 0.0.0.0, ::) or localhost',
  })
  HOST = '127.0.0.1';

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be between 1 and 65535' })
  @Max(65535, { message: 'must be between 1 and 65535' })
  WORKER_PORT = 3001;

  /** The process's own /metrics listener (Prometheus text), on HOST; unset: none; 0: any free port. Never publish it. */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(0, { message: 'must be between 0 and 65535' })
  @Max(65535, { message: 'must be between 0 and 65535' })
  METRICS_PORT?: number;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    message: 'must be one of fatal, error, warn, info, debug, trace, silent',
  })
  LOG_LEVEL = 'info';

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be between 1 and 100' })
  @Max(100, { message: 'must be between 1 and 100' })
  DATABASE_POOL_SIZE = 10;

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(10, { message: 'must be between 10 and 60000 milliseconds' })
  @Max(60000, { message: 'must be between 10 and 60000 milliseconds' })
  EVENT_STORE_POLL_INTERVAL_MS = 1000;

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be between 1 and 10000' })
  @Max(10000, { message: 'must be between 1 and 10000' })
  PROJECTOR_BATCH_SIZE = 500;

  /** Attempts a consumer (projector, planner, dispatcher, erasure completion) makes at one event before parking it. */
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be between 1 and 20' })
  @Max(20, { message: 'must be between 1 and 20' })
  CONSUMER_ATTEMPTS_BEFORE_PARKING = 5;

  /** Pause after a consumer's first failed attempt at an event; doubles after each further one. */
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(10, { message: 'must be between 10 and 60000 milliseconds' })
  @Max(60000, { message: 'must be between 10 and 60000 milliseconds' })
  CONSUMER_RETRY_BACKOFF_MS = 500;

  /** Readiness is degraded when a consumer has not advanced for this long while events wait for it. */
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(1000, { message: 'must be between 1000 and 86400000 milliseconds' })
  @Max(86400000, { message: 'must be between 1000 and 86400000 milliseconds' })
  CONSUMER_STALL_AFTER_MS = 120000;

  @IsOptional()
  @IsIn(['true', 'false'], { message: 'must be true or false' })
  MIGRATE_ON_START: 'true' | 'false' = 'true';

  @IsIn(['development', 'test', 'production'], { message: 'must be development, test or production' })
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Matches(/^\S{1,200}$/, { message: "must be the issuer (iss) of the identity provider's tokens" })
  AUTH_ISSUER = 'vcs-dev-identity';

  @Matches(/^\S{1,200}$/, { message: 'must be the audience (aud) tokens are issued for' })
  AUTH_AUDIENCE = 'victim-contact-service';

  @ValidateIf((env: Environment) => !env.AUTH_JWKS_URL)
  @Matches(/^\S+\.pem$/, { message: 'must be the path of a PEM public key file (or set AUTH_JWKS_URL)' })
  AUTH_JWT_PUBLIC_KEY_FILE = DEV_JWT_PUBLIC_KEY_FILE;

  @IsOptional()
  @Matches(/^https:\/\/\S+$/, { message: "must be an https:// URL of the identity provider's JWKS" })
  AUTH_JWKS_URL?: string;

  /** The token claim listing the caller's roles, HMPPS Auth style (`ROLE_VLO`); this service's own `roles` claim is read too. */
  @Matches(/^[A-Za-z][A-Za-z0-9_:.-]{0,99}$/, { message: 'must be a claim name' })
  AUTH_AUTHORITIES_CLAIM = 'authorities';

  /** The token claim listing the victim liaison units (probation region codes) the caller works in. */
  @Matches(/^[A-Za-z][A-Za-z0-9_:.-]{0,99}$/, { message: 'must be a claim name' })
  AUTH_UNITS_CLAIM = 'units';

  /** The token claim with the person's name (HMPPS Auth's `name`), kept in the staff directory for colleagues to read. */
  @Matches(/^[A-Za-z][A-Za-z0-9_:.-]{0,99}$/, { message: 'must be a claim name' })
  AUTH_NAME_CLAIM = 'name';

  /** The longest a token may live (exp - iat) in seconds: people's tokens are short-lived. */
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of seconds' })
  @Min(60, { message: 'must be between 60 and 86400 seconds' })
  @Max(86400, { message: 'must be between 60 and 86400 seconds' })
  AUTH_MAX_TOKEN_LIFETIME_SECONDS = 3600;

  @Matches(/^[A-Za-z0-9_.-]{1,40}=[A-Za-z0-9+/]{43}=(,[A-Za-z0-9_.-]{1,40}=[A-Za-z0-9+/]{43}=)*$/, {
    message: 'must be one or more id=base64 keys of 32 bytes, comma-separated (openssl rand -base64 32)',
  })
  PERSONAL_DATA_MASTER_KEYS = DEV_PERSONAL_DATA_MASTER_KEYS;

  @Matches(/^[A-Za-z0-9_.-]{1,40}$/, { message: 'must be the id of one of PERSONAL_DATA_MASTER_KEYS' })
  PERSONAL_DATA_MASTER_KEY_ID = 'dev-1';

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(0, { message: 'must be between 0 and 3600000 milliseconds' })
  @Max(3600000, { message: 'must be between 0 and 3600000 milliseconds' })
  PERSONAL_DATA_KEY_CACHE_TTL_MS = 60000;

  @Matches(/^\S{32,200}$/, { message: 'must be a secret of at least 32 characters (openssl rand -base64 32)' })
  PSEUDONYM_KEY = DEV_PSEUDONYM_KEY;

  /** Browser origins allowed to call the API (CORS), comma-separated; empty (the default) allows none. */
  @ValidateIf((env: Environment) => env.CORS_ORIGINS !== '')
  @Matches(
    /^(https:\/\/[A-Za-z0-9.-]+|http:\/\/localhost)(:[0-9]{1,5})?(,(https:\/\/[A-Za-z0-9.-]+|http:\/\/localhost)(:[0-9]{1,5})?)*$/,
    {
      message: 'must be comma-separated origins, each https://host[:port] (or http://localhost[:port]), without paths',
    },
  )
  CORS_ORIGINS = '';

  /** Reverse proxies in front of the API whose X-Forwarded-For is trusted for the client's address (0: none). */
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(0, { message: 'must be between 0 and 10' })
  @Max(10, { message: 'must be between 0 and 10' })
  TRUST_PROXY_HOPS = 0;

  /** The window of the rate limits, in milliseconds. */
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(1000, { message: 'must be between 1000 and 3600000 milliseconds' })
  @Max(3600000, { message: 'must be between 1000 and 3600000 milliseconds' })
  RATE_LIMIT_WINDOW_MS = 60000;

  /** Requests one token subject may make per window (every route together). */
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be between 1 and 1000000' })
  @Max(1000000, { message: 'must be between 1 and 1000000' })
  RATE_LIMIT_PER_TOKEN = 300;

  /** Requests without a valid token (public routes, refused tokens) one client address may make per window. */
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be between 1 and 1000000' })
  @Max(1000000, { message: 'must be between 1 and 1000000' })
  RATE_LIMIT_PER_IP = 60;

  /** Where victim notifications go: the local outbox table (default) or GOV.UK Notify (production). */
  @IsIn(['outbox', 'govuk-notify'], { message: 'must be outbox or govuk-notify' })
  NOTIFICATION_CHANNEL: 'outbox' | 'govuk-notify' = 'outbox';

  /** GOV.UK Notify API key (key name, service id and secret); required when NOTIFICATION_CHANNEL=govuk-notify. */
  @ValidateIf((env: Environment) => env.NOTIFICATION_CHANNEL === 'govuk-notify' || env.NOTIFY_API_KEY !== undefined)
  @IsString({ message: 'must be set when NOTIFICATION_CHANNEL=govuk-notify' })
  @Matches(
    /^[A-Za-z0-9_-]{1,100}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    {
      message: 'must be a GOV.UK Notify API key (name-serviceid-secret)',
    },
  )
  NOTIFY_API_KEY?: string;

  /** GOV.UK Notify API base URL; the client's default (https://api.notifications.service.gov.uk) when unset. */
  @IsOptional()
  @Matches(/^(https:\/\/[A-Za-z0-9.-]+|http:\/\/(127\.0\.0\.1|localhost))(:[0-9]{1,5})?$/, {
    message: 'must be an https:// origin (or http://127.0.0.1[:port] for a local fake)',
  })
  NOTIFY_BASE_URL?: string;

  /**
   * GOV.UK Notify template ids as JSON: stage (a milestone kind, initial-contact, delivery-fallback, or "default")
   * → channel (email, sms, letter) → language tag (en, cy, …) → template id. Required with govuk-notify.
   */
  @ValidateIf(
    (env: Environment) => env.NOTIFICATION_CHANNEL === 'govuk-notify' || env.NOTIFY_TEMPLATE_IDS !== undefined,
  )
  @IsString({ message: 'must be set when NOTIFICATION_CHANNEL=govuk-notify' })
  NOTIFY_TEMPLATE_IDS?: string;

  /** Attempts to deliver one notification before it is dead-lettered (NotificationFailed final, an overdue task). */
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be between 1 and 20' })
  @Max(20, { message: 'must be between 1 and 20' })
  NOTIFICATION_MAX_ATTEMPTS = 6;

  /** First retry delay after a channel error; each further retry doubles it. */
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(100, { message: 'must be between 100 and 3600000 milliseconds' })
  @Max(3600000, { message: 'must be between 100 and 3600000 milliseconds' })
  NOTIFICATION_BACKOFF_MS = 30000;

  /**
   * Optional override: messages per second handed to the channel, across all workers, whichever channel runs. Unset,
   * the channel's own limit applies (NOTIFICATION_OUTBOX_RATE_LIMIT_PER_SECOND or NOTIFICATION_NOTIFY_RATE_LIMIT_PER_MINUTE).
   */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be between 1 and 10000' })
  @Max(10000, { message: 'must be between 1 and 10000' })
  NOTIFICATION_RATE_LIMIT_PER_SECOND?: number;

  /** Messages per second written to the local outbox (a table of ours: limited only so a burst cannot starve the database). */
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be between 1 and 100000' })
  @Max(100000, { message: 'must be between 1 and 100000' })
  NOTIFICATION_OUTBOX_RATE_LIMIT_PER_SECOND = 5000;

  /** Requests per minute to GOV.UK Notify (sends and status checks), across all workers: Notify allows 3,000 a minute per key. */
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be between 1 and 100000' })
  @Max(100000, { message: 'must be between 1 and 100000' })
  NOTIFICATION_NOTIFY_RATE_LIMIT_PER_MINUTE = 3000;

  /** Delivery jobs one worker process runs at once (they wait mostly on PostgreSQL; the outbox groups their writes). */
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be between 1 and 1000' })
  @Max(1000, { message: 'must be between 1 and 1000' })
  NOTIFICATION_WORKER_CONCURRENCY = 256;

  /** An email or SMS not delivered within this many hours raises a task and falls back to a letter. */
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of hours' })
  @Min(1, { message: 'must be between 1 and 720 hours' })
  @Max(720, { message: 'must be between 1 and 720 hours' })
  NOTIFICATION_UNDELIVERED_FALLBACK_HOURS = 48;

  /** Working days before a known date (hearing, eligibility, end of licence conditions) that the victim is told of it. */
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of working days' })
  @Min(0, { message: 'must be between 0 and 60 working days' })
  @Max(60, { message: 'must be between 0 and 60 working days' })
  NOTIFICATION_ADVANCE_NOTICE_WORKING_DAYS = 10;

  /**
   * Working days before a possible release (expected release month, a listed parole hearing) that the VLO is asked to
   * consider offering the scheme again to a victim who declined or never answered (issue 17). **Not from a published
   * source**: no guidance gives a re-offer practice or lead time; 40 working days (about two months) is the service's
   * choice, to be confirmed by the scheme's policy owner (docs/DOMAIN-RULES.md §11, "Unconfirmed figures").
   */
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of working days' })
  @Min(0, { message: 'must be between 0 and 260 working days' })
  @Max(260, { message: 'must be between 0 and 260 working days' })
  REOFFER_LEAD_WORKING_DAYS = 40;

  /**
   * Working days before the month a child victim turns 18 that their VLO's task to hand contact to them falls due
   * (offer the scheme to them directly, ask for their own contact preferences). **Not from a published source**: the
   * guidance says only that information goes to the victim directly once they are 18; 130 working days (about six
   * months) is the service's choice (docs/DOMAIN-RULES.md §11, "Unconfirmed figures"). Read by the caseload projection:
   * a change applies to tasks opened after it, or to all after a rebuild of `caseload-tasks`.
   */
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of working days' })
  @Min(0, { message: 'must be between 0 and 260 working days' })
  @Max(260, { message: 'must be between 0 and 260 working days' })
  HANDOVER_AT_EIGHTEEN_LEAD_WORKING_DAYS = 130;

  /**
   * VNS: working days after sentence with no victim referred before the victim liaison unit gets a missed-referral task
   * (issue 17). **Not from a published source**: the VNS contact target is 15 days from sentence (MoJ process
   * evaluation) and no referral timescale is published; 3 is the service's choice (docs/DOMAIN-RULES.md §11,
   * "Unconfirmed figures"). Read by the caseload projection: a change applies to tasks opened after it, or to all after
   * a rebuild of `caseload-tasks`.
   */
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of working days (the VNS missed-referral threshold)' })
  @Min(1, { message: 'must be between 1 and 10 working days (the VNS missed-referral threshold)' })
  @Max(10, { message: 'must be between 1 and 10 working days (the VNS missed-referral threshold)' })
  VNS_MISSED_REFERRAL_WORKING_DAYS = 3;

  /**
   * Whether a suspended sentence of 12 months or more for a sexual, violent or terrorism offence counts for the statutory
   * VCS (enrolment and missed referrals) only once the court activates it (`when-activated`, the default) or from the
   * day it is passed (`from-sentence`). **Not confirmed**: whether such a sentence is a "relevant sentence" (DVCV Act
   * 2004 s.45(1)) is not settled by the sources found (docs/DOMAIN-RULES.md §5, §11). Read by the API (enrolment) and
   * the caseload projection (missed referrals).
   */
  @IsIn(['when-activated', 'from-sentence'], {
    message:
      'must be when-activated or from-sentence (when a suspended sentence counts for the statutory Victim Contact Scheme)',
  })
  STATUTORY_VCS_SUSPENDED_SENTENCES: 'when-activated' | 'from-sentence' = 'when-activated';

  /**
   * Calendar days before the last day to apply for a provisional parole decision to be reconsidered (21 days from its
   * provision to the parties, Parole Board Rules 2019 r.28(3)) that the VLO's task to ask the victim falls due. **Not
   * from a published source**: 7 is the service's choice (docs/DOMAIN-RULES.md §11, "Unconfirmed figures"). Read by the
   * caseload projection.
   */
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of days (the reconsideration request lead)' })
  @Min(0, {
    message: 'must be between 0 and 20 days (the reconsideration request lead, within the 21 days of r.28(3))',
  })
  @Max(20, {
    message: 'must be between 0 and 20 days (the reconsideration request lead, within the 21 days of r.28(3))',
  })
  RECONSIDERATION_REQUEST_LEAD_DAYS = 7;

  /**
   * The first day the Sentencing Act 2026's release changes (s.23, release at one third) can have moved a release date,
   * once the regulations appointing it are known (s.49(1)). Unset (the default): **not confirmed**, so a release-date
   * change naming the Act is not checked against a start date (docs/DOMAIN-RULES.md §3.2, §11). Read by the API.
   */
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, {
    message: 'must be a date, YYYY-MM-DD (the start of the Sentencing Act 2026 release changes)',
  })
  SENTENCING_ACT_2026_RELEASE_CHANGES_FROM?: string;

  /** How often the schedule is re-added to the queue from the read model (a Redis that lost its data is rebuilt). */
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(1000, { message: 'must be between 1000 and 3600000 milliseconds' })
  @Max(3600000, { message: 'must be between 1000 and 3600000 milliseconds' })
  NOTIFICATION_RESYNC_INTERVAL_MS = 180000;

  /**
   * Months after a victim's case closed before the retention job raises a review (nothing is erased without an
   * ADMIN's decision). The default, 72 months (six years after closure), is a PLACEHOLDER, not a figure taken from the
   * HMPPS retention schedule (PSI 04/2018 / PI 02/2018, Records, Information Management and Retention Policy): the
   * information asset owner must confirm or set it (docs/privacy.md).
   */
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of months' })
  @Min(1, { message: 'must be between 1 and 1200 months' })
  @Max(1200, { message: 'must be between 1 and 1200 months' })
  RETENTION_PERIOD_MONTHS = 72;

  /** How often the worker's retention job runs (records case closures, raises retention reviews), in milliseconds. */
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(1000, { message: 'must be between 1000 and 604800000 milliseconds' })
  @Max(604800000, { message: 'must be between 1000 and 604800000 milliseconds' })
  RETENTION_CHECK_INTERVAL_MS = 3600000;

  // --- The caseworker web service (apps/web) and the development identity provider (apps/dev-identity) ---

  /** Port of the caseworker web service. */
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be between 1 and 65535' })
  @Max(65535, { message: 'must be between 1 and 65535' })
  WEB_PORT = 3002;

  /** The web service's address as browsers see it (sign-in redirects come back to it); https in production. */
  @Matches(/^https?:\/\/[A-Za-z0-9.:[\]-]+$/, {
    message: 'must be an http(s):// origin without a path, e.g. https://vcs.example.gov.uk',
  })
  WEB_BASE_URL = 'http://127.0.0.1:3002';

  /** Where the web service calls the API. */
  @Matches(/^https?:\/\/[A-Za-z0-9.:[\]-]+$/, {
    message: 'must be an http(s):// origin without a path, e.g. http://127.0.0.1:3000',
  })
  API_URL = 'http://127.0.0.1:3000';

  /** The OpenID Connect issuer users sign in with (HMPPS Auth in production; the development identity provider by default). */
  @Matches(/^https?:\/\/\S+$/, { message: 'must be the http(s):// issuer URL of the identity provider' })
  OIDC_ISSUER_URL = DEV_IDENTITY_PROVIDER_URL;

  @Matches(/^[A-Za-z0-9_.-]{1,100}$/, { message: 'must be the client id registered with the identity provider' })
  OIDC_CLIENT_ID = 'vcs-web';

  @Matches(/^\S{16,200}$/, { message: 'must be the client secret (at least 16 characters)' })
  OIDC_CLIENT_SECRET = DEV_OIDC_CLIENT_SECRET;

  /** Signs the session cookie. */
  @Matches(/^\S{32,200}$/, { message: 'must be a secret of at least 32 characters (openssl rand -base64 32)' })
  SESSION_SECRET = DEV_SESSION_SECRET;

  /** Minutes without a request after which a signed-in user is signed out (the page warns two minutes before). */
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of minutes' })
  @Min(3, { message: 'must be between 3 and 480 minutes' })
  @Max(480, { message: 'must be between 3 and 480 minutes' })
  SESSION_IDLE_TIMEOUT_MINUTES = 30;

  /**
   * The idle timeout in seconds, in place of SESSION_IDLE_TIMEOUT_MINUTES when set: tests use a short one to see the
   * warning and the sign-out happen. Production refuses anything under 3 minutes.
   */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of seconds' })
  @Min(10, { message: 'must be between 10 and 28800 seconds' })
  @Max(28800, { message: 'must be between 10 and 28800 seconds' })
  SESSION_IDLE_TIMEOUT_SECONDS?: number;

  /** Runs the development identity provider (apps/dev-identity) and lets the API trust it; off in production, where true is refused. */
  @IsIn(['true', 'false'], { message: 'must be true or false' })
  DEV_IDENTITY_PROVIDER: 'true' | 'false' = 'true';

  /**
   * The development identity provider's issuer URL (its port is taken from it; it listens on HOST). On this machine
   * only: 127.0.0.1, localhost or a name under .localhost, which browsers take to this machine (docker-compose.yml
   * uses http://dev-identity.localhost:3003, which the containers reach by that network alias).
   */
  @Matches(/^http:\/\/(127\.0\.0\.1|localhost|[a-z0-9-]+\.localhost):[0-9]{1,5}$/, {
    message:
      'must be http://127.0.0.1:<port>, http://localhost:<port> or http://<name>.localhost:<port> (the development identity provider runs on this machine only)',
  })
  DEV_IDENTITY_PROVIDER_URL = DEV_IDENTITY_PROVIDER_URL;
}

/** The development identity provider (apps/dev-identity), the embedded default's sign-in. */
export const DEV_IDENTITY_PROVIDER_URL = 'http://127.0.0.1:3003';

/** Committed for local use only; refused in production. */
export const DEV_OIDC_CLIENT_SECRET = 'dev-web-client-secret-not-for-production';

/** Committed for local use only; refused in production. */
export const DEV_SESSION_SECRET = 'dev-session-secret-not-for-production-0000';

/** Committed for local use only; refused in production. */
export const DEV_PSEUDONYM_KEY = 'dev-pseudonym-key-not-for-production-0000';

/** Committed for local use only; refused in production, where the key comes from the secret store. */
export const DEV_PERSONAL_DATA_MASTER_KEYS = 'dev-1=tlF5DIZjQUXxXJfc1OCid/87poihSGsz4TGUyxGhDD8=';

/** Committed for local use only (config/dev/README.md); refused in production. */
export const DEV_JWT_PUBLIC_KEY_FILE = 'config/dev/jwt-dev-public.pem';

function productionProblems(env: Environment): string[] {
  if (env.NODE_ENV !== 'production') return [];
  const problems: string[] = [];
  if (!env.AUTH_JWKS_URL && env.AUTH_JWT_PUBLIC_KEY_FILE === DEV_JWT_PUBLIC_KEY_FILE) {
    problems.push('AUTH_JWT_PUBLIC_KEY_FILE must not be the committed development key when NODE_ENV=production');
  }
  if (
    env.PERSONAL_DATA_MASTER_KEYS.split(',').some((key) =>
      DEV_PERSONAL_DATA_MASTER_KEYS.includes(key.slice(key.indexOf('=') + 1)),
    )
  ) {
    problems.push('PERSONAL_DATA_MASTER_KEYS must not contain the committed development key when NODE_ENV=production');
  }
  if (env.PSEUDONYM_KEY === DEV_PSEUDONYM_KEY) {
    problems.push('PSEUDONYM_KEY must not be the committed development key when NODE_ENV=production');
  }
  if (env.DEV_IDENTITY_PROVIDER === 'true')
    problems.push('DEV_IDENTITY_PROVIDER must be false when NODE_ENV=production');
  if (env.CORS_ORIGINS.split(',').some((origin) => origin.startsWith('http://'))) {
    problems.push('CORS_ORIGINS must list only https:// origins when NODE_ENV=production');
  }
  return problems;
}

/** The web service's own rules for production, checked by apps/web only (the API and worker do not read these). */
/** The web session's idle timeout in seconds: SESSION_IDLE_TIMEOUT_SECONDS when set, else the minutes setting. */
export function sessionIdleTimeoutSeconds(env: Environment): number {
  return env.SESSION_IDLE_TIMEOUT_SECONDS ?? env.SESSION_IDLE_TIMEOUT_MINUTES * 60;
}

export function webProductionProblems(env: Environment): string[] {
  if (env.NODE_ENV !== 'production') return [];
  const problems: string[] = [];
  if (env.OIDC_CLIENT_SECRET === DEV_OIDC_CLIENT_SECRET)
    problems.push('OIDC_CLIENT_SECRET must not be the committed development secret when NODE_ENV=production');
  if (env.SESSION_SECRET === DEV_SESSION_SECRET)
    problems.push('SESSION_SECRET must not be the committed development secret when NODE_ENV=production');
  if (!env.WEB_BASE_URL.startsWith('https://')) problems.push('WEB_BASE_URL must be https:// when NODE_ENV=production');
  if (!env.OIDC_ISSUER_URL.startsWith('https://'))
    problems.push('OIDC_ISSUER_URL must be https:// when NODE_ENV=production');
  if (env.SESSION_IDLE_TIMEOUT_SECONDS !== undefined && env.SESSION_IDLE_TIMEOUT_SECONDS < 180)
    problems.push('SESSION_IDLE_TIMEOUT_SECONDS must be at least 180 when NODE_ENV=production');
  return problems;
}

const NOTIFY_CHANNELS = ['email', 'sms', 'letter'];
const TEMPLATE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** NOTIFY_TEMPLATE_IDS is JSON: stage → channel (email, sms, letter) → language tag → template id (a UUID). */
function notifyTemplateProblems(env: Environment): string[] {
  if (env.NOTIFY_TEMPLATE_IDS === undefined) return [];
  const problem = [
    'NOTIFY_TEMPLATE_IDS must be JSON: {"<stage or default>": {"email|sms|letter": {"<language>": "<template uuid>"}}}',
  ];
  let parsed: unknown;
  try {
    parsed = JSON.parse(env.NOTIFY_TEMPLATE_IDS);
  } catch {
    return problem;
  }
  const isObject = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
  if (!isObject(parsed) || Object.keys(parsed).length === 0) return problem;
  const valid = Object.values(parsed).every(
    (channels) =>
      isObject(channels) &&
      Object.entries(channels).every(
        ([channel, languages]) =>
          NOTIFY_CHANNELS.includes(channel) &&
          isObject(languages) &&
          Object.values(languages).every((id) => typeof id === 'string' && TEMPLATE_ID.test(id)),
      ),
  );
  return valid ? [] : problem;
}

/** The Sentencing Act 2026 received Royal Assent on 22 January 2026 (s.49(3)): nothing in it applies before. */
const SENTENCING_ACT_2026_ROYAL_ASSENT = '2026-01-22';

function lawDateProblems(env: Environment): string[] {
  const from = env.SENTENCING_ACT_2026_RELEASE_CHANGES_FROM;
  if (from === undefined) return [];
  const real =
    !Number.isNaN(Date.parse(`${from}T00:00:00Z`)) && new Date(`${from}T00:00:00Z`).toISOString().startsWith(from);
  return real && from >= SENTENCING_ACT_2026_ROYAL_ASSENT
    ? []
    : [
        `SENTENCING_ACT_2026_RELEASE_CHANGES_FROM must be a real date on or after ${SENTENCING_ACT_2026_ROYAL_ASSENT}, the Act's Royal Assent (the start of the Sentencing Act 2026 release changes)`,
      ];
}

function keyRingProblems(env: Environment): string[] {
  const ids = env.PERSONAL_DATA_MASTER_KEYS.split(',').map((key) => key.slice(0, key.indexOf('=')));
  return ids.includes(env.PERSONAL_DATA_MASTER_KEY_ID)
    ? []
    : ['PERSONAL_DATA_MASTER_KEY_ID must be the id of one of PERSONAL_DATA_MASTER_KEYS'];
}

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
    this.name = 'ConfigurationError';
  }
}

/** Reads and checks the environment; throws a ConfigurationError naming every bad variable and its rule. */
export function loadEnvironment(source: NodeJS.ProcessEnv = process.env): Readonly<Environment> {
  const defined = Object.fromEntries(
    Object.entries(source).filter(([key, value]) => value !== undefined && value !== '' && key in new Environment()),
  );
  // The development identity provider is on by default only outside production; asking for it in production is refused.
  if (defined.NODE_ENV === 'production' && defined.DEV_IDENTITY_PROVIDER === undefined)
    defined.DEV_IDENTITY_PROVIDER = 'false';
  const environment = plainToInstance(Environment, defined, { exposeDefaultValues: true });
  const errors = validateSync(environment, { skipMissingProperties: false });
  const problems = errors.map((error) => `${error.property} ${firstBrokenRule(error.constraints ?? {})}`);
  if (errors.length === 0)
    problems.push(
      ...keyRingProblems(environment),
      ...lawDateProblems(environment),
      ...notifyTemplateProblems(environment),
      ...productionProblems(environment),
    );
  if (problems.length > 0) throw new ConfigurationError(problems);
  return Object.freeze(environment);
}

// The type rule first: "PORT must be a whole number" says more about "eighty" than its range does.
const RULE_ORDER = ['isString', 'isInt', 'matches', 'isIn', 'min', 'max'];

function firstBrokenRule(constraints: Record<string, string>): string {
  const key = RULE_ORDER.find((rule) => rule in constraints) ?? Object.keys(constraints)[0];
  return key ? constraints[key] : 'is invalid';
}

/** For process entry points: on bad configuration, one line per variable on stderr and exit code 78 (EX_CONFIG). */
export function loadEnvironmentOrExit(source: NodeJS.ProcessEnv = process.env): Readonly<Environment> {
  try {
    return loadEnvironment(source);
  } catch (error) {
    if (error instanceof ConfigurationError) {
      for (const problem of error.problems) process.stderr.write(`configuration error: ${problem}\n`);
      process.exit(78);
    }
    throw error;
  }
}
