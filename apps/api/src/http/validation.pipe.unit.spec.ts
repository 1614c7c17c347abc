import { ArgumentMetadata, BadRequestException } from '@nestjs/common';
import { RecordSentenceDto } from '../sentences/record-sentence/record-sentence.dto';
import { FieldProblem, createValidationPipe } from './validation.pipe';

// One problem per field: the most useful of the rules it broke. A string where a number goes broke isInt, min and max
// at once; the answer names the type, once.

const BODY: ArgumentMetadata = { type: 'body', metatype: RecordSentenceDto };
const VALID = {
  sentenceId: '0b6f1e52-6c1a-4d8e-9c3f-2a7d5e4b1c90',
  reference: 'X123456',
  offenceCategory: 'specified-violent',
  offenceCausedDeath: false,
  sentenceType: 'extended-determinate',
  lengthMonths: 96,
  sentencingCourt: 'Leeds Crown Court',
  sentenceDate: '2026-10-01',
  probationRegion: 'yorkshire-and-the-humber',
};

async function problemsFor(body: Record<string, unknown>): Promise<FieldProblem[]> {
  try {
    await createValidationPipe().transform(body, BODY);
  } catch (error) {
    if (error instanceof BadRequestException) return (error.getResponse() as { problems: FieldProblem[] }).problems;
    throw error;
  }
  return [];
}

describe('validation problems', () => {
  it('gives one problem per field, the most useful: the wrong type rather than the range it cannot be in', async () => {
    const problems = await problemsFor({
      ...VALID,
      lengthMonths: 'ninety-six',
      offenceCausedDeath: 'no',
      sentenceDate: 7,
    });
    expect(problems.map((p) => p.field).sort()).toEqual(['lengthMonths', 'offenceCausedDeath', 'sentenceDate']);
    expect(problems.find((p) => p.field === 'lengthMonths')).toMatchObject({ rule: 'isInt' });
    expect(problems.find((p) => p.field === 'offenceCausedDeath')).toMatchObject({ rule: 'isBoolean' });
  });

  it('names a number out of range by its range, and an unknown field as unknown', async () => {
    expect(await problemsFor({ ...VALID, lengthMonths: 5000 })).toEqual([
      { field: 'lengthMonths', rule: 'max', message: expect.stringContaining('lengthMonths') },
    ]);
    expect(await problemsFor({ ...VALID, colour: 'blue' })).toEqual([
      { field: 'colour', rule: 'whitelistValidation', message: 'colour is not a field of this request' },
    ]);
  });
});
