import { ApiProperty } from '@nestjs/swagger';

/** What a victims command answers (the shape of CommandResult, for the OpenAPI document): ids and revisions only. */
export class CommandResultResponse {
  @ApiProperty({ example: 'victim-0b6f1e52-6c1a-4d8e-9c3f-2a7d5e4b1c90' })
  streamId: string;

  @ApiProperty({ format: 'uuid', description: 'The victim id' })
  id: string;

  @ApiProperty({
    example: '3',
    description: "The victim record's revision after the command: send it back as If-Match",
  })
  revision: string;

  @ApiProperty({
    nullable: true,
    type: String,
    example: '1042/1042',
    description: 'Global position of the last event ("commit/prepare"), for queries to wait on',
  })
  position: string | null;

  @ApiProperty({ type: [String], example: ['VictimEnrolled'] })
  events: string[];
}

export class ActingPersonNominatedResponse extends CommandResultResponse {
  @ApiProperty({ format: 'uuid', description: 'The id of the person nominated to act for the victim' })
  actingPersonId: string;
}

export class ContactRecordedResponse extends CommandResultResponse {
  @ApiProperty({ format: 'uuid', description: 'The id of the contact recorded' })
  contactId: string;
}

export class RepresentationSubmittedResponse extends CommandResultResponse {
  @ApiProperty({ format: 'uuid', description: 'The id of the representation submitted' })
  representationId: string;
}

export class VictimRequestMadeResponse extends CommandResultResponse {
  @ApiProperty({ format: 'uuid', description: 'The id of the request, for recording its answer' })
  requestId: string;
}
