import { plainToInstance } from 'class-transformer';
import { isUUID, registerDecorator, ValidationOptions } from 'class-validator';

/**
 * A JSON object keyed by id (`{ "<id>": … }`) as a Map, each value through `toValue`. class-validator walks a Map's
 * entries by key, so `@ValidateNested()` reports problems as `<field>.<id>.<nested field>` and whitelists each entry.
 * Anything that is not a plain object is left as it is for the validators to refuse.
 */
export function toMapById<T>(value: unknown, toValue: (entry: unknown) => T): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return new Map(Object.entries(value).map(([id, entry]) => [id, toValue(entry)]));
}

/** Each value as an instance of `cls` (so it is validated and whitelisted as that class). */
export const instanceOf =
  <T>(cls: new () => T) =>
  (entry: unknown): unknown =>
    entry !== null && typeof entry === 'object' && !Array.isArray(entry) ? plainToInstance(cls, entry) : entry;

/** A map (from `toMapById`) with at most `maxEntries` entries, each keyed by a UUID. Rule `isMapKeyedByUuid`. */
export function IsMapKeyedByUuid(maxEntries: number, what: string, options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isMapKeyedByUuid',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: `${String(propertyName)} must be an object keyed by ${what} id (UUID), with at most ${maxEntries} entries`,
        ...options,
      },
      validator: {
        validate: (value: unknown) =>
          value instanceof Map && value.size <= maxEntries && [...value.keys()].every((key) => isUUID(key)),
      },
    });
}
