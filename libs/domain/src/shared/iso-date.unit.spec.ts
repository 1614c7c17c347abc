import { addCalendarDays, dayOfWeek, isIsoDate } from './iso-date';

describe('ISO civil dates', () => {
  it('accepts real dates and refuses impossible ones', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-1-01')).toBe(false);
    expect(isIsoDate('2024-01-01T00:00:00Z')).toBe(false);
  });

  it('adds calendar days across the clock change without drifting', () => {
    expect(addCalendarDays('2024-03-30', 2)).toBe('2024-04-01');
    expect(addCalendarDays('2024-10-26', 2)).toBe('2024-10-28');
  });

  it('knows the day of the week', () => {
    expect(dayOfWeek('2024-01-08')).toBe(1);
  });
});
