import { ApiProperty } from '@nestjs/swagger';
import { ErasureBasis, REFERENCE_CODE } from '@vcs/domain';
import { IsIn, IsString, Matches } from 'class-validator';

export class ErasePersonalDataDto {
  @ApiProperty({
    enum: ['retention-period-ended', 'erasure-request'],
    description:
      'Why: the retention period ended (needs an ADMIN decision to erase first) or a valid erasure request (UK GDPR Art. 17)',
  })
  @IsIn(['retention-period-ended', 'erasure-request'] satisfies ErasureBasis[], {
    message: 'basis must be retention-period-ended or erasure-request',
  })
  basis: Extract<ErasureBasis, 'retention-period-ended' | 'erasure-request'>;

  @ApiProperty({
    example: 'ER-2027-0014',
    description:
      "The erasure request's or retention review's reference: a code, never a name (it is stored in plain text)",
  })
  @IsString()
  @Matches(REFERENCE_CODE, {
    message: 'requestReference must be a reference code: letters, digits and _ . : - (at most 100), never a name',
  })
  requestReference: string;
}
