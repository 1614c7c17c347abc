import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

export interface FieldProblem {
  /** Dotted path of the field in the request body, e.g. `personal.addresses.0.postcode`. */
  readonly field: string;
  /** The class-validator rule that failed, e.g. `isUUID`, `whitelistValidation` for an unknown field. */
  readonly rule: string;
  readonly message: string;
}

/**
 * A field name the caller made up (an unknown field) is echoed only when it looks like a field name: a camelCase word.
 * A key can carry anything ("jane@example.org": "0113…"), and a refusal must not repeat it.
 */
const ECHOABLE_FIELD_NAME = /^[a-z][A-Za-z]{0,63}$/;

function nameOf(error: ValidationError): string {
  const isUnknownField = Object.keys(error.constraints ?? {}).includes('whitelistValidation');
  return !isUnknownField || ECHOABLE_FIELD_NAME.test(error.property) ? error.property : '(unknown field)';
}

/**
 * Which of a field's failed rules says most about what is wrong, best first: a field that should not be there, then one
 * that is missing, then the wrong type (a string where a number goes), then a text's length, then its format or
 * allowed values, and only then a number's range or a list's size (a range says little about a value of the wrong
 * type). Unlisted rules (custom ones) are formats.
 */
const MOST_USEFUL_FIRST: readonly (readonly string[])[] = [
  ['whitelistValidation'],
  ['isDefined', 'isNotEmpty'],
  ['isString', 'isInt', 'isNumber', 'isNumberString', 'isBoolean', 'isObject', 'isArray', 'nestedValidation', 'isDate'],
  // A text's length before its pattern: a text patterns also bound in length breaks both, and the length says what to fix.
  ['isLength', 'minLength', 'maxLength'],
  [], // formats and allowed values: every rule not named in another group
  ['min', 'max', 'arrayMinSize', 'arrayMaxSize', 'arrayNotEmpty', 'arrayUnique', 'isPositive', 'isNegative'],
];

function usefulness(rule: string): number {
  const group = MOST_USEFUL_FIRST.findIndex((rules) => rules.includes(rule));
  return group === -1 ? 4 : group;
}

/**
 * Flattens nested validation errors into one problem per field: its most useful failed rule (a wrong type gave three
 * or four problems for one field — type, format, range — where one says it). Values are never echoed back.
 */
export function fieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const name = nameOf(error);
    const field = parent ? `${parent}.${name}` : name;
    const [best] = Object.entries(error.constraints ?? {}).sort(([a], [b]) => usefulness(a) - usefulness(b));
    const own = best
      ? [
          {
            field,
            rule: best[0],
            message:
              best[0] === 'whitelistValidation'
                ? `${field} is not a field of this request`
                : best[1].replace(error.property, field),
          },
        ]
      : [];
    return [...own, ...fieldProblems(error.children ?? [], field)];
  });
}

/** Whitelist, refuse unknown fields, transform to DTO classes; 400 naming each field and rule. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    stopAtFirstError: false,
    exceptionFactory: (errors) =>
      new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: 'the request is not valid',
        problems: fieldProblems(errors),
      }),
  });
}
