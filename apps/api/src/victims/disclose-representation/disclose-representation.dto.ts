import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REPRESENTATION_RECIPIENTS, RepresentationRecipient, SCREEN_FLAGS, ScreenFlag } from '@vcs/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsObject, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { IsCivilDate } from '../../shared/validation';
import { LowerCase } from '../shared/validation';
import { ConditionDescriptions, StatementText } from '../shared/representation-texts';

/** The version the recipient will read: personal data until disclosed, so kept under `personal`. */
export class DisclosedTextDto {
  @StatementText('The Victim Personal Statement as the recipient will read it (a VPS only)')
  statementText?: string;

  @ConditionDescriptions(
    'By condition id: the description as the recipient will read it (conditions only); a condition left out is not described to them',
  )
  conditionDescriptions?: Record<string, string>;
}

export class DiscloseRepresentationDto {
  @ApiProperty({ enum: REPRESENTATION_RECIPIENTS, description: 'One of those the representation was made for' })
  @IsIn(REPRESENTATION_RECIPIENTS)
  recipient: RepresentationRecipient;

  @ApiProperty({ example: '2026-11-05', description: 'YYYY-MM-DD' })
  @IsCivilDate()
  disclosedOn: string;

  @ApiPropertyOptional({
    enum: SCREEN_FLAGS,
    isArray: true,
    description:
      "The screen's flags you checked and accept in the text as it is (a 422 disclosure-flagged answer names those still unconfirmed)",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(SCREEN_FLAGS.length)
  @IsIn(SCREEN_FLAGS, { each: true })
  confirmedFlags?: ScreenFlag[];

  @ApiProperty({ type: () => DisclosedTextDto })
  @IsObject()
  @ValidateNested()
  @Type(() => DisclosedTextDto)
  personal: DisclosedTextDto;
}

/** `:victimId/representations/:representationId` in a route. */
export class RepresentationPathParams {
  @ApiProperty({ format: 'uuid' })
  @LowerCase()
  @IsUUID('all', { message: 'victimId must be a UUID' })
  victimId: string;

  @ApiProperty({ format: 'uuid', description: 'The representation, as answered when it was recorded' })
  @LowerCase()
  @IsUUID('all', { message: 'representationId must be a UUID' })
  representationId: string;
}
