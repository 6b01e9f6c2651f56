import { describe, expect, it } from 'vitest';
import { VISIT_STATUSES } from '../../lib/enums.ts';
import { nextVisitStatus, previousVisitStatus, visitStep } from './visit-status.ts';

describe('visit lifecycle', () => {
  it('moves one step forward until the visit is closed', () => {
    expect(nextVisitStatus('PLANNED')).toBe('ON_SITE');
    expect(nextVisitStatus('FOLLOW_UP')).toBe('CLOSED');
    expect(nextVisitStatus('CLOSED')).toBeNull();
  });

  it('moves one step back, except from the start', () => {
    expect(previousVisitStatus('ON_SITE')).toBe('PLANNED');
    expect(previousVisitStatus('CLOSED')).toBe('FOLLOW_UP');
    expect(previousVisitStatus('PLANNED')).toBeNull();
  });

  it('walks the whole lifecycle in order, never jumping', () => {
    const walked = ['PLANNED'];
    let status = nextVisitStatus('PLANNED');
    while (status) {
      walked.push(status);
      status = nextVisitStatus(status);
    }
    expect(walked).toEqual([...VISIT_STATUSES]);
  });

  it('marks every step complete once the visit is closed', () => {
    expect(visitStep('PLANNED')).toBe(0);
    expect(visitStep('REPORTING')).toBe(2);
    expect(visitStep('CLOSED')).toBe(VISIT_STATUSES.length);
  });
});
