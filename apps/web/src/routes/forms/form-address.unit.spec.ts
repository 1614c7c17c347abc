import { Request } from 'express';
import { ApiRefusal } from '../../data/api-client';
import { FormDefinition } from './form-definition';
import { caseFormAt, filledSlug, formAddress, slugParams } from './form-submit';

const form = (slug: string) => ({ slug }) as FormDefinition;
const answer = form('requests/:requestId/answer');
const VICTIM = '0b6f1e52-6c1a-4d8e-9c3f-2a7d5e4b1c90';
const REQUEST = '1c7e2f63-7d2b-4e9f-8d40-3b8e6f5c2da1';
const req = (params: Record<string, string>) => ({ params }) as unknown as Request;

describe('forms with address parameters of their own', () => {
  it('fills the parameters in the address and the session key', () => {
    expect(formAddress(answer, 'case', req({ victimId: VICTIM, requestId: REQUEST }))).toEqual({
      url: `/cases/${VICTIM}/requests/${REQUEST}/answer`,
      key: `requests/${REQUEST}/answer:${VICTIM}`,
    });
    expect(formAddress(form('contact'), 'case', req({ victimId: VICTIM })).url).toBe(`/cases/${VICTIM}/contact`);
  });

  it('answers 404 for a parameter that is not a UUID', () => {
    expect(() => filledSlug(answer, req({ victimId: VICTIM, requestId: '../letters' }))).toThrow(ApiRefusal);
  });

  it('finds the form of a filled-in slug again, with its parameters (for the conflict page)', () => {
    const forms = [form('contact'), answer];
    expect(caseFormAt(forms, `requests/${REQUEST}/answer`)).toBe(answer);
    expect(caseFormAt(forms, 'contact')).toBe(forms[0]);
    expect(caseFormAt(forms, 'requests/not-an-id/answer')).toBeUndefined();
    expect(slugParams(answer, `requests/${REQUEST}/answer`)).toEqual({ requestId: REQUEST });
  });
});
