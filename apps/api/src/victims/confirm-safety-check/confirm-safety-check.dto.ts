import { ApiProperty } from '@nestjs/swagger';
import { CONTACT_CHANNELS, ContactChannel } from '@vcs/domain';
import { IsIn } from 'class-validator';
import { IsCivilDate } from '../../shared/validation';

/**
 * A VLO confirms it is still safe to contact a victim with a safety flag by this channel (the address or number
 * is still safe to use) before anything is sent. Who checked is the caller; nothing personal is carried.
 */
export class ConfirmSafetyCheckDto {
  @ApiProperty({
    example: '2026-10-21',
    description: 'The day the check was made (YYYY-MM-DD; not after today, not before the referral)',
  })
  @IsCivilDate()
  confirmedOn: string;

  @ApiProperty({ enum: CONTACT_CHANNELS, description: "The channel checked; one of the victim's chosen channels" })
  @IsIn(CONTACT_CHANNELS)
  channel: ContactChannel;
}
