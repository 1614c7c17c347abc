import { ApiProperty } from '@nestjs/swagger';
import { CommandResultResponse } from '../../victims/shared/command-result.response';

/** What a letter command answers: where the change landed, and the letter's id. Never the letter's text. */
export class LetterCommandResponse extends CommandResultResponse {
  @ApiProperty({ format: 'uuid', description: 'The letter' })
  letterId: string;
}
