import { Clock } from './clock';

/** A clock stopped at one instant: today() is what the API's one clock says the civil date is then. */
const at = (instant: string): Clock =>
  new (class extends Clock {
    override now(): Date {
      return new Date(instant);
    }
  })();

describe('Clock.today: the civil date in England and Wales', () => {
  it.each([
    ['2026-06-30T22:59:59Z', '2026-06-30'], // 23:59:59 BST
    ['2026-06-30T23:00:00Z', '2026-07-01'], // midnight BST: already the next day in London
    ['2026-12-31T23:59:59Z', '2026-12-31'], // GMT: London is UTC
    ['2027-01-01T00:00:00Z', '2027-01-01'],
    ['2026-03-29T00:30:00Z', '2026-03-29'], // the night the clocks go forward
  ])('at %s it is %s', (instant, date) => {
    expect(at(instant).today()).toBe(date);
  });

  it('gives the same answer when asked again (the formatter is shared, not rebuilt)', () => {
    const clock = at('2026-06-30T23:00:00Z');
    expect([clock.today(), clock.today(), at('2026-06-30T22:00:00Z').today()]).toEqual([
      '2026-07-01',
      '2026-07-01',
      '2026-06-30',
    ]);
  });
});
