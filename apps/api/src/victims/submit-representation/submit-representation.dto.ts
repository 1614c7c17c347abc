import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  LICENCE_CONDITION_KINDS,
  LicenceConditionKind,
  REPRESENTATION_KINDS,
  REPRESENTATION_RECIPIENTS,
  RepresentationKind,
  RepresentationRecipient,
  VPS_PRESENTATIONS,
  VpsPresentation,
} from '@vcs/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsObject,
  IsOptional,
  IsUUID,
  ValidateNested,
} from 'class-validator';
import { IsCivilDate } from '../../shared/validation';
import { ConditionDescriptions, REQUESTED_CONDITIONS_MAX, StatementText } from '../shared/representation-texts';
import { LowerCase } from '../shared/validation';

export class RequestedConditionDto {
  @ApiProperty({
    format: 'uuid',
    description: "Chosen by the caller; keys the condition's description in personal.conditionDescriptions",
  })
  @LowerCase()
  @IsUUID('all')
  conditionId: string;

  @ApiProperty({ enum: LICENCE_CONDITION_KINDS })
  @IsIn(LICENCE_CONDITION_KINDS)
  kind: LicenceConditionKind;
}

/** The statement and condition descriptions (personal data; the prisoner usually sees a VPS in full). */
export class RepresentationPersonalDto {
  @StatementText(
    'The Victim Personal Statement; required for, and only for, a VPS. It must not say where the victim can be found.',
  )
  statementText?: string;

  @ConditionDescriptions(
    'By condition id: the exclusion zone, who must not be contacted, or what else is asked (required for exclusion-zone and other)',
  )
  conditionDescriptions?: Record<string, string>;
}

export class SubmitRepresentationDto {
  @ApiPropertyOptional({
    description: 'UUID chosen by the caller; generated when absent (the answer carries it)',
    format: 'uuid',
  })
  @IsOptional()
  @LowerCase()
  @IsUUID('4')
  representationId?: string;

  @ApiProperty({ format: 'uuid', description: 'The sentence the representation is about (linked to the victim)' })
  @LowerCase()
  @IsUUID('all')
  sentenceId: string;

  @ApiProperty({ enum: REPRESENTATION_KINDS })
  @IsIn(REPRESENTATION_KINDS)
  kind: RepresentationKind;

  @ApiPropertyOptional({
    type: [RequestedConditionDto],
    maxItems: REQUESTED_CONDITIONS_MAX,
    description: 'At least one for licence or discharge conditions; none for a VPS',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(REQUESTED_CONDITIONS_MAX)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => RequestedConditionDto)
  requestedConditions?: RequestedConditionDto[];

  @ApiPropertyOptional({
    enum: VPS_PRESENTATIONS,
    description: 'How a VPS is to be presented at an oral hearing; required for, and only for, a VPS',
  })
  @IsOptional()
  @IsIn(VPS_PRESENTATIONS)
  vpsPresentation?: VpsPresentation;

  @ApiProperty({
    enum: REPRESENTATION_RECIPIENTS,
    isArray: true,
    minItems: 1,
    maxItems: REPRESENTATION_RECIPIENTS.length,
    description: 'The decision makers it was sent to',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(REPRESENTATION_RECIPIENTS.length)
  @IsIn(REPRESENTATION_RECIPIENTS, { each: true })
  sentTo: RepresentationRecipient[];

  @ApiProperty({ example: '2026-11-02', description: 'YYYY-MM-DD' })
  @IsCivilDate()
  submittedOn: string;

  @ApiPropertyOptional({ type: () => RepresentationPersonalDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => RepresentationPersonalDto)
  personal?: RepresentationPersonalDto;
}
