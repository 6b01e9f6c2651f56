import { describe, expect, it } from 'vitest';
import { ACCEPTANCES, IMPLEMENTATION_STATUSES, PRIORITIES } from '../../lib/enums.ts';
import { ACCEPTANCE_COLORS, IMPLEMENTATION_COLORS, PRIORITY_COLORS, statusesDiffer } from './status-colors.ts';

describe('status colours', () => {
  it.each([
    ['acceptance', ACCEPTANCES, ACCEPTANCE_COLORS],
    ['implementation status', IMPLEMENTATION_STATUSES, IMPLEMENTATION_COLORS],
    ['priority', PRIORITIES, PRIORITY_COLORS],
  ] as const)('every %s has a colour of its own', (_, values, colors: Record<string, string>) => {
    const used = values.map((value) => colors[value]);
    expect(used.every(Boolean)).toBe(true);
    expect(new Set(used).size).toBe(values.length);
  });
});

describe('statusesDiffer', () => {
  it('flags a State report the monitor does not confirm', () => {
    expect(statusesDiffer('IMPLEMENTED', 'IN_PROGRESS')).toBe(true);
  });

  it('does not flag agreement or a missing view', () => {
    expect(statusesDiffer('IMPLEMENTED', 'IMPLEMENTED')).toBe(false);
    expect(statusesDiffer('IMPLEMENTED', null)).toBe(false);
    expect(statusesDiffer(null, null)).toBe(false);
  });
});
