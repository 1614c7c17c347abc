import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { IsCivilDate } from '../../shared/validation';
import { LowerCase } from '../shared/validation';

export class LinkVictimToSentenceDto {
  @ApiProperty({
    format: 'uuid',
    description: 'The sentence to link the victim to (recorded first through POST /sentences)',
  })
  @LowerCase()
  @IsUUID('all')
  sentenceId: string;

  @ApiProperty({ example: '2026-10-20', description: 'YYYY-MM-DD' })
  @IsCivilDate()
  linkedOn: string;
}
