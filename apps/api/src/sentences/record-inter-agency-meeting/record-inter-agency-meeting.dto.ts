import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import {
  Agency,
  AGENCIES,
  MAPPA_CATEGORIES,
  MAPPA_LEVELS,
  MappaCategory,
  MappaLevel,
  MEETING_KINDS,
  MEETING_OUTCOMES,
  MeetingKind,
  MeetingOutcome,
} from '@vcs/domain';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsCivilDate, PLAIN_TEXT } from '../../shared/validation';
import { instanceOf, IsMapKeyedByUuid, toMapById } from './keyed-by-id';

/** The domain's bound on each note (docs/DOMAIN-RULES.md 3.3). */
export const NOTE_MAX = 10_000;
/** Bounds on list sizes: far above any real meeting, low enough to bound the work one request can cause. */
export const MAX_VICTIMS = 50;
export const MAX_ACTIONS = 100;
const NOT_BLANK = /\S/;

export class MappaDto {
  @ApiProperty({
    enum: MAPPA_CATEGORIES,
    type: Number,
    description:
      '1 registered sexual offenders; 2 violent offenders; 3 other dangerous offenders; 4 terrorist or terrorist-risk offenders',
  })
  @IsIn(MAPPA_CATEGORIES)
  category: MappaCategory;

  @ApiProperty({
    enum: MAPPA_LEVELS,
    type: Number,
    description: '1 ordinary agency management; 2 active multi-agency management; 3 senior-level, most serious',
  })
  @IsIn(MAPPA_LEVELS)
  level: MappaLevel;
}

export class VictimConsideredDto {
  @ApiProperty({ format: 'uuid', description: 'A victim linked to this sentence' })
  @IsUUID('all')
  victimId: string;

  @ApiProperty({ description: "The VLO presented the victim's views" })
  @IsBoolean()
  viewsPresented: boolean;

  @ApiProperty({
    enum: MEETING_OUTCOMES,
    description: 'What the meeting changed for this victim; the words go in personal.<victimId>.outcome',
  })
  @IsIn(MEETING_OUTCOMES)
  outcome: MeetingOutcome;
}

export class MeetingActionDto {
  @ApiProperty({
    format: 'uuid',
    description: 'Chosen by the caller; its description goes in personal.<forVictimId>.actions.<actionId>',
  })
  @IsUUID('4')
  actionId: string;

  @ApiProperty({ format: 'uuid', description: 'The victim the action concerns (one of victimsConsidered)' })
  @IsUUID('all')
  forVictimId: string;

  @ApiProperty({ enum: AGENCIES })
  @IsIn(AGENCIES)
  ownerAgency: Agency;

  @ApiPropertyOptional({ example: '2027-04-01', description: 'YYYY-MM-DD, not before the meeting' })
  @IsOptional()
  @IsCivilDate()
  dueOn?: string;
}

/** What was said about one victim: personal data, encrypted with that victim's own key. */
export class MeetingNotesAboutVictimDto {
  @ApiPropertyOptional({ maxLength: NOTE_MAX, description: "The victim's views as presented" })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_MAX)
  @Matches(NOT_BLANK, { message: 'viewsPresented must not be blank' })
  @Matches(PLAIN_TEXT, { message: 'viewsPresented must be plain text' })
  viewsPresented?: string;

  @ApiPropertyOptional({ maxLength: NOTE_MAX, description: 'The outcome for the victim, in words' })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_MAX)
  @Matches(NOT_BLANK, { message: 'outcome must not be blank' })
  @Matches(PLAIN_TEXT, { message: 'outcome must be plain text' })
  outcome?: string;

  @ApiPropertyOptional({ maxLength: NOTE_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_MAX)
  @Matches(NOT_BLANK, { message: 'notes must not be blank' })
  @Matches(PLAIN_TEXT, { message: 'notes must be plain text' })
  notes?: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string', maxLength: NOTE_MAX },
    description:
      "Descriptions of this victim's actions: actionId → description (each action's description sits with the victim it concerns)",
    example: { '0f8fad5b-d9cb-469f-a165-70867728950e': 'Police to review the exclusion zone with the victim' },
  })
  @IsOptional()
  @Transform(({ obj }) => toMapById((obj as { actions?: unknown }).actions, (description) => description))
  @IsMapKeyedByUuid(MAX_ACTIONS, 'action')
  @IsString({ each: true })
  @MaxLength(NOTE_MAX, { each: true })
  @Matches(NOT_BLANK, { each: true, message: 'each action description must not be blank' })
  @Matches(PLAIN_TEXT, { each: true, message: 'each action description must be plain text' })
  actions?: Map<string, string>;
}

export class RecordInterAgencyMeetingDto {
  @ApiPropertyOptional({
    description:
      'UUID chosen by the caller; when absent it is generated (derived from the Idempotency-Key when one is sent, so a retry records nothing twice)',
    format: 'uuid',
  })
  @IsOptional()
  @IsUUID('4')
  meetingId?: string;

  @ApiProperty({ enum: MEETING_KINDS })
  @IsIn(MEETING_KINDS)
  kind: MeetingKind;

  @ApiPropertyOptional({
    type: MappaDto,
    description: 'Required for a MAPPA meeting; other kinds carry none (refused by the scheme rules, 422)',
  })
  @ValidateIf((meeting: RecordInterAgencyMeetingDto) => meeting.kind === 'mappa' || meeting.mappa !== undefined)
  @IsObject()
  @ValidateNested()
  @Type(() => MappaDto)
  mappa?: MappaDto;

  @ApiProperty({ example: '2027-03-01', description: 'YYYY-MM-DD; on or after the sentence date, not after today' })
  @IsCivilDate()
  heldOn: string;

  @ApiProperty({ enum: AGENCIES, isArray: true, description: 'At least one, none twice' })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @ArrayMaxSize(AGENCIES.length)
  @IsIn(AGENCIES, { each: true })
  agenciesPresent: Agency[];

  @ApiProperty({
    type: [VictimConsideredDto],
    maxItems: MAX_VICTIMS,
    description: 'At least one victim, each linked to this sentence, none twice',
  })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(MAX_VICTIMS)
  @ArrayUnique((victim: VictimConsideredDto) => victim?.victimId)
  @ValidateNested({ each: true })
  @Type(() => VictimConsideredDto)
  victimsConsidered: VictimConsideredDto[];

  @ApiPropertyOptional({
    type: [MeetingActionDto],
    maxItems: MAX_ACTIONS,
    description: 'Actions agreed, each for one of victimsConsidered; none when left out',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_ACTIONS)
  @ArrayUnique((action: MeetingActionDto) => action?.actionId)
  @ValidateNested({ each: true })
  @Type(() => MeetingActionDto)
  actions?: MeetingActionDto[];

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(MeetingNotesAboutVictimDto) },
    description:
      'Personal data: what was said about each victim, as an object keyed by victimId (only victims in victimsConsidered). ' +
      "Stored keyed by victim so each entry is encrypted with that victim's own key (erasing one victim leaves the others readable). " +
      'Validation: the DTO turns the object into a Map so every entry is validated and whitelisted as MeetingNotesAboutVictim, and ' +
      'problems name personal.<victimId>.<field>; the handler turns it back into the keyed object the event stores.',
    example: {
      '6b1d7c7e-3c3a-4b8e-9f0e-2a4b5c6d7e8f': {
        viewsPresented: 'Wants an exclusion zone around her workplace',
        notes: '…',
      },
    },
  })
  @IsOptional()
  @Transform(({ obj }) => toMapById((obj as { personal?: unknown }).personal, instanceOf(MeetingNotesAboutVictimDto)))
  @IsMapKeyedByUuid(MAX_VICTIMS, 'victim')
  @ValidateNested({ each: true })
  personal?: Map<string, MeetingNotesAboutVictimDto>;
}
