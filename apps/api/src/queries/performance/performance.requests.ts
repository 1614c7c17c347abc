import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { FreshnessQuery } from '../shared/page.query';

const MONTH = /^(19|20|21)\d\d-(0[1-9]|1[0-2])$/;

/** Which months a figure covers: `from` to `to` inclusive (YYYY-MM); by default the twelve months up to this one. */
export class PerformanceMonthsQuery extends FreshnessQuery {
  @ApiPropertyOptional({ example: '2026-01', description: 'First month (YYYY-MM); default eleven months before `to`' })
  @IsOptional()
  @Matches(MONTH, { message: 'from must be a month written YYYY-MM, e.g. 2026-01' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12', description: 'Last month (YYYY-MM); default this month (Europe/London)' })
  @IsOptional()
  @Matches(MONTH, { message: 'to must be a month written YYYY-MM, e.g. 2026-12' })
  to?: string;
}
