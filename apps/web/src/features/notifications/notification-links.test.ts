import { describe, expect, it } from 'vitest';
import { notificationHref } from './notification-links.ts';

describe('notificationHref', () => {
  it('links to the record, the workplan of an action, and nowhere when no longer available', () => {
    const base = { available: true, subjectId: 'r1', workplanId: null };
    expect(notificationHref({ ...base, subjectType: 'RECOMMENDATION' })).toBe('/recommendations/r1');
    expect(notificationHref({ ...base, subjectType: 'WORKPLAN_ACTION', workplanId: 'w1' })).toBe('/workplans/w1');
    expect(notificationHref({ ...base, subjectType: 'MEMBERSHIP' })).toBeNull();
    expect(notificationHref({ available: false, subjectType: null, subjectId: null, workplanId: null })).toBeNull();
  });
});
