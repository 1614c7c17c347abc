import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PROBATION_REGIONS, ProbationRegion } from '@vcs/domain';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { FreshnessQuery } from '../../shared/page.query';
import { STAFF_ID } from '../shared/staff-id';

export const SUMMARY_GROUPS = ['vlo', 'region'] as const;

export class CaseloadSummaryQueryDto extends FreshnessQuery {
  @ApiPropertyOptional({
    enum: SUMMARY_GROUPS,
    default: 'vlo',
    description: 'vlo: one row per officer (plus unassigned); region: one row per probation region (managers only)',
  })
  @IsOptional()
  @IsIn(SUMMARY_GROUPS, { message: 'groupBy must be vlo or region' })
  groupBy: (typeof SUMMARY_GROUPS)[number] = 'vlo';

  @ApiPropertyOptional({ enum: PROBATION_REGIONS })
  @IsOptional()
  @IsIn(PROBATION_REGIONS, { message: `region must be one of ${PROBATION_REGIONS.join(', ')}` })
  region?: ProbationRegion;

  @ApiPropertyOptional({ example: 'vlo-7', description: 'One officer only (a VLO may only ask for themselves)' })
  @IsOptional()
  @Matches(STAFF_ID, { message: 'vloId must be a staff user id' })
  vloId?: string;
}

export class CaseloadSummaryRowResponse {
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description:
      'groupBy=vlo: the officer; null = what no officer holds (open cases not allocated, and the unit’s own tasks such as missed referrals), always the last row',
  })
  vloId?: string | null;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: 'Alex Morgan',
    description:
      "groupBy=vlo: the officer's name from the staff directory; null for the unassigned row or when not known",
  })
  vloName?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'groupBy=region' }) region?: string | null;
  @ApiProperty({
    description: 'Open cases: referred and awaiting contact, or enrolled; not declined, withdrawn, closed or erased',
  })
  openCases: number;
  @ApiProperty() openTasks: number;
  @ApiProperty({ description: 'Open tasks due Monday to Sunday of this week (including any of those already overdue)' })
  dueThisWeek: number;
  @ApiProperty({ description: 'Open tasks due before today' }) overdue: number;
  @ApiProperty({ description: 'Open tasks without a due date (see dueDateProblem)' }) dueDateUnknown: number;
}

export class CaseloadSummaryResponse {
  @ApiProperty({ example: '2026-11-23' }) today: string;
  @ApiProperty({ example: { from: '2026-11-23', to: '2026-11-29' } }) week: { from: string; to: string };
  @ApiProperty({ enum: SUMMARY_GROUPS }) groupBy: (typeof SUMMARY_GROUPS)[number];
  @ApiProperty({ type: [CaseloadSummaryRowResponse] }) rows: CaseloadSummaryRowResponse[];
}
