import { describe, expect, it } from 'vitest';
import { formatDateTime, formatLocalDate, formatLocalDateRange, todayLocalDate } from './dates.ts';

describe('dates', () => {
  it('formats a calendar date without shifting it across time zones', () => {
    expect(formatLocalDate('2026-03-01', 'en')).toBe('1 Mar 2026');
    expect(formatLocalDate('2026-03-01', 'es')).toMatch(/^1 mar 2026$/);
    expect(formatLocalDate('not a date', 'es')).toBe('not a date');
  });

  it('writes a period, or one day when it has no other end', () => {
    expect(formatLocalDateRange('2026-03-01', '2026-03-03', 'en')).toBe('1 Mar 2026 – 3 Mar 2026');
    expect(formatLocalDateRange('2026-03-01', null, 'en')).toBe('1 Mar 2026');
    expect(formatLocalDateRange('2026-03-01', '2026-03-01', 'en')).toBe('1 Mar 2026');
  });

  it('formats an instant with its time and keeps unparsable input', () => {
    expect(formatDateTime('2026-11-23T08:50:00.000Z', 'en')).toMatch(/23 Nov 2026/);
    expect(formatDateTime('later', 'en')).toBe('later');
  });

  it("gives today's date in the local calendar", () => {
    expect(todayLocalDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
