import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { LowerCase } from '../../victims/shared/validation';
import { VictimPathParams } from '../../victims/shared/victim-path.params';

/** `:victimId/letters/:letterId` in a route. */
export class LetterPathParams extends VictimPathParams {
  @ApiProperty({ format: 'uuid', description: "The letter's id, as answered when it was drafted" })
  @LowerCase()
  @IsUUID('all', { message: 'letterId must be a UUID' })
  letterId: string;
}
