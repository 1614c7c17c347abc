import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PROBATION_REGIONS, ProbationRegion, Scheme, SCHEMES } from '@vcs/domain';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { IsCivilDate } from '../../shared/validation';
import { FreshnessQuery, PageQuery } from '../shared/page.query';

import { CASE_STATUSES, CaseStatus } from '@vcs/read-models';

export { CASE_STATUSES, CaseStatus };

const lowerCase = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.toLowerCase() : value);
const upperCase = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);

/** `:victimId` in a query route. */
export class VictimIdParams {
  @ApiProperty({ format: 'uuid', description: "The victim's id, as answered when the referral was received" })
  @Transform(lowerCase)
  @IsUUID('all', { message: 'victimId must be a UUID' })
  victimId: string;
}

export class VictimCaseQuery extends FreshnessQuery {}

export const TIMELINE_ORDERS = ['asc', 'desc'] as const;
export type TimelineOrder = (typeof TIMELINE_ORDERS)[number];

export class CaseTimelineQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: TIMELINE_ORDERS,
    default: 'asc',
    description: 'asc: oldest first (history order); desc: newest first',
  })
  @IsOptional()
  @IsIn(TIMELINE_ORDERS, { message: 'order must be asc or desc' })
  order: TimelineOrder = 'asc';
}

export const CASE_SORTS = ['nextDue', 'updatedAt'] as const;
export type CaseSort = (typeof CASE_SORTS)[number];

export class VictimCaseListQuery extends PageQuery {
  @ApiPropertyOptional({ description: "Only this victim liaison officer's cases (staff user id)" })
  @IsOptional()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/, {
    message: 'vloId must be a staff user id (letters, digits and _ . : -, at most 100)',
  })
  vloId?: string;

  @ApiPropertyOptional({
    enum: ['true'],
    description: 'Only cases no victim liaison officer is allocated to (a manager allocates them); not with vloId',
  })
  @IsOptional()
  @IsIn(['true'], { message: 'unallocated must be true when given' })
  unallocated?: 'true';

  @ApiPropertyOptional({ enum: PROBATION_REGIONS, description: "Probation region of the victim's referral sentence" })
  @IsOptional()
  @IsIn(PROBATION_REGIONS, { message: `region must be one of ${PROBATION_REGIONS.join(', ')}` })
  region?: ProbationRegion;

  @ApiPropertyOptional({ enum: SCHEMES, description: 'Current scheme (or the one the victim left)' })
  @IsOptional()
  @IsIn(SCHEMES, { message: `scheme must be one of ${SCHEMES.join(', ')}` })
  scheme?: Scheme;

  @ApiPropertyOptional({
    enum: CASE_STATUSES,
    description: 'Case status; "rejoined" is in the scheme again after a withdrawal',
  })
  @IsOptional()
  @IsIn(CASE_STATUSES, { message: `status must be one of ${CASE_STATUSES.join(', ')}` })
  status?: CaseStatus;

  @ApiPropertyOptional({
    example: '2026-12-01',
    description: 'Only cases whose next task is due strictly before this date (YYYY-MM-DD)',
  })
  @IsOptional()
  @IsCivilDate()
  nextDueBefore?: string;

  @ApiPropertyOptional({
    example: 'X123456',
    description: 'Only victims linked to the sentence with this reference (CRN; case-insensitive)',
  })
  @IsOptional()
  @Transform(upperCase)
  @Matches(/^[A-Z][0-9]{6}$/, {
    message: 'reference must be a sentence reference: one letter and six digits, e.g. X123456',
  })
  reference?: string;

  @ApiPropertyOptional({
    type: String,
    example: '3f1c2a4b-5d6e-4f70-8a9b-0c1d2e3f4a5b,9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d',
    description:
      'Only these victims: up to 100 victim ids, comma-separated (a list of letters or tasks naming its victims)',
  })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.split(',') : value))
  @ArrayMaxSize(100, { message: 'victimIds must name at most 100 victims' })
  @IsUUID('all', { each: true, message: 'victimIds must be victim ids (UUIDs), comma-separated' })
  victimIds?: string[];

  @ApiPropertyOptional({
    enum: CASE_SORTS,
    default: 'nextDue',
    description: 'nextDue: soonest deadline first (none last); updatedAt: most recently changed first',
  })
  @IsOptional()
  @IsIn(CASE_SORTS, { message: 'sort must be nextDue or updatedAt' })
  sort: CaseSort = 'nextDue';
}
