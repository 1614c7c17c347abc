import pino, { DestinationStream, Logger } from 'pino';
import { currentRequestId } from './request-context';

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

/** Structured JSON logs (pino) with personal data redacted by key, and the request id on every line of a request. */
export function createLogger(options: { level: string; service: string }, destination?: DestinationStream): Logger {
  return pino(
    {
      level: options.level,
      base: { service: options.service },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      formatters: { level: (label) => ({ level: label }) },
      // Every line written while serving a request names it (X-Request-Id, returned in the answer).
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
    },
    destination ?? pino.destination({ sync: false }),
  );
}
