import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REFERRAL_SOURCES, ReferralSource, ReferredFor, VICTIM_CIRCUMSTANCES, VictimCircumstance } from '@vcs/domain';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsObject, IsOptional, IsString, IsUUID, Matches, ValidateNested } from 'class-validator';
import { IsCivilDate } from '../../shared/validation';
import { PersonDetailsDto } from '../shared/personal-details.dto';
import { LowerCase, STAFF_ID_PATTERN } from '../shared/validation';

export const REFERRED_FOR: readonly ReferredFor[] = ['vcs', 'vns'];

export class ReceiveReferralDto {
  @ApiPropertyOptional({ description: 'UUID chosen by the caller; generated when absent', format: 'uuid' })
  @IsOptional()
  @LowerCase()
  @IsUUID('4')
  victimId?: string;

  @ApiProperty({
    format: 'uuid',
    description: 'The sentence the victim is referred on (recorded first through POST /sentences)',
  })
  @LowerCase()
  @IsUUID('all')
  sentenceId: string;

  @ApiProperty({
    enum: REFERRED_FOR,
    description: 'The scheme the victim is referred for; it decides which timescale runs',
  })
  @IsIn(REFERRED_FOR)
  referredFor: ReferredFor;

  @ApiProperty({ enum: REFERRAL_SOURCES })
  @IsIn(REFERRAL_SOURCES)
  source: ReferralSource;

  @ApiProperty({ enum: VICTIM_CIRCUMSTANCES })
  @IsIn(VICTIM_CIRCUMSTANCES)
  circumstance: VictimCircumstance;

  @ApiProperty({
    example: '2026-10-05',
    description: 'The day the referral was received (YYYY-MM-DD); timescales run from it',
  })
  @IsCivilDate()
  receivedOn: string;

  @ApiProperty({
    type: () => PersonDetailsDto,
    description: "The victim's name, date of birth and contact details (personal data, encrypted for this victim)",
  })
  @IsObject()
  @ValidateNested()
  @Type(() => PersonDetailsDto)
  personal: PersonDetailsDto;

  @ApiPropertyOptional({
    example: 'vlo-london',
    description:
      'The victim liaison officer the case is allocated to (staff user id). Absent: a VLO recording the referral ' +
      "takes it on themselves (a VLO may name only themselves); a manager's referral waits on the unit's " +
      'unallocated list.',
  })
  @IsOptional()
  @IsString()
  @Matches(STAFF_ID_PATTERN, {
    message: 'victimLiaisonOfficerId must be a staff user id (letters, digits and _ . : -, at most 100)',
  })
  victimLiaisonOfficerId?: string;

  @ApiPropertyOptional({
    description: "true: nobody takes the case on yet; it waits on the unit's unallocated list for a manager",
  })
  @IsOptional()
  @IsBoolean()
  leaveUnallocated?: boolean;
}
