import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { FreshnessQuery } from '../shared/page.query';

export const CASE_REFERENCE = /^[A-Z]\d{6}$/;

/** `GET /partner-sentences?reference=`: the offender's case reference, exactly. */
export class PartnerSentenceLookupQuery extends FreshnessQuery {
  @ApiProperty({ example: 'X123456', description: "The offender's case reference (CRN), exactly" })
  @Matches(CASE_REFERENCE, {
    message: 'reference must be a case reference: one capital letter and six digits, e.g. X123456',
  })
  reference: string;
}
