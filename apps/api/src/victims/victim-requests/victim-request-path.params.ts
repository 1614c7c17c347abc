import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { LowerCase } from '../shared/validation';
import { VictimPathParams } from '../shared/victim-path.params';

/** `:victimId/requests/:requestId`. */
export class VictimRequestPathParams extends VictimPathParams {
  @ApiProperty({ format: 'uuid', description: "The request's id, as answered when it was made" })
  @LowerCase()
  @IsUUID('all', { message: 'requestId must be a UUID' })
  requestId: string;
}
