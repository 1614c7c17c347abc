import { errorClassOf, errorSummary } from './parked-work';

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

describe("errorClassOf: the error class an ADMIN's parked-work task shows", () => {
  it('is the name at the head of the summary, never the message', () => {
    class DateOutsideCalendar extends Error {
      override name = 'DateOutsideCalendar';
    }
    expect(errorClassOf(errorSummary(new DateOutsideCalendar('2245-01-20 is outside the calendar')))).toBe(
      'DateOutsideCalendar',
    );
    expect(errorClassOf(errorSummary(Object.assign(new Error('violates "x"'), { code: '23514' })))).toBe('Error');
    expect(errorClassOf('QueryFailedError [23514]: new row violates check constraint …')).toBe('QueryFailedError');
    expect(errorClassOf(errorSummary('Jane Example'))).toBe('non-error thrown');
    expect(errorClassOf(errorSummary(42))).toBe('non-error thrown');
  });
});
