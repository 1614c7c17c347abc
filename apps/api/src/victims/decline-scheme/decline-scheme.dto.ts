import { ApiProperty } from '@nestjs/swagger';
import { IsCivilDate } from '../../shared/validation';
import { PersonalReason, ReasonDto } from '../shared/personal-details.dto';

export class DeclineSchemeDto {
  @ApiProperty({ example: '2026-10-20', description: 'The day the victim declined (YYYY-MM-DD)' })
  @IsCivilDate()
  declinedOn: string;

  @PersonalReason()
  personal?: ReasonDto;
}
