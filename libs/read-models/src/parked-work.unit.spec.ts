import { errorSummary } from './parked-work';

describe('errorSummary: what a parked row and the log keep of an error', () => {
  it('keeps the name, the code and the first line, without quoted values or key values', () => {
    const error = Object.assign(
      new Error(
        'duplicate key value violates unique constraint "x"\nDETAIL: Key (email)=(jane@example.org) already exists.',
      ),
      { code: '23505' },
    );
    expect(errorSummary(error)).toBe('Error [23505]: duplicate key value violates unique constraint …');
    expect(errorSummary(new Error("Key (name)=(Jane Example) is 'Jane'"))).toBe('Error: Key (…)=(…) is …');
  });

  it('names the table and constraint a database error gives, and caps the length', () => {
    expect(
      errorSummary(Object.assign(new Error('violates check constraint "c"'), { table: 't', constraint: 'c' })),
    ).toBe('Error: violates check constraint … (table t, constraint c)');
    expect(errorSummary(new Error('x'.repeat(1000)))).toHaveLength(300);
    expect(errorSummary('Jane Example')).toBe('non-error thrown');
  });
});
