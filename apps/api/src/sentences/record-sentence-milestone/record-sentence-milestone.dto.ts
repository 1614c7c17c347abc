import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { MILESTONE_KINDS, MilestoneKind } from '@vcs/domain';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsObject, IsOptional, IsUUID, ValidateIf, ValidateNested } from 'class-validator';
import { IsCivilDate } from '../../shared/validation';
import { DETAIL_DTO_BY_KIND, DETAIL_DTOS, detailRequired, NoMilestoneDetailDto } from './milestone-details.dto';

export function isMilestoneKind(kind: unknown): kind is MilestoneKind {
  return typeof kind === 'string' && (MILESTONE_KINDS as readonly string[]).includes(kind);
}

const DETAIL_BY_KIND_TABLE = Object.entries(DETAIL_DTO_BY_KIND)
  .map(([kind, dto]) => `${kind} → ${dto.name}`)
  .join('; ');

export class RecordSentenceMilestoneDto {
  @ApiPropertyOptional({
    description:
      'UUID chosen by the caller; when absent it is generated (derived from the Idempotency-Key when one is sent, so a retry records nothing twice)',
    format: 'uuid',
  })
  @IsOptional()
  @IsUUID('4')
  milestoneId?: string;

  @ApiProperty({
    enum: MILESTONE_KINDS,
    description: 'The key stage reached; which kinds apply depends on the sentence (prison sentence or hospital order)',
  })
  @IsIn(MILESTONE_KINDS)
  kind: MilestoneKind;

  @ApiProperty({
    example: '2027-03-01',
    description:
      'The day the stage happened or was decided (YYYY-MM-DD), not after today; later dates it sets (hearing, review, end of conditions) go in detail',
  })
  @IsCivilDate()
  date: string;

  @ApiPropertyOptional({
    description:
      `The structured detail of the stage; its shape depends on kind (${DETAIL_BY_KIND_TABLE}). Unknown fields are refused, and problems ` +
      'name detail.<field>. It may be left out for kinds without required detail fields. No free text: the sentence record holds nothing that could identify or locate a victim.',
    // anyOf, not oneOf: several kinds share a detail shape; `kind` (a sibling) says which one applies.
    anyOf: DETAIL_DTOS.map((dto) => ({ $ref: getSchemaPath(dto) })),
  })
  @ValidateIf(
    (milestone: RecordSentenceMilestoneDto) =>
      isMilestoneKind(milestone.kind) && (milestone.detail !== undefined || detailRequired(milestone.kind)),
  )
  @IsDefined({
    message: (args) => `detail is required for a ${String((args.object as RecordSentenceMilestoneDto).kind)} milestone`,
  })
  @IsObject()
  @ValidateNested()
  @Type((options) => {
    const kind: unknown = (options?.object as { kind?: unknown } | undefined)?.kind;
    return isMilestoneKind(kind) ? DETAIL_DTO_BY_KIND[kind] : NoMilestoneDetailDto;
  })
  detail?: object;
}
