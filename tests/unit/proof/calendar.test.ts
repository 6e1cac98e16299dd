import { describe, expect, it } from 'vitest';
import { dayOfWeek, isValidDate } from '../../../shared/proof/calendar';

describe('Gregorian calendar', () => {
  it('knows weekdays', () => {
    expect(dayOfWeek(2025, 1, 6)).toBe(1); // Monday
    expect(dayOfWeek(2025, 1, 3)).toBe(5); // Friday
    expect(dayOfWeek(2000, 2, 29)).toBe(2); // Tuesday
    expect(dayOfWeek(1949, 10, 1)).toBe(6); // Saturday
  });
  it('knows leap years', () => {
    expect(isValidDate(2024, 2, 29)).toBe(true);
    expect(isValidDate(2025, 2, 29)).toBe(false);
    expect(isValidDate(1900, 2, 29)).toBe(false);
    expect(isValidDate(2025, 4, 31)).toBe(false);
  });
});
