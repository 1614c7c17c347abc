import { Transform } from 'class-transformer';
import { registerDecorator, ValidationOptions } from 'class-validator';

/**
 * Edge validation for the victims routes (shape and format; the domain decides the rules). Candidates for
 * apps/api/src/shared/validation.ts once another area needs them.
 */

/**
 * Free text a person typed, not blank: at least one visible character; no control characters but line breaks and
 * tabs (C0, DEL, C1), and no bidirectional controls (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069), which can make
 * a name or note display as something other than what is stored.
 */
/* eslint-disable no-control-regex -- matching control characters is the point */
export const NON_BLANK_PLAIN_TEXT =
  /^(?=[\s\S]*\S)[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]*$/;
/* eslint-enable no-control-regex */

/** A UK postcode, whole string, e.g. "LS1 4AB" or "sw1a1aa" (space optional). Addresses abroad leave it out. */
export const UK_POSTCODE_PATTERN = /^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$/i;

/** A staff user id as the identity provider issues it (the token's `sub`): code-like, never a name or an email. */
export const STAFF_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/;

/** BCP 47 language tag, e.g. "en", "cy", "pl", "pt-BR" (as the domain checks it). */
export const LANGUAGE_TAG_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** Local clock time HH:MM, 24-hour. */
export const CLOCK_TIME_PATTERN = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Ids are kept in their canonical lower-case form (as PostgreSQL returns uuids and as the personal-data layer keys
 * victims), so `victim-ABC…` and `victim-abc…` can never become two streams for the same person.
 */
export function LowerCase(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.toLowerCase() : value));
}

/**
 * A UK phone number: 0 then 9 or 10 digits, or the same after +44 / 0044 (an optional "(0)" is allowed), with
 * spaces, hyphens or brackets between digits. E.g. "0113 496 0000", "07700 900123", "+44 (0)7700 900123".
 */
export function isUkPhoneNumber(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > 24 || !/^\+?[0-9 ()-]+$/.test(value)) return false;
  let digits = value.replace(/\(0\)/, '').replace(/[^0-9+]/g, '');
  if (digits.startsWith('+44')) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith('0044')) digits = `0${digits.slice(4)}`;
  return /^0[1-9][0-9]{8,9}$/.test(digits);
}

export function IsUkPhoneNumber(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isUkPhoneNumber',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: `${String(propertyName)} must be a UK phone number, e.g. 0113 496 0000 or +44 7700 900123`,
        ...options,
      },
      validator: { validate: isUkPhoneNumber },
    });
}

/**
 * A map from condition id (a UUID, as the requested conditions carry) to a description: a plain object with at most
 * `maxEntries` entries, each value non-blank plain text of at most `maxLength` characters.
 */
export function IsConditionDescriptions(
  limits: { maxEntries: number; maxLength: number },
  options?: ValidationOptions,
): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isConditionDescriptions',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: `${String(propertyName)} must map condition ids (UUIDs) to descriptions of at most ${limits.maxLength} characters, with at most ${limits.maxEntries} entries`,
        ...options,
      },
      validator: {
        validate: (value: unknown) => {
          if (
            value === null ||
            typeof value !== 'object' ||
            Array.isArray(value) ||
            Object.getPrototypeOf(value) !== Object.prototype
          )
            return false;
          const entries = Object.entries(value);
          return (
            entries.length <= limits.maxEntries &&
            entries.every(
              ([key, text]) =>
                UUID.test(key) &&
                typeof text === 'string' &&
                text.length <= limits.maxLength &&
                NON_BLANK_PLAIN_TEXT.test(text),
            )
          );
        },
      },
    });
}

/** Lower-cases the keys of a plain object (condition ids keyed like the ids they refer to); anything else is left for the validator. */
export function LowerCaseKeys(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(
          Object.entries(value as Record<string, unknown>).map(([key, entry]) => [key.toLowerCase(), entry]),
        )
      : value,
  );
}
