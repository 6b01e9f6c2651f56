import { describe, expect, it } from 'vitest';
import { sortWorkingGroupMembers } from './sort-members.ts';

describe('sortWorkingGroupMembers', () => {
  it('lists the chair first, then members, then observers, alphabetically within each', () => {
    const members = [
      { role: 'OBSERVER' as const, organisation: { name: 'ONU-DH México' } },
      { role: 'MEMBER' as const, organisation: { name: 'Documenta' } },
      { role: 'CHAIR' as const, organisation: { name: 'CNDH' } },
      { role: 'MEMBER' as const, organisation: { name: 'Asilegal' } },
      { role: 'MEMBER' as const, organisation: { name: 'Ñuu Savi' } },
    ];
    expect(sortWorkingGroupMembers(members, 'es').map((member) => member.organisation.name)).toEqual([
      'CNDH',
      'Asilegal',
      'Documenta',
      'Ñuu Savi',
      'ONU-DH México',
    ]);
  });

  it('does not reorder the array it was given', () => {
    const members = [
      { role: 'MEMBER' as const, organisation: { name: 'B' } },
      { role: 'CHAIR' as const, organisation: { name: 'A' } },
    ];
    sortWorkingGroupMembers(members, 'en');
    expect(members[0]?.organisation.name).toBe('B');
  });
});
