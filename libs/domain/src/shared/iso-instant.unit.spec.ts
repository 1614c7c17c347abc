import { addCalendarMonths, isIsoInstant, londonDateOf, londonInstant, londonTimeOf } from './iso-instant';

describe('instants and London wall-clock time', () => {
  it('accepts only real UTC instants', () => {
    expect(isIsoInstant('2025-03-10T09:00:00Z')).toBe(true);
    expect(isIsoInstant('2025-03-10T09:00:00.123Z')).toBe(true);
    expect(isIsoInstant('2025-02-30T09:00:00Z')).toBe(false);
    expect(isIsoInstant('2025-03-10T09:00:00+01:00')).toBe(false);
    expect(isIsoInstant('2025-03-10')).toBe(false);
  });

  it('follows British Summer Time (last Sunday of March to last Sunday of October, 01:00 UTC)', () => {
    expect(londonInstant('2025-03-29', '09:00')).toBe('2025-03-29T09:00:00.000Z');
    expect(londonInstant('2025-03-30', '09:00')).toBe('2025-03-30T08:00:00.000Z');
    expect(londonInstant('2025-10-25', '09:00')).toBe('2025-10-25T08:00:00.000Z');
    expect(londonInstant('2025-10-26', '09:00')).toBe('2025-10-26T09:00:00.000Z');
  });

  it('gives the London date and time of an instant', () => {
    expect(londonDateOf('2025-06-30T23:30:00.000Z')).toBe('2025-07-01');
    expect(londonTimeOf('2025-06-30T23:30:00.000Z')).toBe('00:30');
    expect(londonDateOf('2025-12-31T23:30:00.000Z')).toBe('2025-12-31');
  });

  it('adds calendar months, clamping to the end of short months', () => {
    expect(addCalendarMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addCalendarMonths('2020-01-06', 72)).toBe('2026-01-06');
  });
});
