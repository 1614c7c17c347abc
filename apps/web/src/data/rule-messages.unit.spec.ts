import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMAIN_RULE_CODES } from '@vcs/domain';
import { ApiRefusal, unwrap } from './api-client';
import { RULE_MESSAGES } from './rule-messages';

const openapi = JSON.parse(readFileSync(join(__dirname, '../../../api/openapi.json'), 'utf8')) as {
  components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
};
const apiPropertyNames = new Set(
  Object.values(openapi.components.schemas).flatMap((schema) => Object.keys(schema.properties ?? {})),
);

function refusal(status: number, body: unknown): ApiRefusal {
  try {
    unwrap({ error: body, response: new Response(null, { status }) });
  } catch (error) {
    if (error instanceof ApiRefusal) return error;
    throw error;
  }
  throw new Error('unwrap did not refuse');
}

describe('the words for each rule of the scheme', () => {
  it('has words for every rule code the domain has', () => {
    expect(DOMAIN_RULE_CODES.filter((code) => !RULE_MESSAGES[code]?.text)).toEqual([]);
  });

  it('says each in a plain sentence, never in a code or an API field name', () => {
    const unplain = Object.entries(RULE_MESSAGES).filter(
      ([, { text }]) => !/^[A-Z].*[.:]$/.test(text) || /\b[a-z]+-[a-z]+-[a-z-]+\b|[a-z][A-Z]|[{}_`]/.test(text),
    );
    expect(unplain).toEqual([]);
  });

  it('names only fields the API has, so the message lands on a field of the form', () => {
    const unknown = Object.entries(RULE_MESSAGES)
      .filter(([, { field }]) => field !== undefined && !apiPropertyNames.has(field.split('.').at(-1) ?? ''))
      .map(([code, { field }]) => `${code}: ${field}`);
    expect(unknown).toEqual([]);
  });
});

describe("the API's refusal as the page reads it", () => {
  it('gives a rule of the scheme in plain English, on the field the rule is about, instead of the API’s text', () => {
    const refused = refusal(422, {
      statusCode: 422,
      error: 'Unprocessable Entity',
      rule: 'letter-needs-address',
      message: 'Letter is chosen but there is no postal address.',
    });
    expect(refused.problems).toEqual([
      {
        field: 'personal.address',
        message: 'Enter the address for letters, or do not choose letter.',
        rule: 'letter-needs-address',
      },
    ]);
  });

  it('keeps a field the API named, and the API’s words for a code it has no words for', () => {
    expect(
      refusal(422, {
        problems: [
          { field: 'sentences[2]', rule: 'sentence-ended', message: 'The sentence ended on 2026-01-01.' },
          { field: 'sentences[3]', rule: 'some-new-api-code', message: 'In the API’s words.' },
        ],
      }).problems,
    ).toEqual([
      {
        field: 'sentences[2]',
        message: 'The sentence has ended, so no later stage can be recorded.',
        rule: 'sentence-ended',
      },
      { field: 'sentences[3]', message: 'In the API’s words.', rule: 'some-new-api-code' },
    ]);
  });

  it('leaves the field problems of a 400 in the API’s words, for the page to put the label in', () => {
    expect(
      refusal(400, { problems: [{ field: 'channels', rule: 'isIn', message: 'channels must be one of: letter' }] })
        .problems,
    ).toEqual([{ field: 'channels', rule: 'isIn', message: 'channels must be one of: letter' }]);
  });
});
