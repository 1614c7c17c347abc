import { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';

/** How the answer describes the record a command changed (its examples in the OpenAPI document). */
export interface CommandResultWording {
  readonly record: 'victim' | 'sentence';
  readonly revision: { readonly example: string; readonly description: string };
  readonly eventExample: string;
}

export interface CommandResultShape {
  streamId: string;
  id: string;
  revision: string;
  position: string | null;
  events: string[];
}

/**
 * What a command answers (the shape of CommandResult, for the OpenAPI document): ids and revisions only. A base class,
 * worded for one kind of record; the class that extends it names the schema.
 */
export function CommandResultResponseOf(wording: CommandResultWording): Type<CommandResultShape> {
  class CommandResultResponse implements CommandResultShape {
    @ApiProperty({ example: `${wording.record}-0b6f1e52-6c1a-4d8e-9c3f-2a7d5e4b1c90` })
    streamId: string;

    @ApiProperty({ format: 'uuid', description: `The ${wording.record} id` })
    id: string;

    @ApiProperty(wording.revision)
    revision: string;

    @ApiProperty({
      nullable: true,
      type: String,
      example: '1042/1042',
      description: 'Global position of the last event ("commit/prepare"), for queries to wait on',
    })
    position: string | null;

    @ApiProperty({ type: [String], example: [wording.eventExample] })
    events: string[];
  }
  return CommandResultResponse;
}
