import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, ValidateNested } from 'class-validator';
import { IsCivilDate } from '../../shared/validation';
import { ReasonDto } from '../shared/personal-details.dto';

export class DeclineSchemeDto {
  @ApiProperty({ example: '2026-10-20', description: 'The day the victim declined (YYYY-MM-DD)' })
  @IsCivilDate()
  declinedOn: string;

  @ApiPropertyOptional({ type: () => ReasonDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ReasonDto)
  personal?: ReasonDto;
}
