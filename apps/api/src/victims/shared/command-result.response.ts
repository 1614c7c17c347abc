import { ApiProperty } from '@nestjs/swagger';
import { CommandResultResponseOf } from '../../commands/command-result.response';

/** What a victims command answers: ids and revisions only. */
export class CommandResultResponse extends CommandResultResponseOf({
  record: 'victim',
  revision: { example: '3', description: "The victim record's revision after the command: send it back as If-Match" },
  eventExample: 'VictimEnrolled',
}) {}

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
