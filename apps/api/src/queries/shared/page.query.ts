import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

/** Pagination alone, for lists that are not read models (e.g. the outbox). */
export class PaginationQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100000, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100000)
  page = 1;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, default: 25 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize = 25;
}

/** Pagination and read-your-writes, shared by every read-model list query. */
export class PageQuery extends PaginationQuery {
  @ApiPropertyOptional({
    description: 'Wait until the read model has passed this position (from a command response), e.g. 1042/17',
  })
  @IsOptional()
  @Matches(/^\d{1,20}\/\d{1,20}$/, {
    message: 'minPosition must be a position from a command response, written "<commit>/<prepare>"',
  })
  minPosition?: string;
}

/** Read-your-writes alone, for single-record queries. */
export class FreshnessQuery {
  @ApiPropertyOptional({
    description: 'Wait until the read model has passed this position (from a command response), e.g. 1042/17',
  })
  @IsOptional()
  @Matches(/^\d{1,20}\/\d{1,20}$/, {
    message: 'minPosition must be a position from a command response, written "<commit>/<prepare>"',
  })
  minPosition?: string;
}

export interface Page<T> {
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
  readonly items: readonly T[];
}
