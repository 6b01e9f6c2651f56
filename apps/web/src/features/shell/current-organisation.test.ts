import { describe, expect, it } from 'vitest';
import { pickCurrentMembership } from './current-organisation.ts';

const memberships = [
  { id: 'm1', organisation: { id: 'org-npm' } },
  { id: 'm2', organisation: { id: 'org-cso' } },
];

describe('pickCurrentMembership', () => {
  it('keeps the organisation chosen earlier', () => {
    expect(pickCurrentMembership(memberships, 'org-cso')?.id).toBe('m2');
  });

  it('falls back to the first membership when nothing (or a lost membership) was chosen', () => {
    expect(pickCurrentMembership(memberships, null)?.id).toBe('m1');
    expect(pickCurrentMembership(memberships, 'org-gone')?.id).toBe('m1');
  });

  it('is undefined for a person without organisations', () => {
    expect(pickCurrentMembership([], 'org-npm')).toBeUndefined();
  });
});
