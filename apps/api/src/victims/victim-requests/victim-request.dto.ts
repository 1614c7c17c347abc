import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  REQUEST_REFUSAL_REASONS,
  RequestRefusalReason,
  RIGHTS_EXPLAINED,
  RightExplained,
  VICTIM_REQUEST_KINDS,
  VICTIM_REQUEST_OUTCOMES,
  VictimRequestKind,
  VictimRequestOutcome,
} from '@vcs/domain';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { IsCivilDate } from '../../shared/validation';
import { LowerCase } from '../shared/validation';

/** A victim's request made through the VLO (docs/DOMAIN-RULES.md §4.11): codes and dates only, nothing personal. */
export class MakeVictimRequestDto {
  @ApiPropertyOptional({
    description: 'UUID chosen by the caller; generated when absent (the answer carries it)',
    format: 'uuid',
  })
  @IsOptional()
  @LowerCase()
  @IsUUID('4')
  requestId?: string;

  @ApiProperty({ format: 'uuid', description: 'The sentence the request is about (linked to the victim)' })
  @LowerCase()
  @IsUUID('all')
  sentenceId: string;

  @ApiProperty({
    enum: VICTIM_REQUEST_KINDS,
    description:
      'observe-parole-hearing, public-parole-hearing, parole-decision-summary and secretary-of-state-reconsideration (prison sentences); attend-tribunal-hearing (from 25 June 2025) and restricted-patient-decision-summary (restricted patients); sentencing-remarks-transcript',
  })
  @IsIn(VICTIM_REQUEST_KINDS)
  kind: VictimRequestKind;

  @ApiProperty({ example: '2026-10-21', description: 'The day the victim asked (YYYY-MM-DD; not after today)' })
  @IsCivilDate()
  madeOn: string;
}

export class AnswerVictimRequestDto {
  @ApiProperty({ example: '2026-11-02', description: 'The day of the answer (YYYY-MM-DD; not before the request)' })
  @IsCivilDate()
  answeredOn: string;

  @ApiProperty({
    enum: VICTIM_REQUEST_OUTCOMES,
    description:
      'A document (summary, transcript) is provided (delivered to the victim) or refused; an application is granted or refused (reconsideration: granted = the Secretary of State applied); any may be withdrawn',
  })
  @IsIn(VICTIM_REQUEST_OUTCOMES)
  outcome: VictimRequestOutcome;

  @ApiPropertyOptional({
    enum: REQUEST_REFUSAL_REASONS,
    description: 'Refusals only; offender-under-18 for Parole Board decision summaries only',
  })
  @IsOptional()
  @IsIn(REQUEST_REFUSAL_REASONS)
  reason?: RequestRefusalReason;
}

export class RecordRightExplainedDto {
  @ApiProperty({ format: 'uuid', description: 'The sentence (linked to the victim)' })
  @LowerCase()
  @IsUUID('all')
  sentenceId: string;

  @ApiProperty({
    enum: RIGHTS_EXPLAINED,
    description: 'unduly-lenient-sentence-scheme: 28 days from sentence for a request to the Attorney General',
  })
  @IsIn(RIGHTS_EXPLAINED)
  right: RightExplained;

  @ApiProperty({ example: '2026-10-21', description: 'The day the victim was told (YYYY-MM-DD; not after today)' })
  @IsCivilDate()
  explainedOn: string;
}
