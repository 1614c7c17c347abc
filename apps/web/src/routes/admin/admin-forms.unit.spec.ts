import { ApiRefusal } from '../../data/api-client';
import { civilDate, errorsFromRefusal, REFERENCE_CODE, victimIdParam } from './admin-forms';

describe("the administrator's form helpers", () => {
  it('makes a date from the three fields only when it is a real day', () => {
    expect(civilDate('1', '2', '2030')).toBe('2030-02-01');
    expect(civilDate('31', '12', '2029')).toBe('2029-12-31');
    expect(civilDate('29', '2', '2027')).toBeUndefined();
    expect(civilDate('', '2', '2030')).toBeUndefined();
    expect(civilDate('1', '13', '2030')).toBeUndefined();
    expect(civilDate('1', '1', '30')).toBeUndefined();
  });

  it('takes references that are codes, never names with spaces', () => {
    expect(REFERENCE_CODE.test('ER-2027-0014')).toBe(true);
    expect(REFERENCE_CODE.test('Jane Example')).toBe(false);
    expect(REFERENCE_CODE.test('')).toBe(false);
  });

  it("points the API's field problems at the page's fields, and lets other refusals through", () => {
    const refusal = new ApiRefusal(400, [{ field: 'requestReference', message: 'requestReference must be a code' }]);
    expect(errorsFromRefusal(refusal, { requestReference: 'requestReference' }, 'basis')).toEqual([
      { text: 'requestReference must be a code', href: '#requestReference' },
    ]);
    expect(errorsFromRefusal(new ApiRefusal(422, [{ message: 'erase a decision first' }]), {}, 'basis')).toEqual([
      { text: 'erase a decision first', href: '#basis' },
    ]);
    expect(() => errorsFromRefusal(new ApiRefusal(403, []), {}, 'basis')).toThrow(ApiRefusal);
    expect(() => errorsFromRefusal(new Error('network'), {}, 'basis')).toThrow('network');
  });

  it('answers a page not found for a record id that is not a UUID', () => {
    expect(victimIdParam('0b6f1e52-7c1d-4c57-9a53-2f1f4b0e8a11')).toBe('0b6f1e52-7c1d-4c57-9a53-2f1f4b0e8a11');
    expect(() => victimIdParam('jane')).toThrow(ApiRefusal);
  });
});
