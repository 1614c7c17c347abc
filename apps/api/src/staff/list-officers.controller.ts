import { Controller, ForbiddenException, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { AccessScope, VLO_UNITS, VloUnit } from '@vcs/domain';
import { CallerScope, Roles } from '@vcs/security';
import { IsIn } from 'class-validator';
import { StaffDirectory } from './staff-directory';

export class OfficersQuery {
  @ApiProperty({ enum: VLO_UNITS, description: 'The victim liaison unit (one of yours)' })
  @IsIn(VLO_UNITS)
  unit: VloUnit;
}

export class OfficerItem {
  @ApiProperty({ example: 'vlo-london' }) userId: string;
  @ApiProperty({
    nullable: true,
    type: String,
    example: 'Alex Morgan',
    description: 'Their name, as their last sign-in gave it; null when it gave none',
  })
  name: string | null;
  @ApiProperty({ type: [String], example: ['london'] }) units: string[];
}

export class OfficersResponse {
  @ApiProperty({ type: [OfficerItem] }) items: OfficerItem[];
}

/** The officers a manager may allocate a case of their unit to. */
@ApiTags('staff')
@ApiBearerAuth()
@Controller('staff')
export class ListOfficersController {
  constructor(private readonly directory: StaffDirectory) {}

  @Get('officers')
  @Roles('VLO_MANAGER')
  @ApiOperation({
    summary:
      "The victim liaison officers of one of your units (those who have signed in), to allocate that unit's cases to",
  })
  @ApiOkResponse({ type: OfficersResponse })
  async list(@Query() query: OfficersQuery, @CallerScope() scope: AccessScope): Promise<OfficersResponse> {
    if (!scope.national && !scope.units.includes(query.unit))
      throw new ForbiddenException({
        statusCode: 403,
        error: 'Forbidden',
        message: "a manager lists the officers of their own units; another unit's cases are theirs to allocate",
      });
    return { items: (await this.directory.officersIn(query.unit)).map((o) => ({ ...o, units: [...o.units] })) };
  }
}
