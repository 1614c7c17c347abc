import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { IsCivilDate } from '../../shared/validation';
import { STAFF_ID_PATTERN } from '../shared/validation';

export class AssignVictimLiaisonOfficerDto {
  @ApiProperty({ example: 'vlo-9', description: 'User id of the victim liaison officer to assign' })
  @IsString()
  @Matches(STAFF_ID_PATTERN, {
    message: 'victimLiaisonOfficerId must be a staff user id (letters, digits and _ . : -, at most 100)',
  })
  victimLiaisonOfficerId: string;

  @ApiProperty({ example: '2026-11-20', description: 'YYYY-MM-DD' })
  @IsCivilDate()
  assignedOn: string;
}
