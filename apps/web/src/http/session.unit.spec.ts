import { durationWords, idleWarningSeconds } from './session';

describe('the idle timeout warning', () => {
  it('warns two minutes before the end, or half-way through a timeout shorter than four minutes', () => {
    expect(idleWarningSeconds(30 * 60)).toBe(120);
    expect(idleWarningSeconds(240)).toBe(120);
    expect(idleWarningSeconds(180)).toBe(90);
    expect(idleWarningSeconds(30)).toBe(15);
  });

  it('says how long in plain words', () => {
    expect(durationWords(1800)).toBe('30 minutes');
    expect(durationWords(120)).toBe('2 minutes');
    expect(durationWords(60)).toBe('1 minute');
    expect(durationWords(90)).toBe('90 seconds');
    expect(durationWords(15)).toBe('15 seconds');
  });
});
