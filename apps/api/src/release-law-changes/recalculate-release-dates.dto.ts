import { ApiProperty } from '@nestjs/swagger';
import { RELEASE_LAW_CHANGES, ReleaseLawChange } from '@vcs/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsUUID, ValidateNested } from 'class-validator';
import { IsCivilDate } from '../shared/validation';

/** Sentences one request may move: a national change is sent in parts, each under the same recalculation id. */
export const MAX_SENTENCES_PER_REQUEST = 500;

export class RecalculatedSentenceDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  sentenceId: string;

  @ApiProperty({
    example: '2027-03-14',
    description: 'The new expected release date (YYYY-MM-DD), as the prison calculated it',
  })
  @IsCivilDate()
  expectedReleaseDate: string;
}

export class RecalculateReleaseDatesDto {
  @ApiProperty({
    enum: RELEASE_LAW_CHANGES,
    description:
      'The change in the law: sds40-2024 (SI 2024/844, standard determinate sentences released at 40 per cent), sentencing-act-2026, other-law-change',
  })
  @IsIn(RELEASE_LAW_CHANGES)
  lawChange: ReleaseLawChange;

  @ApiProperty({
    example: '2024-09-10',
    description:
      'The day the dates were recalculated (YYYY-MM-DD), not after today; each sentence records it as the day its date changed',
  })
  @IsCivilDate()
  date: string;

  @ApiProperty({
    type: [RecalculatedSentenceDto],
    minItems: 1,
    maxItems: MAX_SENTENCES_PER_REQUEST,
    description: `The sentences the change moves, each once, at most ${MAX_SENTENCES_PER_REQUEST} a request`,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_SENTENCES_PER_REQUEST)
  @ValidateNested({ each: true })
  @Type(() => RecalculatedSentenceDto)
  sentences: RecalculatedSentenceDto[];
}
