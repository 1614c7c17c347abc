import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { IsConditionDescriptions, LowerCaseKeys, NON_BLANK_PLAIN_TEXT } from './validation';

export const REQUESTED_CONDITIONS_MAX = 10;
/** Generous: the domain refuses a statement over 1,500 words (under 10 minutes read aloud) with the reason. */
export const STATEMENT_MAX = 30_000;
export const DESCRIPTION_MAX = 2_000;

/*
 * The texts of a representation (personal data): as the victim submitted them, and as a recipient will read them
 * once disclosed. Both carry the same rules; only what the OpenAPI document says of them differs. The validators are
 * listed in the order they stood as decorators (applied bottom up), so problems come in the same order.
 */

/** `statementText`: the Victim Personal Statement, plain text, not blank. */
export function StatementText(description: string): PropertyDecorator {
  return applyDecorators(
    Matches(NON_BLANK_PLAIN_TEXT, { message: 'statementText must be plain text, not blank' }),
    Length(1, STATEMENT_MAX),
    IsString(),
    IsOptional(),
    ApiPropertyOptional({ maxLength: STATEMENT_MAX, description }),
  );
}

/** `conditionDescriptions`: by condition id (lower case), at most ten descriptions of plain text. */
export function ConditionDescriptions(description: string): PropertyDecorator {
  return applyDecorators(
    IsConditionDescriptions({ maxEntries: REQUESTED_CONDITIONS_MAX, maxLength: DESCRIPTION_MAX }),
    LowerCaseKeys(),
    IsOptional(),
    ApiPropertyOptional({
      type: 'object',
      additionalProperties: { type: 'string', maxLength: DESCRIPTION_MAX },
      maxProperties: REQUESTED_CONDITIONS_MAX,
      description,
    }),
  );
}
