import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { IsCivilDate } from '../../shared/validation';
import { STAFF_ID_PATTERN } from '../shared/validation';

export class RejoinSchemeDto {
  @ApiProperty({ example: '2026-11-10', description: 'The day the victim rejoined (YYYY-MM-DD)' })
  @IsCivilDate()
  rejoinedOn: string;

  @ApiProperty({ example: 'vlo-7', description: 'User id of the victim liaison officer assigned to the victim' })
  @IsString()
  @Matches(STAFF_ID_PATTERN, {
    message: 'victimLiaisonOfficerId must be a staff user id (letters, digits and _ . : -, at most 100)',
  })
  victimLiaisonOfficerId: string;
}
