import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, ValidateNested } from 'class-validator';
import { IsCivilDate } from '../../shared/validation';
import { ReasonDto } from '../shared/personal-details.dto';

export class WithdrawFromSchemeDto {
  @ApiProperty({ example: '2026-11-02', description: 'The day the victim withdrew (YYYY-MM-DD)' })
  @IsCivilDate()
  withdrewOn: string;

  @ApiPropertyOptional({ type: () => ReasonDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ReasonDto)
  personal?: ReasonDto;
}
