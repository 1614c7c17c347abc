import pino, { DestinationStream, Logger } from 'pino';

/**
 * Keys whose values may identify or locate a victim. Logs must never carry them, wherever they appear.
 * Domain events keep personal data under `personal`; HTTP bodies are never logged.
 */
export const REDACTED_KEYS = [
  'personal',
  'name',
  'firstName',
  'lastName',
  'fullName',
  'dateOfBirth',
  'address',
  'addresses',
  'postcode',
  'phone',
  'phoneNumber',
  'mobile',
  'email',
  'emailAddress',
  'authorization',
  'cookie',
];

const REDACT_PATHS = REDACTED_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]).concat([
  'req.headers.authorization',
  'req.headers.cookie',
  'req.body',
  'res.body',
]);

/** Structured JSON logs (pino) with personal data redacted by key. */
export function createLogger(options: { level: string; service: string }, destination?: DestinationStream): Logger {
  return pino(
    {
    level: options.level,
    base: { service: options.service },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    formatters: { level: (label) => ({ level: label }) },
    },
    destination ?? pino.destination({ sync: false }),
  );
}
