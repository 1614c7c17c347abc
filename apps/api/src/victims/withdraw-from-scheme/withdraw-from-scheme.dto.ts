import { ApiProperty } from '@nestjs/swagger';
import { IsCivilDate } from '../../shared/validation';
import { PersonalReason, ReasonDto } from '../shared/personal-details.dto';

export class WithdrawFromSchemeDto {
  @ApiProperty({ example: '2026-11-02', description: 'The day the victim withdrew (YYYY-MM-DD)' })
  @IsCivilDate()
  withdrewOn: string;

  @PersonalReason()
  personal?: ReasonDto;
}
