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

/** Flattens nested validation errors into one entry per field and rule. Values are never echoed back. */
export function fieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const name = nameOf(error);
    const field = parent ? `${parent}.${name}` : name;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({
      field,
      rule,
      message: rule === 'whitelistValidation' ? `${field} is not a field of this request` : message.replace(error.property, field),
    }));
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
      new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'the request is not valid', problems: fieldProblems(errors) }),
  });
}
