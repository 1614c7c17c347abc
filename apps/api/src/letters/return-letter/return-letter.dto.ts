import { ApiProperty } from '@nestjs/swagger';
import { LETTER_COMMENTS_MAX } from '@vcs/domain';
import { Type } from 'class-transformer';
import { IsObject, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { NON_BLANK_PLAIN_TEXT } from '../../victims/shared/validation';

/** What the manager wants changed (personal: it quotes or discusses the letter). */
export class ReturnCommentsDto {
  @ApiProperty({ maxLength: LETTER_COMMENTS_MAX })
  @IsString()
  @Length(1, LETTER_COMMENTS_MAX)
  @Matches(NON_BLANK_PLAIN_TEXT, { message: 'comments must be plain text, not blank' })
  comments: string;
}

export class ReturnLetterDto {
  @ApiProperty({ type: () => ReturnCommentsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ReturnCommentsDto)
  personal: ReturnCommentsDto;
}
