import { describe, expect, it } from 'vitest';
import { formatOccupancy, isOvercrowded, occupancyOf } from './occupancy.ts';

describe('occupancy', () => {
  it('flags overcrowding only above 100 %', () => {
    expect(isOvercrowded(1.01)).toBe(true);
    expect(isOvercrowded(1)).toBe(false);
    expect(isOvercrowded(0.8)).toBe(false);
    expect(isOvercrowded(null)).toBe(false);
  });

  it('writes the rate as a percentage', () => {
    expect(formatOccupancy(1.254, 'en')).toBe('125%');
    expect(formatOccupancy(0.5, 'es')).toMatch(/^50\s?%$/);
  });

  it('computes occupancy only with a known capacity', () => {
    expect(occupancyOf(150, 100)).toBe(1.5);
    expect(occupancyOf(150, null)).toBeNull();
    expect(occupancyOf(150, 0)).toBeNull();
  });
});
