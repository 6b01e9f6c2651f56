import { WORKING_GROUP_ROLES, type WorkingGroupRole } from '../../lib/enums.ts';

interface SortableMember {
  readonly role: WorkingGroupRole;
  readonly organisation: { readonly name: string };
}

/** Chair first, then members, then observers; alphabetical (in the interface language) within each role. */
export function sortWorkingGroupMembers<M extends SortableMember>(members: readonly M[], language: string): M[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  return [...members].sort(
    (a, b) =>
      WORKING_GROUP_ROLES.indexOf(a.role) - WORKING_GROUP_ROLES.indexOf(b.role) ||
      collator.compare(a.organisation.name, b.organisation.name),
  );
}
