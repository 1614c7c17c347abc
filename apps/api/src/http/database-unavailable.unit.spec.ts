import { isDatabaseUnavailable } from './problem.filter';

describe('a database outage', () => {
  it.each([
    ['57P03', 'the database system is shutting down'],
    ['57P01', 'terminating connection due to administrator command'],
    ['08006', 'connection failure'],
    [undefined, 'Connection terminated unexpectedly'],
    [undefined, 'timeout exceeded when trying to connect'],
  ])('is told apart (code %s, "%s") so the answer is 503, not 500', (code, message) => {
    expect(isDatabaseUnavailable(Object.assign(new Error(message), { code }))).toBe(true);
  });

  it('is not any other database error', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('duplicate key value'), { code: '23505' }))).toBe(false);
    expect(
      isDatabaseUnavailable(Object.assign(new Error('database does not allow connections'), { code: '55000' })),
    ).toBe(false);
    expect(isDatabaseUnavailable('boom')).toBe(false);
  });
});
