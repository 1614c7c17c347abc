import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { PageQuery } from '../shared/page.query';

export class AccessAuditQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: "Only reads of this victim's data" })
  @IsOptional()
  @IsUUID()
  victimId?: string;

  @ApiPropertyOptional({ description: 'Only reads by this user' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_.@:-]{1,200}$/, { message: 'userId must be a user id' })
  userId?: string;
}
