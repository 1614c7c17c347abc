import { isIsoDate } from '@vcs/domain';
import { registerDecorator, ValidationOptions } from 'class-validator';

/** A civil date written YYYY-MM-DD that exists in the calendar (no time, no zone). */
export function IsCivilDate(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isCivilDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `${String(propertyName)} must be a date written YYYY-MM-DD`, ...options },
      validator: { validate: (value: unknown) => isIsoDate(value) },
    });
}

/**
 * Free text a person typed: no control characters other than line breaks and tabs (C0, DEL, C1), and no
 * bidirectional controls (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069: "override" characters that make text
 * display as something other than what is stored).
 */
/* eslint-disable no-control-regex -- matching control characters is the point */
export const PLAIN_TEXT =
  /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]*$/;
/* eslint-enable no-control-regex */
