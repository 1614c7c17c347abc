import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { LowerCase } from './validation';

/** `:victimId` in a route: a UUID (any version: ids the API derives from an Idempotency-Key are version 5). */
export class VictimPathParams {
  @ApiProperty({ format: 'uuid', description: "The victim's id, as answered when the referral was received" })
  @LowerCase()
  @IsUUID('all', { message: 'victimId must be a UUID' })
  victimId: string;
}
